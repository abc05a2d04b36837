import { createHash, generateKeyPair, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import forge from 'node-forge';
import { keepKeyFile } from './key-file.ts';

/**
 * The sandbox seal: an RSA-3072 key with a self-signed certificate, made on first start and kept
 * in `dataDir` (seal.p12 is the source of truth, seal.pem the public certificate for the
 * verification page). In production the seal key lives in the municipality's HSM or a
 * qualified trust service; this file-based stand-in has the same shape (PKCS#12 in, PEM out).
 */

/** The PKCS#12 needs some password for its key bag; protection comes from the 0600 file mode. */
export const SANDBOX_P12_PASSPHRASE = 'vois-sandbox';

const VALIDITY_YEARS = 5;

export interface SealIdentity {
  p12: Buffer;
  certificate: forge.pki.Certificate;
  certificatePem: string;
  /** Uppercase hex with colons, like browsers and openssl show it. */
  fingerprint: string;
}

export function loadOrCreateSealIdentity(dataDir: string, sealName: string): Promise<SealIdentity> {
  return keepKeyFile<SealIdentity>({
    path: join(dataDir, 'seal.p12'),
    pemPath: join(dataDir, 'seal.pem'),
    parse: (p12) => withPem(p12, parseP12(p12).certificate),
    create: async () => {
      const identity = await createIdentity(sealName);
      return { identity, bytes: identity.p12 };
    },
    expiresAt: (identity) => identity.certificate.validity.notAfter.getTime(),
    certificatePem: (identity) => identity.certificatePem,
  });
}

/** Private key and certificate from a PKCS#12 made by {@link createIdentity}. */
export function parseP12(p12: Buffer): { privateKey: forge.pki.rsa.PrivateKey; certificate: forge.pki.Certificate } {
  const parsed = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(p12.toString('binary')), false, SANDBOX_P12_PASSPHRASE);
  const keyBag = parsed.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag! })[forge.pki.oids.pkcs8ShroudedKeyBag!]?.[0];
  const certBag = parsed.getBags({ bagType: forge.pki.oids.certBag! })[forge.pki.oids.certBag!]?.[0];
  if (!keyBag?.key || !certBag?.cert) throw new Error('Seal PKCS#12 lacks the key or the certificate');
  return { privateKey: keyBag.key as forge.pki.rsa.PrivateKey, certificate: certBag.cert };
}

function withPem(p12: Buffer, certificate: forge.pki.Certificate): SealIdentity {
  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(certificate)).getBytes(), 'binary');
  const fingerprint = createHash('sha256').update(der).digest('hex').toUpperCase().replace(/(..)(?!$)/g, '$1:');
  return { p12, certificate, certificatePem: forge.pki.certificateToPem(certificate).replace(/\r\n/g, '\n'), fingerprint };
}

async function createIdentity(sealName: string): Promise<SealIdentity> {
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
    { name: 'commonName', value: `Sandbox-Siegel VOIS-Online ${sealName}`, valueTagClass: forge.asn1.Type.UTF8 },
    { name: 'organizationName', value: 'VOIS-Online Testumgebung', valueTagClass: forge.asn1.Type.UTF8 },
    { name: 'countryName', value: 'DE' },
  ];
  cert.setSubject(subject as forge.pki.CertificateField[]);
  cert.setIssuer(subject as forge.pki.CertificateField[]);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    // A seal: digitalSignature + contentCommitment (nonRepudiation), nothing else.
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(privateKey, forge.md.sha256.create());

  const p12Asn1 = forge.pkcs12.toPkcs12Asn1(privateKey, [cert], SANDBOX_P12_PASSPHRASE, {
    algorithm: '3des', // readable by openssl and every PDF tool
    friendlyName: `Sandbox-Siegel VOIS-Online ${sealName}`,
    generateLocalKeyId: true,
  });
  const p12 = Buffer.from(forge.asn1.toDer(p12Asn1).getBytes(), 'binary');
  return withPem(p12, cert);
}
