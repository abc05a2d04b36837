/**
 * `pnpm -F @vois-online/server bench` — latency and throughput of every service call of the
 * reference server on loopback (issue 3: p99 < 50 ms for JSON calls and < 200 ms for a PDF at 50
 * concurrent requests on 2 cores).
 *
 * The server runs in a child process (bench/server.ts) with a fresh temp register; this process
 * logs personas in through the real sandbox eID flow and drives the load. Each call gets a
 * short warm-up, then is measured until `--requests` answers or `--seconds` have passed,
 * whichever comes first. Server CPU per request comes from the child's `process.cpuUsage()`
 * read before and after, which separates the server's cost from the load generator's.
 *
 *   --requests N       bound per JSON call (default 2000)
 *   --pdf-requests N   bound per call that seals a new PDF (default 500: each one is stored)
 *   --seconds S        time bound per call (default 20)
 *   --concurrency C    the target concurrency (default 50)
 *   --only a,b         only these calls (setup still runs); results are printed, not written
 *   --cpu-prof         profile the server during each measured call (bench/profiles/*.cpuprofile,
 *                      open in Chrome DevTools) and print where its time went
 *   --out FILE         write the report here (default bench/RESULTS.md on a full run)
 *   --retries N        re-measure a call disturbed by other processes up to N times (default 2)
 *   --quiet-wait S     before each call, wait up to S seconds for the machine to be quiet (default 30)
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type http from 'node:http';
import { parseArgs } from 'node:util';
import { type BenchRequest, keepAliveAgent, percentile, runLoad, type LoadResult } from './load.ts';
import { loginPersona } from './login.ts';
import { summarizeProfile } from './profile.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

const { values: opt } = parseArgs({
  // `pnpm bench -- --only x` hands the `--` through; it is not an end-of-options marker here.
  args: process.argv.slice(2).filter((arg, i) => !(i === 0 && arg === '--')),
  options: {
    requests: { type: 'string', default: '2000' },
    'pdf-requests': { type: 'string', default: '500' },
    seconds: { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '50' },
    only: { type: 'string' },
    'cpu-prof': { type: 'boolean', default: false },
    out: { type: 'string' },
    retries: { type: 'string', default: '2' },
    'quiet-wait': { type: 'string', default: '30' },
    help: { type: 'boolean', default: false },
  },
});
if (opt.help) {
  console.log(/\/\*\*([\s\S]*?)\*\//.exec(readFileSync(fileURLToPath(import.meta.url), 'utf8'))![1]!.replace(/^ \* ?/gm, ''));
  process.exit(0);
}
const whole = (name: string, v: string, min = 1) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}, got "${v}"`);
  return n;
};
const JSON_REQUESTS = whole('requests', opt.requests);
const PDF_REQUESTS = whole('pdf-requests', opt['pdf-requests']);
const SECONDS = whole('seconds', opt.seconds);
const CONCURRENCY = whole('concurrency', opt.concurrency);
const RETRIES = whole('retries', opt.retries, 0);
const QUIET_WAIT = whole('quiet-wait', opt['quiet-wait'], 0);
/** Other processes above this share of all cores make a run "disturbed". */
const DISTURBED_PCT = 15;
const ONLY = opt.only ? new Set(opt.only.split(',').map((s) => s.trim())) : undefined;
/** Lower concurrencies for new PDFs, where a single event loop can meet 200 ms (see RESULTS.md). */
const PDF_CONCURRENCIES = [CONCURRENCY, 8, 2].filter((c, i, a) => a.indexOf(c) === i);
const JSON_TARGET_MS = 50;
const PDF_TARGET_MS = 200;

const AGS = { strausberg: '12064472', oranienburg: '12065256', premnitz: '12063244', werder: '12069656', erkner: '12067124', wittenberge: '12070424' };

/**
 * Personas that can log in, each at a town where they are registered. Those who may log in but
 * are refused services (C3, C4) or cannot log in at all (C2 name change) are left out: they
 * would only measure error paths. Which services each one may use is asked from /v1/me.
 */
const PERSONAS: Array<[persona: string, ags: string]> = [
  ['standard', AGS.strausberg],
  ['zwei-nebenwohnungen', AGS.oranienburg],
  ['familie', AGS.erkner],
  ['jugendlich-17', AGS.erkner],
  ['auskunftssperre', AGS.wittenberge],
  ['ehegatte-ohne-sperre', AGS.wittenberge],
  ['din-91379', AGS.strausberg],
  ['langer-name', AGS.werder],
  ['einname', AGS.oranienburg],
  ['geburtsjahr', AGS.premnitz],
  ['doppelte-staatsangehoerigkeit', AGS.erkner],
  ['doktor-ordensname', AGS.strausberg],
  ['betreuung', AGS.wittenberge],
  ['nur-nebenwohnung', AGS.erkner],
  ['religion-familie', AGS.strausberg],
  ['sicherheitssperre', AGS.premnitz],
];

// ---------------------------------------------------------------- server process

interface Usage {
  cpuMicros: number;
  rss: number;
  /** Longest event-loop delay (ms) since the previous call. */
  loopMaxMs: number;
  gcMaxMs: number;
  gcTotalMs: number;
}

interface ServerProcess {
  url: string;
  /** The server's PDF sealing threads (0 = on its event loop), as its configuration says. */
  sealThreads: number;
  /** Cumulative server CPU time (user + system, µs), resident memory, and stalls since the last ask. */
  usage(): Promise<Usage>;
  /** Starts a CPU profile, or stops it and writes it to `file`. */
  profile(action: 'start' | 'stop', file?: string): Promise<void>;
  stop(): Promise<void>;
}

async function startServerProcess(dataDir: string): Promise<ServerProcess> {
  const child = fork(join(here, 'server.ts'), [], {
    execArgv: ['--import', import.meta.resolve('tsx')],
    env: { ...process.env, BENCH_DATA_DIR: dataDir },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  // Answers arrive in order per kind; if the child dies, nobody waits forever.
  const pending = { usage: [] as Array<{ resolve: (m: Usage) => void; reject: (e: Error) => void }>, profiled: [] as Array<{ resolve: () => void; reject: (e: Error) => void }> };
  const ask = <T>(queue: Array<{ resolve: (v: T) => void; reject: (e: Error) => void }>, message: object) =>
    new Promise<T>((resolve, reject) => {
      if (!child.connected) return reject(new Error('bench server is gone'));
      queue.push({ resolve, reject });
      child.send(message);
    });
  const { url, sealThreads } = await new Promise<{ url: string; sealThreads: number }>((resolve, reject) => {
    child.once('exit', (code) => {
      const error = new Error(`bench server exited with ${code}`);
      reject(error);
      for (const p of [...pending.usage.splice(0), ...pending.profiled.splice(0)]) p.reject(error);
    });
    child.on('message', (m: { type: string; url?: string; sealThreads?: number } & Usage) => {
      if (m.type === 'ready') resolve({ url: m.url!, sealThreads: m.sealThreads! });
      if (m.type === 'usage') pending.usage.shift()?.resolve(m);
      if (m.type === 'profiled') pending.profiled.shift()?.resolve();
    });
  });
  return {
    url,
    sealThreads,
    usage: () => ask(pending.usage, { type: 'usage' }),
    profile: (action, file) => ask<void>(pending.profiled, { type: `profile-${action}`, file }),
    async stop() {
      if (child.connected) child.send({ type: 'stop' });
      await exited;
    },
  };
}

/**
 * Busy CPU time of the whole machine (ms, all cores) from /proc/stat, or NaN elsewhere. With the
 * server's and our own CPU subtracted it shows how much other jobs disturbed a run.
 */
function machineBusyMs(): number {
  try {
    const [, ...f] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/).map(Number);
    const [user, nice, system, , , irq, softirq, steal] = f;
    return ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) * 10; // USER_HZ = 100
  } catch {
    return Number.NaN;
  }
}

/** Waits until other processes use less than DISTURBED_PCT of the cores for a second (false on timeout). */
async function waitForQuiet(maxSeconds: number): Promise<boolean> {
  const deadline = performance.now() + maxSeconds * 1000;
  do {
    const b0 = machineBusyMs();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const pct = (100 * (machineBusyMs() - b0)) / (1000 * os.availableParallelism());
    if (!(pct > DISTURBED_PCT)) return true; // NaN (no /proc/stat): do not wait
  } while (performance.now() < deadline);
  return false;
}

// ---------------------------------------------------------------- setup against the running server

interface Session {
  persona: string;
  ags: string;
  token: string;
  services: Set<string>;
}

const auth = (s: Session, extra: Record<string, string> = {}) => ({ Authorization: `Bearer ${s.token}`, ...extra });
const newKey = () => randomBytes(16).toString('hex');
const json = (s: Session, key: string) => auth(s, { 'Content-Type': 'application/json', 'Idempotency-Key': key });

async function api<T>(base: string, path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(new URL(path, base), init);
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${text.slice(0, 200)}`);
  return JSON.parse(text) as T;
}

// ---------------------------------------------------------------- scenarios

type Kind = 'json' | 'pdf';

interface Scenario {
  /** Contract operation id. */
  call: string;
  /** What exactly is measured, for the table. */
  variant: string;
  /** `pdf` = the answer waits for a newly sealed PDF, or is a PDF. */
  kind: Kind;
  concurrency: number;
  maxRequests: number;
  warmup: number;
  next(worker: number, i: number): BenchRequest;
  onSuccess?(worker: number, body: Buffer): void;
  note?: string;
  /** False when a second measurement would not repeat the first (a residence is deregistered once). */
  repeatable?: boolean;
  /** A second load running at the same time (reported as its own row), e.g. PDFs behind JSON calls. */
  background?: Omit<Scenario, 'background' | 'maxRequests' | 'warmup'>;
}

interface Row {
  scenario: Scenario;
  result: LoadResult;
  cpuMsPerRequest: number;
  /** Share of all cores used by processes other than this benchmark (other jobs on the machine). */
  otherCpuPct: number;
  /** Server side during the measured run: longest event-loop stall, longest and total GC pause. */
  loopMaxMs: number;
  gcMaxMs: number;
  gcTotalMs: number;
}

const round = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');

function targetOf(s: Scenario): number | undefined {
  if (s.kind === 'pdf') return PDF_TARGET_MS;
  // A mixed run counts with everything in flight (foreground + background).
  return s.concurrency === CONCURRENCY || s.background ? JSON_TARGET_MS : undefined;
}

function verdict(r: Row): string {
  const target = targetOf(r.scenario);
  if (!target) return '';
  if (!r.result.ok) return 'no data';
  const p99 = percentile(r.result.latencies, 99);
  // Other jobs on a shared machine take cores from the server: say so next to the verdict.
  const flag = `${r.result.errors ? ' (errors!)' : ''}${r.otherCpuPct > DISTURBED_PCT ? ' (disturbed)' : ''}`;
  return `${p99 < target ? 'meets' : 'MISSES'} < ${target} ms${flag}`;
}

const columns = ['Call', 'Variant', 'Conc.', 'n', 'Err.', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'req/s', 'Server CPU ms/req', 'Other procs CPU %', 'Loop stall max ms', 'GC max / total ms', 'Target (p99)'] as const;

function cells(r: Row): string[] {
  const l = r.result.latencies;
  return [
    r.scenario.call, r.scenario.variant, String(r.result.concurrency), String(r.result.ok), String(r.result.errors),
    round(percentile(l, 50)), round(percentile(l, 90)), round(percentile(l, 99)), round(l[l.length - 1] ?? Number.NaN),
    round((1000 * r.result.ok) / r.result.elapsedMs, 0), round(r.cpuMsPerRequest, 2), round(r.otherCpuPct, 0), round(r.loopMaxMs, 0), `${round(r.gcMaxMs, 0)} / ${round(r.gcTotalMs, 0)}`, verdict(r),
  ];
}

function textTable(rows: Row[]): string {
  const data = [columns.slice(), ...rows.map(cells)];
  const widths = columns.map((_, i) => Math.max(...data.map((row) => row[i]!.length)));
  const numeric = (i: number) => i >= 2 && i <= 13;
  return data
    .map((row, r) => {
      const line = row.map((c, i) => (numeric(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
      return r === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}

function markdownTable(rows: Row[]): string {
  const head = `| ${columns.join(' | ')} |`;
  const sep = `|${columns.map((_, i) => (i >= 2 && i <= 13 ? '---:' : '---')).join('|')}|`;
  return [head, sep, ...rows.map((r) => `| ${cells(r).map((c, i) => (i === 0 ? `\`${c}\`` : c)).join(' | ')} |`)].join('\n');
}

// ---------------------------------------------------------------- main

async function main() {
  const dataDir = mkdtempSync(join(os.tmpdir(), 'vois-bench-'));
  const profileDir = opt['cpu-prof'] ? join(here, 'profiles') : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const startedAt = new Date();
  const loadBefore = os.loadavg();

  // Ctrl-C: the child gets the signal too; do not leave the temp register behind.
  process.once('SIGINT', () => {
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(130);
  });
  console.log('Starting the server (first start generates the sandbox seal key, a few seconds) …');
  const server = await startServerProcess(dataDir);
  const base = server.url;
  try {
    // Sessions through the real login flow; availability per service from /v1/me.
    const sessions: Session[] = [];
    const skipped: string[] = [];
    for (const [persona, ags] of PERSONAS) {
      try {
        const token = await loginPersona(base, persona, ags);
        const me = await api<{ services: Array<{ service: string; available: boolean }> }>(base, '/v1/me', { headers: { Authorization: `Bearer ${token}` } });
        sessions.push({ persona, ags, token, services: new Set(me.services.filter((s) => s.available).map((s) => s.service)) });
      } catch (error) {
        skipped.push(`${persona}: ${(error as Error).message}`);
      }
    }
    const using = (service: string) => sessions.filter((s) => s.services.has(service));
    const mb = using('meldebescheinigung');
    const ab = using('abmeldung-nebenwohnung');
    const sp = using('uebermittlungssperren');
    const sa = using('selbstauskunft');
    console.log(`Logged in ${sessions.length} personas (${mb.length} Meldebescheinigung, ${ab.length} Abmeldung, ${sp.length} Sperren, ${sa.length} Selbstauskunft).`);
    for (const s of skipped) console.log(`  skipped ${s}`);
    if (!mb.length || !sp.length || !sa.length) throw new Error('not enough usable personas for the benchmark');

    // Sealed documents to download and verify: one certificate per person.
    const documents: Array<{ session: Session; id: string; code: string }> = [];
    for (const s of mb) {
      const body = JSON.stringify({ art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false });
      const r = await api<{ document: { id: string; verificationCode: string } }>(base, '/v1/meldebescheinigung', { method: 'POST', headers: json(s, newKey()), body });
      documents.push({ session: s, id: r.document.id, code: r.document.verificationCode });
    }

    // changeSperren: a fresh request must really change something (else U2_NO_CHANGES), so each
    // worker owns one (person, block) pair and flips it; the server serialises per transaction.
    const slots: Array<{ session: Session; key: string; active: boolean }> = [];
    for (const s of sp) {
      const state = await api<{ sperren: Array<{ key: string; active: boolean; changeable: boolean; relevance: string }> }>(base, '/v1/uebermittlungssperren', { headers: auth(s) });
      for (const b of state.sperren) if (b.changeable && (b.active || b.relevance !== 'NOT_APPLICABLE')) slots.push({ session: s, key: b.key, active: b.active });
    }

    // createAbmeldung: every secondary residence that can be deregistered exists once only.
    const deregistrations: BenchRequest[] = [];
    for (const s of ab) {
      const o = await api<{ residences: Array<{ id: string }>; today: string }>(base, '/v1/abmeldung-nebenwohnung/optionen', { headers: auth(s) });
      for (const r of o.residences) {
        deregistrations.push({ method: 'POST', path: '/v1/abmeldung-nebenwohnung', headers: json(s, newKey()), body: JSON.stringify({ residenceId: r.id, moveOutDate: o.today, childIds: [] }) });
      }
    }

    const rr = <T>(list: T[], i: number) => list[i % list.length]!;
    const get = (s: Session, path: string): BenchRequest => ({ method: 'GET', path, headers: auth(s) });
    const towns = Object.values(AGS);
    const C = CONCURRENCY;
    const jsonBound = { maxRequests: JSON_REQUESTS, warmup: 300 };

    const scenarios: Scenario[] = [
      { call: 'getKommune', variant: 'public town config', kind: 'json', concurrency: C, ...jsonBound, next: (_, i) => ({ method: 'GET', path: `/v1/kommunen/${rr(towns, i)}` }) },
      { call: 'getMe', variant: `${sessions.length} personas`, kind: 'json', concurrency: C, ...jsonBound, next: (_, i) => get(rr(sessions, i), '/v1/me') },
      { call: 'getMeldebescheinigungOptions', variant: `${mb.length} personas`, kind: 'json', concurrency: C, ...jsonBound, next: (_, i) => get(rr(mb, i), '/v1/meldebescheinigung/optionen') },
      ...(ab.length ? [{ call: 'getAbmeldungOptions', variant: `${ab.length} personas`, kind: 'json' as const, concurrency: C, ...jsonBound, next: (_: number, i: number) => get(rr(ab, i), '/v1/abmeldung-nebenwohnung/optionen') }] : []),
      { call: 'getSperren', variant: `${sp.length} personas`, kind: 'json', concurrency: C, ...jsonBound, next: (_, i) => get(rr(sp, i), '/v1/uebermittlungssperren') },
      { call: 'getSelbstauskunft', variant: `${sa.length} personas`, kind: 'json', concurrency: C, ...jsonBound, next: (_, i) => get(rr(sa, i), '/v1/selbstauskunft') },
      { call: 'verifyDocument', variant: `${documents.length} codes, public`, kind: 'json', concurrency: C, ...jsonBound, next: (_, i) => ({ method: 'GET', path: `/v1/pruefung/${rr(documents, i).code}` }) },
      { call: 'getDocumentPdf', variant: 'stored sealed PDF', kind: 'pdf', concurrency: C, ...jsonBound, next: (_, i) => { const d = rr(documents, i); return get(d.session, `/v1/dokumente/${d.id}/pdf`); } },
    ];

    // New sealed documents: at the target concurrency and at ones a single event loop can serve.
    for (const c of PDF_CONCURRENCIES) {
      const conc = Math.min(c, slots.length);
      scenarios.push({
        call: 'changeSperren', variant: 'fresh key, new receipt PDF', kind: 'pdf', concurrency: conc, maxRequests: PDF_REQUESTS, warmup: conc,
        note: conc < c ? `only ${slots.length} (person, block) pairs can be flipped without conflicts, so ${conc} instead of ${c} concurrent` : undefined,
        next: (w) => {
          const slot = slots[w]!;
          return { method: 'PUT', path: '/v1/uebermittlungssperren', headers: json(slot.session, newKey()), body: JSON.stringify({ changes: [{ key: slot.key, active: !slot.active }] }) };
        },
        onSuccess: (w) => {
          slots[w]!.active = !slots[w]!.active;
        },
      });
    }
    for (const c of PDF_CONCURRENCIES) {
      scenarios.push({
        call: 'createMeldebescheinigung', variant: 'fresh key, new PDF (einfach)', kind: 'pdf', concurrency: c, maxRequests: PDF_REQUESTS, warmup: c,
        next: (_, i) => ({ method: 'POST', path: '/v1/meldebescheinigung', headers: json(rr(mb, i), newKey()), body: JSON.stringify({ art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false }) }),
      });
    }
    for (const c of PDF_CONCURRENCIES) {
      scenarios.push({
        call: 'createSelbstauskunftDocument', variant: 'fresh key, new PDF', kind: 'pdf', concurrency: c, maxRequests: PDF_REQUESTS, warmup: c,
        next: (_, i) => ({ method: 'POST', path: '/v1/selbstauskunft/dokument', headers: json(rr(sa, i), newKey()), expect: 200 }),
      });
    }
    if (deregistrations.length) {
      scenarios.push({
        call: 'createAbmeldung', variant: 'new deregistration + PDF', kind: 'pdf', concurrency: 1, maxRequests: deregistrations.length, warmup: 0,
        note: `each secondary residence can be deregistered once: all ${deregistrations.length} the sandbox register offers, one after another`,
        repeatable: false,
        next: (_, i) => deregistrations[i]!,
      });
      // The same request again and again: A8 answers the stored bytes (Idempotent-Replayed).
      scenarios.push({ call: 'createAbmeldung', variant: 'idempotent replay', kind: 'json', concurrency: C, ...jsonBound, next: () => deregistrations[0]! });
    }

    // Mixed load: JSON calls while a few PDFs are being sealed. Sealing runs on the same event
    // loop, so this shows what a citizen fetching /v1/me waits while others download documents.
    scenarios.push({
      call: 'getMe', variant: 'while 2 new PDFs are sealed', kind: 'json', concurrency: C - 2, ...jsonBound,
      note: `${C - 2} concurrent getMe plus 2 concurrent createMeldebescheinigung = ${C} in flight; server CPU per request is not split between the two`,
      next: (_, i) => get(rr(sessions, i), '/v1/me'),
      background: {
        call: 'createMeldebescheinigung', variant: '2 PDFs behind the getMe row above', kind: 'pdf', concurrency: 2,
        next: (_, i) => ({ method: 'POST', path: '/v1/meldebescheinigung', headers: json(rr(mb, i), newKey()), body: JSON.stringify({ art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false }) }),
      },
    });

    const selected = scenarios.filter((s) => !ONLY || ONLY.has(s.call));
    const rows: Row[] = [];
    const profiles: string[] = [];
    /** One measured run of a scenario (after its warm-up): its row, plus one for a background load. */
    async function measure(s: Scenario, agent: http.Agent): Promise<Row[]> {
      if (profileDir) await server.profile('start');
      const before = await server.usage();
      const [busy0, own0, t0] = [machineBusyMs(), process.cpuUsage(), performance.now()];
      let foregroundDone = false;
      const bgAgent = s.background && keepAliveAgent(s.background.concurrency);
      const bg = s.background && runLoad({ baseUrl: base, concurrency: s.background.concurrency, next: s.background.next, agent: bgAgent, maxRequests: 1e6, maxSeconds: SECONDS, stop: () => foregroundDone });
      const result = await runLoad({ baseUrl: base, concurrency: s.concurrency, next: s.next, onSuccess: s.onSuccess, agent, maxRequests: s.maxRequests, maxSeconds: SECONDS });
      foregroundDone = true;
      const bgResult = await bg;
      bgAgent?.destroy();
      const [busy1, own1, t1] = [machineBusyMs(), process.cpuUsage(own0), performance.now()];
      const after = await server.usage();
      const profileFile = profileDir && join(profileDir, `${s.call}-${s.variant.replace(/\W+/g, '-')}-c${s.concurrency}.cpuprofile`);
      if (profileFile) {
        await server.profile('stop', profileFile);
        if (!profiles.includes(profileFile)) profiles.push(profileFile);
      }
      const serverMs = (after.cpuMicros - before.cpuMicros) / 1000;
      const otherMs = busy1 - busy0 - serverMs - (own1.user + own1.system) / 1000;
      const row: Row = {
        scenario: s, result, cpuMsPerRequest: bgResult ? Number.NaN : serverMs / Math.max(1, result.ok + result.errors),
        otherCpuPct: Math.max(0, (100 * otherMs) / ((t1 - t0) * os.availableParallelism())),
        loopMaxMs: after.loopMaxMs, gcMaxMs: after.gcMaxMs, gcTotalMs: after.gcTotalMs,
      };
      return s.background && bgResult ? [row, { ...row, scenario: { ...s.background, maxRequests: 0, warmup: 0 }, result: bgResult }] : [row];
    }

    const line = (r: LoadResult) => `p50 ${round(percentile(r.latencies, 50))} ms, p99 ${round(percentile(r.latencies, 99))} ms, ${round((1000 * r.ok) / r.elapsedMs, 0)} req/s${r.errors ? `, ${r.errors} errors (first: ${r.firstError})` : ''}`;
    for (const s of selected) {
      process.stdout.write(`  ${s.call} (${s.variant}) at ${s.concurrency} concurrent … `);
      const agent = keepAliveAgent(s.concurrency);
      if (!(await waitForQuiet(QUIET_WAIT))) process.stdout.write('(machine busy) ');
      if (s.warmup) await runLoad({ baseUrl: base, concurrency: s.concurrency, next: s.next, onSuccess: s.onSuccess, agent, maxRequests: s.warmup, maxSeconds: 5 });
      // On a shared machine other jobs may take the cores mid-run: measure again (after waiting
      // for quiet) and keep the least disturbed attempt — chosen by disturbance, never by latency.
      let best = await measure(s, agent);
      const retries = s.repeatable === false ? 0 : RETRIES;
      for (let attempt = 1; attempt <= retries && best[0]!.otherCpuPct > DISTURBED_PCT; attempt++) {
        process.stdout.write(`disturbed (${round(best[0]!.otherCpuPct, 0)} % other CPU), again … `);
        await waitForQuiet(QUIET_WAIT);
        const again = await measure(s, agent);
        if (again[0]!.otherCpuPct < best[0]!.otherCpuPct) best = again;
      }
      agent.destroy();
      rows.push(...best);
      console.log(`${line(best[0]!.result)}${best[1] ? ` | background ${best[1].scenario.call}: ${line(best[1].result)}` : ''}`);
    }
    const { rss } = await server.usage();

    console.log(`\n${textTable(rows)}\n`);
    for (const r of rows) if (r.scenario.note) console.log(`note ${r.scenario.call} (${r.scenario.variant}): ${r.scenario.note}`);
    for (const file of profiles) console.log(`\n${summarizeProfile(file, 25)}`);

    // A profiled run is slower than a plain one: its numbers do not go into RESULTS.md.
    const out = opt.out ?? (ONLY || profileDir ? undefined : join(here, 'RESULTS.md'));
    if (out) {
      writeFileSync(out, report({ rows, sessions, skipped, startedAt, loadBefore, rss, sealThreads: server.sealThreads }));
      console.log(`\nwrote ${out}`);
    }
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- report

function report(r: { rows: Row[]; sessions: Session[]; skipped: string[]; startedAt: Date; loadBefore: number[]; rss: number; sealThreads: number }): string {
  // Documents sealed at the same time: one per thread, at most one per core, one on the event loop.
  const parallel = Math.max(1, Math.min(r.sealThreads, os.availableParallelism()));
  const cpus = os.cpus();
  const misses = r.rows.filter((row) => verdict(row).startsWith('MISSES'));
  const meets = r.rows.filter((row) => verdict(row).startsWith('meets'));
  // CPU cost of one new PDF per call, from the runs where the server was saturated (≥ 8 in flight).
  const pdfCost = new Map<string, number>();
  for (const row of r.rows) {
    if (row.scenario.kind !== 'pdf' || row.scenario.call === 'getDocumentPdf' || row.scenario.concurrency < 8 || !Number.isFinite(row.cpuMsPerRequest)) continue;
    pdfCost.set(row.scenario.call, Math.min(pdfCost.get(row.scenario.call) ?? Infinity, row.cpuMsPerRequest));
  }
  const mixed = r.rows.find((row) => row.scenario.background);
  const plainMe = r.rows.find((row) => row.scenario.call === 'getMe' && !row.scenario.background);
  return `# Server benchmark — results

Generated by \`pnpm -F @vois-online/server bench\` (bench/run.ts) on ${r.startedAt.toISOString()}.
Re-running overwrites this file; the analysis and profiling notes live in [README.md](README.md).

## Machine

- CPU: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown'} (\`os.availableParallelism()\` = ${os.availableParallelism()})
- Memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; OS: ${os.type()} ${os.release()} (${os.arch()})
- Node ${process.version}; load average before the run: ${r.loadBefore.map((l) => l.toFixed(2)).join(' / ')}
- Server and load generator are separate processes on the **same** ${cpus.length} cores: every
  client cycle is taken from the server, so these numbers are pessimistic for the server.
- Server resident memory at the end: ${(r.rss / 2 ** 20).toFixed(0)} MiB

## Setup

- Server: bench/server.ts in a child process, 127.0.0.1 on a free port, fresh temp register
  (SQLite WAL), request log off, rate limits raised, PDFs sealed on ${r.sealThreads} worker thread(s)
  (\`VOIS_SEAL_THREADS\`; 0 = on the event loop). ${r.sessions.length} personas logged in
  through the sandbox eID flow (authorize → persona picker → code → token).${r.skipped.length ? `\n  Skipped: ${r.skipped.join('; ')}.` : ''}
- Load: closed loop, node:http with keep-alive, ${CONCURRENCY} concurrent requests unless noted;
  per call a warm-up (300 requests for JSON, one per worker for new PDFs), then bounded by
  ${JSON_REQUESTS} requests (${PDF_REQUESTS} for calls that seal a new PDF) or ${SECONDS} s,
  whichever comes first. Latency = request start to last body byte. Throughput = answers /
  wall time. Server CPU ms/req = the server process's user+system CPU over the measured run
  divided by the requests (includes GC and SQLite).
- Kinds: JSON calls have the ${JSON_TARGET_MS} ms target; calls whose answer waits for a newly
  sealed PDF (\`changeSperren\`, \`createMeldebescheinigung\`, \`createSelbstauskunftDocument\`,
  \`createAbmeldung\`) and the PDF download have the ${PDF_TARGET_MS} ms target.

## Results

${markdownTable(r.rows)}
${r.rows.filter((row) => row.scenario.note).map((row) => `\n- \`${row.scenario.call}\` (${row.scenario.variant}): ${row.scenario.note}.`).join('')}
${r.rows.filter((row) => row.result.errors).map((row) => `\n- \`${row.scenario.call}\` (${row.scenario.variant}) had ${row.result.errors} errors; first: \`${row.result.firstError?.replace(/`/g, "'")}\``).join('')}

## Against the targets

- Meet: ${meets.map((row) => `\`${row.scenario.call}\` (${row.scenario.variant}, ${row.result.concurrency})`).join(', ') || 'none'}.
- Miss: ${misses.map((row) => `\`${row.scenario.call}\` (${row.scenario.variant}, ${row.result.concurrency}): p99 ${round(percentile(row.result.latencies, 99))} ms`).join(', ') || 'none'}.

Columns: *Other procs CPU %* is the share of all cores used by other processes on the machine
during the run (from /proc/stat minus server and load generator). Before each call the
benchmark waits up to ${QUIET_WAIT} s for a quiet machine; a disturbed run (above ${DISTURBED_PCT} %) is
measured again up to ${RETRIES} times and the least disturbed attempt is kept (chosen by
disturbance, never by latency). Rows still above ${DISTURBED_PCT} % are marked *(disturbed)*: re-run
them on a quiet machine before drawing conclusions. *Loop stall max* is
the longest event-loop delay of the server (monitorEventLoopDelay), *GC* its garbage-collector
pauses (longest / sum) during the run.

### Why 50 concurrent new PDFs cannot finish within ${PDF_TARGET_MS} ms

Rendering and sealing a document is CPU work (server CPU per request that issues a new
document, from the runs at ≥ 8 concurrent: ${[...pdfCost].map(([call, ms]) => `\`${call}\` ${round(ms)} ms`).join(', ') || '–'}).
The server seals on ${r.sealThreads} worker thread(s), so at most ${parallel} document(s) progress at once on these
${os.availableParallelism()} cores: with ${CONCURRENCY} in flight an answer waits about ${CONCURRENCY} × the per-document cost / ${parallel}
(Little's law: latency ≈ concurrency / throughput), i.e.
${[...pdfCost].map(([call, ms]) => `${round((CONCURRENCY * ms) / parallel, 0)} ms for \`${call}\``).join(', ') || '–'} — more than the target whatever the code does.
It stays under ${PDF_TARGET_MS} ms up to about ${[...pdfCost].map(([call, ms]) => `${Math.floor((PDF_TARGET_MS * parallel) / ms)} concurrent \`${call}\``).join(', ') || '–'};
the rows at 8 and 2 measure that. Downloading an already sealed PDF (\`getDocumentPdf\`) is a
plain read and is not affected.
${mixed && plainMe ? `
### JSON calls while PDFs are sealed

\`getMe\` alone: p99 ${round(percentile(plainMe.result.latencies, 99))} ms. \`getMe\` with only 2 new PDFs in flight at the same time:
p99 ${round(percentile(mixed.result.latencies, 99))} ms (longest server event-loop stall ${round(mixed.loopMaxMs, 0)} ms). ${r.sealThreads > 0 ? 'Sealing runs on worker threads, so the event loop stays free for JSON requests; they share only the cores.' : 'Sealing runs on the event loop (VOIS_SEAL_THREADS=0), so a JSON request that arrives while documents are being sealed waits until they are done.'}
` : ''}`;
}

await main();
