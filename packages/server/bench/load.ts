/**
 * A small closed-loop load generator on node:http with keep-alive: `concurrency` workers, each
 * sending its next request as soon as the previous answer's body has arrived, until either
 * `maxRequests` have been started or `maxSeconds` have passed. Latency is measured from the
 * call to `http.request` to the last byte of the body, i.e. what a widget would wait for.
 *
 * node:http rather than fetch: undici's fetch costs noticeably more CPU per request, and on a
 * 2-core machine every client cycle is taken from the server being measured.
 */
import http from 'node:http';

export interface BenchRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  headers?: Record<string, string>;
  body?: string;
  /** Expected status; anything else counts as an error (default 200). */
  expect?: number;
}

export interface LoadOptions {
  baseUrl: string;
  concurrency: number;
  maxRequests: number;
  maxSeconds: number;
  /** The i-th request overall, sent by worker `worker` (0 … concurrency-1). */
  next(worker: number, i: number): BenchRequest;
  /** Called after an answer with the expected status (e.g. to track state per worker). */
  onSuccess?(worker: number, body: Buffer): void;
  /** Ends the run early (a background load stops with the foreground one). */
  stop?: () => boolean;
  /** Reuse the warm-up's connections, so the measured run does not pay for connecting. */
  agent?: http.Agent;
}

export interface LoadResult {
  concurrency: number;
  /** Answers with the expected status. */
  ok: number;
  errors: number;
  /** First unexpected answer, status and the start of its body (problem code), for the report. */
  firstError?: string;
  /** Wall time from the first request to the last answer. */
  elapsedMs: number;
  /** Latencies (ms) of the successful requests, sorted ascending. */
  latencies: Float64Array;
}

export interface Response {
  status: number;
  body: Buffer;
}

/** At most `concurrency` sockets, all kept open between requests. */
export const keepAliveAgent = (concurrency: number) => new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });

/** One request on the given agent; resolves with status and full body. */
export function send(agent: http.Agent, base: URL, req: BenchRequest): Promise<Response> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...req.headers };
    if (req.body !== undefined) headers['Content-Length'] = Buffer.byteLength(req.body);
    const r = http.request(
      { agent, hostname: base.hostname, port: base.port, method: req.method, path: req.path, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    r.on('error', reject);
    r.end(req.body);
  });
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const base = new URL(o.baseUrl);
  if (base.hostname !== '127.0.0.1') throw new Error(`the benchmark only talks to 127.0.0.1, not ${base.hostname}`);
  const agent = o.agent ?? keepAliveAgent(o.concurrency);
  const latencies = new Float64Array(o.maxRequests);
  let started = 0;
  let ok = 0;
  let errors = 0;
  let firstError: string | undefined;
  const t0 = performance.now();
  const deadline = t0 + o.maxSeconds * 1000;
  let last = t0;

  async function worker(w: number) {
    while (started < o.maxRequests && performance.now() < deadline && !o.stop?.()) {
      const req = o.next(w, started++);
      const begin = performance.now();
      let res: Response;
      try {
        res = await send(agent, base, req);
      } catch (error) {
        errors++;
        firstError ??= `network: ${(error as Error).message}`;
        continue;
      }
      const end = performance.now();
      last = Math.max(last, end);
      if (res.status === (req.expect ?? 200)) {
        latencies[ok++] = end - begin;
        o.onSuccess?.(w, res.body);
      } else {
        errors++;
        firstError ??= `${res.status} ${res.body.toString('utf8', 0, 200)}`;
      }
    }
  }

  await Promise.all(Array.from({ length: o.concurrency }, (_, w) => worker(w)));
  if (!o.agent) agent.destroy();
  return { concurrency: o.concurrency, ok, errors, firstError, elapsedMs: last - t0, latencies: latencies.slice(0, ok).sort() };
}

/** Nearest-rank percentile of an ascending array (NaN when empty). */
export function percentile(sorted: Float64Array, p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
