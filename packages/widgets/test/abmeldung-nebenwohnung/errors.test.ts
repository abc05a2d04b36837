/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { problemMessages } from '@vois-online/client';
import type { Fault } from '../../src/testing/fake-api.ts';
import {
  $,
  $$,
  a,
  activeInShadow,
  atReview,
  confirm,
  day,
  de,
  en,
  fake,
  german,
  loginAndReturn,
  part,
  plain,
  text,
  TODAY,
  until,
  waitForHeading,
  type El,
  type FakeApi,
} from './helpers.ts';

const msg = problemMessages.de;

/** The review still shows what the citizen chose. */
function expectInputKept(el: El) {
  const review = $(el, '[part~="summary-list"]')!.textContent!;
  expect(review).to.contain('Seestraße 33a, 15537 Erkner');
  expect(review).to.contain(german(TODAY));
}

async function submitWith(api: FakeApi, fault: Fault, el?: El) {
  const at = el ?? (await atReview(api));
  const events: CustomEvent[] = [];
  at.addEventListener('vois-error', (e) => events.push(e));
  if (!el) await confirm(at);
  api.fail('createAbmeldung', fault, { times: 1 });
  part(at, 'submit')!.click();
  await until(() => $(at, '#problem') || $(at, '#session-ended') || $(at, '#error-summary') || $(at, '#refusal'), 'error shown', 4000);
  await at.updateComplete;
  return { el: at, events };
}

describe('<vois-abmeldung-nebenwohnung> errors', () => {
  const cases: [string, Fault, keyof typeof msg, string][] = [
    ['network', 'network', 'NETWORK', 'network'],
    ['server 500', 'server-error', 'INTERNAL', 'server'],
    ['server 503', 'unavailable', 'SERVICE_UNAVAILABLE', 'server'],
    ['contract: malformed JSON', 'malformed-json', 'CONTRACT', 'contract'],
    ['contract: wrong shape', 'wrong-shape', 'CONTRACT', 'contract'],
    ['rule: rate limited (retryable)', { problem: 'RATE_LIMITED', status: 429 }, 'RATE_LIMITED', 'rule'],
    ['rule: request in progress (retryable)', { problem: 'IDEMPOTENCY_REQUEST_IN_PROGRESS', status: 409 }, 'IDEMPOTENCY_REQUEST_IN_PROGRESS', 'rule'],
  ];
  for (const [name, fault, code, kind] of cases) {
    it(`${name}: specific text, focus, retry with the same key, input kept`, async () => {
      const api = fake();
      const { el, events } = await submitWith(api, fault);
      const problem = $(el, '#problem')!;
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(problem.textContent).to.contain(msg[code].title);
      expect(problem.textContent).to.contain(msg[code].text.slice(0, 30));
      expect(problem.textContent).to.contain(de.problem.inputKept);
      expect(activeInShadow(el)?.id).to.equal('problem');
      expectInputKept(el);
      expect(events.map((e) => e.detail)).to.deep.equal([{ service: 'abmeldung-nebenwohnung', kind, code }]);
      part(el, 'retry')!.click();
      await waitForHeading(el, a.result.headingDone);
      const calls = api.calls('createAbmeldung');
      expect(calls[0]!.idempotencyKey).to.equal(calls.at(-1)!.idempotencyKey);
      expect(api.state.abmeldungen).to.have.length(1);
    });
  }

  it('timeout: TIMEOUT text (which says nothing is done twice) with retry', async () => {
    const api = fake();
    const { el } = await submitWith(api, 'hang');
    expect($(el, '#problem')!.textContent).to.contain(msg.TIMEOUT.title);
    expect(part(el, 'retry')).to.exist;
    expectInputKept(el);
  });

  it('aborted: a request cut off when the element is moved shows ABORTED with retry', async () => {
    const api = fake();
    const el = await atReview(api);
    await confirm(el);
    api.fail('createAbmeldung', 'hang', { times: 1 });
    part(el, 'submit')!.click();
    await el.updateComplete;
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await until(() => $(el, '#problem'), 'aborted shown');
    expect($(el, '#problem')!.textContent).to.contain(msg.ABORTED.title);
    part(el, 'retry')!.click();
    await waitForHeading(el, a.result.headingDone);
    expect(new Set(api.calls('createAbmeldung').map((c) => c.idempotencyKey)).size).to.equal(1);
  });

  it('unauthorized during submit: the session-ended message says what was kept', async () => {
    const api = fake('family');
    const el = await atReview(api, { date: day(1), children: ['kid-lena'] });
    await confirm(el);
    api.fail('createAbmeldung', 'session-expired', { times: 1 });
    part(el, 'submit')!.click();
    await until(() => $(el, '#session-ended'), 'ended');
    await el.updateComplete;
    const ended = $(el, '#session-ended')!.textContent!;
    expect(ended).to.contain(de.session.endedTitle);
    expect(ended).to.contain(de.session.kept(`die gewählte Nebenwohnung, Auszugsdatum ${german(day(1))}, 1 Kind`));
    expect(activeInShadow(el)?.id).to.equal('session-ended');
    expect(text(el)).not.to.match(/Köhler|Premnitz|Lena/);
  });

  it('English problem text', async () => {
    const api = fake();
    const el = await atReview(api, { attrs: { lang: 'en' } });
    await confirm(el);
    api.fail('createAbmeldung', 'network');
    part(el, 'submit')!.click();
    await until(() => $(el, '#problem'), 'problem');
    expect($(el, '#problem')!.textContent).to.contain(problemMessages.en!.NETWORK.title);
    expect(text(el)).to.contain(en.abmeldung.review.retrySafe);
    expect(part(el, 'retry')!.textContent).to.contain('Try again');
  });

  describe('server refusals of the request', () => {
    it('A3 too far ahead (the register date moved on): back to the date with the exact limit', async () => {
      const api = fake();
      const el = await atReview(api, { date: day(7) });
      await confirm(el);
      api.state.today = day(-1); // the server's today is a day earlier than the options said
      part(el, 'submit')!.click();
      await waitForHeading(el, a.date.heading);
      await until(() => $(el, '#error-summary')?.textContent?.includes(a.date.errorTooFar(german(day(6)))), 'exact limit');
      expect($(el, '#auszug-error')!.textContent).to.contain(a.date.errorTooFar(german(day(6))));
      await until(() => activeInShadow(el)?.id === 'error-summary', 'focus');
      // Fix the date: "Weiter" returns to the review, a new request (new key).
      const { typeDate, next } = await import('./helpers.ts');
      await typeDate(el, day(5));
      await next(el, a.review.heading);
      await confirm(el);
      part(el, 'submit')!.click();
      await waitForHeading(el, a.result.headingPending);
      const [k1, k2] = api.calls('createAbmeldung').map((c) => c.idempotencyKey);
      expect(k1).not.to.equal(k2);
    });

    it('A3 before moving in (rule code without a field): at the date with a clear message', async () => {
      const api = fake();
      const { el } = await submitWith(api, { problem: 'A3_MOVE_OUT_BEFORE_MOVE_IN', status: 422 });
      await waitForHeading(el, a.date.heading);
      expect($(el, '#error-summary')!.textContent).to.contain(a.date.errorBeforeMoveInUnknown);
      expect($$(el, 'input[aria-invalid="true"]')).to.have.length(3);
    });

    it('A5 at a child (the child turned 16 meanwhile): back to the children, the child now disabled', async () => {
      const api = fake('family');
      const el = await atReview(api, { date: TODAY, children: ['kid-lena'] });
      await confirm(el);
      api.state.today = day(5 * 366); // five years on: Lena is 16
      part(el, 'submit')!.click();
      await waitForHeading(el, a.children.heading);
      expect($(el, '#error-summary')!.textContent).to.contain(a.children.errorIneligible);
      await until(() => $<HTMLInputElement>(el, 'input[value="kid-lena"]')?.disabled, 'options reloaded');
      expect($<HTMLInputElement>(el, 'input[value="kid-lena"]')!.checked).to.equal(false);
      expect(text(el)).to.contain(a.children.reasonTeen);
      expect($(el, '#refusal')).to.equal(null);
    });

    it('C4 at a child (adoption secrecy): a problem of that child, not a refusal of the service', async () => {
      const api = fake('family');
      const el = await atReview(api, { date: TODAY, children: ['kid-lena'] });
      await confirm(el);
      api.register.person('kid-lena')!.adoptionSecrecy = true;
      part(el, 'submit')!.click();
      await waitForHeading(el, a.children.heading);
      expect($(el, '#error-summary')!.textContent).to.contain(a.children.errorIneligible);
      await until(() => text(el).includes(a.children.reasonClerk), 'reason');
      expect($(el, '#refusal')).to.equal(null);
    });

    for (const [code, detail] of [
      ['A6_LEGAL_GUARDIAN', a.notice.guardian],
      ['C3_DECEASED', a.notice.clerk],
      ['C4_CLERK_REQUIRED', a.notice.clerk],
    ] as const) {
      it(`${code} at submit: refusal with explanation and the Bürgerbüro contact`, async () => {
        const api = fake();
        const { el, events } = await submitWith(api, { problem: code, status: 403 });
        await until(() => $(el, '#refusal'), 'refusal');
        const refusal = $(el, '#refusal')!.textContent!;
        expect(refusal).to.contain(msg[code].title);
        expect(refusal).to.contain(detail);
        expect(refusal).to.contain('buergerbuero@strausberg.example');
        // One event per refusal, also when it is the answer to a request.
        expect(events.map((e) => e.detail)).to.deep.equal([{ service: 'abmeldung-nebenwohnung', kind: 'rule', code }]);
      });
    }

    it('IDEMPOTENCY_KEY_REUSED: explained; the next attempt uses a fresh key', async () => {
      const api = fake();
      const { el } = await submitWith(api, { problem: 'IDEMPOTENCY_KEY_REUSED', status: 422 });
      expect($(el, '#problem')!.textContent).to.contain(msg.IDEMPOTENCY_KEY_REUSED.title);
      part(el, 'submit')!.click();
      await waitForHeading(el, a.result.headingDone);
      const [k1, k2] = api.calls('createAbmeldung').map((c) => c.idempotencyKey);
      expect(k1).not.to.equal(k2);
    });
  });

  it('an error while loading after the login: on the intro with retry, then the residences', async () => {
    const api = fake();
    api.fail('getAbmeldungOptions', 'unavailable', { times: 1 });
    const el = await loginAndReturn(api);
    await until(() => $(el, '#problem'), 'problem');
    expect($(el, '#problem')!.textContent).to.contain(msg.SERVICE_UNAVAILABLE.title);
    part(el, 'retry')!.click();
    await waitForHeading(el, a.residence.heading);
    expect(plain(text(el))).to.contain('Seestraße 33a');
  });
});
