/**
 * Attacks and hardening: other people's ids, malformed and oversized requests, CORS, headers,
 * CSP of the HTML pages, rate limits, logs without personal data, response validation.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { AbmeldungOptions, DocumentRef, Meldebescheinigung } from '@vois-online/client';
import { operations } from '@vois-online/client/contract';
import { AGS, RETURN_URL, api, authorizeUrl, codeFor, exchange, expectProblem, key, login, newState, openPicker, pkce, sqlOf, startTestServer, type TestServer } from './helpers.ts';

let t: TestServer;
before(async () => {
  t = await startTestServer({ allowedOriginsByKommune: { [AGS.strausberg]: ['https://www.strausberg.example'] } });
});
after(() => t.close());

describe('nobody reads or changes another person\'s data', () => {
  test('another person\'s residence, child and document ids answer 404 like made-up ids', async () => {
    const thomas = await login(t.url, 'zwei-nebenwohnungen', AGS.oranienburg);
    const theirOptions = (await (await api(t.url, thomas, '/v1/abmeldung-nebenwohnung/optionen')).json()) as AbmeldungOptions;
    const theirCert = (await (await api(t.url, thomas, '/v1/meldebescheinigung', { method: 'POST', key: key(), json: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false } })).json()) as Meldebescheinigung;

    const sabine = await login(t.url, 'familie', AGS.erkner);
    const own = (await (await api(t.url, sabine, '/v1/abmeldung-nebenwohnung/optionen')).json()) as AbmeldungOptions;
    const foreignResidence = await api(t.url, sabine, '/v1/abmeldung-nebenwohnung', { method: 'POST', key: key(), json: { residenceId: theirOptions.residences[0]!.id, moveOutDate: own.today, childIds: [] } });
    const madeUpResidence = await api(t.url, sabine, '/v1/abmeldung-nebenwohnung', { method: 'POST', key: key(), json: { residenceId: 'W0000000000000000', moveOutDate: own.today, childIds: [] } });
    const a = await expectProblem(foreignResidence, 404, 'NOT_FOUND');
    const b = await expectProblem(madeUpResidence, 404, 'NOT_FOUND');
    assert.deepEqual(a, b, 'identical answers');

    const foreignDoc = await api(t.url, sabine, `/v1/dokumente/${theirCert.document.id}/pdf`);
    const madeUpDoc = await api(t.url, sabine, '/v1/dokumente/AAAAAAAAAAAAAAAAAAAAAA/pdf');
    assert.deepEqual(await expectProblem(foreignDoc, 404, 'NOT_FOUND'), await expectProblem(madeUpDoc, 404, 'NOT_FOUND'));
    // The owner can.
    assert.equal((await api(t.url, thomas, `/v1/dokumente/${theirCert.document.id}/pdf`)).status, 200);

    // Thomas names Sabine's child: not his child → 404.
    const lena = own.children.find((c) => c.eligible)!;
    const child = await api(t.url, thomas, '/v1/abmeldung-nebenwohnung', { method: 'POST', key: key(), json: { residenceId: theirOptions.residences[0]!.id, moveOutDate: own.today, childIds: [lena.id] } });
    await expectProblem(child, 404, 'NOT_FOUND');
  });

  test('a token is bound to its municipality\'s allowed origins', async () => {
    const erkner = await login(t.url, 'familie', AGS.erkner);
    await expectProblem(await api(t.url, erkner, '/v1/me', { headers: { Origin: 'https://www.strausberg.example' } }), 403, 'ORIGIN_NOT_ALLOWED');
    const strausberg = await login(t.url, 'standard', AGS.strausberg);
    const ok = await api(t.url, strausberg, '/v1/me', { headers: { Origin: 'https://www.strausberg.example' } });
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('Access-Control-Allow-Origin'), 'https://www.strausberg.example');
  });
});

describe('malformed requests', () => {
  test('malformed JSON, wrong content type, schema errors with pointers', async () => {
    const s = await login(t.url, 'standard', AGS.strausberg);
    const raw = (body: string, type = 'application/json') =>
      fetch(`${t.url}/v1/meldebescheinigung`, { method: 'POST', headers: { Authorization: `Bearer ${s.accessToken}`, 'Content-Type': type, 'Idempotency-Key': key() }, body });
    await expectProblem(await raw('{"art": "EINFACH",'), 400, 'BAD_REQUEST');
    await expectProblem(await raw('art=EINFACH', 'application/x-www-form-urlencoded'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    await expectProblem(await raw('{}', 'text/plain'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    const schema = await expectProblem(await raw('{"art":"GROSS","zusatzAngaben":"x"}'), 400, 'BAD_REQUEST');
    assert.deepEqual(schema.fields?.map((f) => f.pointer).sort(), ['/art', '/keinSterbedatum', '/zusatzAngaben']);
    await expectProblem(await raw('null'), 400, 'BAD_REQUEST');
  });

  test('bodies over 16 kB are refused with 413 (declared and streamed)', async () => {
    const s = await login(t.url, 'standard', AGS.strausberg);
    const big = JSON.stringify({ art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false, pad: 'x'.repeat(17 * 1024) });
    await expectProblem(await api(t.url, s, '/v1/meldebescheinigung', { method: 'POST', key: key(), headers: { 'Content-Type': 'application/json' }, body: big }), 413, 'PAYLOAD_TOO_LARGE');
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode('x'.repeat(1024)));
        controller.close();
      },
    });
    const chunked = await fetch(`${t.url}/v1/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    await expectProblem(chunked, 413, 'PAYLOAD_TOO_LARGE');
  });

  test('unknown paths 404, wrong methods 405 with Allow, bad path parameters 400', async () => {
    await expectProblem(await fetch(`${t.url}/v1/nichts`), 404, 'NOT_FOUND');
    const m = await fetch(`${t.url}/v1/meldebescheinigung`, { method: 'DELETE' });
    assert.equal(m.headers.get('Allow'), 'POST');
    await expectProblem(m, 405, 'METHOD_NOT_ALLOWED');
    await expectProblem(await fetch(`${t.url}/v1/kommunen/123`), 400, 'BAD_REQUEST');
    await expectProblem(await fetch(`${t.url}/v1/kommunen/99999999`), 404, 'UNKNOWN_KOMMUNE');
  });
});

describe('headers', () => {
  test('CORS: allow-listed origins get ACAO; others a readable 403; preflight lists our headers', async () => {
    const pre = await fetch(`${t.url}/v1/meldebescheinigung`, { method: 'OPTIONS', headers: { Origin: 'http://localhost:8080', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key' } });
    assert.equal(pre.status, 204);
    assert.equal(pre.headers.get('Access-Control-Allow-Origin'), 'http://localhost:8080');
    assert.match(pre.headers.get('Access-Control-Allow-Headers')!, /Idempotency-Key/);
    assert.equal(pre.headers.get('Access-Control-Allow-Credentials'), null);
    const ok = await fetch(`${t.url}/v1/kommunen/${AGS.erkner}`, { headers: { Origin: 'http://127.0.0.1:8080' } });
    assert.equal(ok.headers.get('Access-Control-Allow-Origin'), 'http://127.0.0.1:8080');
    assert.match(ok.headers.get('Vary')!, /Origin/);
    const evil = await fetch(`${t.url}/v1/kommunen/${AGS.erkner}`, { headers: { Origin: 'https://evil.example' } });
    await expectProblem(evil, 403, 'ORIGIN_NOT_ALLOWED');
    const { code, verifier } = await codeFor(t.url, 'standard', AGS.strausberg);
    const token = await fetch(`${t.url}/v1/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' }, body: JSON.stringify({ kommune: AGS.strausberg, code, codeVerifier: verifier, redirectUri: RETURN_URL }) });
    await expectProblem(token, 403, 'ORIGIN_NOT_ALLOWED');
  });

  test('personal answers are no-store; security headers everywhere', async () => {
    const s = await login(t.url, 'standard', AGS.strausberg);
    for (const path of ['/v1/me', '/v1/selbstauskunft', '/v1/uebermittlungssperren']) {
      const res = await api(t.url, s, path);
      assert.equal(res.status, 200, path);
      assert.equal(res.headers.get('Cache-Control'), 'no-store', path);
      assert.equal(res.headers.get('X-Content-Type-Options'), 'nosniff');
      assert.equal(res.headers.get('Referrer-Policy'), 'same-origin');
      assert.match(res.headers.get('Content-Security-Policy')!, /default-src 'none'/);
    }
    assert.equal((await fetch(`${t.url}/v1/kommunen/${AGS.strausberg}`)).headers.get('Cache-Control'), 'public, max-age=300');
    const problem = await fetch(`${t.url}/v1/me`);
    assert.equal(problem.headers.get('Cache-Control'), 'no-store');
  });

  test('HTML pages: strict CSP, no scripts, no inline styles, no framing', async () => {
    const picker = await openPicker(t.url, AGS.strausberg);
    const pages = [picker.pickerUrl, `${t.url}/pruefung`, `${t.url}/`, authorizeUrl(t.url, { kommune: AGS.strausberg, state: newState(), challenge: pkce().challenge, redirectUri: 'https://evil.example/' })];
    for (const url of pages) {
      const res = await fetch(url);
      const csp = res.headers.get('Content-Security-Policy')!;
      assert.match(csp, /default-src 'self'/, url);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.ok(!csp.includes('unsafe-inline') && !csp.includes('unsafe-eval'));
      assert.equal(res.headers.get('X-Frame-Options'), 'DENY');
      const html = await res.text();
      assert.ok(!/<script/i.test(html), `${url} has no script`);
      assert.ok(!/\sstyle=/i.test(html), `${url} has no inline style`);
      assert.ok(!/https?:\/\/(?!localhost|127\.0\.0\.1)[^"'\s]+\.(css|js|woff2?)/.test(html), 'no external assets');
      assert.match(html, /<html lang="de">/);
      assert.match(html, /<meta name="viewport"/);
    }
    const pickerRes = await fetch(picker.pickerUrl);
    assert.match(pickerRes.headers.get('Content-Security-Policy')!, /form-action 'self' http:\/\/localhost:8080/);
    const css = await fetch(`${t.url}/assets/vois-pages.css`);
    assert.equal(css.status, 200);
    assert.ok(!/\brem\b|\d+rem/.test(await css.text()), 'sizes in em');
  });

  test('/openapi.json describes every operation', async () => {
    const res = await fetch(`${t.url}/openapi.json`);
    assert.equal(res.status, 200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
    assert.match(doc.openapi, /^3\.1/);
    for (const op of Object.values(operations)) assert.ok(doc.paths[op.path]?.[op.method.toLowerCase()], `${op.method} ${op.path}`);
  });
});

describe('logs', () => {
  test('request lines hold method, route template, status, duration — no names, tokens, codes or queries', async () => {
    t.logs.length = 0;
    const { code, verifier } = await codeFor(t.url, 'din-91379', AGS.strausberg);
    const res = await exchange(t.url, { kommune: AGS.strausberg, code, codeVerifier: verifier, redirectUri: RETURN_URL });
    const session = (await res.json()) as { accessToken: string };
    const cert = (await (await api(t.url, session.accessToken, '/v1/meldebescheinigung', { method: 'POST', key: key(), json: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false } })).json()) as Meldebescheinigung;
    await api(t.url, session.accessToken, `/v1/dokumente/${cert.document.id}/pdf`);
    await fetch(`${t.url}/pruefung?code=${cert.document.verificationCode}`);
    const all = t.logs.join('\n');
    assert.match(all, /^POST \/v1\/auth\/token 200 \d+\.\dms$/m);
    assert.match(all, /^GET \/v1\/dokumente\/:id\/pdf 200 /m);
    assert.match(all, /^GET \/sandbox-eid\/anmeldung\/:id 200 /m);
    for (const secret of [code, verifier, session.accessToken, cert.document.id, cert.document.verificationCode, 'Żółkiewski', 'Łukasz', 'Wriezener', '?']) {
      assert.ok(!all.includes(secret), `log must not contain ${secret}`);
    }
  });

  test('an answer that breaks the contract is a 500 and a log line without values', async () => {
    const s = await login(t.url, 'betreuung', AGS.oranienburg);
    // Corrupt a stored date behind the API's back.
    await sqlOf(t).run("UPDATE residences SET move_in_date = 'kaputt' WHERE street = 'Sachsenhausener Straße'");
    t.logs.length = 0;
    // Oranienburg holds only his secondary residence: M1 is decided before anything is built.
    const res = await api(t.url, s, '/v1/meldebescheinigung', { method: 'POST', key: key(), json: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false } });
    await expectProblem(res, 403, 'M1_NOT_MAIN_RESIDENCE');
    const s2 = await login(t.url, 'betreuung', AGS.wittenberge);
    const broken = await api(t.url, s2, '/v1/meldebescheinigung', { method: 'POST', key: key(), json: { art: 'EINFACH', zusatzAngaben: [], keinSterbedatum: false } });
    await expectProblem(broken, 500, 'INTERNAL');
    const line = t.logs.find((l) => l.startsWith('contract violation'))!;
    assert.match(line, /createMeldebescheinigung: \/residences\/1\/moveInDate/);
    assert.ok(!line.includes('kaputt') && !line.includes('Sachsenhausener'));
    const n = (await sqlOf(t).get<{ n: number }>("SELECT count(*) AS n FROM documents WHERE person_id = (SELECT person_id FROM sandbox_personas WHERE id = 'betreuung')"))!.n;
    assert.equal(n, 0, 'the transaction rolled back: no document');
    await sqlOf(t).run("UPDATE residences SET move_in_date = '2024-11-01' WHERE street = 'Sachsenhausener Straße'");
  });
});

describe('rate limits', () => {
  test('login, token and verification answer 429 with Retry-After', async () => {
    const limited = await startTestServer({ rateLimits: { login: { max: 2, windowSeconds: 60 }, token: { max: 1, windowSeconds: 60 }, verification: { max: 2, windowSeconds: 60 } } });
    try {
      const url = () => authorizeUrl(limited.url, { kommune: AGS.strausberg, state: newState(), challenge: pkce().challenge });
      assert.equal((await fetch(url(), { redirect: 'manual' })).status, 303);
      assert.equal((await fetch(url(), { redirect: 'manual' })).status, 303);
      const third = await fetch(url(), { redirect: 'manual' });
      assert.equal(third.status, 429);
      assert.ok(Number(third.headers.get('Retry-After')) > 0);

      const body = JSON.stringify({ kommune: AGS.strausberg, code: 'c'.repeat(43), codeVerifier: 'v'.repeat(43), redirectUri: RETURN_URL });
      const post = () => fetch(`${limited.url}/v1/auth/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
      await expectProblem(await post(), 400, 'AUTH_CODE_INVALID');
      const limitedToken = await post();
      assert.ok(Number(limitedToken.headers.get('Retry-After')) > 0);
      await expectProblem(limitedToken, 429, 'RATE_LIMITED');

      await expectProblem(await fetch(`${limited.url}/v1/pruefung/AAAA-BBBB-CCCC`), 404, 'VERIFICATION_NOT_FOUND');
      await fetch(`${limited.url}/pruefung/AAAA-BBBB-CCCC`);
      const v = await fetch(`${limited.url}/v1/pruefung/AAAA-BBBB-CCCC`);
      assert.ok(v.headers.get('Retry-After'));
      await expectProblem(v, 429, 'RATE_LIMITED');
      // The window passes.
      limited.advance(61_000);
      assert.equal((await fetch(url(), { redirect: 'manual' })).status, 303);
    } finally {
      await limited.close();
    }
  });
});

describe('documents', () => {
  test('the PDF download is a sealed PDF with a file name; DocumentRef matches verification', async () => {
    const s = await login(t.url, 'einname', AGS.oranienburg);
    const ref = (await (await api(t.url, s, '/v1/selbstauskunft/dokument', { method: 'POST', key: key() })).json()) as DocumentRef;
    const pdf = await api(t.url, s, `/v1/dokumente/${ref.id}/pdf`);
    assert.equal(pdf.headers.get('Content-Type'), 'application/pdf');
    assert.equal(pdf.headers.get('Content-Disposition'), `attachment; filename="${ref.number}.pdf"`);
    assert.equal(pdf.headers.get('Cache-Control'), 'no-store');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    assert.ok(bytes.includes(Buffer.from('/ETSI.CAdES.detached')), 'PAdES seal');
    const v = (await (await fetch(`${t.url}/v1/pruefung/${ref.verificationCode}`)).json()) as { holderInitials: string };
    assert.equal(v.holderInitials, 'S.');
  });
});
