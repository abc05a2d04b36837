// Vite/Rolldown plugin: minifies the text of lit's html`…` and css`…` template literals.
//
// Why our own instead of minify-html-literals: that package minifies CSS with clean-css 4,
// which does not know `@container` and silently destroys those rules (measured: 7 of 9
// container queries lost). Here CSS goes through lightningcss (the parser Vite itself uses),
// and HTML only loses what the HTML parser would collapse anyway, so nothing can change how a
// template renders:
//   - HTML: comments are dropped; a whitespace run that contains a line break becomes one
//     space (which renders identically). <pre>/<textarea> would be left alone.
//   - CSS: a literal without `${…}` is minified by lightningcss; one with expressions only
//     loses comments and whitespace, so placeholders never reach a CSS parser.
// Expressions (`${…}`) are never touched. Runs on the JavaScript after TypeScript removal.
import MagicString from 'magic-string';
import { transform as transformCss } from 'lightningcss';
import { parseAst } from 'vite';

/**
 * Minifies one quasi of an html`` template: comments out, and every whitespace run that
 * contains a line break becomes one space. In normal white-space handling a run of spaces and
 * line breaks renders exactly like one space, so this cannot change layout, text or
 * accessibility — unlike dropping whitespace "between block tags", which breaks as soon as CSS
 * makes such an element inline (and changes textContent). Measured difference: 0.1 kB gzip.
 * `<pre>`/`<textarea>` parts and `white-space: pre*` would need care; the widgets have none
 * (a quasi containing `<pre` or `<textarea` is left as is).
 */
export function minifyHtmlPart(raw) {
  if (/<(pre|textarea)\b/i.test(raw)) return raw;
  return raw.replace(/<!--(?!\?lit)[\s\S]*?-->/g, '').replace(/[ \t]*\n\s*/g, ' ');
}

/** Comment and whitespace removal that is safe with `${…}` anywhere in the CSS. */
export function minifyCssPart(raw) {
  const collapsed = raw.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ');
  // Strings (content: "a, b") must keep their spaces: then only comments and runs go.
  if (/["']/.test(collapsed)) return collapsed;
  return collapsed.replace(/\s*([{};,>])\s*/g, '$1').replace(/:\s+/g, ':').replace(/;}/g, '}');
}

export function minifyCss(raw, filename) {
  const { code } = transformCss({ filename, code: Buffer.from(raw), minify: true, errorRecovery: false });
  return code.toString();
}

const replace = (s, part, text) => (text ? s.overwrite(part.start, part.end, text) : s.remove(part.start, part.end));

function* taggedTemplates(node) {
  if (!node || typeof node.type !== 'string') return;
  if (node.type === 'TaggedTemplateExpression') {
    const tag = node.tag.type === 'Identifier' ? node.tag.name : node.tag.type === 'MemberExpression' ? node.tag.property?.name : '';
    if (tag === 'html' || tag === 'svg' || tag === 'css') yield { kind: tag === 'css' ? 'css' : 'html', quasi: node.quasi };
  }
  for (const key in node) {
    const value = node[key];
    if (key === 'parent' || !value || typeof value !== 'object') continue;
    if (Array.isArray(value)) for (const child of value) yield* taggedTemplates(child);
    else yield* taggedTemplates(value);
  }
}

/**
 * Rewrites the literals of one module; returns `{ code, map }` or null when nothing changed.
 * `stats` (optional) accumulates bytes before/after for the size report.
 */
export function minifyLiterals(code, id, stats) {
  if (!/(html|css|svg)`/.test(code)) return null;
  const s = new MagicString(code);
  let changed = false;
  for (const { kind, quasi } of taggedTemplates(parseAst(code, { lang: 'js' }))) {
    const parts = quasi.quasis;
    if (kind === 'css' && parts.length === 1) {
      const raw = parts[0].value.raw;
      // Escapes (\`, \\) would need cooking first; such literals only get the safe treatment.
      const min = /\\/.test(raw) ? minifyCssPart(raw) : minifyCss(raw, id);
      if (min !== raw && parts[0].end > parts[0].start) (replace(s, parts[0], min), (changed = true));
      if (stats) (stats.before += raw.length), (stats.after += min.length);
      continue;
    }
    parts.forEach((part, i) => {
      const raw = part.value.raw;
      const min = kind === 'css' ? minifyCssPart(raw) : minifyHtmlPart(raw);
      if (stats) (stats.before += raw.length), (stats.after += min.length);
      if (min === raw) return;
      // An empty quasi must stay a valid (empty) element between expressions.
      if (part.start === part.end) return;
      replace(s, part, min);
      changed = true;
    });
  }
  return changed ? { code: s.toString(), map: s.generateMap({ hires: 'boundary', source: id }) } : null;
}

/** The plugin. Only our own sources (`/src/` of the widgets and the client). */
export function minifyLiteralsPlugin(stats) {
  return {
    name: 'vois:minify-literals',
    transform(code, id) {
      if (!/\/packages\/(widgets|client)\/src\/.*\.ts$/.test(id)) return null;
      return minifyLiterals(code, id, stats);
    },
  };
}
