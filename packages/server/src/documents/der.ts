/**
 * Just enough DER (ITU-T X.690) for the CMS and RFC 3161 structures this server builds and reads.
 *
 * Why not node-forge's asn1 for this: re-encoding a parsed structure must give back exactly the
 * bytes that were signed (a timestamp token from a real TSA is embedded verbatim, its signed
 * attributes kept as they came), and a parser facing an HTTP body must refuse garbage with a
 * clear error instead of guessing. Buffers in, buffers out; definite lengths and low tag numbers
 * only, which is all DER allows for the types used here.
 */

/** Tag, length, value. */
export function tlv(tag: number, ...content: Buffer[]): Buffer {
  const body = content.length === 1 ? content[0]! : Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), encodeLength(body.length), body]);
}

function encodeLength(n: number): Buffer {
  if (n < 0x80) return Buffer.from([n]);
  const bytes: number[] = [];
  for (let rest = n; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

export const TAG = {
  BOOLEAN: 0x01, INTEGER: 0x02, BIT_STRING: 0x03, OCTET_STRING: 0x04, NULL: 0x05, OID: 0x06,
  UTF8_STRING: 0x0c, GENERALIZED_TIME: 0x18, SEQUENCE: 0x30, SET: 0x31,
} as const;

export const seq = (...content: Buffer[]) => tlv(TAG.SEQUENCE, ...content);
/** SET OF: DER sorts the elements by their encodings. */
export const setOf = (...elements: Buffer[]) => tlv(TAG.SET, ...[...elements].sort(Buffer.compare));
export const octets = (bytes: Buffer) => tlv(TAG.OCTET_STRING, bytes);
export const nul = () => Buffer.from([TAG.NULL, 0]);
export const bool = (value: boolean) => tlv(TAG.BOOLEAN, Buffer.from([value ? 0xff : 0]));
export const utf8 = (text: string) => tlv(TAG.UTF8_STRING, Buffer.from(text, 'utf8'));
/** [n] constructed: EXPLICIT tagging, or IMPLICIT tagging of a SEQUENCE/SET OF. */
export const context = (n: number, ...content: Buffer[]) => tlv(0xa0 | n, ...content);
/** Attribute ::= SEQUENCE { attrType OID, attrValues SET OF value } (one value). */
export const attribute = (type: string, value: Buffer) => seq(oid(type), setOf(value));

/** OBJECT IDENTIFIER; BigInt arcs, so 2.25.<UUID> OIDs work too. */
export function oid(dotted: string): Buffer {
  const arcs = dotted.split('.').map((a) => BigInt(a));
  if (arcs.length < 2) throw new Error(`bad OID ${dotted}`);
  const out: number[] = [];
  for (const arc of [arcs[0]! * 40n + arcs[1]!, ...arcs.slice(2)]) {
    const group = [Number(arc & 0x7fn)];
    for (let rest = arc >> 7n; rest > 0n; rest >>= 7n) group.unshift(Number(rest & 0x7fn) | 0x80);
    out.push(...group);
  }
  return tlv(TAG.OID, Buffer.from(out));
}

export function oidToString(content: Buffer): string {
  const arcs: bigint[] = [];
  let value = 0n;
  for (const byte of content) {
    value = (value << 7n) | BigInt(byte & 0x7f);
    if (!(byte & 0x80)) {
      arcs.push(value);
      value = 0n;
    }
  }
  if (!arcs.length || content.at(-1)! & 0x80) throw new DerError('bad OID');
  const first = arcs[0]! < 80n ? arcs[0]! / 40n : 2n;
  return [first, arcs[0]! - first * 40n, ...arcs.slice(1)].join('.');
}

/** A non-negative INTEGER from a number or an unsigned big-endian magnitude. */
export function int(value: number | Buffer): Buffer {
  const hex = typeof value === 'number' ? value.toString(16) : '';
  let bytes = typeof value === 'number' ? Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex') : value;
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  bytes = bytes.subarray(start);
  return tlv(TAG.INTEGER, bytes[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes);
}

/** GeneralizedTime in UTC with milliseconds, trailing zeros dropped (RFC 3161 § 2.4.2). */
export function generalizedTime(date: Date): Buffer {
  const iso = date.toISOString(); // 2026-11-29T15:40:00.120Z
  const fraction = iso.slice(20, 23).replace(/0+$/, '');
  const text = `${iso.slice(0, 19).replace(/[-:T]/g, '')}${fraction ? `.${fraction}` : ''}Z`;
  return tlv(TAG.GENERALIZED_TIME, Buffer.from(text, 'ascii'));
}

export function parseGeneralizedTime(content: Buffer): Date {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{1,9}))?Z$/.exec(content.toString('latin1'));
  if (!m) throw new DerError('bad GeneralizedTime');
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  return new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, ms));
}

// ---- Reading

export class DerError extends Error {
  override name = 'DerError';
}

/** One element found in a buffer: `bytes` is the whole TLV, `content` its value. */
export interface Element {
  tag: number;
  bytes: Buffer;
  content: Buffer;
}

/** The element at `offset`; throws DerError on anything but a well-formed definite-length TLV. */
export function read(buf: Buffer, offset = 0): Element {
  if (offset + 2 > buf.length) throw new DerError('truncated');
  const tag = buf[offset]!;
  if ((tag & 0x1f) === 0x1f) throw new DerError('high tag numbers are not used here');
  let length = buf[offset + 1]!;
  let header = 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    if (count === 0 || count > 4) throw new DerError('indefinite or oversized length');
    if (offset + 2 + count > buf.length) throw new DerError('truncated');
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + buf[offset + 2 + i]!;
    header += count;
  }
  const end = offset + header + length;
  if (end > buf.length) throw new DerError('truncated');
  return { tag, bytes: buf.subarray(offset, end), content: buf.subarray(offset + header, end) };
}

/** `buf` must be exactly one element. */
export function readOne(buf: Buffer): Element {
  const element = read(buf);
  if (element.bytes.length !== buf.length) throw new DerError('trailing bytes');
  return element;
}

/** The elements inside a constructed element. */
export function children(element: Element): Element[] {
  if (!(element.tag & 0x20)) throw new DerError('not a constructed element');
  const list: Element[] = [];
  for (let offset = 0; offset < element.content.length; ) {
    const child = read(element.content, offset);
    list.push(child);
    offset += child.bytes.length;
  }
  return list;
}

/** Checks the tag and returns the element (for readable parsers). */
export function expect(element: Element | undefined, tag: number, what: string): Element {
  if (!element || element.tag !== tag) throw new DerError(`${what}: unexpected structure`);
  return element;
}

/** INTEGER content as a non-negative safe number (versions, statuses). */
export function smallInt(element: Element | undefined, what: string): number {
  const { content } = expect(element, TAG.INTEGER, what);
  if (content.length === 0 || content.length > 4 || content[0]! & 0x80) throw new DerError(`${what}: not a small non-negative INTEGER`);
  return content.reduce((n, b) => n * 256 + b, 0);
}
