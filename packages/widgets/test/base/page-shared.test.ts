/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import * as first from '../../src/base/client-registry.ts';
import * as firstLogin from '../../src/base/page-login.ts';

type Registry = typeof first;
type Login = typeof firstLogin;

/**
 * A second copy of the library on the page (bundle + loader): the same modules under another
 * URL are separate module instances with their own module-level state.
 */
const secondCopy = async <T>(path: string): Promise<T> => (await import(new URL(`${path}?second-copy`, import.meta.url).href)) as T;

describe('two copies of the library on one page', () => {
  it('really are two module instances (the test would prove nothing otherwise)', async () => {
    const second = await secondCopy<Registry>('../../src/base/client-registry.ts');
    expect(second.clientFor).to.not.equal(first.clientFor);
  });

  it('share one client, and so one session, per API and municipality', async () => {
    const second = await secondCopy<Registry>('../../src/base/client-registry.ts');
    const request = { api: 'https://api.shared.invalid/', kommune: '12064472' };
    const client = first.clientFor(request);
    expect(second.clientFor({ ...request, api: 'https://api.shared.invalid' }) === client, 'the same client').to.be.true;
    // An injected fetch is a different transport, and the same one in both copies.
    const f: typeof fetch = (...args) => fetch(...args);
    const injected = second.clientFor({ ...request, fetch: f });
    expect(injected === client, 'another client').to.be.false;
    expect(first.clientFor({ ...request, fetch: f }) === injected, 'the same injected-fetch client').to.be.true;
  });

  it('complete a login return once: the other copy gets the same pending completion', async () => {
    const secondLogin = await secondCopy<Login>('../../src/base/page-login.ts');
    const client = first.clientFor({ api: 'https://api.shared.invalid', kommune: '12064472' });
    const before = location.href;
    history.replaceState(history.state, '', `${location.pathname}${location.search}#vois-code=${'c'.repeat(43)}&vois-state=${'s'.repeat(43)}`);
    try {
      const pending = firstLogin.pageLogin(client);
      expect(pending, 'started by the first copy').to.exist;
      // The fragment is consumed at once, so the second copy cannot start a second exchange …
      expect(location.hash).to.equal('');
      // … and finds the first copy's completion instead (here: no stored state, so it fails).
      expect(secondLogin.pageLogin(client) === pending, 'the same pending completion').to.be.true;
      let failure: unknown;
      await pending!.promise.catch((error: unknown) => (failure = error));
      expect((failure as { code?: string } | undefined)?.code).to.equal('AUTH_STATE_INVALID');
    } finally {
      history.replaceState(history.state, '', before);
    }
  });
});
