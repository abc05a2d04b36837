/** The in-memory session: set only by a completed login, extended, ended, cleared on 401. */
import { expect } from '@open-wc/testing';
import { NetworkError, createClient, sessionRemainingMs, type Session, type VoisClient } from '../src/index.ts';
import * as fx from './support/fixtures.ts';
import { settle } from './support/guard.ts';
import { hang, json, noContent, offline, problem, scriptedFetch, type ScriptedFetch, type Step } from './support/scripted-fetch.ts';

function setup(...steps: Step[]): { client: VoisClient; scripted: ScriptedFetch; changes: (Session | undefined)[] } {
  const scripted = scriptedFetch(...steps);
  const client = createClient({ baseUrl: fx.BASE, kommune: fx.AGS, fetch: scripted.fetch, retries: 0, timeoutMs: 50 });
  client.setSession(fx.session);
  const changes: (Session | undefined)[] = [];
  client.onSessionChange((s) => changes.push(s));
  return { client, scripted, changes };
}

describe('session', () => {
  it('exchangeCode alone does not set the session (completeLogin does)', async () => {
    const scripted = scriptedFetch(json(fx.session));
    const client = createClient({ baseUrl: fx.BASE, kommune: fx.AGS, fetch: scripted.fetch });
    const seen: unknown[] = [];
    client.onSessionChange((s) => seen.push(s));
    const session = await client.exchangeCode({ body: { kommune: fx.AGS, code: 'c'.repeat(16), codeVerifier: 'v'.repeat(43), redirectUri: 'https://x.example/' } });
    expect(session).to.deep.equal(fx.session);
    expect(client.session).to.equal(undefined);
    expect(seen).to.deep.equal([]);
  });

  it('extendSession updates expiresAt and notifies listeners', async () => {
    const { client, scripted, changes } = setup(json(fx.extended));
    expect(await client.extendSession()).to.deep.equal(fx.extended);
    expect(client.session).to.deep.equal({ ...fx.session, expiresAt: fx.extended.expiresAt });
    expect(changes).to.deep.equal([{ ...fx.session, expiresAt: fx.extended.expiresAt }]);
    expect(scripted.requests[0]!.headers.authorization).to.equal(`Bearer ${fx.session.accessToken}`);
  });

  it('extendSession does not resurrect a session that ended meanwhile', async () => {
    let answer!: (r: Response) => void;
    const { client, changes } = setup(() => new Promise<Response>((resolve) => (answer = resolve)));
    const pending = client.extendSession();
    await settle();
    client.setSession(undefined);
    answer(json(fx.extended));
    await pending;
    expect(client.session).to.equal(undefined);
    expect(changes).to.deep.equal([undefined]);
  });

  it('logout clears the session', async () => {
    const { client, scripted, changes } = setup(noContent());
    await client.logout();
    expect(client.session).to.equal(undefined);
    expect(changes).to.deep.equal([undefined]);
    expect(scripted.requests[0]).to.include({ method: 'POST', path: '/v1/auth/logout' });
  });

  it('logout offline clears the session and rethrows the NetworkError', async () => {
    const { client, changes } = setup(offline());
    const error = await client.logout().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(NetworkError);
    expect(client.session).to.equal(undefined);
    expect(changes).to.deep.equal([undefined]);
  });

  it('logout that times out clears the session and rethrows', async () => {
    const { client } = setup(hang());
    expect(await client.logout().catch((e: unknown) => e)).to.include({ kind: 'timeout' });
    expect(client.session).to.equal(undefined);
  });

  it('logout answered 401 (already ended on the server) resolves', async () => {
    const { client } = setup(problem(401, 'SESSION_EXPIRED'));
    await client.logout();
    expect(client.session).to.equal(undefined);
  });

  it('logout without a session does nothing', async () => {
    const scripted = scriptedFetch();
    const client = createClient({ baseUrl: fx.BASE, kommune: fx.AGS, fetch: scripted.fetch });
    await client.logout();
    expect(scripted.requests).to.have.length(0);
  });

  it('a 401 on an authenticated call clears the session: SESSION_EXPIRED', async () => {
    const { client, changes } = setup(problem(401, 'SESSION_EXPIRED'));
    const error = await client.getSelbstauskunft().catch((e: unknown) => e);
    expect(error).to.include({ name: 'UnauthorizedError', code: 'SESSION_EXPIRED' });
    expect(client.session).to.equal(undefined);
    expect(changes).to.deep.equal([undefined]);
  });

  it('a 401 on extendSession clears the session: UNAUTHENTICATED', async () => {
    const { client } = setup(new Response(null, { status: 401 }));
    expect(await client.extendSession().catch((e: unknown) => e)).to.include({ code: 'UNAUTHENTICATED' });
    expect(client.session).to.equal(undefined);
  });

  it('a late 401 for an old token leaves a newer session alone', async () => {
    let answer!: (r: Response) => void;
    const { client } = setup(() => new Promise<Response>((resolve) => (answer = resolve)));
    const pending = client.getMe().catch((e: unknown) => e);
    await settle();
    const fresh = { ...fx.session, accessToken: 'tok_new_0000000000000000000000000000' };
    client.setSession(fresh);
    answer(problem(401, 'SESSION_EXPIRED'));
    expect(await pending).to.include({ kind: 'unauthorized' });
    expect(client.session).to.equal(fresh);
  });

  it('other errors keep the session', async () => {
    const { client } = setup(problem(403, 'C4_CLERK_REQUIRED'), offline());
    await client.getMe().catch(() => {});
    await client.getMe().catch(() => {});
    expect(client.session).to.equal(fx.session);
  });

  it('sessionRemainingMs counts down to zero', () => {
    const client = createClient({ baseUrl: fx.BASE, kommune: fx.AGS });
    const expiry = Date.parse(fx.session.expiresAt);
    expect(sessionRemainingMs(client, expiry)).to.equal(0);
    client.setSession(fx.session);
    expect(sessionRemainingMs(client, expiry - 90_000)).to.equal(90_000);
    expect(sessionRemainingMs(client, expiry + 1)).to.equal(0);
    expect(sessionRemainingMs(client)).to.be.a('number');
  });

  it('unsubscribed listeners are not called; a throwing listener does not break the others', async () => {
    const client = createClient({ baseUrl: fx.BASE, kommune: fx.AGS });
    const calls: string[] = [];
    const off = client.onSessionChange(() => calls.push('removed'));
    off();
    // The error is reported asynchronously (like EventTarget); keep it from failing the run.
    const reported: unknown[] = [];
    const previous = window.onerror;
    window.onerror = null;
    const report = (event: ErrorEvent) => {
      reported.push(event.error);
      event.preventDefault();
    };
    window.addEventListener('error', report);
    try {
      client.onSessionChange(() => {
        throw new Error('listener bug');
      });
      client.onSessionChange(() => calls.push('second'));
      client.setSession(fx.session);
      await settle();
    } finally {
      window.removeEventListener('error', report);
      window.onerror = previous;
    }
    expect(calls).to.deep.equal(['second']);
    expect(client.session).to.equal(fx.session);
    expect(reported).to.have.length(1);
  });
});
