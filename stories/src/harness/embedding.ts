/**
 * The "how to embed" text: packages/widgets/docs/EMBEDDING.md when it exists (written with the
 * bundle), otherwise the short version below. A glob, so the build works either way.
 */
const found = import.meta.glob<string>('../../../packages/widgets/docs/EMBEDDING.md', { eager: true, query: '?raw', import: 'default' });

const fromPackage: string | undefined = Object.values(found)[0];

/**
 * Fits a Markdown text under the page's own h1: every heading one level down, and no level
 * skipped (`##` followed by `####` becomes `###`), so the rendered page has a heading outline
 * a screen reader can follow (axe `heading-order`). Code blocks are left alone.
 */
export function nestHeadings(markdown: string): string {
  let inCode = false;
  let previous = 1;
  return markdown
    .split('\n')
    .map((line) => {
      if (/^(```|~~~)/.test(line)) inCode = !inCode;
      const match = inCode ? null : /^(#{1,6})(\s.*)$/.exec(line);
      if (!match) return line;
      const level = Math.min(match[1]!.length + 1, previous + 1, 6);
      previous = level;
      return `${'#'.repeat(level)}${match[2]}`;
    })
    .join('\n');
}

/** The guide from the package, fitted under the page's heading; undefined while it does not exist. */
export const embeddingFromPackage: string | undefined = fromPackage && nestHeadings(fromPackage.replace(/<!--[\s\S]*?-->/g, ''));

export const embeddingFallback = `
## Einbinden in drei Schritten

1. **Skript einbinden** – einmal pro Seite, am besten im \`<head>\`:

   \`\`\`html
   <script type="module" src="https://cdn.example.de/vois-widgets.js"></script>
   \`\`\`

2. **Element an die Stelle setzen**, an der der Dienst erscheinen soll:

   \`\`\`html
   <vois-meldebescheinigung
     api="https://api.vois-online.de"
     kommune="12064472"
     theme="strausberg"
     heading-level="2"
   ></vois-meldebescheinigung>
   \`\`\`

   | Attribut | Pflicht | Bedeutung |
   | --- | --- | --- |
   | \`api\` | ja | Adresse der VOIS-Schnittstelle (https) |
   | \`kommune\` | ja | Amtlicher Gemeindeschlüssel, acht Ziffern (z. B. \`12064472\` Strausberg) |
   | \`theme\` | nein | \`default\` oder eine der Stadt-Vorlagen |
   | \`lang\` | nein | \`de\` oder \`en\`; sonst die Sprache der Seite |
   | \`heading-level\` | nein | Ebene der Widget-Überschrift (1–6, Standard 2) |
   | \`return-url\` | nein | Rücksprung nach der Anmeldung (Standard: diese Seite; muss beim Server freigegeben sein) |

3. **Optional: Platz reservieren**, damit die Seite beim Laden nicht springt:

   \`\`\`css
   vois-meldebescheinigung:not(:defined) { display: block; min-block-size: var(--vois-reserved-block-size, 36em); }
   \`\`\`

## Farben anpassen

Eine Regel im Stylesheet der Seite schlägt jede Theme-Vorlage:

\`\`\`css
vois-meldebescheinigung { --vois-color-action: #005c7a; --vois-color-action-hover: #00445a; }
\`\`\`

Alle Tokens mit ihren Werten je Stadt stehen auf der Seite **Design-Tokens**. Bitte beim
Überschreiben die Kontraste (4,5 : 1 für Text, 3 : 1 für Rahmen und Fokus) einhalten.

## Voraussetzungen beim Server

- Die Adresse der Seite (Origin) steht auf der Freigabeliste der Stadt (CORS und Rücksprung nach der Anmeldung).
- Die Seite wird über https ausgeliefert.

Ein fehlerhaftes Einbinden wirft nie einen Fehler und lässt keine leere Fläche: das Widget
nennt jedes falsche Attribut mit einem Beispiel (siehe **Meldebescheinigung › Einbettungsfehler**).
`;
