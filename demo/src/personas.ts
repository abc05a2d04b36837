/** The sandbox personas for the landing page, from the reference server's public list. */
import { personaSummaries, type PersonaSummary } from '@vois-online/server/personas';

export type { PersonaSummary };
export const loadPersonas = async (): Promise<PersonaSummary[]> => personaSummaries('de');
