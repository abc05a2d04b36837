/**
 * The sandbox TSA's key and certificate: ECDSA P-256, kept in `dataDir` as `tsa.key` (PKCS#8
 * private key + certificate, 0600, the source of truth) and `tsa.pem` (the certificate alone, the
 * trust anchor for `openssl ts -verify -CAfile tsa.pem`).
 *
 * Why ECDSA and not RSA-3072 like the seal: every sealed document gets a token, and an RSA-3072
 * signature costs ~2–4 ms of CPU per document (measured: it pushed the Selbstauskunft PDF at 8
 * concurrent requests over its 200 ms target); P-256 signs in ~0.04 ms and is equally accepted
 * by PAdES validators and by BSI TR-02102-1. node-forge only makes RSA certificates, so this one
 * is built with der.ts and signed by node:crypto.
 *
 * The certificate carries the one extension RFC 3161 § 2.3 demands — extendedKeyUsage
 * id-kp-timeStamping, alone and critical — plus basicConstraints and a subject key identifier.
 * No keyUsage on purpose: OpenSSL only takes a self-signed certificate as its own trust anchor
 * if a keyUsage, when present, allows keyCertSign, which a TSA certificate should not claim.
 */
import { X509Certificate, createHash, createPrivateKey, generateKeyPair, randomBytes, sign, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { bool, children, context, int, octets, oid, readOne, seq, setOf, tlv, TAG, utf8 } from '../der.ts';
import { keepKeyFile } from '../key-file.ts';
import { OID } from '../oids.ts';

const VALIDITY_YEARS = 5;
const COMMON_NAME = 'Sandbox-Zeitstempeldienst VOIS-Online';

export interface TsaIdentity {
  key: KeyObject;
  certificateDer: Buffer;
  certificatePem: string;
}

/** The sandbox TSA's identity in `dataDir` (tsa.key, tsa.pem; see key-file.ts), created on first use. */
export function loadOrCreateTsaIdentity(dataDir: string): Promise<TsaIdentity> {
  return keepKeyFile<TsaIdentity>({
    path: join(dataDir, 'tsa.key'),
    pemPath: join(dataDir, 'tsa.pem'),
    parse: (bytes) => {
      const text = bytes.toString('utf8');
      const certificateDer = new X509Certificate(text).raw; // the first certificate in the file
      return { key: createPrivateKey(text), certificateDer, certificatePem: toPem(certificateDer) };
    },
    create: async () => {
      const identity = await createIdentity();
      return { identity, bytes: Buffer.from(`${identity.key.export({ type: 'pkcs8', format: 'pem' }) as string}${identity.certificatePem}`) };
    },
    expiresAt: (identity) => Date.parse(new X509Certificate(identity.certificateDer).validTo),
    certificatePem: (identity) => identity.certificatePem,
  });
}

const toPem = (der: Buffer) => `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{64}/g, '$&\n').replace(/\n?$/, '\n')}-----END CERTIFICATE-----\n`;

async function createIdentity(): Promise<TsaIdentity> {
  const { privateKey, publicKey } = await promisify(generateKeyPair)('ec', { namedCurve: 'P-256' });
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  // subjectKeyIdentifier: SHA-1 of the subjectPublicKey bits (RFC 5280 § 4.2.1.2, method 1).
  const publicKeyBits = children(readOne(spki))[1]!.content.subarray(1);
  // Same order as the seal's certificate: CN, O, C.
  const name = seq(
    setOf(seq(oid('2.5.4.3'), utf8(COMMON_NAME))),
    setOf(seq(oid('2.5.4.10'), utf8('VOIS-Online Testumgebung'))),
    setOf(seq(oid('2.5.4.6'), tlv(0x13, Buffer.from('DE')))), // countryName, PrintableString
  );
  const now = Date.now();
  const notAfter = new Date(now);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + VALIDITY_YEARS);
  const serial = randomBytes(16);
  serial[0] = (serial[0]! & 0x7f) | 0x40;
  const algorithm = seq(oid(OID.ecdsaWithSha256)); // parameters absent (RFC 5758)
  const extension = (id: string, critical: boolean, value: Buffer) => seq(oid(id), ...(critical ? [bool(true)] : []), octets(value));
  const tbs = seq(
    context(0, int(2)), // v3
    int(serial),
    algorithm,
    name,
    seq(utcTime(new Date(now - 5 * 60 * 1000)), utcTime(notAfter)), // tolerate small clock skew
    name,
    spki,
    context(3, seq(
      extension('2.5.29.19', true, seq()), // basicConstraints: not a CA
      extension('2.5.29.37', true, seq(oid('1.3.6.1.5.5.7.3.8'))), // extendedKeyUsage: timeStamping only
      extension('2.5.29.14', false, octets(createHash('sha1').update(publicKeyBits).digest())),
    )),
  );
  const certificateDer = seq(tbs, algorithm, tlv(TAG.BIT_STRING, Buffer.from([0]), sign('sha256', tbs, privateKey)));
  return { key: privateKey, certificateDer, certificatePem: toPem(certificateDer) };
}

/** UTCTime, as X.509 requires for dates before 2050 (RFC 5280 § 4.1.2.5). */
function utcTime(date: Date): Buffer {
  if (date.getUTCFullYear() >= 2050) throw new Error('UTCTime only reaches 2049');
  return tlv(0x17, Buffer.from(`${date.toISOString().slice(2, 19).replace(/[-:T]/g, '')}Z`, 'ascii'));
}
