import type { SqlDatabase } from '../db/sql.ts';

export interface StoredResponse {
  requestHash: string;
  status: number;
  body: string;
  documentId: string | null;
}

/**
 * A8: (person, operation, key) → first request's hash and the exact response bytes. Keys are
 * namespaced by person, so someone else's key is simply a different, unrelated key. The
 * primary key (person, operation, key) is the unique constraint behind the per-person lock
 * (http/operation.ts): even a second writer that slipped past the lock could not store twice.
 */
export interface IdempotencyStore {
  get(personId: string, operation: string, key: string): Promise<StoredResponse | undefined>;
  put(personId: string, operation: string, key: string, response: StoredResponse, at: string): Promise<void>;
}

export function createIdempotencyStore(db: SqlDatabase): IdempotencyStore {
  return {
    async get(personId, operation, key) {
      const row = await db.get<{ request_hash: string; status: number; response: string; document_id: string | null }>(
        'SELECT request_hash, status, response, document_id FROM idempotency WHERE person_id = $1 AND operation = $2 AND key = $3', [personId, operation, key]);
      return row && { requestHash: row.request_hash, status: row.status, body: row.response, documentId: row.document_id };
    },
    async put(personId, operation, key, r, at) {
      await db.run('INSERT INTO idempotency (person_id, operation, key, request_hash, status, response, document_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [personId, operation, key, r.requestHash, r.status, r.body, r.documentId, at]);
    },
  };
}

/** Canonical JSON (sorted keys) so that key order or whitespace never makes "a different body". */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
