/**
 * The sandbox time-stamping authority: what the reference server uses unless `VOIS_TSA_URL`
 * names a real one — like the sandbox eID login, a stand-in with the real protocol. Its key and
 * certificate (ECDSA P-256, self-signed) are in tsa-identity.ts.
 *
 * Tokens are signed natively (node:crypto, ~0.04 ms); each worker thread loads the identity
 * itself, so stamping never crosses a thread boundary.
 */
import { createHash, randomBytes, sign } from 'node:crypto';
import { attribute, children, context, generalizedTime, int, octets, oid, readOne, seq, setOf, TAG, tlv } from '../der.ts';
import { OID } from '../oids.ts';
import { encodeRejection, encodeResponse, IMPRINT_LENGTH, parseRequest, type TimeStamper } from './rfc3161.ts';
import { loadOrCreateTsaIdentity, type TsaIdentity } from './tsa-identity.ts';

/**
 * TSA policy of the sandbox: an OID under 2.25 (a UUID, ITU-T X.667, needs no registration). It
 * stands for "sandbox, no assurances": the time is this server's clock, the key a file.
 */
export const SANDBOX_TSA_POLICY = '2.25.187843674680075260145647717536556061379';

/** Why a request was refused: the failure bit and a short English text for the client's log. */
type Refusal = { failure: 'badRequest' | 'badDataFormat' | 'badAlg' | 'unacceptedPolicy' | 'unacceptedExtension'; text: string };

export class SandboxTsa implements TimeStamper {
  readonly certificatePem: string;
  readonly certificateDer: Buffer;
  private readonly issuerAndSerial: Buffer;
  private readonly subjectName: Buffer;
  private readonly essCertIdV2: Buffer;

  constructor(
    private readonly identity: TsaIdentity,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.certificatePem = identity.certificatePem;
    this.certificateDer = identity.certificateDer;
    // tbsCertificate: [0] version, serialNumber, signature, issuer, validity, subject, …
    const tbs = children(children(readOne(this.certificateDer))[0]!);
    const [serial, , issuer, , subject] = tbs.slice(1);
    this.issuerAndSerial = seq(issuer!.bytes, serial!.bytes);
    this.subjectName = subject!.bytes;
    // SigningCertificateV2 { certs { ESSCertIDv2 { certHash } } }, SHA-256 being the default (omitted).
    this.essCertIdV2 = attribute(OID.signingCertificateV2, seq(seq(seq(octets(createHash('sha256').update(this.certificateDer).digest())))));
  }

  /** A token for a SHA-256 digest (in-process use by the sealer). */
  async stamp(messageImprint: Buffer): Promise<Buffer> {
    return this.token({ hashAlgorithm: seq(oid(OID.sha256)), imprint: messageImprint, certReq: true });
  }

  /**
   * Answers a DER TimeStampReq with a DER TimeStampResp (the HTTP endpoint). Never throws for bad
   * input: a request that is not acceptable gets status rejection and a failure reason.
   */
  respond(request: Buffer): { ok: boolean; body: Buffer } {
    let parsed;
    try {
      parsed = parseRequest(request);
    } catch {
      return refuse({ failure: 'badDataFormat', text: 'not a DER TimeStampReq' });
    }
    const length = IMPRINT_LENGTH[parsed.hashOid];
    if (length === undefined) return refuse({ failure: 'badAlg', text: 'message imprint must be SHA-256, SHA-384 or SHA-512' });
    if (parsed.imprint.length !== length) return refuse({ failure: 'badDataFormat', text: 'message imprint has the wrong length for its algorithm' });
    if (parsed.policy !== undefined && parsed.policy !== SANDBOX_TSA_POLICY) return refuse({ failure: 'unacceptedPolicy', text: `only policy ${SANDBOX_TSA_POLICY} is offered` });
    if (parsed.hasExtensions) return refuse({ failure: 'unacceptedExtension', text: 'no extensions are supported' });
    return { ok: true, body: encodeResponse(this.token({ hashAlgorithm: parsed.hashAlgorithm, imprint: parsed.imprint, nonce: parsed.nonce, certReq: parsed.certReq })) };
  }

  private token(input: { hashAlgorithm: Buffer; imprint: Buffer; nonce?: Buffer | undefined; certReq: boolean }): Buffer {
    const serial = randomBytes(16);
    serial[0] = (serial[0]! & 0x7f) | 0x40; // positive, 127 bits, minimal DER without padding
    const tstInfo = seq(
      int(1),
      oid(SANDBOX_TSA_POLICY),
      seq(input.hashAlgorithm, octets(input.imprint)),
      tlv(TAG.INTEGER, serial),
      generalizedTime(this.now()),
      // accuracy: none claimed (a sandbox's clock is the host's); ordering: absent (= false)
      ...(input.nonce ? [tlv(TAG.INTEGER, input.nonce)] : []),
      context(0, tlv(0xa4, this.subjectName)), // tsa [0] GeneralName { directoryName [4] Name }
    );
    const signedAttrs = setOf(
      attribute(OID.contentType, oid(OID.tstInfo)),
      attribute(OID.messageDigest, octets(createHash('sha256').update(tstInfo).digest())),
      this.essCertIdV2,
    );
    // Signed as a SET (tag 0x31), stored with the implicit [0] tag.
    const signature = sign('sha256', signedAttrs, this.identity.key); // ECDSA-Sig-Value, DER
    const signerInfo = seq(
      int(1),
      this.issuerAndSerial,
      seq(oid(OID.sha256)),
      Buffer.concat([Buffer.from([0xa0]), signedAttrs.subarray(1)]),
      seq(oid(OID.ecdsaWithSha256)), // parameters absent (RFC 5758)
      octets(signature),
    );
    const signedData = seq(
      int(3), // version 3: the encapsulated content is not id-data (RFC 5652 § 5.1)
      setOf(seq(oid(OID.sha256))),
      seq(oid(OID.tstInfo), context(0, octets(tstInfo))),
      ...(input.certReq ? [context(0, this.certificateDer)] : []),
      setOf(signerInfo),
    );
    return seq(oid(OID.signedData), context(0, signedData));
  }
}

const refuse = (r: Refusal) => ({ ok: false, body: encodeRejection(r.failure, r.text) });

/** The sandbox TSA of `dataDir` (key created on first use). */
export async function loadSandboxTsa(dataDir: string): Promise<SandboxTsa> {
  return new SandboxTsa(await loadOrCreateTsaIdentity(dataDir));
}
