/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import {
  $,
  activeInShadow,
  atBlocks,
  atReviewSp,
  box,
  captureNav,
  confirmAndSubmit,
  createFakeApi,
  de,
  loginSp,
  mountSp,
  part,
  s,
  text,
  toggle,
  until,
  waitForHeading,
} from './helpers.ts';

describe('<vois-uebermittlungssperren> session', () => {
  it('expiry on the review step keeps the choices in memory, drops personal data, sends nothing, and resumes there after login', async () => {
    const fake = createFakeApi({ sessionLifetimeMs: 1_500 });
    const el = await atReviewSp(fake);
    const before = fake.calls().length;
    await until(() => $(el, '#session-ended'), 'session ended', 4000);
    await el.updateComplete;
    const ended = $(el, '#session-ended')!.textContent!;
    expect(ended).to.contain(de.session.kept('Sperre „Alters- und Ehejubiläen“ aufheben, „Adressbücher“ sperren'));
    expect(activeInShadow(el)?.id).to.equal('session-ended');
    expect(text(el)).not.to.contain('Schneider');
    expect($(el, '[part~="summary-list"]')).to.equal(null);
    expect(fake.calls().length).to.equal(before);

    // The flow in sessionStorage during the login holds the wishes, not register data.
    fake.sessionLifetimeMs = 15 * 60_000;
    const url = await captureNav(el, () => part(el, 'login')!.click());
    const stored = sessionStorage.getItem(`vois-login:${new URL(url).searchParams.get('state')}`) ?? '';
    history.replaceState(null, '', fake.authorize(url));
    const parent = el.parentElement!;
    el.remove();
    const again = await mountSp(fake, {}, parent);
    expect(JSON.parse(stored).flow).to.deep.equal({ step: 'pruefen', wants: { JUBILAEEN: false, ADRESSBUCH: true }, widget: 'vois-uebermittlungssperren' });
    expect(stored).not.to.match(/Schneider|Jana|Strausberg/);

    await waitForHeading(again, s.review.heading);
    const review = $(again, '[part~="summary-list"]')!.textContent!;
    expect(review).to.match(/Adressbücher\s*Sperre wird gesetzt/);
    expect(review).to.match(/Alters- und Ehejubiläen\s*Sperre wird aufgehoben/);
    // A legal act after a new login needs the confirmation again.
    expect($<HTMLInputElement>(again, '#bestaetigung')!.checked).to.equal(false);
    await confirmAndSubmit(again);
    await waitForHeading(again, s.result.heading);
    expect(fake.calls('changeSperren')).to.have.length(1);
    expect(fake.calls('changeSperren')[0]!.body).to.deep.equal({ changes: [{ key: 'JUBILAEEN', active: false }, { key: 'ADRESSBUCH', active: true }] });
  });

  it('expiry on the blocks step: after login the ticks are back', async () => {
    const fake = createFakeApi({ sessionLifetimeMs: 1_500 });
    const el = await atBlocks(fake);
    await toggle(el, 'PARTEIEN_WAHLEN');
    await until(() => $(el, '#session-ended'), 'session ended', 4000);
    expect($(el, '#session-ended')!.textContent).to.contain('„Parteien und Wählergruppen vor Wahlen“ sperren');
    fake.sessionLifetimeMs = 15 * 60_000;
    const again = await loginSp(fake, {}, {}, el);
    await waitForHeading(again, s.choose.heading);
    expect(box(again, 'PARTEIEN_WAHLEN')!.checked).to.equal(true);
    expect(box(again, 'JUBILAEEN')!.checked).to.equal(true);
  });

  it('lost answer, then the session ends: after login the same key fetches the receipt — applied once', async () => {
    const fake = createFakeApi();
    const el = await atReviewSp(fake);
    fake.fail('changeSperren', 'drop-response', { times: 1 });
    await confirmAndSubmit(el);
    await until(() => $(el, '#problem'), 'lost answer');
    fake.expireSessions();
    part(el, 'retry')!.click();
    await until(() => $(el, '#session-ended'), 'session ended');
    const again = await loginSp(fake, {}, {}, el);
    await waitForHeading(again, s.result.heading);
    const calls = fake.calls('changeSperren');
    expect(calls.map((c) => c.idempotencyKey)).to.deep.equal([calls[0]!.idempotencyKey, calls[0]!.idempotencyKey, calls[0]!.idempotencyKey]);
    expect(fake.state.documents.size).to.equal(1);
    expect($(again, '[part~="receipt"]')!.textContent).to.match(/Adressbücher:\s*Sperre gesetzt/);
  });

  it('a wish that came true meanwhile (another tab) is not sent again: "already recorded" after login', async () => {
    const fake = createFakeApi({ sessionLifetimeMs: 1_500 });
    const el = await atReviewSp(fake, {}, ['ADRESSBUCH']);
    await until(() => $(el, '#session-ended'), 'session ended', 4000);
    fake.setBlocks('happy', { JUBILAEEN: 'PERSON', ADRESSBUCH: 'PERSON' });
    fake.sessionLifetimeMs = 15 * 60_000;
    const again = await loginSp(fake, {}, {}, el);
    await waitForHeading(again, s.choose.heading);
    expect($(again, '#sperren-notice')!.textContent).to.contain(s.choose.alreadyTitle);
    expect(fake.calls('changeSperren')).to.have.length(0);
  });

  it('warns before the end and extending keeps the choices', async () => {
    const fake = createFakeApi({ sessionLifetimeMs: 121_500 });
    const el = await atBlocks(fake);
    await toggle(el, 'ADRESSBUCH');
    await until(() => $(el, '[role="alertdialog"]'), 'warning', 4000);
    await until(() => activeInShadow(el)?.id === 'session-extend', 'focus on extend');
    fake.sessionLifetimeMs = 15 * 60_000;
    part(el, 'extend')!.click();
    await until(() => !$(el, '[role="alertdialog"]'), 'warning gone');
    expect(box(el, 'ADRESSBUCH')!.checked).to.equal(true);
  });
});
