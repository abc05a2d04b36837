/**
 * Token-Spielplatz for designers: every `--vois-*` token of a theme preset as a field, the live
 * widget with the edited values, the contrast check of the widgets' own rules (4.5:1 text,
 * 3:1 UI; `contrast-rules.ts`, the same list the theme build enforces) naming each failing
 * pair, and the CSS to copy into the page. The story's play edits a colour, checks that the
 * failing pair is named and the CSS carries the value, then restores the preset.
 */
import '@vois-online/widgets/define/meldebescheinigung';
import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { Stage } from '../harness/stage.ts';
import { themeLabels, themeNames, tokenMeta, tokenTable, type ThemeName, type TokenName } from '../harness/themes.ts';
import { checkContrast } from '../../../packages/widgets/src/theme/contrast-rules.ts';

export default {
  title: 'Token-Spielplatz',
  parameters: { layout: 'padded', controls: { disable: true } },
} satisfies Meta;

const TAGS = 'vois-meldebescheinigung, vois-abmeldung-nebenwohnung, vois-uebermittlungssperren, vois-selbstauskunft, vois-dienste';
const tokens = Object.keys(tokenMeta) as TokenName[];
function el<T extends HTMLElement = HTMLElement>(tag: string, props: Record<string, unknown> = {}, ...children: (Node | string)[]): T {
  const node = Object.assign(document.createElement(tag), props) as unknown as T;
  node.append(...children);
  return node;
}
const hex = /^#[0-9a-f]{6}$/i;
const ratio = (n: number) => n.toFixed(2).replace('.', ',');

interface Playground {
  host: HTMLElement;
  stage: Stage;
  input: (token: TokenName) => HTMLInputElement;
  failing: HTMLElement;
  css: HTMLElement;
}

function build(initialTheme: ThemeName): Playground {
  const stage = new Stage({ tag: 'vois-meldebescheinigung', attrs: { theme: initialTheme } });
  const values: Record<string, string> = { ...tokenTable[initialTheme] };
  let preset: ThemeName = initialTheme;
  const inputs = new Map<TokenName, HTMLInputElement>();
  const pickers = new Map<TokenName, HTMLInputElement>();

  const themeSelect = el<HTMLSelectElement>('select', { id: 'tp-theme' });
  for (const name of themeNames) themeSelect.append(el('option', { value: name, textContent: `${themeLabels[name]} (${name})`, selected: name === initialTheme }));

  const fields = el('div', { className: 'tp-fields' });
  for (const token of tokens) {
    const id = `tp-${token.slice(2)}`;
    const input = el<HTMLInputElement>('input', { id, type: 'text', value: values[token] ?? '', spellcheck: false });
    input.setAttribute('aria-describedby', `${id}-meaning`);
    inputs.set(token, input);
    const row = el('div', { className: 'tp-field' }, el('label', { htmlFor: id }, el('code', {}, token)));
    if (tokenMeta[token].type === 'color') {
      const picker = el<HTMLInputElement>('input', { type: 'color', value: hex.test(values[token] ?? '') ? values[token]! : '#000000', title: `Farbwähler für ${token}` });
      picker.setAttribute('aria-label', `Farbwähler für ${token}`);
      picker.addEventListener('input', () => {
        input.value = picker.value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      pickers.set(token, picker);
      row.append(el('span', { className: 'tp-pair' }, picker, input));
    } else row.append(input);
    row.append(el('span', { className: 'tp-meaning', id: `${id}-meaning` }, tokenMeta[token].description));
    fields.append(row);
  }

  const failing = el('div', { id: 'tp-failing', role: 'status' });
  const css = el('code', { id: 'tp-css' });
  const copy = el('button', { type: 'button', textContent: 'CSS kopieren' });
  const copied = el('span', { role: 'status', className: 'tp-copied' });
  copy.addEventListener('click', () => {
    void navigator.clipboard?.writeText(css.textContent ?? '').then(
      () => (copied.textContent = 'Kopiert.'),
      () => (copied.textContent = 'Kopieren nicht möglich: bitte markieren und mit Strg+C kopieren.'),
    );
  });

  function refresh() {
    for (const [token, input] of inputs) {
      values[token] = input.value.trim();
      stage.el.style.setProperty(token, values[token]!);
      const picker = pickers.get(token);
      if (picker && hex.test(values[token]!)) picker.value = values[token]!;
    }
    let results: ReturnType<typeof checkContrast> = [];
    let error = '';
    try {
      results = checkContrast(values);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const bad = results.filter((r) => !r.ok);
    failing.replaceChildren(
      error
        ? el('p', { className: 'tp-bad' }, `Kontrast nicht prüfbar: ${error} (Farben als #rrggbb, rgb() oder Farbname).`)
        : bad.length === 0
          ? el('p', { className: 'tp-ok' }, `Alle ${results.length} Farbpaare bestehen (Text 4,5 : 1, Bedienelemente 3 : 1).`)
          : el(
              'div',
              {},
              el('p', { className: 'tp-bad' }, `${bad.length} von ${results.length} Farbpaaren bestehen nicht:`),
              el('ul', {}, ...bad.map((r) => el('li', {}, `--vois-color-${r.fg} auf --vois-color-${r.bg}: ${ratio(r.ratio)} : 1, nötig ${ratio(r.min)} : 1 (${r.min === 3 ? 'Bedienelement' : 'Text'}: ${r.use})`))),
            ),
    );
    const changed = tokens.filter((t) => values[t] !== tokenTable[preset][t]);
    css.textContent = `/* Vorlage: theme="${preset}"${changed.length ? '' : ' – keine Änderungen'} */\n${TAGS} {\n${changed.map((t) => `  ${t}: ${values[t]};`).join('\n')}\n}`;
  }

  themeSelect.addEventListener('change', () => {
    preset = themeSelect.value as ThemeName;
    stage.el.setAttribute('theme', preset);
    for (const [token, input] of inputs) input.value = tokenTable[preset][token];
    refresh();
  });
  fields.addEventListener('input', refresh);

  const style = el('style', {
    textContent: `.tp { display: grid; gap: 1.5em 2em; grid-template-columns: minmax(0, 1fr); font-family: system-ui, sans-serif; color: #1b1f24; }
@media (min-width: 60em) { .tp { grid-template-columns: minmax(0, 28em) minmax(0, 1fr); } }
.tp-fields { display: grid; gap: .6em; }
.tp-field label { display: block; font-weight: 600; }
.tp-field input[type=text] { font: 13px ui-monospace, monospace; padding: .3em .4em; width: 100%; box-sizing: border-box; border: 1px solid #6b7280; border-radius: 3px; }
.tp-pair { display: flex; gap: .4em; align-items: center; }
.tp-pair input[type=color] { inline-size: 2.2em; block-size: 2em; padding: 0; border: 1px solid #6b7280; }
.tp-meaning { display: block; color: #4b5563; font-size: 12px; }
.tp-bad { color: #a4161a; font-weight: 600; } .tp-ok { color: #1a6b34; font-weight: 600; }
.tp pre { background: #f6f8fa; padding: .75em; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 12px; }
.tp h2 { font-size: 1.1em; margin: 0 0 .5em; }`,
  });
  const host = el(
    'div',
    { className: 'tp' },
    style,
    el('section', {}, el('h2', {}, 'Tokens'), el('label', { htmlFor: 'tp-theme' }, 'Vorlage '), themeSelect, fields),
    el('section', {}, el('h2', {}, 'Vorschau'), stage.host, el('h2', {}, 'Kontrast'), failing, el('h2', {}, 'CSS für Ihre Seite'), el('pre', {}, css), copy, copied),
  );
  refresh();
  return { host, stage, input: (t) => inputs.get(t)!, failing, css };
}

const playgrounds = new WeakMap<AbortSignal, Playground>();
const playgroundFor = (context: StoryContext) => {
  let p = playgrounds.get(context.abortSignal);
  if (!p) {
    const theme = (themeNames as readonly string[]).includes(context.globals.theme as string) ? (context.globals.theme as ThemeName) : 'default';
    const created = build(theme);
    playgrounds.set(context.abortSignal, created);
    context.abortSignal.addEventListener('abort', () => created.stage.dispose(), { once: true });
    p = created;
  }
  return p;
};

export const Spielplatz: StoryObj = {
  name: 'Tokens live bearbeiten',
  render: (_args, context) => {
    const p = playgroundFor(context);
    p.stage.apply({ lang: context.globals.lang as string | undefined });
    return p.host;
  },
  play: async (context) => {
    const p = playgroundFor(context);
    try {
      await p.stage.el.updateComplete;
      // A too light hint colour: the check names the pair, the CSS carries the value.
      const muted = p.input('--vois-color-text-muted');
      const original = muted.value;
      muted.value = '#b0b0b0';
      muted.dispatchEvent(new Event('input', { bubbles: true }));
      const named = p.failing.textContent ?? '';
      if (!named.includes('--vois-color-text-muted auf --vois-color-background')) throw new Error(`failing pair not named: ${named}`);
      if (!(p.css.textContent ?? '').includes('--vois-color-text-muted: #b0b0b0;')) throw new Error('CSS lacks the edited token');
      if (getComputedStyle(p.stage.el).getPropertyValue('--vois-color-text-muted').trim() !== '#b0b0b0') throw new Error('the widget did not get the token');
      muted.value = original;
      muted.dispatchEvent(new Event('input', { bubbles: true }));
      if (!(p.failing.textContent ?? '').includes('Alle')) throw new Error(`preset fails the contrast check: ${p.failing.textContent}`);
      p.stage.markReady();
    } catch (error) {
      p.stage.markFailed(error);
      throw error;
    }
  },
};
