import { createHash, generateKeyPair, randomBytes } from 'node:crypto';
import { chmod, link, mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import forge from 'node-forge';

/**
 * The sandbox seal: an RSA-3072 key with a self-signed certificate, made on first start and kept
 * in `dataDir` (seal.p12 is the source of truth, seal.pem the public certificate for the
 * verification page). In production the seal key lives in the municipality's HSM or a
 * qualified trust service; this file-based stand-in has the same shape (PKCS#12 in, PEM out).
 * The sandbox time-stamping authority (timestamp/sandbox-tsa.ts) keeps its key the same way
 * (tsa.p12 / tsa.pem), with its own certificate profile.
 */

/** The PKCS#12 needs some password for its key bag; protection comes from the 0600 file mode. */
export const SANDBOX_P12_PASSPHRASE = 'vois-sandbox';

const VALIDITY_YEARS = 5;
/** Renew when less than this is left, so no document is sealed with a certificate about to lapse. */
const RENEW_BEFORE_MS = 24 * 60 * 60 * 1000;

export interface SealIdentity {
  p12: Buffer;
  certificate: forge.pki.Certificate;
  certificatePem: string;
  /** Uppercase hex with colons, like browsers and openssl show it. */
  fingerprint: string;
}

/**
 * What kind of sandbox key+certificate: the files `<file>.p12` / `<file>.pem` in dataDir, the
 * certificate's common name and its extensions (node-forge notation).
 */
export interface IdentityProfile {
  file: string;
  commonName: string;
  extensions: object[];
}

const sealProfile = (sealName: string): IdentityProfile => ({
  file: 'seal',
  commonName: `Sandbox-Siegel VOIS-Online ${sealName}`,
  extensions: [
    { name: 'basicConstraints', cA: false, critical: true },
    // A seal: digitalSignature + contentCommitment (nonRepudiation), nothing else.
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ],
});

export const loadOrCreateSealIdentity = (dataDir: string, sealName: string) => loadOrCreateIdentity(dataDir, sealProfile(sealName));

/**
 * Loads `<dataDir>/<file>.p12`, or creates it (exclusively) on first start and renews it shortly
 * before it expires; keeps `<file>.pem` in step. Both files 0600.
 */
export async function loadOrCreateIdentity(dataDir: string, profile: IdentityProfile): Promise<SealIdentity> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const p12Path = join(dataDir, `${profile.file}.p12`);
  const pemPath = join(dataDir, `${profile.file}.pem`);

  let identity = await readIdentity(p12Path);
  if (!identity || identity.certificate.validity.notAfter.getTime() - Date.now() < RENEW_BEFORE_MS) {
    const fresh = await createIdentity(profile);
    // Exclusive create (link fails if the file exists), so two processes starting on the same
    // directory agree on one key; renewal replaces an expired file on purpose.
    const tmp = `${p12Path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(tmp, fresh.p12, { mode: 0o600 });
    try {
      if (identity) await rename(tmp, p12Path);
      else await link(tmp, p12Path);
      identity = fresh;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      identity = await readIdentity(p12Path); // the other process won: use its key
      if (!identity) throw new Error(`Key file ${p12Path} appeared but cannot be read`);
    } finally {
      await unlink(tmp).catch(() => {});
    }
  }

  await chmod(p12Path, 0o600); // also tightens a file that someone copied in with wider rights
  const currentPem = await readFile(pemPath, 'utf8').catch(() => '');
  if (currentPem !== identity.certificatePem) {
    const tmp = `${pemPath}.${process.pid}.tmp`;
    await writeFile(tmp, identity.certificatePem, { mode: 0o600 });
    await rename(tmp, pemPath);
  }
  await chmod(pemPath, 0o600);
  return identity;
}

async function readIdentity(p12Path: string): Promise<SealIdentity | undefined> {
  let p12: Buffer;
  try {
    p12 = await readFile(p12Path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const { certificate } = parseP12(p12);
  return withPem(p12, certificate);
}

/** Private key and certificate from a PKCS#12 made by {@link createIdentity}. */
export function parseP12(p12: Buffer): { privateKey: forge.pki.rsa.PrivateKey; certificate: forge.pki.Certificate } {
  const parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), false, SANDBOX_P12_PASSPHRASE);
  const keyBag = parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!]?.[0];
  const certBag = parsed.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!]?.[0];
  if (!keyBag?.key || !certBag?.cert) throw new Error('PKCS#12 lacks the key or the certificate');
  return { privateKey: keyBag.key as forge.pki.rsa.PrivateKey, certificate: certBag.cert };
}

function withPem(p12: Buffer, certificate: forge.pki.Certificate): SealIdentity {
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes(), 'binary');
  const fingerprint = createHash('sha256').update(der).digest('hex').toUpperCase().replace(/(..)(?!$)/g, '$1:');
  return { p12, certificate, certificatePem: forge.pki.certificateToPem(certificate).replace(/\r\n/g, '\n'), fingerprint };
}

async function createIdentity(profile: IdentityProfile): Promise<SealIdentity> {
  // Node's native generator (off the main thread) instead of forge's pure-JS one: ~0.3 s vs. seconds.
  const { privateKey: pkcs8Pem } = await promisify(generateKeyPair)('rsa', {
    modulusLength: 3072,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const privateKey = forge.pki.privateKeyFromPem(pkcs8Pem) as forge.pki.rsa.PrivateKey;
  const publicKey = forge.pki.setRsaPublicKey(privateKey.n, privateKey.e);

  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  const serial = randomBytes(16);
  serial[0]! &= 0x7f; // positive INTEGER
  cert.serialNumber = serial.toString('hex');
  const now = new Date();
  cert.validity.notBefore = new Date(now.getTime() - 5 * 60 * 1000); // tolerate small clock skew
  cert.validity.notAfter = new Date(now);
  cert.validity.notAfter.setFullYear(now.getFullYear() + VALIDITY_YEARS);
  const subject = [
    { name: 'commonName', value: profile.commonName, valueTagClass: forge.asn1.Type.UTF8 },
    { name: 'organizationName', value: 'VOIS-Online Testumgebung', valueTagClass: forge.asn1.Type.UTF8 },
    { name: 'countryName', value: 'DE' },
  ];
  cert.setSubject(subject as forge.pki.CertificateField[]);
  cert.setIssuer(subject as forge.pki.CertificateField[]);
  cert.setExtensions(profile.extensions);
  cert.sign(privateKey, forge.md.sha256.create());

  const p12Asn1 = forge.pkcs12.toPkcs12Asn1(privateKey, [cert], SANDBOX_P12_PASSPHRASE, {
    algorithm: '3des', // readable by openssl and every PDF tool
    friendlyName: profile.commonName,
    generateLocalKeyId: true,
  });
  const p12 = Buffer.from(forge.asn1.toDer(p12Asn1).getBytes(), 'binary');
  return withPem(p12, cert);
}
