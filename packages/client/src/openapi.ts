/**
 * The OpenAPI 3.1 document, generated from the contract: every named schema export becomes a
 * component, every entry of `operations` a path item. Build-time only (it pulls in zod's JSON
 * Schema generator); exported as `@vois-online/client/openapi`, never from the main index.
 *
 * `pnpm -F @vois-online/client openapi` writes it to `packages/client/openapi.json`; a test
 * fails when that file is stale.
 */
import * as z from 'zod/mini';
import * as contract from './contract/index.ts';
import { AuthorizeQuery } from './contract/auth.ts';
import { operations, type Operation } from './contract/operations.ts';

type Json = { [key: string]: unknown };
/** JSON Schema for a contract schema: a `$ref` to its component, inline only for parameters. */
type Ref = (schema: z.ZodMiniType, where: string) => Json;

const SCHEMA_REF = (id: string) => `#/components/schemas/${id}`;

/** Error responses, each an RFC 9457 problem; which ones an operation lists depends on its traits. */
const errorResponses = {
  '400': ['BadRequest', 'The request is malformed or breaks a protocol rule (`BAD_REQUEST`, `AUTH_*`, …).'],
  '401': ['Unauthorized', 'No valid session: `UNAUTHENTICATED`, or `SESSION_EXPIRED` when the token expired.'],
  '403': ['Forbidden', 'Refused for this person, origin or municipality (`C1_*`…`C5_*`, `ORIGIN_NOT_ALLOWED`, `SERVICE_DISABLED`, …).'],
  '404': ['NotFound', 'Nothing with this key (`NOT_FOUND`, `UNKNOWN_KOMMUNE`, `VERIFICATION_NOT_FOUND`).'],
  '409': ['Conflict', '`IDEMPOTENCY_REQUEST_IN_PROGRESS` (the first request with this key is still running; retry).'],
  '413': ['PayloadTooLarge', 'The body is too large (`PAYLOAD_TOO_LARGE`).'],
  '415': ['UnsupportedMediaType', 'The body is not `application/json` (`UNSUPPORTED_MEDIA_TYPE`).'],
  '422': ['RuleViolation', 'A business rule refused the request; `code` names the rule (e.g. `A3_MOVE_OUT_TOO_FAR_AHEAD`), or `IDEMPOTENCY_KEY_REUSED` (same key, different body).'],
  '429': ['TooManyRequests', 'Too many requests (`RATE_LIMITED`); safe to retry after a pause.'],
  '500': ['InternalError', 'Unexpected server error (`INTERNAL`).'],
  '503': ['ServiceUnavailable', 'Temporarily unavailable (`SERVICE_UNAVAILABLE`); safe to retry later.'],
} as const;
type ErrorStatus = keyof typeof errorResponses;

export interface OpenApiOptions {
  /** `servers` entries; default: the local reference server. */
  servers?: { url: string; description?: string }[];
}

export function buildOpenApi(options: OpenApiOptions = {}): Json {
  const { schemas, nameOf } = componentSchemas();
  const ref: Ref = (schema, where) => {
    const name = nameOf.get(schema);
    if (name) return { $ref: SCHEMA_REF(name) };
    // Small field schemas (a parameter) may stay inline; bodies and answers must be named
    // exports, or integrators' generators would produce anonymous types.
    if (where === 'parameter') return inlineSchema(schema);
    throw new Error(`${where}: the schema is not a named export of the contract`);
  };

  const paths: Record<string, Json> = {};
  for (const [id, op] of Object.entries(operations) as [string, Operation][]) {
    const item = (paths[op.path] ??= {});
    item[op.method.toLowerCase()] = operationObject(id, op, ref);
  }
  paths['/v1/auth/authorize'] = { get: authorizeOperation(ref) };
  const sorted = Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b)));

  return {
    openapi: '3.1.1',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'VOIS-Online API',
      version: '1.0.0',
      summary: 'Online registration-office services: Meldebescheinigung, Abmeldung einer Nebenwohnung, Übermittlungssperren, Selbstauskunft.',
      description:
        'Generated from the zod contract in `@vois-online/client` (do not edit by hand). Errors are RFC 9457 problem details with a stable `code`; user texts are resolved on the client from that code. Mutations with legal effect need an `Idempotency-Key`: repeating a request with the same key returns the first result.',
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: options.servers ?? [{ url: 'http://127.0.0.1:8787', description: 'Reference server (sandbox register)' }],
    paths: sorted,
    components: {
      schemas,
      responses: Object.fromEntries(
        Object.values(errorResponses).map(([name, description]) => [
          name,
          { description, content: { 'application/problem+json': { schema: { $ref: SCHEMA_REF('Problem') } } } },
        ]),
      ),
      parameters: {
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description: 'A fresh random value (UUID) per intended action, reused for every retry of that action, so the action takes effect at most once (A8).',
          schema: { type: 'string', minLength: 8, maxLength: 128 },
        },
      },
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'Opaque access token from `POST /v1/auth/token`; keep it in memory only.',
        },
      },
    },
  };
}

/** Every zod schema the contract exports by name, except path and query objects (they become parameters). */
function componentSchemas() {
  const registry = z.registry<{ id: string }>();
  const nameOf = new Map<unknown, string>();
  for (const [name, value] of Object.entries(contract).sort(([a], [b]) => a.localeCompare(b))) {
    if (typeof value !== 'object' || value === null || !('_zod' in value) || /(Params|Query)$/.test(name)) continue;
    registry.add(value as z.ZodMiniType, { id: name });
    nameOf.set(value, name);
  }
  const generated = z.toJSONSchema(registry, { target: 'draft-2020-12', uri: SCHEMA_REF });
  const schemas: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(generated.schemas)) {
    // Components are embedded in the document; their own `$schema`/`$id` would only confuse tools.
    const { $schema: _s, $id: _i, ...rest } = schema as Json;
    schemas[name] = rest;
  }
  return { schemas, nameOf };
}

function operationObject(id: string, op: Operation, ref: Ref): Json {
  const parameters: Json[] = [];
  if (op.params) {
    for (const [name, schema] of Object.entries(shapeOf(op.params))) {
      parameters.push({ name, in: 'path', required: true, schema: ref(schema, 'parameter') });
    }
  }
  if (op.idempotent) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });

  const responses: Record<string, Json> = {};
  if (op.response === null) responses['204'] = { description: 'Done; no content.' };
  else if (op.response === 'pdf') {
    responses['200'] = {
      description: 'The sealed PDF document.',
      content: { 'application/pdf': { schema: { type: 'string', contentMediaType: 'application/pdf' } } },
    };
  } else responses['200'] = { description: 'OK', content: { 'application/json': { schema: ref(op.response, `${id} response`) } } };

  const statuses: ErrorStatus[] = ['400'];
  if (op.auth) statuses.push('401');
  statuses.push('403');
  if (op.params) statuses.push('404');
  if (op.idempotent) statuses.push('409');
  if (op.body) statuses.push('413', '415');
  if (op.method !== 'GET') statuses.push('422');
  statuses.push('429', '500', '503');
  for (const status of statuses) responses[status] = { $ref: `#/components/responses/${errorResponses[status][0]}` };

  return {
    operationId: id,
    summary: op.summary,
    tags: [op.path.split('/')[2]],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(op.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: ref(op.body, `${id} body`) } } } }
      : {}),
    responses,
    // Public operations say so explicitly, so a global default could never make them look protected.
    security: op.auth ? [{ bearer: [] }] : [],
  };
}

/** The login redirect is not a fetch call (the browser navigates there), so it is not in `operations`. */
function authorizeOperation(ref: Ref): Json {
  return {
    operationId: 'authorize',
    summary: 'Start the eID login (full-page redirect, authorization code + PKCE)',
    description:
      'Shows the identity provider and then answers `303` to `<redirect_uri>#vois-code=<code>&vois-state=<state>`, or `#vois-error=AUTH_CANCELLED&vois-state=<state>` on cancel. Codes are one-time and expire after 60 s. An optional `lang=en` asks for the page in English (German by default).',
    tags: ['auth'],
    parameters: Object.entries(shapeOf(AuthorizeQuery)).map(([name, schema]) => ({
      name,
      in: 'query',
      required: true,
      schema: ref(schema, 'parameter'),
    })),
    responses: {
      '200': { description: 'The identity provider’s login page.', content: { 'text/html': {} } },
      '303': { description: 'Back to `redirect_uri` with the code (or the error) in the fragment.' },
      '400': { $ref: '#/components/responses/BadRequest' },
      '403': { $ref: '#/components/responses/Forbidden' },
      '404': { $ref: '#/components/responses/NotFound' },
    },
    security: [],
  };
}

function shapeOf(schema: z.ZodMiniType): Record<string, z.ZodMiniType> {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodMiniType> }).shape;
  if (!shape) throw new Error('params and query schemas must be z.object');
  return shape;
}

function inlineSchema(schema: z.ZodMiniType): Json {
  const { $schema: _s, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12' }) as Json;
  return rest;
}

/** The committed file's exact form: two-space JSON with a final newline. */
export const serializeOpenApi = (document: Json): string => `${JSON.stringify(document, null, 2)}\n`;
