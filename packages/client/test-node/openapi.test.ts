/**
 * The committed OpenAPI document must be exactly what the contract generates today, and it
 * must hang together (every $ref resolves, every operation is there with its traits).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { operations, type Operation } from '../src/contract/index.ts';
import { buildOpenApi, serializeOpenApi } from '../src/openapi.ts';

const committedPath = new URL('../openapi.json', import.meta.url);
const generated = buildOpenApi();
type Json = Record<string, any>;

describe('openapi.json', () => {
  it('is up to date with the contract', () => {
    const committed = readFileSync(committedPath, 'utf8');
    assert.ok(
      committed === serializeOpenApi(generated),
      'packages/client/openapi.json is out of date with the zod contract.\n' +
        'Regenerate it with `pnpm -F @vois-online/client openapi` (from the repo root) and commit the result.',
    );
  });

  it('is OpenAPI 3.1 with JSON Schema 2020-12', () => {
    assert.match(String(generated.openapi), /^3\.1\.\d+$/);
    assert.equal(generated.jsonSchemaDialect, 'https://json-schema.org/draft/2020-12/schema');
  });

  it('resolves every $ref', () => {
    const refs: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === '$ref' && typeof value === 'string') refs.push(value);
          else walk(value);
        }
      }
    };
    walk(generated);
    assert.ok(refs.length > 50);
    for (const ref of refs) {
      assert.match(ref, /^#\//, ref);
      const target = ref.slice(2).split('/').reduce<unknown>((node, part) => (node as Json | undefined)?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], generated);
      assert.ok(target !== undefined, `unresolved ${ref}`);
    }
  });

  it('describes every operation with its traits', () => {
    const paths = generated.paths as Json;
    for (const [id, op] of Object.entries(operations) as [string, Operation][]) {
      const o = paths[op.path]?.[op.method.toLowerCase()] as Json | undefined;
      assert.ok(o, `${id} missing`);
      assert.equal(o.operationId, id);
      assert.deepEqual(o.security, op.auth ? [{ bearer: [] }] : []);
      const idempotency = (o.parameters ?? []).some((p: Json) => p.$ref === '#/components/parameters/IdempotencyKey');
      assert.equal(idempotency, op.idempotent, `${id}: Idempotency-Key`);
      if (op.response === null) assert.ok(o.responses['204'], `${id}: 204`);
      else if (op.response === 'pdf') assert.ok(o.responses['200'].content['application/pdf'], `${id}: pdf`);
      else assert.match(o.responses['200'].content['application/json'].schema.$ref, /^#\/components\/schemas\//);
      for (const status of ['400', '403', '429', '500', '503']) {
        assert.equal(o.responses[status]?.$ref?.startsWith('#/components/responses/'), true, `${id}: ${status}`);
      }
      if (op.auth) assert.ok(o.responses['401'], `${id}: 401`);
    }
  });

  it('has the problem details, bearer scheme and Idempotency-Key components', () => {
    const components = generated.components as Json;
    assert.deepEqual(components.securitySchemes.bearer, {
      type: 'http',
      scheme: 'bearer',
      description: components.securitySchemes.bearer.description,
    });
    assert.equal(components.parameters.IdempotencyKey.in, 'header');
    assert.equal(components.parameters.IdempotencyKey.name, 'Idempotency-Key');
    const problem = components.schemas.Problem;
    assert.deepEqual(problem.required, ['type', 'title', 'status', 'code']);
    assert.equal(problem.properties.code.$ref, '#/components/schemas/ProblemCode');
    assert.ok(components.schemas.ProblemCode.enum.includes('A3_MOVE_OUT_TOO_FAR_AHEAD'));
    for (const response of Object.values(components.responses) as Json[]) {
      assert.equal(response.content['application/problem+json'].schema.$ref, '#/components/schemas/Problem');
    }
  });
});
