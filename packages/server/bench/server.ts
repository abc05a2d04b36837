/**
 * Benchmark server process: the reference server on a free loopback port with a throw-away
 * register (the parent creates and deletes `BENCH_DATA_DIR`), rate limits raised out of the
 * way and no request log. It runs in its own process so that the load generator never shares
 * its event loop: what the parent measures is the server's latency, not its own.
 *
 * IPC protocol (parent ↔ child):
 *   child → { type: 'ready', url, sealThreads }       once listening
 *   parent → { type: 'usage' }  child → { type: 'usage', cpuMicros, rss, loopMaxMs, gcMaxMs, gcTotalMs }
 *                               between scenarios; loop and GC figures cover the time since the last ask
 *   parent → { type: 'profile-start' } / { type: 'profile-stop', file }   child → { type: 'profiled' }
 *                               V8 CPU profile of just the measured part of one call, written to `file`
 *   parent → { type: 'stop' }   child closes and exits 0
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { defaultConfig, loadConfig, startServer } from '../src/index.ts';

const dataDir = process.env.BENCH_DATA_DIR;
if (!dataDir || !process.send) {
  console.error('bench/server.ts is started by bench/run.ts (needs BENCH_DATA_DIR and an IPC channel).');
  process.exit(2);
}

/** A benchmark's whole point is to exceed what a single citizen does; limits would only measure 429s. */
const unlimited = { max: 1_000_000_000, windowSeconds: 60 };

const server = await startServer(
  defaultConfig({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    logRequests: false,
    // As deployed: one sealing thread per core unless VOIS_SEAL_THREADS says otherwise (same parsing as the server).
    sealThreads: loadConfig({ VOIS_SEAL_THREADS: process.env.VOIS_SEAL_THREADS }).sealThreads,
    // The run can take several minutes; sessions of the default 15 min could run out mid-way.
    sessionTtlSeconds: 2 * 60 * 60,
    rateLimits: { login: unlimited, token: unlimited, verification: unlimited },
  }),
  // Operational lines (errors) only; they never carry personal data.
  { log: (line) => process.stderr.write(`[server] ${line}\n`) },
);

const send = (message: unknown) => process.send!(message);

// Where tail latency comes from: the longest event-loop stall and the garbage-collector pauses.
const loopDelay = monitorEventLoopDelay({ resolution: 1 });
loopDelay.enable();
let gcMaxMs = 0;
let gcTotalMs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcMaxMs = Math.max(gcMaxMs, entry.duration);
    gcTotalMs += entry.duration;
  }
}).observe({ entryTypes: ['gc'] });

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await server.close();
  process.exit(code);
}

/** In-process inspector rather than --cpu-prof: profiles only what is measured, not start-up and setup. */
let profiler: Session | undefined;
async function profile(action: 'start' | 'stop', file?: string) {
  if (action === 'start') {
    profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.setSamplingInterval', { interval: 200 });
    await profiler.post('Profiler.start');
  } else if (profiler) {
    const { profile } = await profiler.post('Profiler.stop');
    // tsx compiles each module to one line; map frames back to the TypeScript source lines.
    for (const { callFrame: f } of profile.nodes) {
      const entry = (f.url.startsWith('file:') ? findSourceMap(f.url)?.findEntry(f.lineNumber, f.columnNumber) : undefined) as
        { originalLine?: number; originalColumn?: number } | undefined;
      if (entry?.originalLine !== undefined && entry.originalColumn !== undefined) {
        f.lineNumber = entry.originalLine;
        f.columnNumber = entry.originalColumn;
      }
    }
    writeFileSync(file!, JSON.stringify(profile));
    profiler.disconnect();
    profiler = undefined;
  }
  send({ type: 'profiled' });
}

process.on('message', (message: { type?: string; file?: string }) => {
  if (message.type === 'profile-start') void profile('start');
  else if (message.type === 'profile-stop') void profile('stop', message.file);
  else if (message.type === 'usage') {
    const cpu = process.cpuUsage();
    send({ type: 'usage', cpuMicros: cpu.user + cpu.system, rss: process.memoryUsage.rss(), loopMaxMs: loopDelay.max / 1e6, gcMaxMs, gcTotalMs });
    loopDelay.reset();
    gcMaxMs = 0;
    gcTotalMs = 0;
  } else if (message.type === 'stop') {
    void stop(0);
  }
});
// The parent died or was interrupted: do not linger as an orphan holding the port.
process.on('disconnect', () => void stop(1));

send({ type: 'ready', url: server.url, sealThreads: server.config.sealThreads });
