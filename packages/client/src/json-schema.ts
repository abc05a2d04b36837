/**
 * A small validator for the part of JSON Schema that zod's `toJSONSchema` emits for the
 * contract's answers. The browser checks every answer with it against the schemas in
 * `contract/wire.generated.ts`, so the client does not bundle zod; the generator refuses any
 * keyword not listed in `KEYWORDS`, so a schema can never be silently half-checked.
 */
export interface JsonSchema {
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';
  properties?: Readonly<Record<string, JsonSchema>>;
  required?: readonly string[];
  items?: JsonSchema;
  enum?: readonly unknown[];
  const?: unknown;
  pattern?: string;
  /** Only `uri` is checked here; zod adds a `pattern` for the other formats it emits. */
  format?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
}

/** Every keyword `mismatch` understands (`additionalProperties` is dropped by the generator: extra fields are tolerated). */
export const KEYWORDS = ['type', 'properties', 'required', 'items', 'enum', 'const', 'pattern', 'format', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minimum', 'maximum'];

const patterns = new Map<string, RegExp>();
const matches = (pattern: string, value: string) => {
  let re = patterns.get(pattern);
  if (!re) patterns.set(pattern, (re = new RegExp(pattern)));
  return re.test(value);
};

function isUri(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

const typeOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;

/** The first place where `value` does not fit `schema`, as `<JSON pointer>: <why>`; `undefined` if it fits. */
export function mismatch(schema: JsonSchema, value: unknown, at = ''): string | undefined {
  const fail = (why: string) => `${at || '/'}: ${why}`;
  const actual = typeOf(value);
  const { type } = schema;
  if (type && type !== actual && !(type === 'number' && actual === 'integer')) return fail(`expected ${type}, got ${actual}`);
  if (schema.enum && !schema.enum.includes(value)) return fail(`not one of ${schema.enum.join(', ')}`);
  if ('const' in schema && value !== schema.const) return fail(`expected ${String(schema.const)}`);
  if (typeof value === 'string') {
    if (value.length < (schema.minLength ?? 0) || value.length > (schema.maxLength ?? Infinity)) return fail('length out of range');
    if (schema.pattern && !matches(schema.pattern, value)) return fail(`does not match ${schema.pattern}`);
    if (schema.format === 'uri' && !isUri(value)) return fail('not a URL');
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < (schema.minimum ?? -Infinity) || value > (schema.maximum ?? Infinity)) return fail('out of range');
  } else if (Array.isArray(value)) {
    if (value.length < (schema.minItems ?? 0) || value.length > (schema.maxItems ?? Infinity)) return fail('wrong number of items');
    for (let i = 0; i < value.length && schema.items; i++) {
      const inner = mismatch(schema.items, value[i], `${at}/${i}`);
      if (inner) return inner;
    }
  } else if (actual === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!Object.hasOwn(object, key)) return fail(`missing ${key}`);
    for (const [key, inner] of Object.entries(schema.properties ?? {})) {
      const problem = Object.hasOwn(object, key) ? mismatch(inner, object[key], `${at}/${key}`) : undefined;
      if (problem) return problem;
    }
  }
  return undefined;
}

/** A fitting `value` with only the object fields `schema` names: fields from a newer server are not passed on. */
export function known(schema: JsonSchema, value: unknown): unknown {
  if (Array.isArray(value)) return schema.items ? value.map((item) => known(schema.items!, item)) : value;
  if (!schema.properties || typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(schema.properties)) {
    if (Object.hasOwn(value, key)) out[key] = known(inner, (value as Record<string, unknown>)[key]);
  }
  return out;
}
