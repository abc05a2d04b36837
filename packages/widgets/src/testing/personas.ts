/**
 * The test personas of the fake API: the sandbox personas of the one shared seed
 * (`@vois-online/domain/seed`) — the same people the reference server and the demo know. The
 * ids the widget tests and stories were written with (`happy`, `family`, …) are seed personas
 * too. This module is a read-only summary for pickers and docs; the fake itself works on the
 * register records. Fictional people; any resemblance to real persons is unintended.
 */
import type { PartialDate, PersonName, Residence, ZusatzAngabe } from '@vois-online/client';
import { dateInBerlin } from '@vois-online/domain/dates';
import { childrenOf } from '@vois-online/domain/family';
import { zusatzValues } from '@vois-online/domain/meldebescheinigung';
import { currentResidences, mainResidence, toResidence } from '@vois-online/domain/residences';
import { seedData } from '@vois-online/domain/seed';
import { nameOf } from '@vois-online/domain/types';
import { createMemoryRegister } from './register.ts';

/** Ids of the shared seed's personas (the widget tests' names first, then the sandbox server's). */
export type PersonaId =
  | 'happy' | 'secondary-only' | 'deceased' | 'moved-abroad' | 'clerk' | 'din91379' | 'long-name' | 'name-changed'
  | 'two-secondary' | 'family' | 'guardian' | 'long-secondary'
  | 'single-name' | 'spouse-blocked' | 'many-retrievals'
  | 'teen-17' | 'church-spouse' | 'info-block' | 'security-block'
  | 'standard' | 'zwei-nebenwohnungen' | 'familie' | 'jugendlich-17' | 'auskunftssperre' | 'ehegatte-ohne-sperre'
  | 'verstorben' | 'ausgewandert' | 'din-91379' | 'langer-name' | 'einname' | 'geburtsjahr' | 'doppelte-staatsangehoerigkeit'
  | 'doktor-ordensname' | 'betreuung' | 'adoptionsgeheimnis' | 'namensaenderung' | 'nur-nebenwohnung' | 'religion-familie' | 'sicherheitssperre';

export interface Persona {
  id: PersonaId;
  /** Short description for a persona picker (Storybook, docs). */
  label: string;
  name: PersonName;
  dateOfBirth: PartialDate;
  /** Current residences. */
  residences: Residence[];
  /** Register values of the extra items at the main residence's town; a missing key = nothing stored. */
  zusatz: Partial<Record<ZusatzAngabe, string[]>>;
  /** Own children (A5). */
  children?: PersonaChild[];
}

export interface PersonaChild {
  id: string;
  name: PersonName;
  dateOfBirth: PartialDate;
}

function summaries(): Record<PersonaId, Persona> {
  const today = dateInBerlin(Date.now());
  const register = createMemoryRegister(() => today);
  const out: Record<string, Persona> = {};
  for (const seed of seedData(today).personas) {
    const p = register.personOfPersona(seed.id)!;
    const relatives = register.relatives(p.id);
    const home = mainResidence(p, today)?.authority.ags ?? '';
    const zusatz: Persona['zusatz'] = {};
    for (const key of ['FRUEHERE_NAMEN', 'GEBURTSNAME', 'ORDENS_KUENSTLERNAME', 'GEBURTSORT', 'GESCHLECHT', 'STAATSANGEHOERIGKEITEN', 'RELIGION', 'FAMILIENSTAND', 'EHEGATTE', 'MINDERJAEHRIGE_KINDER'] as const) {
      const values = zusatzValues(key, p, relatives, home, today);
      if (values.length) zusatz[key] = values;
    }
    const children = childrenOf(relatives).map((c) => ({ id: c.id, name: nameOf(c), dateOfBirth: c.dateOfBirth }));
    out[seed.id] = {
      id: seed.id as PersonaId,
      label: seed.label.de,
      name: nameOf(p),
      dateOfBirth: p.dateOfBirth,
      residences: currentResidences(p, today).map(toResidence),
      zusatz,
      ...(children.length && { children }),
    };
  }
  return out as Record<PersonaId, Persona>;
}

/** Summaries of every persona as of today (read-only; change the fake's register, not these). */
export const personas: Record<PersonaId, Persona> = summaries();
