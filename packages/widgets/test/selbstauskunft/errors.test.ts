/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { problemMessages } from '@vois-online/client';
import { $, activeInShadow, captureWarnings, createFakeApi, de, part, recordEvents, text, until, waitForHeading, type FakeApi } from '../helpers.ts';
import { atAuskunft, loginSa, mountSa, openGroup } from './helpers.ts';
import type { Fault } from '../../src/testing/fake-api.ts';

const s = de.selbstauskunft;
const msg = problemMessages.de;

const cases: [string, Fault, keyof typeof msg, string][] = [
  ['network', 'network', 'NETWORK', 'network'],
  ['server 500', 'server-error', 'INTERNAL', 'server'],
  ['server 503', 'unavailable', 'SERVICE_UNAVAILABLE', 'server'],
  ['contract: malformed JSON', 'malformed-json', 'CONTRACT', 'contract'],
  ['contract: wrong shape', 'wrong-shape', 'CONTRACT', 'contract'],
  ['rule: rate limited (retryable)', { problem: 'RATE_LIMITED', status: 429 }, 'RATE_LIMITED', 'rule'],
];

describe('<vois-selbstauskunft> errors', () => {
  describe('while loading the disclosure after login', () => {
    for (const [name, fault, code, kind] of cases) {
      it(`${name}: specific text on the intro, focus, retry loads the disclosure`, async () => {
        const fake: FakeApi = createFakeApi();
        fake.fail('getSelbstauskunft', fault, { times: 1 });
        const first = await mountSa(fake);
        const events = recordEvents(first.parentElement!);
        const el = await loginSa(fake, {}, {}, first);
        await until(() => $(el, '#problem'), 'problem');
        await el.updateComplete;
        const problem = $(el, '#problem')!;
        expect(problem.getAttribute('role')).to.equal('alert');
        expect(problem.textContent).to.contain(msg[code].title);
        expect(problem.textContent).to.contain(msg[code].text.slice(0, 30));
        expect(activeInShadow(el)?.id).to.equal('problem');
        expect($(el, '#step-heading')!.textContent).to.contain(s.intro.heading);
        expect(events.filter((e) => e.type === 'vois-error').map((e) => e.detail)).to.deep.equal([{ service: 'selbstauskunft', kind, code }]);
        part(el, 'retry')!.click();
        await waitForHeading(el, s.result.heading);
        expect($(el, '#problem')).to.equal(null);
      });
    }

    it('timeout: no answer in time → TIMEOUT text with retry', async () => {
      const fake = createFakeApi();
      fake.fail('getSelbstauskunft', 'hang', { times: 1 });
      const el = await loginSa(fake);
      await until(() => $(el, '#problem'), 'timeout shown', 4000);
      expect($(el, '#problem')!.textContent).to.contain(msg.TIMEOUT.title);
      part(el, 'retry')!.click();
      await waitForHeading(el, s.result.heading);
    });
  });

  describe('while issuing or downloading the PDF', () => {
    for (const [name, fault, code, kind] of cases) {
      it(`${name}: specific text, focus, the disclosure stays, retry keeps the key`, async () => {
        const fake = createFakeApi();
        const el = await atAuskunft(fake);
        await openGroup(el, 'NAMEN');
        const events = recordEvents(el);
        fake.fail('createSelbstauskunftDocument', fault, { times: 1 });
        const saved: string[] = [];
        el.saveFile = (_b, n) => saved.push(n);
        part(el, 'download')!.click();
        await until(() => $(el, '#problem'), 'problem');
        await el.updateComplete;
        expect($(el, '#problem')!.textContent).to.contain(msg[code].title);
        expect(activeInShadow(el)?.id).to.equal('problem');
        // Nothing the citizen opened is lost.
        expect(text(el)).to.contain('Schneider');
        expect($(el, '#group-namen-button')!.getAttribute('aria-expanded')).to.equal('true');
        expect(events.filter((e) => e.type === 'vois-error').map((e) => e.detail)).to.deep.equal([{ service: 'selbstauskunft', kind, code }]);
        part(el, 'retry')!.click();
        await until(() => saved.length === 1, 'saved after retry');
        const calls = fake.calls('createSelbstauskunftDocument');
        expect(calls.at(-1)!.idempotencyKey).to.equal(calls[0]!.idempotencyKey);
      });
    }

    it('English: the problem text comes from the English messages', async () => {
      const fake = createFakeApi();
      const el = await atAuskunft(fake, { lang: 'en' });
      fake.fail('createSelbstauskunftDocument', 'network');
      part(el, 'download')!.click();
      await until(() => $(el, '#problem'), 'problem');
      expect($(el, '#problem')!.textContent).to.contain(problemMessages.en!.NETWORK.title);
      expect(part(el, 'retry')!.textContent).to.contain('Try again');
    });

    it('aborted: a request cut off when the element is moved shows ABORTED with retry', async () => {
      const fake = createFakeApi();
      const el = await atAuskunft(fake);
      fake.fail('createSelbstauskunftDocument', 'hang');
      part(el, 'download')!.click();
      await el.updateComplete;
      expect(part(el, 'download')!.getAttribute('aria-disabled')).to.equal('true');
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await until(() => $(el, '#problem'), 'aborted shown');
      expect($(el, '#problem')!.textContent).to.contain(msg.ABORTED.title);
      expect(text(el)).to.contain('Bundeszentralamt für Steuern');
    });

    it('session expired on the server: the session-ended message, personal data gone', async () => {
      const fake = createFakeApi();
      const el = await atAuskunft(fake);
      fake.fail('createSelbstauskunftDocument', 'session-expired');
      part(el, 'download')!.click();
      await until(() => $(el, '#session-ended'), 'ended');
      await el.updateComplete;
      expect(activeInShadow(el)?.id).to.equal('session-ended');
      expect($(el, '#session-ended')!.textContent).to.contain(de.session.nothingKept);
      expect(text(el)).not.to.contain('Schneider');
      expect(text(el)).not.to.contain('Jobcenter');
    });
  });

  describe('refusals and login problems', () => {
    for (const [persona, code] of [
      ['deceased', 'C3_DECEASED'],
      ['moved-abroad', 'C3_MOVED_ABROAD'],
      ['clerk', 'C4_CLERK_REQUIRED'],
    ] as const) {
      it(`${code}: friendly text, focus, the Bürgerbüro contact, and logout`, async () => {
        const fake = createFakeApi({ persona });
        const el = await loginSa(fake);
        await until(() => $(el, '#refusal [part~="contact"]'), 'refusal');
        await el.updateComplete;
        expect(activeInShadow(el)?.id).to.equal('refusal');
        const refusal = $(el, '#refusal')!.textContent!;
        expect(refusal).to.contain(msg[code].title);
        expect(refusal).to.contain(s.clerk);
        expect(refusal).to.contain('buergerbuero@strausberg.example');
        part(el, 'logout')!.click();
        await waitForHeading(el, s.intro.heading);
      });
    }

    it('the person registered here only with a secondary residence gets the disclosure (M1 is for certificates only)', async () => {
      const el = await atAuskunft(createFakeApi({ persona: 'secondary-only' }));
      await openGroup(el, 'ANSCHRIFTEN');
      expect(text(el)).to.contain('Nebenwohnung');
    });

    it('C2: identification mismatch shows the neutral text and the contact on the intro', async () => {
      const el = await loginSa(createFakeApi({ persona: 'name-changed' }));
      await until(() => $(el, '#problem [part~="contact"]'), 'problem');
      expect($(el, '#problem')!.textContent).to.contain(msg.C2_IDENTIFICATION_FAILED.title);
      expect(part(el, 'login')).to.exist;
    });

    it('a cancelled login says so, with the login button still there', async () => {
      const el = await loginSa(createFakeApi(), {}, { outcome: 'cancel' });
      await until(() => $(el, '#problem'), 'problem');
      expect($(el, '#problem')!.textContent).to.contain(msg.AUTH_CANCELLED.title);
      expect(part(el, 'login')).to.exist;
    });

    it('a municipality that has switched the service off: refusal on the intro', async () => {
      const fake = createFakeApi();
      const transport = (async (input: RequestInfo | URL, init?: RequestInit) => {
        const response = await fake.fetch(input, init);
        if (!String(input instanceof Request ? input.url : input).includes('/v1/kommunen/')) return response;
        const config = await response.json();
        return new Response(JSON.stringify({ ...config, services: ['meldebescheinigung'] }), { status: 200, headers: { 'Content-Type': 'application/json' } });
      }) as typeof fetch;
      const el = await mountSa(fake, {}, undefined, transport);
      await until(() => $(el, '#refusal'), 'refusal');
      expect($(el, '#refusal')!.textContent).to.contain(msg.SERVICE_DISABLED.title);
    });

    it('a broken embedding shows the webmaster message and warns once', async () => {
      let el!: HTMLElement;
      const warnings = await captureWarnings(async () => {
        el = await mountSa(createFakeApi(), { kommune: '123' });
      });
      expect($(el, '[part~="config-error"]')!.textContent).to.contain(de.config.title);
      expect(warnings.join()).to.contain('kommune');
    });
  });
});
