/**
 * One sealing thread of the pool (`seal-pool.ts`): an in-thread sealer that answers each
 * document content with `{ pdf }` (the bytes transferred, not copied) or `{ error }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createSealer } from './sealer.ts';
import type { DocumentContent } from './types.ts';

const port = parentPort!;
const sealer = await createSealer(workerData as { dataDir: string; sealName?: string });
port.on('message', async (content: DocumentContent) => {
  try {
    const pdf = await sealer.seal(content);
    port.postMessage({ pdf }, [pdf.buffer as ArrayBuffer]);
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ ready: true });
