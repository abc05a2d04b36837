/**
 * The sandbox personas as a public, non-sensitive list (id, label, what each demonstrates)
 * for the demo's landing page. Fictional people only.
 */
import { seedData } from './db/personas.ts';

export interface PersonaSummary {
  id: string;
  label: string;
  description: string;
}

export function personaSummaries(lang: 'de' | 'en' = 'de'): PersonaSummary[] {
  return seedData(new Date().toISOString().slice(0, 10)).personas.map((p) => ({ id: p.id, label: p.label[lang], description: p.description[lang] }));
}
