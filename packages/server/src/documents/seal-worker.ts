/**
 * One sealing thread of the pool (`seal-pool.ts`): an in-thread sealer that answers each
 * document content with `{ pdf }` (the bytes transferred, not copied) or `{ error, errorName }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createSealer } from './sealer.ts';
import type { DocumentContent } from './types.ts';

const port = parentPort!;
// The thread's own sealer and time stamper (the sandbox TSA's key loaded here, or the HTTP client).
const sealer = await createSealer(workerData as { dataDir: string; sealName?: string; tsaUrl?: string });
port.on('message', async (content: DocumentContent) => {
  try {
    const pdf = await sealer.seal(content);
    port.postMessage({ pdf }, [pdf.buffer as ArrayBuffer]);
  } catch (error) {
    port.postMessage(error instanceof Error ? { error: error.message, errorName: error.name } : { error: String(error) });
  }
});
port.postMessage({ ready: true });
