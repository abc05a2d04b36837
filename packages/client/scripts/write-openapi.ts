/**
 * Writes what is generated from the zod contract: `packages/client/openapi.json` and
 * `src/contract/wire.generated.ts` (the browser client's operations table). Run after changing
 * a schema: `pnpm -F @vois-online/client openapi` (the freshness tests in test-node/ ask for it).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApi, serializeOpenApi } from '../src/openapi.ts';
import { wireSource } from '../src/wire-source.ts';

for (const [path, text] of [
  ['../openapi.json', serializeOpenApi(buildOpenApi())],
  ['../src/contract/wire.generated.ts', wireSource()],
] as const) {
  const target = fileURLToPath(new URL(path, import.meta.url));
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
