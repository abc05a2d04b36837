import type { SperreKey } from '@vois-online/client/contract';
import type { Clock } from '../clock.ts';
import type { SqlDatabase } from '../db/sql.ts';
import { kommuneByAgs, KOMMUNEN } from './kommunen.ts';
import type { Register } from './port.ts';
import type { AbmeldungRecord, AccessLogEntry, PersonData, PersonRecord, Relative, ResidenceRecord, SperreRecord, TransferRecipient } from './types.ts';
import { randomId } from '../ids.ts';

interface PersonRow { id: string; family_name: string; date_of_birth: string; status: PersonRecord['status']; data: string }
interface ResidenceRow {
  id: string; person_id: string; dwelling_id: string; status: ResidenceRecord['status']; authority_ags: string; authority_name: string;
  street: string; house_number: string; addition: string | null; postal_code: string; city: string;
  move_in_date: string | null; move_out_date: string | null; origin: string | null;
}
interface SperreRow { key: SperreKey; active: number; set_by: SperreRecord['setBy']; changed_at: string }
interface AbmeldungRow { id: string; person_id: string; residence_id: string; child_residence_ids: string; move_out_date: string; registered_on: string; state: AbmeldungRecord['state']; created_at: string }
interface LogRow { person_id: string; at: string; kind: AccessLogEntry['kind']; service: string; recipient: string; categories: string; security_authority: number }

const toResidence = (r: ResidenceRow): ResidenceRecord => ({
  id: r.id,
  personId: r.person_id,
  dwellingId: r.dwelling_id,
  status: r.status,
  authority: { ags: r.authority_ags, name: r.authority_name },
  address: { street: r.street, houseNumber: r.house_number, ...(r.addition && { addition: r.addition }), postalCode: r.postal_code, city: r.city },
  ...(r.move_in_date && { moveInDate: r.move_in_date }),
  ...(r.move_out_date && { moveOutDate: r.move_out_date }),
  ...(r.origin && { origin: r.origin }),
});

/**
 * The reference register in the operator's database (SQLite or PostgreSQL, db/sql.ts). Its
 * statements join the caller's transaction when there is one (same database): the change, the
 * document row and the idempotency record then commit together.
 */
export function createSqlRegister(db: SqlDatabase, clock: Clock): Register {
  const q = {
    person: 'SELECT * FROM persons WHERE id = $1',
    byIdentity: 'SELECT * FROM persons WHERE family_name = $1 AND date_of_birth = $2',
    residences: 'SELECT * FROM residences WHERE person_id = $1 ORDER BY (move_in_date IS NOT NULL), move_in_date, id',
    sperren: 'SELECT key, active, set_by, changed_at FROM sperren WHERE person_id = $1',
    spouses: "SELECT related_id AS id, since FROM relations WHERE person_id = $1 AND kind = 'EHEGATTE' UNION SELECT person_id AS id, since FROM relations WHERE related_id = $1 AND kind = 'EHEGATTE'",
    children: "SELECT related_id AS id FROM relations WHERE person_id = $1 AND kind = 'KIND'",
    parents: "SELECT person_id AS id FROM relations WHERE related_id = $1 AND kind = 'KIND'",
    settle: "UPDATE abmeldungen SET state = 'WIRKSAM' WHERE state = 'VORGEMERKT' AND move_out_date <= $1",
    endResidence: 'UPDATE residences SET move_out_date = $1 WHERE id = $2 AND move_out_date IS NULL',
    byKey: 'SELECT * FROM abmeldungen WHERE idempotency_key = $1',
    insertAbmeldung: 'INSERT INTO abmeldungen (id, person_id, residence_id, child_residence_ids, move_out_date, registered_on, state, created_at, idempotency_key) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
    upsertSperre:
      "INSERT INTO sperren (person_id, key, active, set_by, changed_at) VALUES ($1, $2, $3, 'PERSON', $4) ON CONFLICT (person_id, key) DO UPDATE SET active = excluded.active, changed_at = excluded.changed_at WHERE sperren.set_by = 'PERSON'",
    retrievals: "SELECT * FROM access_log WHERE person_id = $1 AND kind = 'ABRUF' AND security_authority = 0 ORDER BY at DESC",
    recipients: 'SELECT * FROM transfer_recipients ORDER BY sort',
  };

  const load = async (row: PersonRow | undefined): Promise<PersonRecord | undefined> => {
    if (!row) return undefined;
    const data = JSON.parse(row.data) as PersonData;
    const [residences, sperren] = await Promise.all([db.all<ResidenceRow>(q.residences, [row.id]), db.all<SperreRow>(q.sperren, [row.id])]);
    return {
      ...data,
      id: row.id,
      familyName: row.family_name,
      dateOfBirth: row.date_of_birth,
      status: row.status,
      residences: residences.map(toResidence),
      sperren: sperren.map((s) => ({ key: s.key, active: s.active === 1, setBy: s.set_by, changedAt: s.changed_at })),
    };
  };
  const loadId = async (id: string) => (await load(await db.get<PersonRow>(q.person, [id])))!;

  // A4: pending deregistrations whose date has come are applied on read (no timers). Once a
  // day (or whenever the sandbox clock moves) is enough: a new pending date is always later.
  let settledFor: string | undefined;
  const settle = async () => {
    const today = clock.today();
    if (settledFor === today) return;
    await db.run(q.settle, [today]);
    // Inside a transaction the update may still be rolled back: remember only committed work.
    if (!db.inTransaction()) settledFor = today;
  };

  const toAbmeldung = (r: AbmeldungRow): AbmeldungRecord => ({
    id: r.id, personId: r.person_id, residenceId: r.residence_id, childResidenceIds: JSON.parse(r.child_residence_ids) as string[],
    moveOutDate: r.move_out_date, registeredOn: r.registered_on, state: r.state, createdAt: r.created_at,
  });

  const register: Register = {
    today: () => clock.today(),
    kommune: (ags) => kommuneByAgs.get(ags),
    kommunen: () => [...KOMMUNEN],

    findByIdentity: async (familyName, dateOfBirth) =>
      Promise.all((await db.all<PersonRow>(q.byIdentity, [familyName, dateOfBirth])).map(async (r) => (await load(r))!)),

    async person(id) {
      await settle();
      return load(await db.get<PersonRow>(q.person, [id]));
    },

    async relatives(personId) {
      const out: Relative[] = [];
      for (const s of await db.all<{ id: string; since: string | null }>(q.spouses, [personId])) out.push({ kind: 'EHEGATTE', person: await loadId(s.id), ...(s.since && { since: s.since }) });
      for (const c of await db.all<{ id: string }>(q.children, [personId])) out.push({ kind: 'KIND', person: await loadId(c.id) });
      for (const p of await db.all<{ id: string }>(q.parents, [personId])) out.push({ kind: 'ELTERNTEIL', person: await loadId(p.id) });
      return out;
    },

    deregister: (input) =>
      db.transaction(async () => {
        // The seam's promise (port.ts): the same key never deregisters twice.
        const earlier = await db.get<AbmeldungRow>(q.byKey, [input.idempotencyKey]);
        if (earlier) return toAbmeldung(earlier);
        const record: AbmeldungRecord = {
          id: randomId(),
          personId: input.personId,
          residenceId: input.residenceId,
          childResidenceIds: input.childResidenceIds,
          moveOutDate: input.moveOutDate,
          registeredOn: input.registeredOn,
          state: input.moveOutDate <= input.registeredOn ? 'WIRKSAM' : 'VORGEMERKT',
          createdAt: input.at,
        };
        for (const id of [input.residenceId, ...input.childResidenceIds]) {
          // `move_out_date IS NULL` makes a second deregistration of the same residence a no-op
          // the caller detects (changes === 0) — a last line of defence behind A1 and A8.
          const changed = await db.run(q.endResidence, [input.moveOutDate, id]);
          if (changed !== 1) throw new Error('residence already deregistered');
        }
        await db.run(q.insertAbmeldung, [record.id, record.personId, record.residenceId, JSON.stringify(record.childResidenceIds), record.moveOutDate, record.registeredOn, record.state, record.createdAt, input.idempotencyKey]);
        return record;
      }),

    deregistrationFor: async (idempotencyKey) => {
      const row = await db.get<AbmeldungRow>(q.byKey, [idempotencyKey]);
      return row && toAbmeldung(row);
    },

    setSperren: (input) =>
      db.transaction(async () => {
        for (const c of input.changes) await db.run(q.upsertSperre, [input.personId, c.key, c.active ? 1 : 0, input.at]);
      }),

    retrievals: async (personId) =>
      (await db.all<LogRow>(q.retrievals, [personId])).map((r) => ({
        personId: r.person_id, at: r.at, kind: r.kind, service: r.service, recipient: r.recipient,
        categories: r.categories.split(',').filter(Boolean), securityAuthority: r.security_authority === 1,
      })),

    transferRecipients: async () =>
      (await db.all<{ id: string; recipient: string; purpose: string; legal_basis: string; data: string; applies_to: TransferRecipient['appliesTo'] }>(q.recipients)).map((r) => ({
        id: r.id, recipient: r.recipient, purpose: r.purpose, legalBasis: r.legal_basis, data: r.data, appliesTo: r.applies_to,
      })),
  };
  return register;
}
