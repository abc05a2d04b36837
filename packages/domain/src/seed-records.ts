import { nfc } from './names.ts';
import type { SeedData, SeedPerson } from './seed.ts';
import type { AccessLogEntry, PersonData, PersonRecord, ResidenceRecord, SperreRecord } from './types.ts';

/**
 * The register records of the seed as plain objects, for registers that live in memory (the
 * widgets' test double). The SQL register stores the same seed through its own insert
 * statements and derives opaque ids; here ids are readable: the seed key for a person, the
 * residence's explicit `id` or `res-<key>-<n>`.
 */
export interface SeedRecords {
  persons: PersonRecord[];
  relations: Array<{ personId: string; kind: 'EHEGATTE' | 'KIND'; relatedId: string; since?: string }>;
  accessLog: AccessLogEntry[];
  /** Persona id → person id. */
  personaPerson: Map<string, string>;
}

/** C7: names are stored in NFC whatever the source delivered; optional lists default to empty. */
export function personData(p: SeedPerson): PersonData {
  const record: PersonData = {
    formerNames: [], legalRepresentatives: [], idDocuments: [], origins: {},
    ...p.data,
    givenNames: p.data.givenNames.map(nfc),
    ...(p.data.birthName && { birthName: nfc(p.data.birthName) }),
  };
  record.formerNames = record.formerNames.map((f) => ({ ...f, name: nfc(f.name) }));
  return record;
}

export function seedRecords(data: SeedData): SeedRecords {
  const persons = data.persons.map((p): PersonRecord => {
    const residences = p.residences.map((r, i): ResidenceRecord => {
      const dwelling = data.dwellings[r.dwelling];
      if (!dwelling) throw new Error(`seed: unknown dwelling ${r.dwelling}`);
      return {
        id: r.id ?? `res-${p.key}-${i}`,
        personId: p.key,
        dwellingId: r.dwelling,
        status: r.status,
        authority: { ...dwelling.authority },
        address: { ...dwelling.address },
        ...(r.moveInDate && { moveInDate: r.moveInDate }),
        ...(r.moveOutDate && { moveOutDate: r.moveOutDate }),
        ...(r.origin && { origin: r.origin }),
      };
    });
    const sperren = (p.sperren ?? []).map((s): SperreRecord => ({ key: s.key, active: true, setBy: s.setBy ?? 'PERSON', changedAt: `${s.since}T09:00:00.000Z` }));
    return { ...personData(p), id: p.key, familyName: nfc(p.familyName), dateOfBirth: p.dateOfBirth, status: p.status ?? 'AKTIV', residences, sperren };
  });
  const accessLog = data.persons.flatMap((p) => (p.retrievals ?? []).map((l): AccessLogEntry => ({
    personId: p.key, at: l.at, kind: 'ABRUF', service: l.purpose, recipient: l.recipient, categories: [...l.categories], securityAuthority: Boolean(l.securityAuthority),
  })));
  return {
    persons,
    relations: data.relations.map(([personId, kind, relatedId, since]) => ({ personId, kind, relatedId, ...(since && { since }) })),
    accessLog,
    personaPerson: new Map(data.personas.map((p) => [p.id, p.person])),
  };
}
