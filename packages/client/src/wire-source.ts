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
      // Only `uri` is checked; for the other formats zod also emits the `pattern` that is.
      if (key === 'format' && value !== 'uri') continue;
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

/**
 * Writes `value` as a JavaScript expression in which every subschema that occurs more than
 * once (zod's long date-time pattern, `{ type: 'string' }` …) is one shared constant: the
 * minified bundle then carries each once. Returns the constants' declarations and the
 * expression.
 */
function shared(values: Record<string, unknown>): { declarations: string; expressions: Record<string, string> } {
  const count = new Map<string, number>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const key = JSON.stringify(node);
    count.set(key, (count.get(key) ?? 0) + 1);
    // Children of a repeated node are counted once, through its first occurrence.
    if (count.get(key)! === 1) Object.values(node).forEach(visit);
  };
  Object.values(values).forEach(visit);
  const names = new Map<string, string>();
  const declarations: string[] = [];
  const write = (node: unknown): string => {
    if (typeof node !== 'object' || node === null) return JSON.stringify(node);
    const key = JSON.stringify(node);
    const known = names.get(key);
    if (known) return known;
    const text = Array.isArray(node)
      ? `[${node.map(write).join(',')}]`
      : `{${Object.entries(node).map(([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}:${write(v)}`).join(',')}}`;
    if ((count.get(key) ?? 0) < 2 || text.length < 12) return text;
    const name = `s${names.size}`;
    names.set(key, name);
    declarations.push(`const ${name} = ${text} as const;`);
    return name;
  };
  const expressions = Object.fromEntries(Object.entries(values).map(([id, value]) => [id, write(value)]));
  return { declarations: declarations.join('\n'), expressions };
}

export function wireSource(): string {
  const table: Record<string, unknown> = {};
  for (const [id, op] of Object.entries(operations)) {
    const response = op.response === null || op.response === 'pdf' ? op.response : answerSchema(op.response, id);
    table[id] = { method: op.method, path: op.path, auth: op.auth, idempotent: op.idempotent, body: 'body' in op, response };
  }
  const { declarations, expressions } = shared({ ...table, problem: answerSchema(Problem, 'Problem') });
  const { problem, ...rows } = expressions;
  return `// Generated from the zod contract by \`pnpm -F @vois-online/client openapi\`. Do not edit.
// Subschemas that occur more than once are shared constants (s0, s1 …).
import type { JsonSchema } from '../json-schema.ts';
import type { OperationId, WireOperation } from './operations.ts';

${declarations}

export const wireOperations: Record<OperationId, WireOperation> = {
${Object.entries(rows).map(([id, text]) => `  ${id}: ${text},`).join('\n')}
};

export const problemSchema: JsonSchema = ${problem};
`;
}
