import type { SqlDatabase } from './sql.ts';
import { seedId } from '../ids.ts';
import { nfc } from '../rules/names.ts';
import { personData } from '@vois-online/domain/seed-records';
import { seedData, TRANSFER_RECIPIENTS } from './personas.ts';

export const personId = (seedKey: string) => seedId('P', seedKey);

/**
 * Fills a new database (SQLite or PostgreSQL) with the sandbox register. Idempotent: runs only
 * while the `seeded` marker is missing, inside one transaction under a lock (instances starting
 * together seed once), so a crash half-way leaves an empty database that is seeded again on
 * the next start.
 */
export async function seedIfNew(db: SqlDatabase, today: string): Promise<boolean> {
  return db.transaction(async () => {
    await db.lock('vois:seed');
    const done = await db.get("SELECT value FROM meta WHERE key = 'seeded'");
    if (done) return false;
    const data = seedData(today);
    const sql = (text: string) => (...params: unknown[]) => db.run(text, params);
    const insert = {
      person: sql('INSERT INTO persons (id, family_name, date_of_birth, status, data) VALUES ($1, $2, $3, $4, $5)'),
      residence: (r: Record<string, unknown>) => db.run(`INSERT INTO residences (id, person_id, dwelling_id, status, authority_ags, authority_name, street, house_number, addition, postal_code, city, move_in_date, move_out_date, origin)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
        [r.id, r.personId, r.dwellingId, r.status, r.ags, r.authorityName, r.street, r.houseNumber, r.addition, r.postalCode, r.city, r.moveInDate, r.moveOutDate, r.origin]),
      relation: sql('INSERT INTO relations (person_id, kind, related_id, since) VALUES ($1, $2, $3, $4)'),
      sperre: sql('INSERT INTO sperren (person_id, key, active, set_by, changed_at) VALUES ($1, $2, 1, $3, $4)'),
      log: sql("INSERT INTO access_log (person_id, at, kind, service, recipient, categories, security_authority) VALUES ($1, $2, 'ABRUF', $3, $4, $5, $6)"),
      recipient: sql('INSERT INTO transfer_recipients (id, recipient, purpose, legal_basis, data, applies_to, sort) VALUES ($1, $2, $3, $4, $5, $6, $7)'),
      persona: sql('INSERT INTO sandbox_personas (id, sort, label_de, label_en, description_de, description_en, eid, person_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)'),
      meta: sql("INSERT INTO meta (key, value) VALUES ('seeded', $1)"),
    };
    for (const p of data.persons) {
      const id = personId(p.key);
      // C7: names are stored in NFC whatever the source delivered (personData does it for the record).
      await insert.person(id, nfc(p.familyName), p.dateOfBirth, p.status ?? 'AKTIV', JSON.stringify(personData(p)));
      for (const [i, r] of p.residences.entries()) {
        const dwelling = data.dwellings[r.dwelling];
        if (!dwelling) throw new Error(`seed: unknown dwelling ${r.dwelling}`);
        await insert.residence({
          id: seedId('W', `${p.key}:${i}`), personId: id, dwellingId: seedId('D', r.dwelling), status: r.status,
          ags: dwelling.authority.ags, authorityName: dwelling.authority.name,
          street: dwelling.address.street, houseNumber: dwelling.address.houseNumber, addition: dwelling.address.addition ?? null,
          postalCode: dwelling.address.postalCode, city: dwelling.address.city,
          moveInDate: r.moveInDate ?? null, moveOutDate: r.moveOutDate ?? null, origin: r.origin ?? null,
        });
      }
      for (const s of p.sperren ?? []) await insert.sperre(id, s.key, s.setBy ?? 'PERSON', `${s.since}T09:00:00.000Z`);
      for (const l of p.retrievals ?? []) await insert.log(id, l.at, l.purpose, l.recipient, l.categories.join(','), l.securityAuthority ? 1 : 0);
    }
    for (const [a, kind, b, since] of data.relations) await insert.relation(personId(a), kind, personId(b), since ?? null);
    for (const [i, r] of TRANSFER_RECIPIENTS.entries()) await insert.recipient(r.id, r.recipient, r.purpose, r.legalBasis, r.data, r.appliesTo, i);
    for (const [i, p] of data.personas.entries()) {
      await insert.persona(p.id, i, p.label.de, p.label.en, p.description.de, p.description.en, JSON.stringify(p.eid), personId(p.person));
    }
    await insert.meta(today);
    return true;
  });
}
