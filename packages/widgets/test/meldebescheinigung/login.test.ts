/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { problemMessages } from '@vois-online/client';
import {
  $,
  activeInShadow,
  atReview,
  captureNavigation,
  createFakeApi,
  de,
  loginAndReturn,
  mount,
  part,
  recordEvents,
  text,
  until,
  waitForHeading,
} from '../helpers.ts';

const m = de.meldebescheinigung;
const msg = problemMessages.de;

describe('<vois-meldebescheinigung> login and refusals', () => {
  it('resumes the step stored in the flow after the login return (with the choices)', async () => {
    const fake = createFakeApi({ sessionLifetimeMs: 15 * 60_000 });
    const el = await atReview(fake, {}, ['GEBURTSORT', 'RELIGION']);
    // The session ends on the server; the next call fails, the widget offers a new login.
    fake.expireSessions();
    part(el, 'submit')!.click();
    await until(() => $(el, '#session-ended'), 'session ended');
    const again = await loginAndReturn(fake, {}, {}, el);
    await waitForHeading(again, m.review.heading);
    expect(text(again)).to.contain('Geburtsort und -land');
    expect(text(again)).to.contain('Religionszugehörigkeit');
    expect(activeInShadow(again)?.id).to.equal('step-heading');
    part(again, 'submit')!.click();
    await waitForHeading(again, m.result.heading);
    expect(fake.calls('createMeldebescheinigung').at(-1)!.body).to.deep.equal({
      art: 'ERWEITERT',
      zusatzAngaben: ['GEBURTSORT', 'RELIGION'],
      keinSterbedatum: false,
    });
  });

  it('a cancelled login says so on the intro, with the login button still there', async () => {
    const fake = createFakeApi();
    const events: CustomEvent[] = [];
    document.addEventListener('vois-error', (e) => events.push(e), { once: true });
    const el = await loginAndReturn(fake, {}, { outcome: 'cancel' });
    await until(() => $(el, '#problem'), 'problem');
    expect(location.hash).to.equal('');
    expect($(el, '#problem')!.textContent).to.contain(msg.AUTH_CANCELLED.title);
    expect(activeInShadow(el)?.id).to.equal('problem');
    expect(part(el, 'login')).to.exist;
    expect(events[0]!.detail).to.deep.equal({ service: 'meldebescheinigung', kind: 'rule', code: 'AUTH_CANCELLED' });
    expect(fake.calls('exchangeCode')).to.have.length(0);
  });

  it('C1: a login below "hoch" is refused with the explanation', async () => {
    const el = await loginAndReturn(createFakeApi(), {}, { outcome: 'low-trust' });
    await until(() => $(el, '#problem'), 'problem');
    expect($(el, '#problem')!.textContent).to.contain(msg.C1_TRUST_LEVEL_TOO_LOW.title);
    expect(part(el, 'login')).to.exist;
  });

  it('C2: identification mismatch gets the neutral text, typical causes and the Bürgerbüro contact', async () => {
    const el = await loginAndReturn(createFakeApi({ persona: 'name-changed' }));
    await until(() => $(el, '#problem [part~="contact"]'), 'problem with contact');
    const problem = $(el, '#problem')!.textContent!;
    expect(problem).to.contain(msg.C2_IDENTIFICATION_FAILED.title);
    expect(problem).to.contain(de.login.c2Causes[0]!);
    expect(problem).to.contain('Bürgerbüro Strausberg');
    expect(problem).to.contain('+49 3341 000-100');
    expect(problem).not.to.contain('Lehmann');
  });

  it('a replayed return fragment (state unknown) is refused and cleaned from the address bar', async () => {
    const fake = createFakeApi();
    history.replaceState(null, '', `${location.pathname}#vois-code=abcdefghijklmnopqrstuvwxyz&vois-state=AAAAAAAAAAAAAAAAAAAAAAAA`);
    const el = await mount(fake);
    await until(() => $(el, '#problem'), 'problem');
    expect(location.hash).to.equal('');
    expect($(el, '#problem')!.textContent).to.contain(msg.AUTH_STATE_INVALID.title);
  });

  for (const [persona, code] of [
    ['secondary-only', 'M1_NOT_MAIN_RESIDENCE'],
    ['deceased', 'C3_DECEASED'],
    ['moved-abroad', 'C3_MOVED_ABROAD'],
    ['clerk', 'C4_CLERK_REQUIRED'],
  ] as const) {
    it(`refusal ${code}: friendly text, focus, and the Bürgerbüro contact`, async () => {
      const fake = createFakeApi({ persona });
      const first = await mount(fake);
      const events = recordEvents(first.parentElement!);
      const el = await loginAndReturn(fake, {}, {}, first);
      await until(() => $(el, '#refusal'), 'refusal');
      await el.updateComplete;
      expect(activeInShadow(el)?.id).to.equal('refusal');
      const refusal = $(el, '#refusal')!.textContent!;
      expect(refusal).to.contain(msg[code].title);
      expect(refusal).to.contain(msg[code].text.slice(0, 40));
      expect(refusal).to.contain(de.contact.title);
      expect(refusal).to.contain('buergerbuero@strausberg.example');
      expect($(el, '[part~="progress"]')).to.equal(null);
      expect(fake.calls('getMeldebescheinigungOptions')).to.have.length(0);
      // Exactly one event per refusal (analytics count them).
      expect(events.filter((e) => e.type === 'vois-error').map((e) => e.detail)).to.deep.equal([{ service: 'meldebescheinigung', kind: 'rule', code }]);
      // The citizen can end the session from here.
      part(el, 'logout')!.click();
      await waitForHeading(el, m.intro.heading);
    });
  }

  it('several widgets on one page share one session: log in once', async () => {
    const fake = createFakeApi();
    const el = await loginAndReturn(fake);
    await waitForHeading(el, m.choose.heading);
    const second = await mount(fake, {}, el.parentElement!);
    expect(text(second)).to.contain(de.login.alreadyLoggedIn);
    expect(part(second, 'login')).to.equal(null);
    part(second, 'continue')!.click();
    await waitForHeading(second, m.choose.heading);
    expect(fake.calls('exchangeCode')).to.have.length(1);
    expect(fake.calls('getMe')).to.have.length(2);
  });

  it('the login page is asked for in the widget\'s language: lang=en for English, nothing for German', async () => {
    const fake = createFakeApi();
    const english = await mount(fake, { lang: 'en' });
    const enUrl = new URL(await captureNavigation(english, () => part(english, 'login')!.click()));
    expect(enUrl.searchParams.get('lang')).to.equal('en');
    const german = await mount(fake);
    const deUrl = new URL(await captureNavigation(german, () => part(german, 'login')!.click()));
    expect(deUrl.searchParams.has('lang')).to.equal(false);
  });

  it('two widgets of the same kind: only one resumes the stored flow, the other sees the session', async () => {
    const fake = createFakeApi();
    const first = await mount(fake);
    const url = await captureNavigation(first, () => part(first, 'login')!.click());
    history.replaceState(null, '', fake.authorize(url));
    const parent = first.parentElement!;
    first.remove();
    const a = await mount(fake, {}, parent);
    const b = await mount(fake, {}, parent);
    await waitForHeading(a, m.choose.heading);
    await b.updateComplete;
    expect($(b, '#step-heading')!.textContent).to.contain(m.intro.heading);
    expect(text(b)).to.contain(de.login.alreadyLoggedIn);
  });
});
