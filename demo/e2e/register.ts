/** Read-only look into the reference server's register, to prove effects (A8: exactly once). */
import Database from 'better-sqlite3';
import { join } from 'node:path';

export function countAbmeldungen(familyName: string): number {
  const db = new Database(join(process.env.E2E_DATA_DIR!, 'register.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare('SELECT count(*) AS n FROM abmeldungen a JOIN persons p ON p.id = a.person_id WHERE p.family_name = ?')
      .get(familyName) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}
