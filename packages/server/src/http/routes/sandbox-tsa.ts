import type { Hono } from 'hono';
import { encodeRejection } from '../../documents/timestamp/rfc3161.ts';
import type { SandboxTsa } from '../../documents/timestamp/index.ts';
import type { Env } from '../context.ts';

/**
 * The sandbox time-stamping authority over HTTP (RFC 3161 § 3.4), like the sandbox eID pages a
 * stand-in with the real protocol: `openssl ts -query … | curl --data-binary @- -H
 * 'Content-Type: application/timestamp-query' …/sandbox/tsa`, or another server's
 * `VOIS_TSA_URL`. Every answer is a TimeStampResp — a request that is not acceptable gets
 * status rejection with a failure reason (HTTP 400), never an HTML or JSON error.
 */
export const SANDBOX_TSA_PATH = '/sandbox/tsa';

/** A TimeStampReq is ~60–150 bytes (more only with extensions, which are refused anyway). */
const MAX_REQUEST_BYTES = 1024;

export function mountSandboxTsaRoute(app: Hono<Env>, tsa: () => Promise<SandboxTsa>) {
  app.post(SANDBOX_TSA_PATH, async (c) => {
    const reply = (r: { ok: boolean; body: Buffer }) =>
      new Response(r.body, { status: r.ok ? 200 : 400, headers: { 'Content-Type': 'application/timestamp-reply', 'Cache-Control': 'no-store' } });
    if (!/^application\/timestamp-query\s*(;|$)/i.test(c.req.header('Content-Type') ?? '')) {
      return reply({ ok: false, body: encodeRejection('badRequest', 'Content-Type must be application/timestamp-query') });
    }
    const tooLarge = () => reply({ ok: false, body: encodeRejection('badRequest', `request larger than ${MAX_REQUEST_BYTES} bytes`) });
    if (Number(c.req.header('Content-Length') ?? 0) > MAX_REQUEST_BYTES) return tooLarge();
    const body = Buffer.from(await c.req.arrayBuffer());
    if (body.length > MAX_REQUEST_BYTES) return tooLarge();
    return reply((await tsa()).respond(body));
  });
}
