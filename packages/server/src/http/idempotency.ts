import type { Db } from '../db/database.ts';

export interface StoredResponse {
  requestHash: string;
  status: number;
  body: string;
  documentId: string | null;
}

/**
 * A8: (person, operation, key) → first request's hash and the exact response bytes. Keys are
 * namespaced by person, so someone else's key is simply a different, unrelated key.
 */
export interface IdempotencyStore {
  get(personId: string, operation: string, key: string): StoredResponse | undefined;
  put(personId: string, operation: string, key: string, response: StoredResponse, at: string): void;
}

export function createIdempotencyStore(db: Db): IdempotencyStore {
  const get = db.prepare<[string, string, string], { request_hash: string; status: number; response: string; document_id: string | null }>(
    'SELECT request_hash, status, response, document_id FROM idempotency WHERE person_id = ? AND operation = ? AND key = ?');
  const put = db.prepare('INSERT INTO idempotency (person_id, operation, key, request_hash, status, response, document_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  return {
    get(personId, operation, key) {
      const row = get.get(personId, operation, key);
      return row && { requestHash: row.request_hash, status: row.status, body: row.response, documentId: row.document_id };
    },
    put(personId, operation, key, r, at) {
      put.run(personId, operation, key, r.requestHash, r.status, r.body, r.documentId, at);
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
