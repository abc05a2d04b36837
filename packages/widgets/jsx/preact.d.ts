/**
 * Typed VOIS-Online elements in Preact (10.20+, 11) JSX. Preact sets known properties as properties and
 * turns `onvois-step={…}` into a `vois-step` listener.
 */
import type { HTMLAttributes } from 'preact';
import type { VoisJsxProps, VoisTagName } from './index.js';

export type VoisPreactElements = {
  [T in VoisTagName]: Omit<HTMLAttributes<HTMLElementTagNameMap[T]>, keyof VoisJsxProps<T>> & VoisJsxProps<T>;
};

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends VoisPreactElements {}
  }
}
