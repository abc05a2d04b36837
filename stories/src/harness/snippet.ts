/**
 * The copy-paste snippet of a docs page, as the guide (EMBEDDING.md, section 2) writes it:
 * the versioned file with its SRI hash from the build's manifest.json and the guide's example
 * hosts. A glob: before the first build there is no manifest, and the page says so.
 */
const manifests = import.meta.glob<{ version: string; files: Record<string, { integrity: string }> }>('../../../packages/widgets/dist/cdn/*/manifest.json', {
  eager: true,
  import: 'default',
});

/** The newest build's manifest (one version folder normally). */
export const cdnManifest = Object.values(manifests).sort((a, b) => a.version.localeCompare(b.version, 'en', { numeric: true })).at(-1);

export const CDN_BASE = 'https://cdn.example.de/vois-widgets';
export const EXAMPLE_API = 'https://api.example.de';

/** Snippet A of the guide for one element (the town in the example is Strausberg). */
export function snippetFor(tag: string, attrs = 'kommune="12064472" theme="strausberg" heading-level="2"'): string {
  if (!cdnManifest) return `<!-- Noch kein Build: pnpm -F @vois-online/widgets build schreibt die Dateien und ihre SRI-Hashes. -->\n<${tag} api="${EXAMPLE_API}" ${attrs}></${tag}>`;
  const v = cdnManifest.version;
  return `<script type="module" src="${CDN_BASE}/${v}/vois-widgets.js"
        integrity="${cdnManifest.files['vois-widgets.js']!.integrity}" crossorigin="anonymous"></script>

<${tag} api="${EXAMPLE_API}" ${attrs}></${tag}>`;
}
