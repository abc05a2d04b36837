/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { problemMessages } from '@vois-online/client';
import {
  $,
  activeInShadow,
  atReviewSp,
  captureWarnings,
  confirmAndSubmit,
  createFakeApi,
  de,
  loginSp,
  mountSp,
  part,
  s,
  text,
  until,
  waitForHeading,
  type FakeApi,
} from './helpers.ts';
import type { Fault } from '../../src/testing/fake-api.ts';
import type { VoisUebermittlungssperren } from '../../src/index.ts';

const msg = problemMessages.de;

/** The review still lists the changes the citizen chose (happy: set ADRESSBUCH, lift JUBILAEEN). */
function expectChoicesKept(el: VoisUebermittlungssperren) {
  const review = $(el, '[part~="summary-list"]')!.textContent!;
  expect(review).to.match(/Adressbücher\s*Sperre wird gesetzt/);
  expect(review).to.match(/Alters- und Ehejubiläen\s*Sperre wird aufgehoben/);
}

async function submitWith(fake: FakeApi, fault: Fault) {
  const el = await atReviewSp(fake);
  const events: CustomEvent[] = [];
  el.addEventListener('vois-error', (e) => events.push(e));
  fake.fail('changeSperren', fault);
  await confirmAndSubmit(el);
  await until(() => $(el, '#problem') || $(el, '#session-ended') || $(el, '#refusal'), 'error shown', 4000);
  await el.updateComplete;
  return { el, events };
}

describe('<vois-uebermittlungssperren> client errors', () => {
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
    it(`${name}: specific text, focus, retry with the same key, choices kept`, async () => {
      const fake = createFakeApi();
      const { el, events } = await submitWith(fake, fault);
      const problem = $(el, '#problem')!;
      expect(problem.getAttribute('role')).to.equal('alert');
      expect(problem.textContent).to.contain(msg[code].title);
      expect(problem.textContent).to.contain(msg[code].text.slice(0, 30));
      expect(problem.textContent).to.contain(de.problem.inputKept);
      expect(activeInShadow(el)?.id).to.equal('problem');
      expectChoicesKept(el);
      expect($<HTMLInputElement>(el, '#bestaetigung')!.checked).to.equal(true);
      expect(events.map((e) => e.detail)).to.deep.equal([{ service: 'uebermittlungssperren', kind, code }]);
      fake.clearFaults();
      part(el, 'retry')!.click();
      await waitForHeading(el, s.result.heading);
      const calls = fake.calls('changeSperren');
      expect(calls[0]!.idempotencyKey).to.equal(calls.at(-1)!.idempotencyKey);
    });
  }

  it('timeout: no answer in time → TIMEOUT text with retry', async () => {
    const fake = createFakeApi();
    const { el } = await submitWith(fake, 'hang');
    expect($(el, '#problem')!.textContent).to.contain(msg.TIMEOUT.title);
    expect(part(el, 'retry')).to.exist;
    expectChoicesKept(el);
  });

  it('aborted: a save cut off when the element is moved shows ABORTED with retry', async () => {
    const fake = createFakeApi();
    const el = await atReviewSp(fake);
    fake.fail('changeSperren', 'hang');
    await confirmAndSubmit(el);
    await el.updateComplete;
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await until(() => $(el, '#problem'), 'aborted shown');
    expect($(el, '#problem')!.textContent).to.contain(msg.ABORTED.title);
    expectChoicesKept(el);
    fake.clearFaults();
    part(el, 'retry')!.click();
    await waitForHeading(el, s.result.heading);
    expect(fake.state.documents.size).to.equal(1);
  });

  it('unauthorized on save: the session-ended message names the kept choices and drops personal data', async () => {
    const fake = createFakeApi();
    const { el, events } = await submitWith(fake, 'session-expired');
    const ended = $(el, '#session-ended')!;
    expect(ended.textContent).to.contain(de.session.kept('Sperre „Alters- und Ehejubiläen“ aufheben, „Adressbücher“ sperren'));
    expect(activeInShadow(el)?.id).to.equal('session-ended');
    expect(text(el)).not.to.contain('Schneider');
    expect(events.map((e) => e.detail.kind)).to.include('unauthorized');
  });

  it('English: problem texts and buttons in English', async () => {
    const fake = createFakeApi();
    const el = await atReviewSp(fake, { lang: 'en' });
    fake.fail('changeSperren', 'network');
    await confirmAndSubmit(el);
    await until(() => $(el, '#problem'), 'problem');
    expect($(el, '#problem')!.textContent).to.contain(problemMessages.en!.NETWORK.title);
    expect(part(el, 'retry')!.textContent).to.contain('Try again');
    expect($(el, '[part~="summary-list"]')!.textContent).to.match(/Address books\s*Block will be set/);
  });

  it('errors while loading the blocks keep the citizen on the intro with retry', async () => {
    const fake = createFakeApi();
    fake.fail('getSperren', 'unavailable', { times: 1 });
    const el = await loginSp(fake);
    await until(() => $(el, '#problem'), 'problem');
    expect($(el, '#problem')!.textContent).to.contain(msg.SERVICE_UNAVAILABLE.title);
    expect($(el, '#step-heading')!.textContent).to.contain(s.intro.heading);
    part(el, 'retry')!.click();
    await waitForHeading(el, s.choose.heading);
  });

  it('a malformed state answer is a contract error, not a crash', async () => {
    const fake = createFakeApi();
    fake.fail('getSperren', 'wrong-shape', { times: 1 });
    const el = await loginSp(fake);
    await until(() => $(el, '#problem'), 'problem');
    expect($(el, '#problem')!.textContent).to.contain(msg.CONTRACT.title);
  });

  it('an unknown municipality is a configuration problem for the webmaster', async () => {
    const fake = createFakeApi({ kommune: '12345678' });
    let el!: VoisUebermittlungssperren;
    const warnings = await captureWarnings(async () => {
      el = await mountSp(fake);
      await until(() => $(el, '[part~="config-error"]'), 'config message');
    });
    expect($(el, '[part~="config-error"]')!.textContent).to.contain(de.config.unknownKommune('12345678'));
    expect(warnings.join()).to.contain('vois-uebermittlungssperren');
  });
});
