/**
 * Typed VOIS-Online elements in React 19 JSX. React 19 sets known properties as properties,
 * other values as attributes, and turns `onvois-step={…}` into a `vois-step` listener:
 *
 *   <vois-meldebescheinigung api="https://api.example.de" kommune="12064472" heading-level={2}
 *     onvois-complete={(e) => console.log(e.detail.documentType)} />
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { VoisJsxProps, VoisTagName } from './index.js';

export type VoisReactElements = {
  [T in VoisTagName]: DetailedHTMLProps<HTMLAttributes<HTMLElementTagNameMap[T]>, HTMLElementTagNameMap[T]> & VoisJsxProps<T>;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends VoisReactElements {}
  }
}
