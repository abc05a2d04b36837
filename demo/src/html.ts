/** Minimal HTML templating for the demo pages: escaped by default, nested on purpose. */
export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

type Value = string | number | Html | readonly Value[] | undefined | false;
const render = (v: Value): string =>
  v === undefined || v === false ? '' : v instanceof Html ? v.value : Array.isArray(v) ? v.map(render).join('') : escape(String(v));

export const html = (strings: TemplateStringsArray, ...values: Value[]) =>
  new Html(strings.reduce((out, s, i) => out + s + (i < values.length ? render(values[i]) : ''), ''));
