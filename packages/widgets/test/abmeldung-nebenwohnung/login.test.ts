/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { problemMessages } from '@vois-online/client';
import type { PersonaId } from '../../src/testing/fake-api.ts';
import {
  $,
  a,
  activeInShadow,
  atResidence,
  choose,
  day,
  de,
  fake,
  german,
  loginAndReturn,
  mount,
  next,
  part,
  recordEvents,
  text,
  typeDate,
  until,
  waitForHeading,
} from './helpers.ts';

const msg = problemMessages.de;

describe('<vois-abmeldung-nebenwohnung> login, refusals and session', () => {
  for (const [persona, code, detail] of [
    ['happy', 'A1_NO_SECONDARY_RESIDENCE', undefined],
    ['single-name', 'A1_NO_SECONDARY_RESIDENCE', undefined],
    ['guardian', 'A6_LEGAL_GUARDIAN', a.notice.guardian],
    ['deceased', 'C3_DECEASED', a.notice.clerk],
    ['moved-abroad', 'C3_MOVED_ABROAD', a.notice.clerk],
    ['clerk', 'C4_CLERK_REQUIRED', a.notice.clerk],
  ] as [PersonaId, keyof typeof msg, string | undefined][]) {
    it(`${persona}: ${code} explained with the Bürgerbüro contact, nothing else loaded`, async () => {
      const api = fake(persona);
      const first = await mount(api);
      const events = recordEvents(first.parentElement!);
      const el = await loginAndReturn(api, {}, {}, first);
      await until(() => $(el, '#refusal'), 'refusal');
      await el.updateComplete;
      expect(activeInShadow(el)?.id).to.equal('refusal');
      const refusal = $(el, '#refusal')!.textContent!;
      expect(refusal).to.contain(msg[code].title);
      expect(refusal).to.contain(msg[code].text.slice(0, 40));
      if (detail) expect(refusal).to.contain(detail);
      expect(refusal).not.to.contain(a.notice.alreadyDone);
      expect(refusal).to.contain(de.contact.title);
      expect(refusal).to.contain('+49 3341 000-100');
      expect($(el, '[part~="progress"]')).to.equal(null);
      expect(api.calls('getAbmeldungOptions')).to.have.length(0);
      expect(events.filter((e) => e.type === 'vois-error').map((e) => e.detail)).to.deep.equal([{ service: 'abmeldung-nebenwohnung', kind: 'rule', code }]);
      part(el, 'logout')!.click();
      await waitForHeading(el, a.intro.heading);
    });
  }

  it('registered elsewhere only (C3_NOT_REGISTERED_HERE): refusal with contact', async () => {
    const api = fake('din91379', { kommune: '12065256' }); // Oranienburg
    const el = await loginAndReturn(api);
    await until(() => $(el, '#refusal'), 'refusal');
    expect($(el, '#refusal')!.textContent).to.contain(msg.C3_NOT_REGISTERED_HERE.title);
    expect($(el, '#refusal')!.textContent).to.contain('Bürgerbüro Oranienburg');
  });

  it('the secondary residence held here while the main residence is elsewhere can be deregistered (A2)', async () => {
    const el = await atResidence(fake('secondary-only'));
    expect(text(el)).to.contain('Am Annatal 7, 15344 Strausberg');
    expect(text(el)).not.to.contain('Bernauer Straße');
  });

  it('a cancelled login says so on the intro; the login button stays', async () => {
    const api = fake();
    const el = await loginAndReturn(api, {}, { outcome: 'cancel' });
    await until(() => $(el, '#problem'), 'problem');
    expect(location.hash).to.equal('');
    expect($(el, '#problem')!.textContent).to.contain(msg.AUTH_CANCELLED.title);
    expect(part(el, 'login')).to.exist;
  });

  it('C1 and C2: explained on the intro (C2 with the typical causes and the contact)', async () => {
    const c1 = await loginAndReturn(fake(), {}, { outcome: 'low-trust' });
    await until(() => $(c1, '#problem'), 'problem');
    expect($(c1, '#problem')!.textContent).to.contain(msg.C1_TRUST_LEVEL_TOO_LOW.title);
    c1.remove();
    const c2 = await loginAndReturn(fake('name-changed'));
    await until(() => $(c2, '#problem [part~="contact"]'), 'problem with contact');
    const text2 = $(c2, '#problem')!.textContent!;
    expect(text2).to.contain(msg.C2_IDENTIFICATION_FAILED.title);
    expect(text2).to.contain(de.login.c2Causes[1]!);
    expect(text2).not.to.contain('Lehmann');
  });

  it('after the session ends, a new login resumes the step with the choices (not the declaration)', async () => {
    const api = fake('family', { sessionLifetimeMs: 15 * 60_000 });
    const el = await atResidence(api);
    await next(el, a.date.heading);
    await typeDate(el, day(3));
    await next(el, a.children.heading);
    await choose(el, 'kid-lena');
    api.expireSessions();
    part(el, 'continue')!.click(); // no request: the review needs none …
    await waitForHeading(el, a.review.heading);
    part(el, 'submit')!.click(); // … the submit does (declaration missing: shown, no request)
    await until(() => $(el, '#error-summary'), 'declaration required');
    await choose(el, 'RICHTIG');
    part(el, 'submit')!.click();
    await until(() => $(el, '#session-ended'), 'session ended');
    expect($(el, '#session-ended')!.textContent).to.contain(`die gewählte Nebenwohnung, Auszugsdatum ${german(day(3))}, 1 Kind`);
    const again = await loginAndReturn(api, {}, {}, el);
    await waitForHeading(again, a.review.heading);
    expect(activeInShadow(again)?.id).to.equal('step-heading');
    const review = $(again, '[part~="summary-list"]')!.textContent!;
    expect(review).to.contain('Liebigstraße 11, 14727 Premnitz');
    expect(review).to.contain(german(day(3)));
    expect(review).to.contain('Lena Marie Köhler');
    expect($<HTMLInputElement>(again, 'input[value="RICHTIG"]')!.checked).to.equal(false);
  });

  it('what the login redirect stores: the step, opaque ids, the typed date and the attempt key — no names, no addresses', async () => {
    const api = fake('family');
    const { atReview, confirm, captureNavigation } = await import('./helpers.ts');
    const el = await atReview(api, { date: day(2), children: ['kid-lena'] });
    await confirm(el);
    api.fail('createAbmeldung', 'server-error', { times: 1 });
    part(el, 'submit')!.click();
    await until(() => $(el, '#problem'), 'problem');
    api.expireSessions();
    part(el, 'retry')!.click();
    await until(() => $(el, '#session-ended'), 'ended');
    const url = await captureNavigation(el, () => part(el, 'login')!.click());
    const stored = sessionStorage.getItem(`vois-login:${new URL(url).searchParams.get('state')}`)!;
    const flow = JSON.parse(stored).flow;
    const [y, m, d] = day(2).split('-');
    expect(flow).to.deep.equal({
      widget: 'vois-abmeldung-nebenwohnung',
      step: 'pruefen',
      residenceId: 'res-fam-2',
      date: { day: d, month: m, year: y },
      childIds: ['kid-lena'],
      key: api.calls('createAbmeldung')[0]!.idempotencyKey,
    });
    expect(stored).not.to.match(/Köhler|Sabine|Lena|Liebigstraße|Premnitz/);
  });

  it('the session ends on its own: personal data dropped, choices kept, no request with the dead token', async () => {
    const api = fake('two-secondary', { sessionLifetimeMs: 1_500 });
    const el = await atResidence(api);
    await choose(el, 'res-two-3');
    await next(el, a.date.heading);
    await typeDate(el, day(-3));
    const before = api.calls().length;
    await until(() => $(el, '#session-ended'), 'session ended', 4000);
    await el.updateComplete;
    expect($(el, '#session-ended')!.textContent).to.contain(`die gewählte Nebenwohnung, Auszugsdatum ${german(day(-3))}`);
    expect(activeInShadow(el)?.id).to.equal('session-ended');
    expect(text(el)).not.to.match(/Richter|Wittenberge|Parkstraße/);
    expect(api.calls().length).to.equal(before);
    api.sessionLifetimeMs = 15 * 60_000;
    const again = await loginAndReturn(api, {}, {}, el);
    await waitForHeading(again, a.date.heading);
    expect(text(again)).to.contain('Parkstraße 7, 19322 Wittenberge');
    expect($<HTMLInputElement>(again, '#auszug')!.value).to.equal(day(-3).slice(8));
  });

  it('the session warning appears two minutes before the end and extending keeps the step', async () => {
    const api = fake('din91379', { sessionLifetimeMs: 60_000 });
    const el = await atResidence(api);
    await until(() => $(el, '[role="alertdialog"]'), 'warning', 4000);
    await until(() => activeInShadow(el)?.id === 'session-extend', 'focus on extend');
    api.sessionLifetimeMs = 15 * 60_000;
    part(el, 'extend')!.click();
    await until(() => !$(el, '[role="alertdialog"]'), 'warning gone');
    await waitForHeading(el, a.residence.heading);
    await next(el, a.date.heading);
  });
});
