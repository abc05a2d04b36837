/** The sandbox personas for the landing page, read from the reference server's public sandbox list. */
export interface PersonaInfo {
  id: string;
  label: string;
  description: string;
}

export async function loadPersonas(): Promise<PersonaInfo[]> {
  try {
    const mod = (await import('@vois-online/server/personas')) as { personas: PersonaInfo[] };
    return mod.personas.map(({ id, label, description }) => ({ id, label, description }));
  } catch {
    return [];
  }
}
