import type { DocumentRef, DocumentType, PersonName, Verification } from '@vois-online/client/contract';
import type { SqlDatabase } from '../db/sql.ts';
import type { DocumentBlock, DocumentContent, Sealer } from '../documents/index.ts';
import { newVerificationCode } from '../documents/index.ts';
import { randomId, sha256Hex } from '../ids.ts';
import { dateInBerlin } from '../clock.ts';
import type { Kommune } from '../register/types.ts';
import { DOCUMENT_PREFIX } from '../rules/labels.ts';
import { initials } from '../rules/names.ts';

interface DocumentRow {
  id: string; person_id: string; type: DocumentType; number: string; verification_code: string;
  issuer_ags: string; issuer_name: string; holder_initials: string; issued_at: string; content: string;
  pdf: Buffer | null; sha256: string | null;
}

export interface IssueInput {
  personId: string;
  type: DocumentType;
  title: string;
  holder: PersonName;
  kommune: Kommune;
  blocks: DocumentBlock[];
  issuedAt: Date;
}

export interface DocumentStore {
  /**
   * Allocates number and verification code and stores the content; joins the caller's
   * transaction (one register change ↔ one document, A8). Sealing happens afterwards via `ready`.
   */
  issue(input: IssueInput): Promise<DocumentRef>;
  /** Seals the document once (single flight per id); later calls get the stored bytes. */
  ready(id: string): Promise<{ pdf: Uint8Array; sha256: string }>;
  /** The owner's PDF, or undefined for anyone else (same as "does not exist"). */
  pdfFor(personId: string, id: string): Promise<{ pdf: Uint8Array; number: string } | undefined>;
  verify(code: string): Promise<Verification | undefined>;
}

export function createDocumentStore(db: SqlDatabase, sealer: Sealer, publicUrl: string): DocumentStore {
  const q = {
    // The row lock of the upsert serialises numbering across instances (PostgreSQL) — no gaps, no doubles.
    nextSeq: (type: string, year: number) => db.get<{ last: number }>(
      'INSERT INTO document_sequences (type, year, last) VALUES ($1, $2, 1) ON CONFLICT (type, year) DO UPDATE SET last = document_sequences.last + 1 RETURNING last', [type, year]),
    codeTaken: (code: string) => db.get<{ id: string }>('SELECT id FROM documents WHERE verification_code = $1', [code]),
    insert: (r: Record<string, string>) => db.run(`INSERT INTO documents (id, person_id, type, number, verification_code, issuer_ags, issuer_name, holder_initials, issued_at, content, created_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`, [r.id, r.personId, r.type, r.number, r.code, r.ags, r.issuerName, r.initials, r.issuedAt, r.content, r.createdAt]),
    byId: (id: string) => db.get<DocumentRow>('SELECT * FROM documents WHERE id = $1', [id]),
    // Verification needs the facts and the hash, never the PDF blob or the content.
    byCode: (code: string) => db.get<Omit<DocumentRow, 'pdf' | 'content'>>(
      'SELECT id, person_id, type, number, verification_code, issuer_ags, issuer_name, holder_initials, issued_at, sha256 FROM documents WHERE verification_code = $1', [code]),
    store: (pdf: Buffer, sha256: string, id: string) => db.run('UPDATE documents SET pdf = $1, sha256 = $2 WHERE id = $3 AND pdf IS NULL', [pdf, sha256, id]),
  };
  const inFlight = new Map<string, Promise<{ pdf: Uint8Array; sha256: string }>>();
  const verificationUrl = (code: string) => `${publicUrl}/pruefung/${code}`;

  const refOf = (row: Pick<DocumentRow, 'id' | 'type' | 'number' | 'verification_code' | 'issued_at' | 'issuer_ags' | 'issuer_name'>): DocumentRef => ({
    id: row.id,
    type: row.type,
    number: row.number,
    verificationCode: row.verification_code,
    verificationUrl: verificationUrl(row.verification_code),
    issuedAt: row.issued_at,
    issuer: { ags: row.issuer_ags, name: row.issuer_name },
  });

  async function seal(row: DocumentRow) {
    const stored = JSON.parse(row.content) as Omit<DocumentContent, 'issuedAt'> & { issuedAt: string };
    const pdf = await sealer.seal({ ...stored, issuedAt: new Date(stored.issuedAt) });
    const sha256 = sha256Hex(pdf);
    await q.store(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength), sha256, row.id);
    // Whoever stored first (any instance) wins; return what is in the table so every caller sees the same bytes.
    const saved = (await q.byId(row.id))!;
    return { pdf: new Uint8Array(saved.pdf!), sha256: saved.sha256! };
  }

  const store: DocumentStore = {
    async issue(input) {
      const year = Number(dateInBerlin(input.issuedAt.getTime()).slice(0, 4));
      const seq = (await q.nextSeq(input.type, year))!.last;
      const number = `${DOCUMENT_PREFIX[input.type]}-${year}-${String(seq).padStart(6, '0')}`;
      let code = newVerificationCode();
      while (await q.codeTaken(code)) code = newVerificationCode();
      const id = randomId();
      const content: DocumentContent = {
        type: input.type,
        title: input.title,
        number,
        verificationCode: code,
        verificationUrl: verificationUrl(code),
        issuedAt: input.issuedAt,
        issuer: {
          ags: input.kommune.ags,
          name: input.kommune.officialName,
          office: input.kommune.buergerbuero.name,
          address: `${input.kommune.buergerbuero.street}, ${input.kommune.buergerbuero.postalCode} ${input.kommune.buergerbuero.city}`,
        },
        blocks: input.blocks,
      };
      const row = {
        id, personId: input.personId, type: input.type, number, code, ags: input.kommune.ags, issuerName: input.kommune.officialName,
        initials: initials(input.holder), issuedAt: input.issuedAt.toISOString(), content: JSON.stringify(content), createdAt: input.issuedAt.toISOString(),
      };
      await q.insert(row);
      return refOf({ id, type: input.type, number, verification_code: code, issued_at: row.issuedAt, issuer_ags: row.ags, issuer_name: row.issuerName });
    },

    ready(id) {
      let pending = inFlight.get(id);
      if (!pending) {
        pending = (async () => {
          const row = await q.byId(id);
          if (!row) throw new Error('document missing');
          if (row.pdf && row.sha256) return { pdf: new Uint8Array(row.pdf), sha256: row.sha256 };
          return seal(row);
        })().finally(() => inFlight.delete(id));
        inFlight.set(id, pending);
      }
      return pending;
    },

    async pdfFor(personId, id) {
      const row = await q.byId(id);
      if (!row || row.person_id !== personId) return undefined;
      const { pdf } = await store.ready(id);
      return { pdf, number: row.number };
    },

    async verify(code) {
      const row = await q.byCode(code);
      if (!row) return undefined;
      const sha256 = row.sha256 ?? (await store.ready(row.id)).sha256;
      return {
        valid: true,
        type: row.type,
        number: row.number,
        issuedAt: row.issued_at,
        issuer: { ags: row.issuer_ags, name: row.issuer_name },
        holderInitials: row.holder_initials,
        sha256,
      };
    },
  };
  return store;
}
