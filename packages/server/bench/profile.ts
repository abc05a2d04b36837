/**
 * Summarises a V8 `.cpuprofile` (from `--cpu-prof`): self time per function and per origin
 * (our src/, a dependency, node internals, GC/idle). Enough to name a hot spot without
 * opening DevTools. Standalone: `node --import tsx bench/profile.ts <file.cpuprofile> [top]`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `node_modules/.pnpm/pdf-lib@1.17.1/node_modules/pdf-lib/…` → `pdf-lib`; `…/src/http/x.ts` → `src/http/x.ts`. */
function originOf(url: string): string {
  if (!url) return '(native / V8)';
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith('node:')) return 'node internals';
  const own = /\/packages\/([^/]+)\/(.+)$/.exec(url);
  if (own) return own[1] === 'server' ? own[2]! : `@vois-online/${own[1]}`;
  return url;
}

export function summarizeProfile(file: string, top = 20): string {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // The profiler's own stop call (node:inspector) shows up as the last sample; it is not the server's work.
  const excluded = new Set<number>();
  const exclude = (n: ProfileNode) => {
    excluded.add(n.id);
    for (const c of n.children ?? []) exclude(byId.get(c)!);
  };
  for (const n of profile.nodes) if (n.callFrame.url === 'node:inspector') exclude(n);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    if (!excluded.has(id)) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  let total = 0;
  let idle = 0;
  const fn = new Map<string, number>();
  const origin = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    total += us;
    if (functionName === '(idle)' || functionName === '(program)') {
      idle += functionName === '(idle)' ? us : 0;
      if (functionName === '(idle)') continue;
    }
    const o = functionName.startsWith('(') ? functionName : originOf(url);
    const key = `${functionName || '(anonymous)'}  ${o}${url ? `:${lineNumber + 1}` : ''}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    origin.set(o, (origin.get(o) ?? 0) + us);
  }
  const busy = total - idle;

  // Total (inclusive) time of our own functions: self time of the subtree, recursion counted once.
  const keyOf = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}  ${originOf(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const inclusive = new Map<string, number>();
  const root = profile.nodes[0]!;
  const walk = (n: ProfileNode, open: Set<string>): number => {
    let sum = self.get(n.id) ?? 0;
    const key = keyOf(n);
    const own = originOf(n.callFrame.url).startsWith('src/') && !open.has(key);
    if (own) open.add(key);
    for (const c of n.children ?? []) sum += walk(byId.get(c)!, open);
    if (own) {
      open.delete(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + sum);
    }
    return sum;
  };
  walk(root, new Set());
  const pct = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
  const ms = (us: number) => `${(us / 1000).toFixed(0).padStart(7)} ms`;
  const lines = [`CPU profile ${file}`, `busy ${ms(busy).trim()} of ${ms(total).trim()} sampled (rest idle); shares below are of busy time`, '', 'Self time by origin:'];
  for (const [k, v] of [...origin].sort((a, b) => b[1] - a[1]).slice(0, 12)) lines.push(`  ${pct(v)} ${ms(v)}  ${k}`);
  lines.push('', `Top ${top} functions by self time:`);
  for (const [k, v] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(v)} ${ms(v)}  ${k}`);
  lines.push('', `Top ${top} server functions (src/) by total time, callees included:`);
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(v)} ${ms(v)}  ${k}`);
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, top] = process.argv.slice(2);
  if (!file) {
    console.error('usage: node --import tsx bench/profile.ts <file.cpuprofile> [top]');
    process.exit(2);
  }
  console.log(summarizeProfile(file, top ? Number(top) : 20));
}
