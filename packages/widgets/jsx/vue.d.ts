/**
 * Typed VOIS-Online elements in Vue 3 templates (checked by vue-tsc / Volar). Tell Vue's
 * compiler that `vois-*` are custom elements (`compilerOptions.isCustomElement`), then:
 *
 *   <vois-meldebescheinigung api="https://api.example.de" kommune="12064472" :heading-level="2"
 *     @vois-complete="(e) => done(e.detail)" />
 */
import type { DefineComponent } from 'vue';
import type { VoisElementAttributes, VoisElementEvents, VoisElementProperties, VoisTagName } from './index.js';

type Camel<S extends string> = S extends `${infer Head}-${infer Rest}` ? `${Head}${Capitalize<Camel<Rest>>}` : S;

/** Props in Vue's camelCase (templates may write them kebab-case), plus `onVoisStep`-style listeners. */
export type VoisVueProps<T extends VoisTagName> = {
  [A in keyof VoisElementAttributes[T] as Camel<A & string>]?: VoisElementAttributes[T][A];
} & Partial<VoisElementProperties[T]> & {
  [E in keyof VoisElementEvents[T] as `on${Capitalize<Camel<E & string>>}`]?: (event: VoisElementEvents[T][E]) => void;
};

export type VoisVueElements = { [T in VoisTagName]: DefineComponent<VoisVueProps<T>> };

declare module 'vue' {
  interface GlobalComponents extends VoisVueElements {}
}
