/**
 * Framework-neutral types of the VOIS-Online elements for JSX and templates.
 * Pick your framework's file instead of this one to get typed elements:
 *
 *   import type {} from '@vois-online/widgets/jsx/react';   // React 19
 *   import type {} from '@vois-online/widgets/jsx/preact';  // Preact 10/11
 *   import type {} from '@vois-online/widgets/jsx/vue';     // Vue 3 (vue-tsc, templates)
 *
 * (or list it under `compilerOptions.types` in tsconfig.json).
 */
import type { VoisElementAttributes, VoisElementEvents, VoisElementProperties } from './elements.js';

export type { VoisElementAttributes, VoisElementEvents, VoisElementProperties };

/** `'vois-meldebescheinigung' | …` */
export type VoisTagName = keyof VoisElementAttributes;

/** `{ 'onvois-step'?: (event: VoisStepEvent) => void, … }`: React 19 and Preact attach these as listeners for `vois-step`. */
export type VoisEventProps<T extends VoisTagName> = {
  [E in keyof VoisElementEvents[T] as `on${E & string}`]?: (event: VoisElementEvents[T][E]) => void;
};

/** Attributes, settable properties and event props of one element. */
export type VoisJsxProps<T extends VoisTagName> = VoisElementAttributes[T] & Partial<VoisElementProperties[T]> & VoisEventProps<T>;
