/// <reference types="mocha" />
/**
 * A8: submitting twice — a double click, "Erneut versuchen" after a lost answer, submitting again,
 * a new login in between, a reload, a second tab — never deregisters twice and never produces a
 * second, different confirmation.
 */
import { expect } from '@open-wc/testing';
import { problemMessages } from '@vois-online/client';
import {
  $,
  a,
  atReview,
  choose,
  confirm,
  day,
  de,
  fake,
  loginAndReturn,
  mount,
  next,
  part,
  text,
  TODAY,
  typeDate,
  until,
  waitForHeading,
} from './helpers.ts';

const msg = problemMessages.de;
const keys = (api: ReturnType<typeof fake>) => api.calls('createAbmeldung').map((c) => c.idempotencyKey);
const changeDate = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.summary-action button')].find((b) => b.textContent!.includes(a.review.moveOutDate))!.click();
const documentNumber = (el: Element) => /MBT-\d{4}-\d{6}/.exec($(el, '[part~="document-facts"]')!.textContent!)![0];

describe('<vois-abmeldung-nebenwohnung> idempotency (A8)', () => {
  it('double click on submit: exactly one createAbmeldung request', async () => {
    const api = fake('din91379', { latencyMs: 80 });
    const el = await atReview(api);
    await confirm(el);
    const submit = part(el, 'submit')!;
    submit.click();
    submit.click();
    await el.updateComplete;
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '.body')!.getAttribute('aria-busy')).to.equal('true');
    submit.click();
    await waitForHeading(el, a.result.headingDone);
    expect(api.calls('createAbmeldung')).to.have.length(1);
    expect(api.state.abmeldungen).to.have.length(1);
  });

  it('answer lost (drop-response), then "Erneut versuchen": same key, same result, one deregistration', async () => {
    const api = fake('din91379');
    const el = await atReview(api);
    await confirm(el);
    api.fail('createAbmeldung', 'drop-response', { times: 1 });
    part(el, 'submit')!.click();
    await until(() => $(el, '#problem'), 'problem');
    expect($(el, '#problem')!.textContent).to.contain(msg.NETWORK.title);
    expect($(el, '#problem')!.textContent).to.contain(de.problem.inputKept);
    expect(text(el)).to.contain(a.review.retrySafe);
    // The register has already changed on the server: the answer was lost on the way back.
    expect(api.state.abmeldungen).to.have.length(1);
    const firstDocument = [...api.state.documents.values()][0]!.ref.number;
    part(el, 'retry')!.click();
    await waitForHeading(el, a.result.headingDone);
    const [k1, k2] = keys(api);
    expect(keys(api)).to.have.length(2);
    expect(k1).to.be.a('string').and.equal(k2);
    expect(api.state.abmeldungen).to.have.length(1);
    expect(api.state.documents.size).to.equal(1);
    expect(documentNumber(el)).to.equal(firstDocument);
  });

  it('answer lost, then the submit button again (declaration still ticked): same key, one deregistration', async () => {
    const api = fake('family');
    const el = await atReview(api, { date: day(2), children: ['kid-lena'] });
    await confirm(el);
    api.fail('createAbmeldung', 'drop-response', { times: 1 });
    part(el, 'submit')!.click();
    await until(() => $(el, '#problem'), 'problem');
    expect($<HTMLInputElement>(el, 'input[value="RICHTIG"]')!.checked).to.equal(true);
    part(el, 'submit')!.click();
    await waitForHeading(el, a.result.headingPending);
    expect(new Set(keys(api)).size).to.equal(1);
    expect(api.state.abmeldungen).to.have.length(1);
    expect(api.state.abmeldungen[0]!.childIds).to.deep.equal(['kid-lena']);
  });

  for (const [name, fault] of [
    ['no connection', 'network'],
    ['server error', 'server-error'],
  ] as const) {
    it(`${name} before processing, then retry: same key, processed once`, async () => {
      const api = fake('din91379');
      const el = await atReview(api);
      await confirm(el);
      api.fail('createAbmeldung', fault, { times: 1 });
      part(el, 'submit')!.click();
      await until(() => $(el, '#problem'), 'problem');
      expect(api.state.abmeldungen).to.have.length(0);
      part(el, 'retry')!.click();
      await waitForHeading(el, a.result.headingDone);
      expect(new Set(keys(api)).size).to.equal(1);
      expect(api.state.abmeldungen).to.have.length(1);
    });
  }

  it('a changed request gets a new key; changing it back reuses the first key', async () => {
    const api = fake('din91379');
    const el = await atReview(api, { date: TODAY });
    await confirm(el);
    api.fail('createAbmeldung', 'server-error', { times: 2 });
    part(el, 'submit')!.click();
    await until(() => $(el, '#problem'), 'problem');
    // Change the date: a different request.
    changeDate(el);
    await waitForHeading(el, a.date.heading);
    await typeDate(el, day(-1));
    await next(el, a.review.heading);
    await confirm(el);
    part(el, 'submit')!.click();
    await until(() => api.calls('createAbmeldung').length === 2 && $(el, '#problem'), 'second problem');
    // And back to the first date: the first request again, with its key.
    changeDate(el);
    await waitForHeading(el, a.date.heading);
    await typeDate(el, TODAY);
    await next(el, a.review.heading);
    await confirm(el);
    part(el, 'submit')!.click();
    await waitForHeading(el, a.result.headingDone);
    const [k1, k2, k3] = keys(api);
    expect(k1).not.to.equal(k2);
    expect(k3).to.equal(k1);
    expect(api.state.abmeldungen).to.have.length(1);
  });

  it('a reload on the result page (the element created anew) never submits again', async () => {
    const api = fake('din91379');
    const el = await atReview(api);
    await confirm(el);
    part(el, 'submit')!.click();
    await waitForHeading(el, a.result.headingDone);
    const parent = el.parentElement!;
    el.remove();
    const again = await mount(api, {}, parent);
    await waitForHeading(again, a.intro.heading);
    await new Promise((r) => setTimeout(r, 100));
    expect(api.calls('createAbmeldung')).to.have.length(1);
    expect(text(again)).to.contain(de.login.alreadyLoggedIn);
    // Continuing shows the register as it is now: nothing left to deregister, nothing sent.
    part(again, 'continue')!.click();
    await until(() => $(again, '#refusal'), 'refusal');
    expect($(again, '#refusal')!.textContent).to.contain(msg.A1_NO_SECONDARY_RESIDENCE.title);
    expect(api.calls('createAbmeldung')).to.have.length(1);
    expect(api.state.abmeldungen).to.have.length(1);
  });

  it('a new login after a request that never arrived (session expired) keeps the key for the same request', async () => {
    const api = fake('two-secondary');
    const el = await atReview(api, { residence: 'res-two-2', date: day(-2) });
    await confirm(el);
    api.fail('createAbmeldung', 'server-error', { times: 1 });
    part(el, 'submit')!.click();
    await until(() => $(el, '#problem'), 'problem');
    api.expireSessions();
    part(el, 'retry')!.click();
    await until(() => $(el, '#session-ended'), 'session ended');
    expect($(el, '#session-ended')!.textContent).to.contain(`die gewählte Nebenwohnung, Auszugsdatum ${day(-2).split('-').reverse().join('.')}`);
    const again = await loginAndReturn(api, {}, {}, el);
    await waitForHeading(again, a.review.heading);
    // A new session needs a new declaration.
    expect($<HTMLInputElement>(again, 'input[value="RICHTIG"]')!.checked).to.equal(false);
    await confirm(again);
    part(again, 'submit')!.click();
    await waitForHeading(again, a.result.headingDone);
    expect(new Set(keys(api)).size).to.equal(1);
    expect(api.state.abmeldungen).to.have.length(1);
  });

  it('answer lost and session expired: after the new login the residence is gone — explained, never sent again', async () => {
    const api = fake('two-secondary');
    const el = await atReview(api, { residence: 'res-two-2', date: TODAY });
    await confirm(el);
    api.fail('createAbmeldung', 'drop-response', { times: 1 });
    part(el, 'submit')!.click();
    await until(() => $(el, '#problem'), 'problem');
    api.expireSessions();
    part(el, 'retry')!.click();
    await until(() => $(el, '#session-ended'), 'session ended');
    const sent = api.calls('createAbmeldung').length;
    const again = await loginAndReturn(api, {}, {}, el);
    await waitForHeading(again, a.residence.heading);
    expect(text(again)).to.contain(a.residence.alreadyDoneTitle);
    expect(text(again)).to.contain(a.residence.alreadyDone);
    expect($<HTMLInputElement>(again, 'input[value="res-two-2"]')).to.equal(null);
    // The remaining residence is not preselected in place of the one chosen before.
    expect($<HTMLInputElement>(again, 'input[value="res-two-3"]')!.checked).to.equal(false);
    expect(api.calls('createAbmeldung')).to.have.length(sent);
    expect(api.state.abmeldungen).to.have.length(1);
  });

  it('two tabs: the second submit of the same residence is refused, the first result stands, one deregistration', async () => {
    const api = fake('din91379');
    const first = await atReview(api);
    const second = await mount(api, {}, first.parentElement!);
    part(second, 'continue')!.click();
    await waitForHeading(second, a.residence.heading);
    await next(second, a.date.heading);
    await typeDate(second, TODAY);
    await next(second, a.review.heading);
    await confirm(first);
    part(first, 'submit')!.click();
    await waitForHeading(first, a.result.headingDone);
    await confirm(second);
    part(second, 'submit')!.click();
    await until(() => $(second, '#refusal'), 'refusal');
    const refusal = $(second, '#refusal')!.textContent!;
    expect(refusal).to.contain(msg.A1_NO_SECONDARY_RESIDENCE.title);
    expect(refusal).to.contain(a.notice.alreadyDone);
    expect(refusal).to.contain(de.contact.title);
    expect(api.state.abmeldungen).to.have.length(1);
    expect(api.state.documents.size).to.equal(1);
  });

  it('two tabs with another residence left: back to the choice with the reason (A1)', async () => {
    const api = fake('two-secondary');
    const first = await atReview(api, { residence: 'res-two-2' });
    const second = await mount(api, {}, first.parentElement!);
    part(second, 'continue')!.click();
    await waitForHeading(second, a.residence.heading);
    await choose(second, 'res-two-2');
    await next(second, a.date.heading);
    await typeDate(second, TODAY);
    await next(second, a.review.heading);
    await confirm(first);
    part(first, 'submit')!.click();
    await waitForHeading(first, a.result.headingDone);
    await confirm(second);
    part(second, 'submit')!.click();
    await waitForHeading(second, a.residence.heading);
    await until(() => $(second, '#error-summary')?.textContent?.includes(a.residence.errorGone), 'error');
    await until(() => !$(second, 'input[value="res-two-2"]'), 'list refreshed');
    expect($(second, 'input[value="res-two-3"]')).to.exist;
    expect(api.state.abmeldungen).to.have.length(1);
  });
});
