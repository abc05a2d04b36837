// What would source changes gain? Builds the CDN bundles with simulated source changes (text
// transforms at build time, nothing is written to src/) and prints gzip sizes, so the size
// budget discussion is about measured numbers. Not part of the build; run by hand:
//
//   node scripts/build/what-if.mjs
//
// Each widget is measured as one file holding everything a German page downloads for it: the
// English modules (dynamic imports, fetched only for English widgets) are left out, as the
// loader build leaves them in chunks of their own. The all-in-one bundle includes English, as
// built. (The former `de-only` scenario is now what is built.)
//
// Scenarios (combinable): `own-texts` — each widget carries only the common texts and its own
// section of the catalogue (now built that way, so this scenario changes nothing); `no-zod` —
// zod replaced by validators that cost nothing (an upper bound for a hand-written or generated
// validator).
import { build } from 'vite';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { minifyLiteralsPlugin } from './minify-literals.mjs';
import { ENGLISH } from './cdn.mjs';

const pkg = fileURLToPath(new URL('../..', import.meta.url));
const SECTIONS = { meldebescheinigung: 'meldebescheinigung', 'abmeldung-nebenwohnung': 'abmeldung', uebermittlungssperren: 'sperren', selbstauskunft: 'selbstauskunft', dienste: 'dienste' };

/** Replaces the bodies of top-level catalogue sections not in `keep` with `{} as any`. */
function keepSections(code, keep) {
  const lines = code.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^ {2}(\w+): \{$/.exec(lines[i]);
    if (!m || !Object.values(SECTIONS).includes(m[1]) || keep.includes(m[1])) {
      out.push(lines[i]);
      continue;
    }
    let j = i + 1;
    while (j < lines.length && lines[j] !== '  },') j++;
    out.push(`  ${m[1]}: {} as any,`);
    i = j;
  }
  return out.join('\n');
}

function scenarioPlugin(scenarios, widget) {
  return {
    name: 'what-if',
    enforce: 'pre',
    async resolveId(id, importer) {
      if (scenarios.includes('no-zod') && /^zod(\/|$)/.test(id)) return '\0zod-stub';
      // A widget as a German page loads it: English stays an import, not part of the file.
      if (widget && id.includes('en')) {
        const resolved = await this.resolve(id, importer, { skipSelf: true });
        if (resolved && ENGLISH.test(resolved.id)) return { id: resolved.id, external: true };
      }
      return null;
    },
    load(id) {
      if (id !== '\0zod-stub') return null;
      const names = 'object string boolean number array optional nullable enum literal union discriminatedUnion record regex url email minLength maxLength length minimum maximum int iso check refine pipe transform prettifyError safeParse parse ZodMiniType _default config core lazy tuple date datetime';
      return `const s = () => ({ check: () => s(), safeParse: (v) => ({ success: true, data: v }), parse: (v) => v, shape: {} });\nexport const iso = { date: s, datetime: s };\nconst _enum = s;\nexport { _enum as enum };\n${names.split(' ').filter((n) => n !== 'iso' && n !== 'enum').map((n) => `export const ${n} = s;`).join('\n')}`;
    },
    transform(code, id) {
      if (scenarios.includes('own-texts') && widget && /\/i18n\/(de|en)\.ts$/.test(id)) return keepSections(code, [SECTIONS[widget]]);
      return null;
    },
  };
}

async function size(entry, scenarios, widget) {
  const res = await build({
    root: pkg,
    logLevel: 'silent',
    configFile: false,
    plugins: [scenarioPlugin(scenarios, widget), minifyLiteralsPlugin()],
    resolve: { conditions: ['production', 'module', 'browser', 'import', 'default'] },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry: resolve(pkg, entry), formats: ['es'] },
      rollupOptions: { output: { codeSplitting: false, minify: true, comments: false } },
    },
  });
  const out = (Array.isArray(res) ? res[0] : res).output[0];
  return gzipSync(out.code, { level: 9 }).length;
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const widgets = readdirSync(resolve(pkg, 'src/define')).map((f) => f.slice(0, -3));
const combos = [[], ['own-texts'], ['no-zod'], ['own-texts', 'no-zod']];
console.log(`| Scenario | all-in-one | ${widgets.map((w) => `<vois-${w}>`).join(' | ')} |`);
console.log(`| --- | ---: | ${widgets.map(() => '---:').join(' | ')} |`);
for (const combo of combos) {
  const all = combo.includes('own-texts') ? '—' : kB(await size('src/embed/cdn.ts', combo));
  const per = [];
  for (const w of widgets) per.push(kB(await size(`src/define/${w}.ts`, combo, w)));
  console.log(`| ${combo.join(' + ') || 'as built'} | ${all} | ${per.join(' | ')} |`);
}
