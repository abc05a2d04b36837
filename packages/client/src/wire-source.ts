/**
 * Build time only (like `openapi.ts`): writes `contract/wire.generated.ts`, the operations table
 * as the browser client needs it — method, path, flags and each answer's JSON Schema — so the
 * client validates answers without bundling zod. zod stays the single source of truth; the
 * freshness test in test-node/ fails when the generated file lags behind the contract.
 */
import * as z from 'zod/mini';
import { operations } from './contract/operations.ts';
import { Problem } from './contract/problem.ts';
import { KEYWORDS, type JsonSchema } from './json-schema.ts';

/** zod's JSON Schema without the keywords the validator ignores, checked for unknown ones. */
function answerSchema(schema: z.ZodMiniType, where: string): JsonSchema {
  const strip = (node: unknown, at: string): unknown => {
    if (typeof node !== 'object' || node === null) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$schema' || key === 'additionalProperties') continue;
      if (!KEYWORDS.includes(key)) throw new Error(`${where}${at}: JSON Schema keyword "${key}" is not supported by json-schema.ts`);
      out[key] =
        key === 'properties'
          ? Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([name, inner]) => [name, strip(inner, `${at}/${name}`)]))
          : key === 'items'
            ? strip(value, `${at}/items`)
            : value;
    }
    return out;
  };
  return strip(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' }), '') as JsonSchema;
}

export function wireSource(): string {
  const table: Record<string, unknown> = {};
  for (const [id, op] of Object.entries(operations)) {
    const response = op.response === null || op.response === 'pdf' ? op.response : answerSchema(op.response, id);
    table[id] = { method: op.method, path: op.path, auth: op.auth, idempotent: op.idempotent, body: 'body' in op, response };
  }
  return `// Generated from the zod contract by \`pnpm -F @vois-online/client openapi\`. Do not edit.
import type { JsonSchema } from '../json-schema.ts';
import type { OperationId, WireOperation } from './operations.ts';

export const wireOperations: Record<OperationId, WireOperation> = ${JSON.stringify(table, null, 2)};

export const problemSchema: JsonSchema = ${JSON.stringify(answerSchema(Problem, 'Problem'), null, 2)};
`;
}
