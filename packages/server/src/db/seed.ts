import type { Db } from './database.ts';
import { seedId } from '../ids.ts';
import { nfc } from '../rules/names.ts';
import { personData } from '@vois-online/domain/seed-records';
import { seedData, TRANSFER_RECIPIENTS } from './personas.ts';

export const personId = (seedKey: string) => seedId('P', seedKey);

/**
 * Fills a new database with the sandbox register. Idempotent: runs only while the `seeded`
 * marker is missing, inside one transaction, so a crash half-way leaves an empty database
 * that is seeded again on the next start.
 */
export function seedIfNew(db: Db, today: string): boolean {
  const done = db.prepare("SELECT value FROM meta WHERE key = 'seeded'").get();
  if (done) return false;
  const data = seedData(today);
  const insert = {
    person: db.prepare('INSERT INTO persons (id, family_name, date_of_birth, status, data) VALUES (?, ?, ?, ?, ?)'),
    residence: db.prepare(`INSERT INTO residences (id, person_id, dwelling_id, status, authority_ags, authority_name, street, house_number, addition, postal_code, city, move_in_date, move_out_date, origin)
      VALUES (@id, @personId, @dwellingId, @status, @ags, @authorityName, @street, @houseNumber, @addition, @postalCode, @city, @moveInDate, @moveOutDate, @origin)`),
    relation: db.prepare('INSERT INTO relations (person_id, kind, related_id, since) VALUES (?, ?, ?, ?)'),
    sperre: db.prepare('INSERT INTO sperren (person_id, key, active, set_by, changed_at) VALUES (?, ?, 1, ?, ?)'),
    log: db.prepare("INSERT INTO access_log (person_id, at, kind, service, recipient, categories, security_authority) VALUES (?, ?, 'ABRUF', ?, ?, ?, ?)"),
    recipient: db.prepare('INSERT INTO transfer_recipients (id, recipient, purpose, legal_basis, data, applies_to, sort) VALUES (?, ?, ?, ?, ?, ?, ?)'),
    persona: db.prepare('INSERT INTO sandbox_personas (id, sort, label_de, label_en, description_de, description_en, eid, person_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    meta: db.prepare("INSERT INTO meta (key, value) VALUES ('seeded', ?)"),
  };
  db.transaction(() => {
    for (const p of data.persons) {
      const id = personId(p.key);
      // C7: names are stored in NFC whatever the source delivered (personData does it for the record).
      insert.person.run(id, nfc(p.familyName), p.dateOfBirth, p.status ?? 'AKTIV', JSON.stringify(personData(p)));
      p.residences.forEach((r, i) => {
        const dwelling = data.dwellings[r.dwelling];
        if (!dwelling) throw new Error(`seed: unknown dwelling ${r.dwelling}`);
        insert.residence.run({
          id: seedId('W', `${p.key}:${i}`), personId: id, dwellingId: seedId('D', r.dwelling), status: r.status,
          ags: dwelling.authority.ags, authorityName: dwelling.authority.name,
          street: dwelling.address.street, houseNumber: dwelling.address.houseNumber, addition: dwelling.address.addition ?? null,
          postalCode: dwelling.address.postalCode, city: dwelling.address.city,
          moveInDate: r.moveInDate ?? null, moveOutDate: r.moveOutDate ?? null, origin: r.origin ?? null,
        });
      });
      for (const s of p.sperren ?? []) insert.sperre.run(id, s.key, s.setBy ?? 'PERSON', `${s.since}T09:00:00.000Z`);
      for (const l of p.retrievals ?? []) insert.log.run(id, l.at, l.purpose, l.recipient, l.categories.join(','), l.securityAuthority ? 1 : 0);
    }
    for (const [a, kind, b, since] of data.relations) insert.relation.run(personId(a), kind, personId(b), since ?? null);
    TRANSFER_RECIPIENTS.forEach((r, i) => insert.recipient.run(r.id, r.recipient, r.purpose, r.legalBasis, r.data, r.appliesTo, i));
    data.personas.forEach((p, i) =>
      insert.persona.run(p.id, i, p.label.de, p.label.en, p.description.de, p.description.en, JSON.stringify(p.eid), personId(p.person)));
    insert.meta.run(today);
  })();
  return true;
}
