import type { SqlDatabase } from '../db/sql.ts';
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
  list(): Promise<Persona[]>;
  get(id: string): Promise<Persona | undefined>;
}

export function createPersonaDirectory(db: SqlDatabase, register: Register): PersonaDirectory {
  const toPersona = async (r: Row): Promise<Persona> => {
    const person = await register.person(r.person_id);
    return {
      id: r.id,
      label: { de: r.label_de, en: r.label_en },
      description: { de: r.description_de, en: r.description_en },
      eid: JSON.parse(r.eid) as EidAttributes,
      registrations: person ? currentResidences(person, register.today()).map((res) => ({ ags: res.authority.ags, town: res.authority.name, status: res.status })) : [],
    };
  };
  return {
    list: async () => Promise.all((await db.all<Row>('SELECT * FROM sandbox_personas ORDER BY sort')).map(toPersona)),
    get: async (id) => {
      const row = await db.get<Row>('SELECT * FROM sandbox_personas WHERE id = $1', [id]);
      return row ? toPersona(row) : undefined;
    },
  };
}
