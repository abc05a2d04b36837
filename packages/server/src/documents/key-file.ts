import { randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/** Renew when less than this is left, so nothing is signed with a certificate about to lapse. */
const RENEW_BEFORE_MS = 24 * 60 * 60 * 1000;

export interface KeyFile<T> {
  /** The private file (key + certificate), the source of truth. */
  path: string;
  /** The public certificate next to it (PEM). */
  pemPath: string;
  parse(bytes: Buffer): T;
  /** A fresh identity and the bytes of its private file. */
  create(): Promise<{ identity: T; bytes: Buffer }>;
  expiresAt(identity: T): number;
  certificatePem(identity: T): string;
}

/**
 * A sandbox key in dataDir (the seal's, the sandbox TSA's): read it, or create it on first start
 * and renew it shortly before its certificate expires, and keep the public certificate file in
 * step. Both files 0600.
 */
export async function keepKeyFile<T extends object>(file: KeyFile<T>): Promise<T> {
  await mkdir(dirname(file.path), { recursive: true, mode: 0o700 });
  let identity: T | undefined = await read(file);
  if (identity === undefined || file.expiresAt(identity) - Date.now() < RENEW_BEFORE_MS) {
    const fresh = await file.create();
    // Exclusive create (link fails if the file exists), so two processes starting on the same
    // directory agree on one key; renewal replaces an expired file on purpose.
    const tmp = `${file.path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(tmp, fresh.bytes, { mode: 0o600 });
    try {
      if (identity !== undefined) await rename(tmp, file.path);
      else await link(tmp, file.path);
      identity = fresh.identity;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      identity = await read(file); // the other process won: use its key
      if (identity === undefined) throw new Error(`Key file ${file.path} appeared but cannot be read`);
    } finally {
      await unlink(tmp).catch(() => {});
    }
  }

  await chmod(file.path, 0o600); // also tightens a file that someone copied in with wider rights
  const pem = file.certificatePem(identity);
  if ((await readFile(file.pemPath, 'utf8').catch(() => '')) !== pem) {
    const tmp = `${file.pemPath}.${process.pid}.tmp`;
    await writeFile(tmp, pem, { mode: 0o600 });
    await rename(tmp, file.pemPath);
  }
  await chmod(file.pemPath, 0o600);
  return identity;
}

async function read<T extends object>(file: KeyFile<T>): Promise<T | undefined> {
  try {
    return file.parse(await readFile(file.path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
