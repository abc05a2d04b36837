/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { $, activeInShadow, atChoice, choose, createFakeApi, de, loginAndReturn, part, text, until, waitForHeading } from '../helpers.ts';

const m = de.meldebescheinigung;

describe('<vois-meldebescheinigung> session', () => {
  it('warns two minutes before the end (alert dialog, focus on "Sitzung verlängern") and extending works', async () => {
    // 121.5 s: the warning is due 1.5 s after login — real timers, no clock faking.
    const fake = createFakeApi({ sessionLifetimeMs: 121_500 });
    const el = await atChoice(fake);
    expect($(el, '[role="alertdialog"]')).to.equal(null);
    expect(activeInShadow(el)?.id).to.equal('step-heading');
    await until(() => $(el, '[role="alertdialog"]'), 'warning', 4000);
    await el.updateComplete;
    const dialog = $(el, '[role="alertdialog"]')!;
    expect(dialog.textContent).to.contain(de.session.warningTitle);
    expect(dialog.textContent).to.match(/um \d{2}:\d{2} Uhr/);
    expect(dialog.getAttribute('aria-labelledby')).to.equal('session-warning-title');
    expect(activeInShadow(el)?.id).to.equal('session-extend');
    expect(activeInShadow(el)?.textContent).to.contain('Sitzung verlängern');

    fake.sessionLifetimeMs = 15 * 60_000;
    part(el, 'extend')!.click();
    await until(() => !$(el, '[role="alertdialog"]'), 'warning gone');
    expect(fake.calls('extendSession')).to.have.length(1);
    await until(() => activeInShadow(el)?.id === 'step-heading', 'focus back where it was');
    await until(() => $(el, '[part~="live-region"]')!.textContent!.includes('verlängert'), 'announced');
    // Still in the flow, nothing lost.
    await choose(el, 'EINFACH');
    part(el, 'continue')!.click();
    await waitForHeading(el, m.review.heading);
  });

  it('a session that is already short at login shows the warning at once and focuses it', async () => {
    const fake = createFakeApi({ sessionLifetimeMs: 60_000 });
    const el = await loginAndReturn(fake);
    await until(() => $(el, '[role="alertdialog"]') && $(el, '#step-heading'), 'warning and step', 4000);
    await until(() => activeInShadow(el)?.id === 'session-extend', 'focus on extend');
  });

  it('after expiry it says what was kept, drops personal data and sends no request with the dead token', async () => {
    const fake = createFakeApi({ sessionLifetimeMs: 1_500 });
    const el = await atChoice(fake);
    await choose(el, 'ERWEITERT');
    await choose(el, 'GEBURTSORT');
    await choose(el, 'KEIN_STERBEDATUM');
    const before = fake.calls().length;
    await until(() => $(el, '#session-ended'), 'session ended', 4000);
    await el.updateComplete;
    const ended = $(el, '#session-ended')!.textContent!;
    expect(ended).to.contain(de.session.endedTitle);
    expect(ended).to.contain('erweiterte Meldebescheinigung, 1 zusätzliche Angabe, Erklärung zum Sterbedatum');
    expect(activeInShadow(el)?.id).to.equal('session-ended');
    expect(text(el)).not.to.contain('Schneider');
    expect($(el, '[role="alertdialog"]')).to.equal(null);
    expect(fake.calls().length).to.equal(before);
    // Log in again: back at the choice, with the choices.
    const again = await loginAndReturn(fake, {}, {}, el);
    await waitForHeading(again, m.choose.heading);
    expect($<HTMLInputElement>(again, 'input[value="ERWEITERT"]')!.checked).to.equal(true);
    expect($<HTMLInputElement>(again, 'input[value="GEBURTSORT"]')!.checked).to.equal(true);
    expect($<HTMLInputElement>(again, 'input[value="KEIN_STERBEDATUM"]')!.checked).to.equal(true);
  });
});
