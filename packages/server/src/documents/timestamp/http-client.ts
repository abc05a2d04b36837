/**
 * RFC 3161 over HTTP (§ 3.4): the client for a real time-stamping authority (`VOIS_TSA_URL`).
 *
 * Every request carries a fresh random nonce and asks for the TSA certificate (certReq), so the
 * token is self-contained in the PDF. The answer is only accepted if it is granted and its
 * TSTInfo is about *our* digest with *our* nonce — a proxy's cached reply or a mixed-up answer
 * would otherwise put a token for another document into this one. The token's signature is not
 * checked here (that needs the TSA's trust anchor; a PAdES validator does it).
 */
import { randomBytes } from 'node:crypto';
import { DerError } from '../der.ts';
import { OID } from '../oids.ts';
import { encodeRequest, parseResponse, parseToken, PKIStatus, sameInteger, TimestampError, type TimeStamper } from './rfc3161.ts';

export interface HttpTimeStamperOptions {
  /** Whole exchange, connect to last byte; default 10 s (a seal request is waiting). */
  timeoutMs?: number;
  /** Larger answers are refused; a token with a certificate chain is a few kB. Default 64 kB. */
  maxResponseBytes?: number;
}

const STATUS_NAMES = Object.fromEntries(Object.entries(PKIStatus).map(([name, n]) => [n, name]));

export function httpTimeStamper(url: string, fetchImpl: typeof fetch = fetch, options: HttpTimeStamperOptions = {}): TimeStamper {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxResponseBytes ?? 64 * 1024;
  // Errors name the TSA by origin only (a URL path could carry an access token).
  const where = new URL(url).origin;
  const fail = (why: string): never => {
    throw new TimestampError(`time-stamping authority ${where}: ${why}`);
  };

  return {
    async stamp(imprint) {
      const nonce = randomBytes(8);
      nonce[0] = (nonce[0]! & 0x7f) | 0x40; // positive, 63 bits, no padding byte
      let response: Response;
      let body: Buffer;
      try {
        response = await fetchImpl(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/timestamp-query', Accept: 'application/timestamp-reply' },
          body: encodeRequest({ imprint, nonce, certReq: true }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const declared = Number(response.headers.get('Content-Length') ?? 0);
        if (declared > maxBytes) fail(`answer too large (${declared} bytes)`);
        body = Buffer.from(await response.arrayBuffer());
      } catch (error) {
        if (error instanceof TimestampError) throw error;
        const name = (error as Error).name;
        return fail(name === 'TimeoutError' || name === 'AbortError' ? `no answer within ${timeoutMs} ms` : `request failed (${(error as Error).message})`);
      }
      if (body.length > maxBytes) fail(`answer too large (${body.length} bytes)`);
      if (!/^application\/timestamp-reply\s*(;|$)/i.test(response.headers.get('Content-Type') ?? '')) {
        fail(`HTTP ${response.status} with ${response.headers.get('Content-Type') ?? 'no content type'}, not a timestamp reply`);
      }

      let parsed;
      try {
        parsed = parseResponse(body);
      } catch (error) {
        return fail(`unreadable TimeStampResp (${(error as Error).message})`);
      }
      if (parsed.status !== PKIStatus.granted && parsed.status !== PKIStatus.grantedWithMods) {
        const details = [...parsed.failures, ...parsed.statusText.map((t) => JSON.stringify(t.slice(0, 200)))].join(', ');
        fail(`request refused: status ${parsed.status} (${STATUS_NAMES[parsed.status] ?? 'unknown'})${details ? `: ${details}` : ''}`);
      }
      if (!parsed.token) return fail('granted, but no token in the answer');

      let info;
      try {
        info = parseToken(parsed.token);
      } catch (error) {
        if (!(error instanceof DerError)) throw error;
        return fail(`unreadable token (${error.message})`);
      }
      if (info.hashOid !== OID.sha256 || !info.imprint.equals(imprint)) fail('the token is for another message imprint');
      if (!info.nonce || !sameInteger(info.nonce, nonce)) fail('the token does not carry our nonce');
      return parsed.token;
    },
  };
}
