/**
 * Writes `packages/client/openapi.json` from the contract. Run after changing a schema:
 * `pnpm -F @vois-online/client openapi` (the freshness test in test-node/ asks for it).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApi, serializeOpenApi } from '../src/openapi.ts';

const target = fileURLToPath(new URL('../openapi.json', import.meta.url));
writeFileSync(target, serializeOpenApi(buildOpenApi()));
console.log(`wrote ${target}`);
