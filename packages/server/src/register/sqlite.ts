import type { SperreKey } from '@vois-online/client/contract';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
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

/** The sandbox register on the embedded SQLite database. */
export function createSqliteRegister(db: Db, clock: Clock): Register {
  const q = {
    person: db.prepare<[string], PersonRow>('SELECT * FROM persons WHERE id = ?'),
    byIdentity: db.prepare<[string, string], PersonRow>('SELECT * FROM persons WHERE family_name = ? AND date_of_birth = ?'),
    residences: db.prepare<[string], ResidenceRow>('SELECT * FROM residences WHERE person_id = ? ORDER BY move_in_date, id'),
    sperren: db.prepare<[string], SperreRow>('SELECT key, active, set_by, changed_at FROM sperren WHERE person_id = ?'),
    spouses: db.prepare<[string, string], { id: string; since: string | null }>(
      "SELECT related_id AS id, since FROM relations WHERE person_id = ? AND kind = 'EHEGATTE' UNION SELECT person_id AS id, since FROM relations WHERE related_id = ? AND kind = 'EHEGATTE'"),
    children: db.prepare<[string], { id: string }>("SELECT related_id AS id FROM relations WHERE person_id = ? AND kind = 'KIND'"),
    parents: db.prepare<[string], { id: string }>("SELECT person_id AS id FROM relations WHERE related_id = ? AND kind = 'KIND'"),
    settle: db.prepare<[string]>("UPDATE abmeldungen SET state = 'WIRKSAM' WHERE state = 'VORGEMERKT' AND move_out_date <= ?"),
    endResidence: db.prepare<[string, string]>('UPDATE residences SET move_out_date = ? WHERE id = ? AND move_out_date IS NULL'),
    insertAbmeldung: db.prepare('INSERT INTO abmeldungen (id, person_id, residence_id, child_residence_ids, move_out_date, registered_on, state, created_at) VALUES (@id, @personId, @residenceId, @childResidenceIds, @moveOutDate, @registeredOn, @state, @createdAt)'),
    upsertSperre: db.prepare<[string, string, number, string]>(
      "INSERT INTO sperren (person_id, key, active, set_by, changed_at) VALUES (?, ?, ?, 'PERSON', ?) ON CONFLICT (person_id, key) DO UPDATE SET active = excluded.active, changed_at = excluded.changed_at WHERE set_by = 'PERSON'"),
    log: db.prepare('INSERT INTO access_log (person_id, at, kind, service, recipient, categories, security_authority) VALUES (@personId, @at, @kind, @service, @recipient, @categories, @securityAuthority)'),
    retrievals: db.prepare<[string], LogRow>("SELECT * FROM access_log WHERE person_id = ? AND kind = 'ABRUF' AND security_authority = 0 ORDER BY at DESC"),
    recipients: db.prepare<[], { id: string; recipient: string; purpose: string; legal_basis: string; data: string; applies_to: TransferRecipient['appliesTo'] }>('SELECT * FROM transfer_recipients ORDER BY sort'),
  };

  const load = (row: PersonRow | undefined): PersonRecord | undefined => {
    if (!row) return undefined;
    const data = JSON.parse(row.data) as PersonData;
    return {
      ...data,
      id: row.id,
      familyName: row.family_name,
      dateOfBirth: row.date_of_birth,
      status: row.status,
      residences: q.residences.all(row.id).map(toResidence),
      sperren: q.sperren.all(row.id).map((s) => ({ key: s.key, active: s.active === 1, setBy: s.set_by, changedAt: s.changed_at })),
    };
  };

  // A4: pending deregistrations whose date has come are applied on read (no timers). Once a
  // day (or whenever the sandbox clock moves) is enough: a new pending date is always later.
  let settledFor: string | undefined;
  const settle = () => {
    const today = clock.today();
    if (settledFor === today) return;
    q.settle.run(today);
    // Inside a transaction the update may still be rolled back: remember only committed work.
    if (!db.inTransaction) settledFor = today;
  };

  const register: Register = {
    today: () => clock.today(),
    kommune: (ags) => kommuneByAgs.get(ags),
    kommunen: () => [...KOMMUNEN],

    findByIdentity: (familyName, dateOfBirth) => q.byIdentity.all(familyName, dateOfBirth).map((r) => load(r)!),

    person(id) {
      settle();
      return load(q.person.get(id));
    },

    relatives(personId) {
      const out: Relative[] = [];
      for (const s of q.spouses.all(personId, personId)) out.push({ kind: 'EHEGATTE', person: load(q.person.get(s.id))!, ...(s.since && { since: s.since }) });
      for (const c of q.children.all(personId)) out.push({ kind: 'KIND', person: load(q.person.get(c.id))! });
      for (const p of q.parents.all(personId)) out.push({ kind: 'ELTERNTEIL', person: load(q.person.get(p.id))! });
      return out;
    },

    transaction: (fn) => db.transaction(fn)(),

    deregister(input) {
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
        const changed = q.endResidence.run(input.moveOutDate, id).changes;
        if (changed !== 1) throw new Error('residence already deregistered');
      }
      q.insertAbmeldung.run({ ...record, childResidenceIds: JSON.stringify(record.childResidenceIds) });
      return record;
    },

    setSperren(personId, changes, at) {
      for (const c of changes) q.upsertSperre.run(personId, c.key, c.active ? 1 : 0, at);
    },

    logAccess(entry) {
      q.log.run({ ...entry, categories: entry.categories.join(','), securityAuthority: entry.securityAuthority ? 1 : 0 });
    },

    retrievals: (personId) =>
      q.retrievals.all(personId).map((r) => ({
        personId: r.person_id, at: r.at, kind: r.kind, service: r.service, recipient: r.recipient,
        categories: r.categories.split(',').filter(Boolean), securityAuthority: r.security_authority === 1,
      })),

    transferRecipients: () =>
      q.recipients.all().map((r) => ({ id: r.id, recipient: r.recipient, purpose: r.purpose, legalBasis: r.legal_basis, data: r.data, appliesTo: r.applies_to })),
  };
  return register;
}
