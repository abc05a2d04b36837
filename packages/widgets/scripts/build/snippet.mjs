// Prints the copy-paste snippets with the current SRI hashes into docs/EMBEDDING.md (between
// the `snippet:start`/`snippet:end` markers), and the attribute/event reference of every element
// from custom-elements.json (`elements:start`/`elements:end`), and into dist/cdn/<version>/SNIPPET.md, so the
// guide Storybook renders always matches the files the manifest describes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const CDN_BASE = 'https://cdn.example.de/vois-widgets';

export function snippet(manifest, base = CDN_BASE) {
  const v = manifest.version;
  const f = (name) => manifest.files[name].integrity;
  return `Version ${v}. Replace \`${base}\` with where you host the files (your own server, or
\`https://cdn.jsdelivr.net/npm/@vois-online/widgets@${v}/dist/cdn\`). The hashes are those of the
files in \`dist/cdn/${v}/manifest.json\`; a changed file is refused by the browser.

**A — one file with everything** (simplest; ${(manifest.files['vois-widgets.js'].gzip / 1000).toFixed(1)} kB gzip, one request):

\`\`\`html
<script type="module" src="${base}/${v}/vois-widgets.js"
        integrity="${f('vois-widgets.js')}" crossorigin="anonymous"></script>

<vois-meldebescheinigung api="https://api.example.de" kommune="12064472" theme="strausberg" heading-level="2"></vois-meldebescheinigung>
\`\`\`

**B — the loader** (${(manifest.files['loader.js'].gzip / 1000).toFixed(1)} kB gzip; loads only the widgets on the page, also ones added later):

\`\`\`html
<script type="module" src="${base}/${v}/loader.js"
        integrity="${f('loader.js')}" crossorigin="anonymous"></script>

<div data-vois-widget="meldebescheinigung" data-api="https://api.example.de" data-kommune="12064472"
     data-theme="strausberg" data-heading-level="2">
  <a href="https://www.example.de/buergerservice">Meldebescheinigung beim Bürgerbüro</a>
</div>
\`\`\`

**B, faster on mobile networks.** On the page that shows a widget, put its two lines below into
the \`<head>\` as well: the browser then fetches the widget's files together with the loader
instead of after it, one round trip less (measured in \`pnpm bench\`: about 160 ms less on a slow
4G connection). Only for the widgets on that page; without them everything works the same.

\`\`\`html
${Object.entries(manifest.entries.widgets)
  .map(([tag, files]) => `<!-- <${tag}> -->\n${files.map((file) => `<link rel="modulepreload" href="${base}/${v}/${file}" integrity="${f(file)}" crossorigin="anonymous">`).join('\n')}`)
  .join('\n')}
\`\`\`

**C — iframe** (for a CMS that allows nothing but iframes; the script line is optional and
makes the frame as tall as its content):

\`\`\`html
<iframe src="${base}/${v}/embed.html?widget=meldebescheinigung&amp;api=https%3A%2F%2Fapi.example.de&amp;kommune=12064472&amp;theme=strausberg&amp;heading-level=2"
        title="Meldebescheinigung online beantragen" width="100%" height="900" loading="lazy"></iframe>
<script type="module" src="${base}/${v}/embed-parent.js"
        integrity="${f('embed-parent.js')}" crossorigin="anonymous"></script>
\`\`\``;
}

/** Attributes and events of every element, from custom-elements.json. */
export function elementReference(pkg) {
  const cem = JSON.parse(readFileSync(resolve(pkg, 'custom-elements.json'), 'utf8'));
  const cell = (t = '') => t.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
  return cem.modules
    .flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName))
    .sort((a, b) => a.tagName.localeCompare(b.tagName))
    .map((el) => {
      const attrs = (el.attributes ?? []).map((a) => `| \`${a.name}\` | ${cell(a.description)} |`).join('\n');
      const events = (el.events ?? []).map((e) => `\`${e.name}\``).join(', ') || '—';
      return `### \`<${el.tagName}>\`\n\n${cell(el.summary ?? '')}\n\n| Attribute | Meaning |\n| --- | --- |\n${attrs}\n\nEvents: ${events}. As \`data-vois-widget\` container: \`data-vois-widget="${el.tagName.slice(5)}"\` with the attributes prefixed \`data-\`.`;
    })
    .join('\n\n');
}

const between = (text, name, content) => text.replace(new RegExp(`(<!-- ${name}:start.*?-->\\n)[\\s\\S]*?(\\n<!-- ${name}:end -->)`), (_, a, b) => `${a}${content}${b}`);

export function writeSnippet(pkg, manifest) {
  const text = snippet(manifest);
  writeFileSync(resolve(pkg, 'dist/cdn', manifest.version, 'SNIPPET.md'), `# Embedding snippets\n\n${text}\n`);
  const doc = resolve(pkg, 'docs/EMBEDDING.md');
  if (!existsSync(doc)) return;
  const current = readFileSync(doc, 'utf8');
  const next = between(between(current, 'snippet', text), 'elements', elementReference(pkg));
  if (next !== current) writeFileSync(doc, next);
}
