/**
 * PAdES B-T: the signature timestamp (RFC 3161) in every sealed PDF, checked independently with
 * openssl (`openssl ts -verify`, `openssl ts -reply -text`); the sandbox TSA's HTTP endpoint (also
 * with openssl as the client); the HTTP client against it and against misbehaving fakes; and what
 * the API answers when no timestamp can be had.
 *
 * Keys: the shared seal + TSA of helpers.ts, generated once for this file.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { ConfigError, loadConfig } from '../src/config.ts';
import { children, read } from '../src/documents/der.ts';
import { createSealer, createSealerPool, newVerificationCode, type DocumentContent } from '../src/documents/index.ts';
import { encodeRejection, encodeRequest, parseResponse, parseToken, PKIStatus, TimestampError } from '../src/documents/timestamp/rfc3161.ts';
import { httpTimeStamper, SANDBOX_TSA_POLICY, type TimeStamper } from '../src/documents/timestamp/index.ts';
import { AGS, api, expectProblem, key, login, personIdOf, sqlOf, sealDir, sharedSealer, sharedTsa, startTestServer, type TestServer } from './helpers.ts';

const run = promisify(execFile);
const OPENSSL = '/usr/bin/openssl';
const tsaPem = join(sealDir, 'tsa.pem');
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest();

function content(): DocumentContent {
  const code = newVerificationCode();
  return {
    type: 'MELDEBESCHEINIGUNG', title: 'Meldebescheinigung (einfach)', number: 'MB-2026-000777', verificationCode: code,
    verificationUrl: `http://127.0.0.1:8787/pruefung/${code}`, issuedAt: new Date(),
    issuer: { ags: '12064472', name: 'Stadt Strausberg', office: 'Bürgerbüro', address: 'Hegermühlenstraße 58, 15344 Strausberg' },
    blocks: [{ kind: 'rows', heading: 'Angaben zur Person', rows: [['Name', 'Erika Mustermann']] }],
  };
}

/** The signature value and the embedded signatureTimeStampToken of a sealed PDF. */
function timestampOf(pdf: Uint8Array): { signature: Buffer; token: Buffer; unsignedTypes: string[] } {
  const hex = /\/Contents\s*<([0-9a-fA-F]+)>/.exec(Buffer.from(pdf).toString('latin1'))![1]!;
  const cms = read(Buffer.from(hex, 'hex')); // /Contents is zero-padded: read just the CMS
  const signedData = children(children(children(cms)[1]!)[0]!);
  const signerInfo = children(children(signedData.at(-1)!)[0]!);
  const unsigned = signerInfo[6];
  assert.equal(unsigned?.tag, 0xa1, 'SignerInfo has unsignedAttrs [1]');
  const attributes = children(unsigned);
  const oidHex = (e: ReturnType<typeof read>) => e.content.toString('hex');
  const tokenAttr = attributes.find((a) => oidHex(children(a)[0]!) === '2a864886f70d010910020e'); // 1.2.840.113549.1.9.16.2.14
  assert.ok(tokenAttr, 'id-aa-signatureTimeStampToken present');
  return { signature: signerInfo[5]!.content, token: children(children(tokenAttr)[1]!)[0]!.bytes, unsignedTypes: attributes.map((a) => oidHex(children(a)[0]!)) };
}

let dir: string;
let n = 0;
const file = async (name: string, data: Buffer | Uint8Array | string) => {
  const path = join(dir, `${n++}-${name}`);
  await writeFile(path, data);
  return path;
};

/** `openssl ts -verify` of a token for a digest; resolves with openssl's verdict line. */
async function opensslVerify(token: Buffer, digest: Buffer, extra: string[] = []): Promise<string> {
  const path = await file('token.der', token);
  try {
    const { stdout } = await run(OPENSSL, ['ts', '-verify', '-in', path, '-token_in', '-digest', digest.toString('hex'), '-CAfile', tsaPem, ...extra]);
    return stdout.trim();
  } catch (error) {
    return `${(error as { stdout?: string }).stdout ?? ''}${(error as { stderr?: string }).stderr ?? ''}`.trim();
  }
}

async function tokenText(token: Buffer): Promise<string> {
  return (await run(OPENSSL, ['ts', '-reply', '-in', await file('token.der', token), '-token_in', '-text'])).stdout;
}

before(async () => {
  await sharedSealer();
  dir = sealDir;
});

describe('signature timestamp in the sealed PDF (PAdES B-T)', () => {
  let pdf: Uint8Array;
  let sealedAt: number;
  before(async () => {
    const sealer = await sharedSealer();
    sealedAt = Date.now();
    pdf = await sealer.seal(content());
  });

  test('openssl ts -verify: the token is over SHA-256 of the signature value, signed by the sandbox TSA', async () => {
    const { signature, token, unsignedTypes } = timestampOf(pdf);
    assert.deepEqual(unsignedTypes, ['2a864886f70d010910020e'], 'exactly one unsigned attribute');
    assert.match(await opensslVerify(token, sha256(signature)), /^Verification: OK$/m);
  });

  test('a tampered imprint (another digest, a changed signature) fails verification', async () => {
    const { signature, token } = timestampOf(pdf);
    const other = sha256(signature);
    other[0] = other[0]! ^ 1;
    assert.match(await opensslVerify(token, other), /Verification: FAILED[\s\S]*message imprint mismatch/);
    const changed = Buffer.from(signature);
    changed[10] = changed[10]! ^ 1;
    assert.match(await opensslVerify(token, sha256(changed)), /Verification: FAILED/);
  });

  test('TSTInfo: version 1, sandbox policy, SHA-256, 64–128-bit serial, genTime within seconds of sealing, no nonce/ordering', async () => {
    const { signature, token } = timestampOf(pdf);
    const text = await tokenText(token);
    assert.match(text, /^Version: 1$/m);
    assert.match(text, new RegExp(`^Policy OID: ${SANDBOX_TSA_POLICY.replace(/\./g, '\\.')}$`, 'm'));
    assert.match(text, /^Hash Algorithm: sha256$/m);
    assert.match(text, /^Ordering: no$/m);
    assert.match(text, /^Nonce: unspecified$/m);
    assert.match(text, /^TSA: DirName:.*CN ?= ?Sandbox-Zeitstempeldienst VOIS-Online/m);
    const serial = /^Serial number: 0x([0-9A-F]+)$/m.exec(text)?.[1];
    assert.ok(serial && serial.length * 4 >= 64 && serial.length * 4 <= 128, `serial ${serial}`);
    const openSslTime = /^Time stamp: (.+) GMT$/m.exec(text)?.[1];
    assert.ok(openSslTime);

    const info = parseToken(token);
    assert.ok(info.imprint.equals(sha256(signature)));
    assert.ok(Math.abs(info.genTime.getTime() - sealedAt) < 5000, `genTime ${info.genTime.toISOString()} vs sealing at ${new Date(sealedAt).toISOString()}`);
    assert.equal(new Date(`${openSslTime} UTC`).getTime(), info.genTime.getTime(), 'openssl reads the same time (ms precision)');
  });

  test('serial numbers differ between two documents', async () => {
    const second = await (await sharedSealer()).seal(content());
    const a = parseToken(timestampOf(pdf).token).serial;
    const b = parseToken(timestampOf(second).token).serial;
    assert.ok(!a.equals(b));
  });

  test('the TSA certificate: self-signed, extendedKeyUsage critical and only timeStamping, stored 0600', async () => {
    const { stdout } = await run(OPENSSL, ['x509', '-in', tsaPem, '-noout', '-text']);
    assert.match(stdout, /X509v3 Extended Key Usage: critical\s+Time Stamping\s*\n/);
    assert.match(stdout, /Subject: CN ?= ?Sandbox-Zeitstempeldienst VOIS-Online/);
    assert.match(stdout, /Public-Key: \(256 bit\)[\s\S]*NIST CURVE: P-256/);
    for (const f of ['tsa.key', 'tsa.pem']) assert.equal((await stat(join(sealDir, f))).mode & 0o777, 0o600, f);
    assert.equal(await readFile(tsaPem, 'utf8'), (await sharedTsa()).certificatePem);
  });

  test('sealing threads stamp with the TSA of dataDir too', async () => {
    const pool = await createSealerPool({ dataDir: sealDir, threads: 1 });
    try {
      const sealed = await pool.seal(content());
      const { signature, token } = timestampOf(sealed);
      assert.match(await opensslVerify(token, sha256(signature)), /^Verification: OK$/m);
    } finally {
      await pool.close();
    }
  });

  test('a TSA that cannot be reached fails the seal with a TimestampError, also across the thread boundary', async () => {
    const unreachable = 'http://127.0.0.1:9/tsa'; // discard port: connection refused
    const sealer = await createSealer({ dataDir: sealDir, tsaUrl: unreachable });
    await assert.rejects(sealer.seal(content()), (e: Error) => e instanceof TimestampError && /127\.0\.0\.1:9: request failed/.test(e.message));
    const pool = await createSealerPool({ dataDir: sealDir, threads: 1, tsaUrl: unreachable });
    try {
      await assert.rejects(pool.seal(content()), (e: Error) => e.name === 'TimestampError' && /^sealing failed: time-stamping authority/.test(e.message));
    } finally {
      await pool.close();
    }
  });
});

describe('POST /sandbox/tsa', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(() => t.close());

  const post = (body: Uint8Array | string, type = 'application/timestamp-query') =>
    fetch(`${t.url}/sandbox/tsa`, { method: 'POST', headers: { 'Content-Type': type }, body });

  async function rejection(res: Response) {
    assert.equal(res.status, 400);
    assert.equal(res.headers.get('Content-Type'), 'application/timestamp-reply');
    const parsed = parseResponse(Buffer.from(await res.arrayBuffer()));
    assert.equal(parsed.status, PKIStatus.rejection);
    assert.equal(parsed.token, undefined);
    return parsed;
  }

  test('openssl as the client: query → reply verifies against the query and tsa.pem', async () => {
    const data = await file('data.txt', 'Hallo Zeitstempel');
    const query = await file('query.tsq', Buffer.alloc(0));
    await run(OPENSSL, ['ts', '-query', '-data', data, '-sha256', '-cert', '-out', query]);
    const res = await post(await readFile(query));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('Content-Type'), 'application/timestamp-reply');
    const reply = await file('reply.tsr', Buffer.from(await res.arrayBuffer()));
    const { stdout } = await run(OPENSSL, ['ts', '-verify', '-in', reply, '-queryfile', query, '-CAfile', tsaPem]);
    assert.match(stdout, /^Verification: OK$/m);
    const text = (await run(OPENSSL, ['ts', '-reply', '-in', reply, '-text'])).stdout;
    assert.match(text, /^Status: Granted\.$/m);
    assert.match(text, /^Nonce: 0x[0-9A-F]+$/m, 'the nonce is echoed');
  });

  test('garbage, an empty body and the wrong content type are refused with a TimeStampResp, not a 500', async () => {
    assert.deepEqual((await rejection(await post(randomBytes(200)))).failures, ['badDataFormat']);
    assert.deepEqual((await rejection(await post(new Uint8Array(0)))).failures, ['badDataFormat']);
    const asJson = await rejection(await post('{"hash":"abc"}', 'application/json'));
    assert.deepEqual(asJson.failures, ['badRequest']);
    assert.match(asJson.statusText[0]!, /application\/timestamp-query/);
    // Truncated and with trailing bytes: still a clean refusal.
    const good = encodeRequest({ imprint: randomBytes(32), nonce: randomBytes(8), certReq: true });
    assert.deepEqual((await rejection(await post(good.subarray(0, good.length - 3)))).failures, ['badDataFormat']);
    assert.deepEqual((await rejection(await post(Buffer.concat([good, Buffer.from([0])])))).failures, ['badDataFormat']);
  });

  test('a wrong digest length, an unknown algorithm or a foreign policy are refused with their reason', async () => {
    const wrongLength = Buffer.from(encodeRequest({ imprint: randomBytes(20), nonce: randomBytes(8), certReq: false }));
    assert.deepEqual((await rejection(await post(wrongLength))).failures, ['badDataFormat']);
    // SHA-1: not offered (openssl builds the request).
    const query = await file('sha1.tsq', Buffer.alloc(0));
    await run(OPENSSL, ['ts', '-query', '-data', await file('d.txt', 'x'), '-sha1', '-out', query]);
    assert.deepEqual((await rejection(await post(await readFile(query)))).failures, ['badAlg']);
    const policy = await file('policy.tsq', Buffer.alloc(0));
    await run(OPENSSL, ['ts', '-query', '-data', await file('d.txt', 'x'), '-sha256', '-tspolicy', '1.2.3.4', '-out', policy]);
    assert.deepEqual((await rejection(await post(await readFile(policy)))).failures, ['unacceptedPolicy']);
  });

  test('a body above 1 kB is refused; GET answers 405', async () => {
    assert.deepEqual((await rejection(await post(randomBytes(1500)))).failures, ['badRequest']);
    const get = await fetch(`${t.url}/sandbox/tsa`);
    assert.equal(get.status, 405);
  });
});

describe('HTTP client (httpTimeStamper)', () => {
  let t: TestServer;
  let fake: Server;
  let fakeUrl: string;
  /** What the fake TSA answers next. */
  let behave: (body: Buffer, res: import('node:http').ServerResponse) => void;

  before(async () => {
    t = await startTestServer();
    fake = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => behave(Buffer.concat(chunks), res));
    });
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/tsa`;
  });
  after(async () => {
    fake.closeAllConnections();
    await new Promise((resolve) => fake.close(resolve));
    await t.close();
  });

  const reply = (res: import('node:http').ServerResponse, body: Buffer, status = 200) => {
    res.writeHead(status, { 'Content-Type': 'application/timestamp-reply' });
    res.end(body);
  };

  test('against the server\'s own endpoint: a granted token for our digest that openssl verifies', async () => {
    const digest = sha256(Buffer.from('some signature value'));
    const token = await httpTimeStamper(`${t.url}/sandbox/tsa`).stamp(digest);
    assert.match(await opensslVerify(token, digest), /^Verification: OK$/m);
    assert.ok(parseToken(token).nonce, 'the request carried a nonce and the TSA echoed it');
  });

  test('a token for another imprint is detected', async () => {
    const tsa = await sharedTsa();
    behave = (_body, res) => reply(res, tsa.respond(encodeRequest({ imprint: randomBytes(32), nonce: randomBytes(8), certReq: true })).body);
    await assert.rejects(httpTimeStamper(fakeUrl).stamp(randomBytes(32)), (e: Error) => e instanceof TimestampError && /another message imprint/.test(e.message));
  });

  test('a token with another nonce (e.g. a replayed answer) is detected', async () => {
    const tsa = await sharedTsa();
    const digest = randomBytes(32);
    behave = (_body, res) => reply(res, tsa.respond(encodeRequest({ imprint: digest, nonce: randomBytes(8), certReq: true })).body);
    await assert.rejects(httpTimeStamper(fakeUrl).stamp(digest), /does not carry our nonce/);
  });

  test('a rejection becomes a clear error with status and reason', async () => {
    behave = (_body, res) => reply(res, encodeRejection('systemFailure', 'HSM offline'), 200);
    await assert.rejects(httpTimeStamper(fakeUrl).stamp(randomBytes(32)), (e: Error) =>
      e instanceof TimestampError && e.message === `time-stamping authority ${new URL(fakeUrl).origin}: request refused: status 2 (rejection): systemFailure, "HSM offline"`);
  });

  test('something that is not a timestamp reply is refused', async () => {
    behave = (_body, res) => {
      res.writeHead(502, { 'Content-Type': 'text/html' });
      res.end('<h1>Bad gateway</h1>');
    };
    await assert.rejects(httpTimeStamper(fakeUrl).stamp(randomBytes(32)), /HTTP 502 with text\/html, not a timestamp reply/);
    behave = (_body, res) => reply(res, randomBytes(100));
    await assert.rejects(httpTimeStamper(fakeUrl).stamp(randomBytes(32)), /unreadable TimeStampResp/);
  });

  test('no answer within the timeout', async () => {
    behave = () => {}; // never answers
    const started = performance.now();
    await assert.rejects(httpTimeStamper(fakeUrl, fetch, { timeoutMs: 150 }).stamp(randomBytes(32)), /no answer within 150 ms/);
    assert.ok(performance.now() - started < 2000);
  });
});

describe('no timestamp, no document', () => {
  let t: TestServer;
  let tsaDown = true;
  const flaky: TimeStamper = {
    async stamp(imprint) {
      if (tsaDown) throw new TimestampError('time-stamping authority http://tsa.invalid: no answer within 10000 ms');
      return (await sharedTsa()).stamp(imprint);
    },
  };
  before(async () => {
    t = await startTestServer({}, { sealer: await createSealer({ dataDir: sealDir, timeStamper: flaky }) });
  });
  after(() => t.close());

  test('TSA down: 503 SERVICE_UNAVAILABLE, no PDF stored; the same request later gives the one document', async () => {
    const session = await login(t.url, 'religion-familie', AGS.strausberg);
    const k = key();
    const body = { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false };
    const failed = await api(t.url, session, '/v1/meldebescheinigung', { method: 'POST', key: k, json: body });
    assert.equal(failed.headers.get('Retry-After'), '30');
    await expectProblem(failed, 503, 'SERVICE_UNAVAILABLE');
    assert.ok(t.logs.some((l) => l.startsWith('sealing without timestamp refused: time-stamping authority http://tsa.invalid')), 'the operator sees why');
    const holder = await personIdOf(t, 'religion-familie');
    const rows = async () => (await sqlOf(t).all<{ id: string; sealed: number | boolean }>('SELECT id, pdf IS NOT NULL AS sealed FROM documents WHERE person_id = $1', [holder])).map((r) => ({ id: r.id, sealed: Number(r.sealed) }));
    assert.deepEqual((await rows()).map((r) => r.sealed), [0], 'the document is allocated (A8) but nothing sealed or served');

    tsaDown = false;
    const retried = await api(t.url, session, '/v1/meldebescheinigung', { method: 'POST', key: k, json: body });
    assert.equal(retried.status, 200);
    assert.equal(retried.headers.get('Idempotent-Replayed'), 'true');
    const { document } = (await retried.json()) as { document: { id: string } };
    assert.deepEqual(await rows(), [{ id: document.id, sealed: 1 }], 'still one document, now sealed');
    const pdf = new Uint8Array(await (await api(t.url, session, `/v1/dokumente/${document.id}/pdf`)).arrayBuffer());
    const { signature, token } = timestampOf(pdf);
    assert.match(await opensslVerify(token, sha256(signature)), /^Verification: OK$/m);
  });
});

describe('configuration', () => {
  test('VOIS_TSA_URL: unset or empty → sandbox; http(s) URL → client; anything else refused', () => {
    assert.equal(loadConfig({}).tsaUrl, undefined);
    assert.equal(loadConfig({ VOIS_TSA_URL: '' }).tsaUrl, undefined);
    assert.equal(loadConfig({ VOIS_TSA_URL: 'https://tsa.example.de/tsp' }).tsaUrl, 'https://tsa.example.de/tsp');
    assert.throws(() => loadConfig({ VOIS_TSA_URL: 'ftp://tsa.example.de' }), ConfigError);
    assert.throws(() => loadConfig({ VOIS_TSA_URL: 'tsa.example.de' }), /VOIS_TSA_URL/);
  });
});
