/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { problemMessages } from '@vois-online/client';
import { $, $$, activeInShadow, atChoice, atReview, createFakeApi, de, part, text, until, waitForHeading, type FakeApi } from '../helpers.ts';
import type { Fault } from '../../src/testing/fake-api.ts';
import type { VoisMeldebescheinigung } from '../../src/index.ts';

const m = de.meldebescheinigung;
const msg = problemMessages.de;

/** The review still lists the choices the citizen made. */
function expectInputKept(el: VoisMeldebescheinigung) {
  const review = $(el, '[part~="summary-list"]')!.textContent!;
  expect(review).to.contain('Geburtsort und -land');
  expect(review).to.contain('Staatsangehörigkeiten');
}

async function submitWith(fake: FakeApi, fault: Fault) {
  const el = await atReview(fake);
  const events: CustomEvent[] = [];
  el.addEventListener('vois-error', (e) => events.push(e));
  fake.fail('createMeldebescheinigung', fault);
  part(el, 'submit')!.click();
  await until(() => $(el, '#problem') || $(el, '#session-ended') || $(el, '#error-summary') || $(el, '#refusal'), 'error shown', 4000);
  await el.updateComplete;
  return { el, events };
}

describe('<vois-meldebescheinigung> client errors', () => {
  const cases: [string, Fault, keyof typeof msg, string][] = [
    ['network', 'network', 'NETWORK', 'network'],
    ['server 500', 'server-error', 'INTERNAL', 'server'],
    ['server 503', 'unavailable', 'SERVICE_UNAVAILABLE', 'server'],
    ['contract: malformed JSON', 'malformed-json', 'CONTRACT', 'contract'],
    ['contract: wrong shape', 'wrong-shape', 'CONTRACT', 'contract'],
    ['rule: rate limited (retryable)', { problem: 'RATE_LIMITED', status: 429 }, 'RATE_LIMITED', 'rule'],
  ];
  for (const [name, fault, code, kind] of cases) {
    it(`${name}: specific text, focus, retry, input kept`, async () => {
      const fake = createFakeApi();
      const { el, events } = await submitWith(fake, fault);
      const problem = $(el, '#problem')!;
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(problem.textContent).to.contain(msg[code].title);
      expect(problem.textContent).to.contain(msg[code].text.slice(0, 30));
      expect(problem.textContent).to.contain(de.problem.inputKept);
      expect(activeInShadow(el)?.id).to.equal('problem');
      expectInputKept(el);
      expect(events.map((e) => e.detail)).to.deep.equal([{ service: 'meldebescheinigung', kind, code }]);
      // Retry after the fault is gone: same request, success.
      fake.clearFaults();
      part(el, 'retry')!.click();
      await waitForHeading(el, m.result.heading);
      const calls = fake.calls('createMeldebescheinigung');
      expect(calls[0]!.idempotencyKey).to.equal(calls.at(-1)!.idempotencyKey);
    });
  }

  it('English: the problem text comes from the English messages', async () => {
    const fake = createFakeApi();
    const el = await atReview(fake, { lang: 'en' });
    fake.fail('createMeldebescheinigung', 'network');
    part(el, 'submit')!.click();
    await until(() => $(el, '#problem'), 'problem');
    expect($(el, '#problem')!.textContent).to.contain(problemMessages.en!.NETWORK.title);
    expect(part(el, 'retry')!.textContent).to.contain('Try again');
  });

  it('timeout: no answer in time → TIMEOUT text with retry (short client timeout)', async () => {
    const fake = createFakeApi();
    const el = await atChoice(fake);
    // No answer: the helpers create the client with a 1.2 s timeout.
    fake.fail('createMeldebescheinigung', 'hang');
    const { choose } = await import('../helpers.ts');
    await choose(el, 'EINFACH');
    part(el, 'continue')!.click();
    await waitForHeading(el, m.review.heading);
    part(el, 'submit')!.click();
    await until(() => $(el, '#problem'), 'timeout shown', 4000);
    expect($(el, '#problem')!.textContent).to.contain(msg.TIMEOUT.title);
    expect(part(el, 'retry')).to.exist;
    expect($(el, '[part~="summary-list"]')!.textContent).to.contain(m.choose.einfach);
  });

  it('aborted: a request cut off when the element is moved shows ABORTED with retry', async () => {
    const fake = createFakeApi();
    const el = await atReview(fake);
    fake.fail('createMeldebescheinigung', 'hang');
    part(el, 'submit')!.click();
    await el.updateComplete;
    const parent = el.parentElement!;
    el.remove(); // aborts the element's requests
    parent.append(el);
    await until(() => $(el, '#problem'), 'aborted shown');
    expect($(el, '#problem')!.textContent).to.contain(msg.ABORTED.title);
    expectInputKept(el);
    fake.clearFaults();
    part(el, 'retry')!.click();
    await waitForHeading(el, m.result.heading);
  });

  it('unauthorized (session expired on the server): the session-ended message says what was kept', async () => {
    const fake = createFakeApi();
    const { el, events } = await submitWith(fake, 'session-expired');
    const ended = $(el, '#session-ended')!;
    expect(ended.textContent).to.contain(de.session.endedTitle);
    expect(ended.textContent).to.contain(de.session.kept('erweiterte Meldebescheinigung, 2 zusätzliche Angaben'));
    expect(activeInShadow(el)?.id).to.equal('session-ended');
    expect(text(el)).not.to.contain('Schneider'); // personal data dropped
    expect(events.map((e) => e.detail.kind)).to.include('unauthorized');
    expect(part(el, 'login')!.textContent).to.contain(de.session.loginAgain);
  });

  it('rule M3 (item gone meanwhile): back to the choice with the error summary', async () => {
    const fake = createFakeApi();
    const { el } = await submitWith(fake, { problem: 'M3_ITEM_NOT_AVAILABLE', status: 422 });
    expect($(el, '#step-heading')!.textContent).to.contain(m.choose.heading);
    expect($(el, '#error-summary')!.textContent).to.contain(m.choose.errorItemGone);
    await until(() => activeInShadow(el)?.id === 'error-summary', 'focus on summary');
    // The choices are still checked.
    expect($$<HTMLInputElement>(el, 'input[type="checkbox"]:checked').map((i) => i.value)).to.deep.equal(['GEBURTSORT', 'STAATSANGEHOERIGKEITEN']);
  });

  it('rule refusal during submit (C4): refusal with contact instead of the step', async () => {
    const fake = createFakeApi();
    const { el } = await submitWith(fake, { problem: 'C4_CLERK_REQUIRED' });
    await until(() => $(el, '#refusal'), 'refusal');
    expect($(el, '#refusal')!.textContent).to.contain(msg.C4_CLERK_REQUIRED.title);
    expect($(el, '#refusal [part~="contact"]')).to.exist;
  });

  it('errors while loading after login keep the citizen on the intro with retry', async () => {
    const fake = createFakeApi();
    fake.fail('getMeldebescheinigungOptions', 'unavailable', { times: 1 });
    const { loginAndReturn } = await import('../helpers.ts');
    const el = await loginAndReturn(fake);
    await until(() => $(el, '#problem'), 'problem');
    expect($(el, '#problem')!.textContent).to.contain(msg.SERVICE_UNAVAILABLE.title);
    part(el, 'retry')!.click();
    await waitForHeading(el, m.choose.heading);
  });

  it('an unknown municipality is a configuration problem for the webmaster', async () => {
    const fake = createFakeApi({ kommune: '12345678' });
    const { mount, captureWarnings } = await import('../helpers.ts');
    let el!: VoisMeldebescheinigung;
    const warnings = await captureWarnings(async () => {
      el = await mount(fake);
      await until(() => $(el, '[part~="config-error"]'), 'config message');
    });
    expect($(el, '[part~="config-error"]')!.textContent).to.contain(de.config.unknownKommune('12345678'));
    expect(warnings.join()).to.contain('12345678');
  });
});
