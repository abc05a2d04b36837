/**
 * Sealing on worker threads. Rendering and signing a PDF costs 15–70 ms of CPU; on the event
 * loop that stalls every other citizen's request for as long, and a burst of documents runs on
 * one core. The pool keeps the event loop free for the JSON API and seals on as many threads as
 * it is given (each with its own warmed-up sealer over the same seal identity).
 *
 * A thread that dies (out of memory, a bug) fails only the document it was sealing — the caller
 * gets an error and the idempotent request can be repeated — and is replaced.
 */
import { Worker } from 'node:worker_threads';
import { loadOrCreateSealIdentity } from './seal-certificate.ts';
import { loadOrCreateTsaIdentity } from './timestamp/tsa-identity.ts';
import type { DocumentContent, Sealer } from './types.ts';

interface Job {
  content: DocumentContent;
  resolve: (pdf: Uint8Array) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  job?: Job;
}

export interface PoolOptions {
  dataDir: string;
  sealName?: string;
  /** RFC 3161 TSA (`VOIS_TSA_URL`); empty/unset: each thread uses the sandbox TSA of dataDir. */
  tsaUrl?: string | undefined;
  threads: number;
  /** The thread's module (tests inject one that can crash); default `seal-worker.mjs`. */
  workerUrl?: URL;
}

export async function createSealerPool(options: PoolOptions): Promise<Required<Sealer>> {
  // Created (or read) once here, so threads starting together never race to create them.
  const identity = await loadOrCreateSealIdentity(options.dataDir, options.sealName ?? 'Referenzserver');
  if (!options.tsaUrl) await loadOrCreateTsaIdentity(options.dataDir);
  const queue: Job[] = [];
  const threads = new Set<Thread>();
  let closed = false;

  const start = (): Promise<Thread> =>
    new Promise((ready, fail) => {
      const worker = new Worker(options.workerUrl ?? new URL('./seal-worker.mjs', import.meta.url), {
        workerData: { dataDir: options.dataDir, sealName: options.sealName, tsaUrl: options.tsaUrl },
      });
      const thread: Thread = { worker };
      worker.on('message', (message: { ready?: true; pdf?: Uint8Array; error?: string; errorName?: string }) => {
        if (message.ready) {
          worker.unref(); // an idle thread must not keep the process alive; a busy one does (`next`)
          threads.add(thread);
          ready(thread);
          return next();
        }
        const job = thread.job!;
        thread.job = undefined;
        worker.unref();
        if (message.pdf) job.resolve(message.pdf);
        else {
          // The name survives the thread boundary, so the HTTP layer can tell a missing timestamp
          // (TimestampError: 503, retry later) from a bug (500).
          const error = new Error(`sealing failed: ${message.error}`);
          if (message.errorName) error.name = message.errorName;
          job.reject(error);
        }
        next();
      });
      worker.on('error', (error) => fail(error));
      worker.on('exit', (code) => {
        const wasReady = threads.delete(thread);
        thread.job?.reject(new Error(`sealing thread ended (exit code ${code})`));
        // Replace it; if that fails too and no thread is left, waiting documents fail now
        // (the next `seal` tries to start a thread again).
        if (wasReady && !closed) {
          start().catch((error: Error) => {
            if (threads.size === 0) for (const waiting of queue.splice(0)) waiting.reject(error);
          });
        }
      });
    });

  /** Hands queued documents to idle threads. */
  const next = () => {
    for (const thread of threads) {
      if (queue.length === 0) return;
      if (thread.job) continue;
      const job = (thread.job = queue.shift()!);
      thread.worker.ref();
      thread.worker.postMessage(job.content);
    }
  };

  let starting: Promise<Thread> | undefined;
  const ensureThread = () => (threads.size > 0 ? undefined : (starting ??= start().finally(() => (starting = undefined))));

  await Promise.all(Array.from({ length: Math.max(1, options.threads) }, start));
  return {
    certificatePem: identity.certificatePem,
    certificateFingerprint: identity.fingerprint,
    async seal(content) {
      if (closed) throw new Error('sealer closed');
      await ensureThread();
      return new Promise((resolve, reject) => {
        queue.push({ content, resolve, reject });
        next();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.reject(new Error('sealer closed'));
      await Promise.all([...threads].map((t) => t.worker.terminate()));
    },
  };
}
