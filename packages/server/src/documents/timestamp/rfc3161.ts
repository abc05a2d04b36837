/**
 * The Time-Stamp Protocol (RFC 3161, with the ESSCertIDv2 update of RFC 5816): the messages a
 * client sends and a time-stamping authority (TSA) answers, encoded and read with der.ts.
 *
 *   TimeStampReq  ::= SEQUENCE { version 1, messageImprint, reqPolicy OID OPTIONAL,
 *                                nonce INTEGER OPTIONAL, certReq BOOLEAN DEFAULT FALSE,
 *                                extensions [0] OPTIONAL }
 *   TimeStampResp ::= SEQUENCE { status PKIStatusInfo, timeStampToken OPTIONAL }
 *   TimeStampToken = ContentInfo { signedData, SignedData { encapContentInfo { id-ct-TSTInfo, TSTInfo } } }
 *   TSTInfo       ::= SEQUENCE { version 1, policy, messageImprint, serialNumber, genTime,
 *                                accuracy OPTIONAL, ordering DEFAULT FALSE, nonce OPTIONAL,
 *                                tsa [0] GeneralName OPTIONAL, extensions [1] OPTIONAL }
 */
import { bool, children, DerError, expect, int, octets, oid, oidToString, parseGeneralizedTime, readOne, seq, smallInt, TAG, tlv, utf8, type Element } from '../der.ts';
import { OID } from '../oids.ts';

/** Digest lengths of the hash algorithms a message imprint may use. */
export const IMPRINT_LENGTH: Record<string, number> = { [OID.sha256]: 32, [OID.sha384]: 48, [OID.sha512]: 64 };

/** Gets a signature timestamp token for a digest (PAdES B-T: SHA-256 of the CMS signature value). */
export interface TimeStamper {
  /** `messageImprint` is a SHA-256 digest; the answer a DER TimeStampToken (ContentInfo). */
  stamp(messageImprint: Buffer): Promise<Buffer>;
}

/**
 * No timestamp could be obtained (TSA unreachable, refused, or answered something unusable).
 * Sealing fails with it: a document promised as PAdES B-T is never issued without its token.
 * The HTTP layer answers it as SERVICE_UNAVAILABLE (a retry may succeed).
 */
export class TimestampError extends Error {
  override name = 'TimestampError';
}

export const PKIStatus = { granted: 0, grantedWithMods: 1, rejection: 2, waiting: 3, revocationWarning: 4, revocationNotification: 5 } as const;

/** PKIFailureInfo bit numbers (RFC 3161 § 2.4.2). */
export const FailureInfo = { badAlg: 0, badRequest: 2, badDataFormat: 5, timeNotAvailable: 14, unacceptedPolicy: 15, unacceptedExtension: 16, addInfoNotAvailable: 17, systemFailure: 25 } as const;
export type FailureName = keyof typeof FailureInfo;

// ---- TimeStampReq

export interface TimeStampRequest {
  /** The AlgorithmIdentifier as sent (echoed byte for byte into the TSTInfo). */
  hashAlgorithm: Buffer;
  hashOid: string;
  imprint: Buffer;
  policy?: string;
  /** INTEGER content bytes as sent, echoed unchanged. */
  nonce?: Buffer;
  certReq: boolean;
  hasExtensions: boolean;
}

export function encodeRequest(input: { imprint: Buffer; nonce: Buffer; certReq: boolean }): Buffer {
  return seq(int(1), seq(seq(oid(OID.sha256)), octets(input.imprint)), int(input.nonce), bool(input.certReq));
}

/** Reads a TimeStampReq; throws DerError when it is not one. */
export function parseRequest(der: Buffer): TimeStampRequest {
  const fields = children(expect(readOne(der), TAG.SEQUENCE, 'TimeStampReq'));
  if (smallInt(fields[0], 'version') !== 1) throw new DerError('version must be 1');
  const imprint = children(expect(fields[1], TAG.SEQUENCE, 'messageImprint'));
  const algorithm = expect(imprint[0], TAG.SEQUENCE, 'hashAlgorithm');
  const request: TimeStampRequest = {
    hashAlgorithm: algorithm.bytes,
    hashOid: oidToString(expect(children(algorithm)[0], TAG.OID, 'hashAlgorithm').content),
    imprint: expect(imprint[1], TAG.OCTET_STRING, 'hashedMessage').content,
    certReq: false,
    hasExtensions: false,
  };
  for (const field of fields.slice(2)) {
    if (field.tag === TAG.OID && request.policy === undefined && request.nonce === undefined) request.policy = oidToString(field.content);
    else if (field.tag === TAG.INTEGER && request.nonce === undefined) request.nonce = field.content;
    else if (field.tag === TAG.BOOLEAN && field.content.length === 1) request.certReq = field.content[0] !== 0;
    else if (field.tag === 0xa0) request.hasExtensions = true;
    else throw new DerError('TimeStampReq: unexpected field');
  }
  if (request.nonce !== undefined && (request.nonce.length === 0 || request.nonce.length > 64)) throw new DerError('nonce length');
  return request;
}

// ---- TimeStampResp

/** PKIFailureInfo as a DER named BIT STRING (trailing zero bits dropped). */
function failureBits(name: FailureName): Buffer {
  const bit = FailureInfo[name];
  const bytes = Buffer.alloc(Math.floor(bit / 8) + 1);
  bytes[bytes.length - 1] = 0x80 >> bit % 8;
  return tlv(TAG.BIT_STRING, Buffer.from([7 - (bit % 8)]), bytes);
}

export function encodeResponse(token: Buffer): Buffer {
  return seq(seq(int(PKIStatus.granted)), token);
}

export function encodeRejection(failure: FailureName, text: string): Buffer {
  return seq(seq(int(PKIStatus.rejection), seq(utf8(text)), failureBits(failure)));
}

export interface TimeStampResponse {
  status: number;
  statusText: string[];
  failures: FailureName[];
  /** The token's bytes exactly as received. */
  token?: Buffer;
}

export function parseResponse(der: Buffer): TimeStampResponse {
  const [statusInfo, token, ...rest] = children(expect(readOne(der), TAG.SEQUENCE, 'TimeStampResp'));
  if (rest.length) throw new DerError('TimeStampResp: unexpected field');
  const info = children(expect(statusInfo, TAG.SEQUENCE, 'PKIStatusInfo'));
  const response: TimeStampResponse = { status: smallInt(info[0], 'status'), statusText: [], failures: [] };
  for (const field of info.slice(1)) {
    if (field.tag === TAG.SEQUENCE) response.statusText = children(field).map((t) => t.content.toString('utf8'));
    else if (field.tag === TAG.BIT_STRING && field.content.length >= 1) {
      const bits = field.content.subarray(1);
      for (const [name, bit] of Object.entries(FailureInfo)) if ((bits[bit >> 3] ?? 0) & (0x80 >> (bit & 7))) response.failures.push(name as FailureName);
    } else throw new DerError('PKIStatusInfo: unexpected field');
  }
  if (token) response.token = expect(token, TAG.SEQUENCE, 'timeStampToken').bytes;
  return response;
}

// ---- TimeStampToken → TSTInfo

export interface TstInfo {
  policy: string;
  hashOid: string;
  imprint: Buffer;
  /** serialNumber as unsigned big-endian bytes. */
  serial: Buffer;
  genTime: Date;
  nonce?: Buffer;
}

/** The TSTInfo inside a token (signature not checked: that is the verifier's job, with the TSA's certificate). */
export function parseToken(token: Buffer): TstInfo {
  const [type, wrapped] = children(expect(readOne(token), TAG.SEQUENCE, 'ContentInfo'));
  if (oidToString(expect(type, TAG.OID, 'contentType').content) !== OID.signedData) throw new DerError('token is not SignedData');
  const signedData = children(expect(children(expect(wrapped, 0xa0, 'content'))[0], TAG.SEQUENCE, 'SignedData'));
  const encap = children(expect(signedData[2], TAG.SEQUENCE, 'encapContentInfo'));
  if (oidToString(expect(encap[0], TAG.OID, 'eContentType').content) !== OID.tstInfo) throw new DerError('token does not contain a TSTInfo');
  const eContent = expect(children(expect(encap[1], 0xa0, 'eContent'))[0], TAG.OCTET_STRING, 'eContent');
  const f = children(expect(readOne(eContent.content), TAG.SEQUENCE, 'TSTInfo'));
  if (smallInt(f[0], 'TSTInfo version') !== 1) throw new DerError('TSTInfo version must be 1');
  const imprint = children(expect(f[2], TAG.SEQUENCE, 'messageImprint'));
  const info: TstInfo = {
    policy: oidToString(expect(f[1], TAG.OID, 'policy').content),
    hashOid: oidToString(expect(children(expect(imprint[0], TAG.SEQUENCE, 'hashAlgorithm'))[0], TAG.OID, 'hashAlgorithm').content),
    imprint: expect(imprint[1], TAG.OCTET_STRING, 'hashedMessage').content,
    serial: stripSign(expect(f[3], TAG.INTEGER, 'serialNumber')),
    genTime: parseGeneralizedTime(expect(f[4], TAG.GENERALIZED_TIME, 'genTime').content),
  };
  const nonce = f.slice(5).find((e) => e.tag === TAG.INTEGER);
  if (nonce) info.nonce = nonce.content;
  return info;
}

const stripSign = (e: Element) => (e.content.length > 1 && e.content[0] === 0 ? e.content.subarray(1) : e.content);

/** Same INTEGER value (ignoring a sign-padding zero that one side may have added). */
export const sameInteger = (a: Buffer, b: Buffer) => {
  const trim = (x: Buffer) => x.subarray(x.findIndex((byte, i) => byte !== 0 || i === x.length - 1));
  return trim(a).equals(trim(b));
};
