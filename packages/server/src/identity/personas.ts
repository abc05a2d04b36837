import type { Db } from '../db/database.ts';
import type { Register } from '../register/port.ts';
import { currentResidences } from '../rules/residences.ts';
import type { EidAttributes } from './port.ts';

export interface Persona {
  id: string;
  label: { de: string; en: string };
  description: { de: string; en: string };
  /** What the persona's (simulated) ID card delivers. */
  eid: EidAttributes;
  /** Current registrations, for the picker only (the identification itself uses `eid`). */
  registrations: Array<{ ags: string; town: string; status: string }>;
}

interface Row { id: string; label_de: string; label_en: string; description_de: string; description_en: string; eid: string; person_id: string }

/** The sandbox's test personas, read from the seeded database. */
export interface PersonaDirectory {
  list(): Persona[];
  get(id: string): Persona | undefined;
}

export function createPersonaDirectory(db: Db, register: Register): PersonaDirectory {
  const all = db.prepare<[], Row>('SELECT * FROM sandbox_personas ORDER BY sort');
  const one = db.prepare<[string], Row>('SELECT * FROM sandbox_personas WHERE id = ?');
  const toPersona = (r: Row): Persona => {
    const person = register.person(r.person_id);
    return {
      id: r.id,
      label: { de: r.label_de, en: r.label_en },
      description: { de: r.description_de, en: r.description_en },
      eid: JSON.parse(r.eid) as EidAttributes,
      registrations: person ? currentResidences(person, register.today()).map((res) => ({ ags: res.authority.ags, town: res.authority.name, status: res.status })) : [],
    };
  };
  return {
    list: () => all.all().map(toPersona),
    get: (id) => {
      const row = one.get(id);
      return row ? toPersona(row) : undefined;
    },
  };
}
