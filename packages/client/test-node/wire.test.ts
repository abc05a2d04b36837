/**
 * The browser client checks answers with json-schema.ts against the generated wire table
 * instead of zod. Two guarantees: the generated file is what the contract gives today, and the
 * small validator agrees with zod — on every valid example answer and on thousands of
 * broken variants of it (each field removed, retyped, emptied or stretched) — and passes on
 * the same fields.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { operations, Problem, type OperationId } from '../src/contract/index.ts';
import { problemSchema, wireOperations } from '../src/contract/wire.generated.ts';
import { known, mismatch, type JsonSchema } from '../src/json-schema.ts';
import { wireSource } from '../src/wire-source.ts';
import * as fx from '../test/support/fixtures.ts';

const examples: Partial<Record<OperationId, unknown>> = {
  getKommune: fx.kommune,
  exchangeCode: fx.session,
  extendSession: fx.extended,
  getMe: fx.me,
  getMeldebescheinigungOptions: fx.meldebescheinigungOptions,
  createMeldebescheinigung: fx.meldebescheinigung,
  getAbmeldungOptions: fx.abmeldungOptions,
  createAbmeldung: fx.abmeldung,
  getSperren: fx.sperren,
  changeSperren: fx.sperrenReceipt,
  getSelbstauskunft: fx.selbstauskunft,
  createSelbstauskunftDocument: fx.selbstauskunftDocument,
  verifyDocument: fx.verification,
};

const problem = { type: 'https://vois-online.de/probleme/A2_WRONG_AUTHORITY', title: 'x', status: 422, code: 'A2_WRONG_AUTHORITY', fields: [{ pointer: '/residenceId' }] };

/** Every variant of `value` with one spot broken, as [where, variant]. */
function* variants(value: unknown, at = ''): Generator<[string, unknown]> {
  const replacements = (v: unknown): unknown[] =>
    typeof v === 'string'
      ? ['', 'x', `${v}x`, `x${v}`, 42, null, [v]]
      : typeof v === 'number'
        ? [-1, 0.5, 1e6, '1', null]
        : typeof v === 'boolean'
          ? [!v, 'true', 0]
          : Array.isArray(v)
            ? [[], {}, 'x', [...v, ...v]]
            : [[], 'x', null, {}];
  for (const r of replacements(value)) yield [at || '/', r];
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) for (const [where, inner] of variants(value[i], `${at}/${i}`)) yield [where, value.map((x, j) => (j === i ? inner : x))];
  } else if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const { [key]: _, ...without } = value as Record<string, unknown>;
      yield [`${at}/${key} (removed)`, without];
      for (const [where, inner] of variants((value as Record<string, unknown>)[key], `${at}/${key}`)) yield [where, { ...value, [key]: inner }];
    }
  }
}

function agree(zodSchema: z.ZodMiniType, schema: JsonSchema, example: unknown): number {
  let count = 0;
  const withExtra = { ...(example as object), addedByNewerServer: { name: 'x' } };
  for (const [where, variant] of [['(as is)', example] as [string, unknown], ['(extra field)', withExtra] as [string, unknown], ...variants(example)]) {
    const parsed = zodSchema.safeParse(variant);
    const ours = mismatch(schema, variant);
    assert.equal(ours === undefined, parsed.success, `${where}: zod says ${parsed.success ? 'valid' : 'invalid'}, json-schema.ts says ${ours ?? 'valid'}`);
    // What passes on is the same too: zod's output drops unknown fields, and so does `known`.
    if (parsed.success) assert.deepEqual(known(schema, variant), parsed.data, `${where}: kept fields differ`);
    count++;
  }
  return count;
}

describe('wire.generated.ts', () => {
  it('is up to date with the contract', () => {
    const committed = readFileSync(new URL('../src/contract/wire.generated.ts', import.meta.url), 'utf8');
    assert.ok(committed === wireSource(), 'src/contract/wire.generated.ts is out of date with the zod contract.\nRegenerate it with `pnpm -F @vois-online/client openapi` and commit the result.');
  });

  it('has every operation with the traits of the contract', () => {
    assert.deepEqual(Object.keys(wireOperations), Object.keys(operations));
    for (const [id, op] of Object.entries(operations)) {
      const wire = wireOperations[id as OperationId];
      assert.deepEqual([wire.method, wire.path, wire.auth, wire.idempotent, wire.body], [op.method, op.path, op.auth, op.idempotent, 'body' in op], id);
    }
  });
});

describe('json-schema.ts agrees with zod', () => {
  for (const [id, op] of Object.entries(operations)) {
    if (op.response === null || op.response === 'pdf') continue;
    it(`${id}: the example answer and every broken variant of it`, () => {
      const example = examples[id as OperationId];
      assert.ok(example, `no example answer for ${id} in test/support/fixtures.ts`);
      const checked = agree(op.response as z.ZodMiniType, wireOperations[id as OperationId].response as JsonSchema, example);
      assert.ok(checked > 10);
    });
  }
  it('problem details', () => {
    agree(Problem, problemSchema, problem);
  });
});
