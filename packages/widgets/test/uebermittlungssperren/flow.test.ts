/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  activeInShadow,
  atBlocks,
  atResultSp,
  atReviewSp,
  box,
  card,
  confirmAndSubmit,
  createFakeApi,
  de,
  liveText,
  loginSp,
  mountSp,
  part,
  recordEvents,
  s,
  text,
  toggle,
  until,
  waitForHeading,
} from './helpers.ts';
import type { VoisUebermittlungssperren } from '../../src/index.ts';

const isPart = (name: string) => (a: HTMLElement) => (a.getAttribute('part') ?? '').split(' ').includes(name);

async function tabTo(el: VoisUebermittlungssperren, predicate: (active: HTMLElement) => boolean, max = 80): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = activeInShadow(el);
    if (active && predicate(active)) return active;
  }
  throw new Error('focus target not reached by Tab');
}

describe('<vois-uebermittlungssperren> flow', () => {
  it('shows the intro: what it is, what you get and need, free, immediate, § 51/52 at the office, login', async () => {
    const el = await mountSp(createFakeApi());
    const t = text(el);
    expect(t).to.contain(s.intro.heading);
    expect(t).to.contain(s.intro.get[1]);
    expect(t).to.contain(s.intro.officeNote);
    expect(t).to.contain(de.common.free);
    expect(t).to.contain(s.intro.effectValue);
    expect(t).to.contain('Schritt 1 von 4');
    expect(part(el, 'login')!.textContent).to.contain('Mit Online-Ausweis anmelden');
    await until(() => text(el).includes('Strausberg'), 'municipality name');
  });

  it('the login stores only the widget, the step and (empty) choices — no personal data', async () => {
    const fake = createFakeApi();
    const el = await mountSp(fake);
    const url = new URL(await new Promise<string>((resolve) => ((el.navigate = resolve), part(el, 'login')!.click())));
    expect(url.pathname).to.equal('/v1/auth/authorize');
    const flow = JSON.parse(sessionStorage.getItem(`vois-login:${url.searchParams.get('state')}`)!).flow;
    expect(flow).to.deep.equal({ step: 'start', wants: {}, widget: 'vois-uebermittlungssperren' });
  });

  it('U1/U7: after login every block with its state, explanation, whom it concerns, legal basis; the register; § 51/52 read-only', async () => {
    const fake = createFakeApi();
    const el = await atBlocks(fake);
    expect(location.hash).to.equal('');
    expect(activeInShadow(el)?.id).to.equal('step-heading');
    expect(text(el)).to.contain('Angemeldet als Jana Marie Schneider');
    // U7: whose register is changed.
    const facts = $(el, '.key-facts')!.textContent!;
    expect(facts).to.contain(s.choose.register);
    expect(facts).to.contain('Strausberg');
    expect(text(el)).to.contain(s.choose.registerNote('Strausberg'));
    // Five cards for the five blocks, each explained.
    for (const key of ['BUNDESWEHR', 'RELIGION_FAMILIE', 'PARTEIEN_WAHLEN', 'JUBILAEEN', 'ADRESSBUCH'] as const) {
      const c = card(el, key);
      expect(c.textContent, key).to.contain(s.blocks[key].title);
    }
    const jub = card(el, 'JUBILAEEN').textContent!;
    expect(jub).to.contain(s.blocks.JUBILAEEN.what);
    expect(jub).to.contain(s.blocks.JUBILAEEN.concerns);
    expect(jub).to.contain(s.blocks.JUBILAEEN.legalBasis);
    expect(jub).to.contain('gesperrt');
    expect(box(el, 'JUBILAEEN')!.checked).to.equal(true);
    expect(box(el, 'ADRESSBUCH')!.checked).to.equal(false);
    // The label says the action; the description says the current state.
    const adress = box(el, 'ADRESSBUCH')!;
    expect($(el, `label[for="${adress.id}"]`)!.textContent).to.equal(s.blocks.ADRESSBUCH.label);
    expect($(el, `#${adress.getAttribute('aria-describedby')}`)!.textContent).to.equal('Derzeit: nicht gesperrt');
    // U4 for an adult German: no longer relevant, still possible.
    expect(card(el, 'BUNDESWEHR').textContent).to.contain(s.blocks.BUNDESWEHR.relevance.NO_LONGER_RELEVANT);
    expect(box(el, 'BUNDESWEHR')).to.exist;
    // U3: no family member in a foreign community → not offered, explained, no control.
    expect(box(el, 'RELIGION_FAMILIE')).to.equal(null);
    expect(card(el, 'RELIGION_FAMILIE').textContent).to.contain(s.blocks.RELIGION_FAMILIE.relevance.NOT_APPLICABLE);
    expect(card(el, 'RELIGION_FAMILIE').textContent).to.contain(s.choose.notOffered);
    // U6: § 51 and § 52 read-only, with how to apply and the office's contact.
    const office = $(el, '.office')!.textContent!;
    expect(office).to.contain(s.office.auskunftssperre.off);
    expect(office).to.contain(s.office.auskunftssperre.howOff[1]!);
    expect(office).to.contain(s.office.bedingt.off);
    expect(office).to.contain(de.contact.title);
    expect($$(el, '.office input')).to.have.length(0);
    expect(text(el)).to.contain(s.choose.count(0));
  });

  it('completes the flow: review of exactly what changes, explicit confirmation, receipt and PDF', async () => {
    const fake = createFakeApi();
    const el = await atBlocks(fake);
    await toggle(el, 'ADRESSBUCH');
    await toggle(el, 'JUBILAEEN');
    expect(card(el, 'ADRESSBUCH').textContent).to.contain(s.choose.pendingSet);
    expect(card(el, 'JUBILAEEN').textContent).to.contain(s.choose.pendingRemove);
    expect(box(el, 'ADRESSBUCH')!.getAttribute('aria-describedby')).to.contain('pending');
    await until(() => liveText(el).includes(s.choose.count(2)), 'count announced');
    part(el, 'continue')!.click();
    await waitForHeading(el, s.review.heading);
    const review = $(el, '[part~="summary-list"]')!.textContent!;
    expect(review).to.match(/Adressbücher\s*Sperre wird gesetzt/);
    expect(review).to.contain(s.blocks.ADRESSBUCH.set);
    expect(review).to.match(/Alters- und Ehejubiläen\s*Sperre wird aufgehoben/);
    expect(review).to.contain(s.blocks.JUBILAEEN.remove);
    expect(review).to.contain(s.review.unchangedValue('Bundeswehr', false));
    expect(review).to.contain('Strausberg');
    expect(text(el)).to.contain(s.review.confirm('Strausberg'));

    // Explicit confirmation: without it, the error summary and no request.
    part(el, 'submit')!.click();
    await until(() => activeInShadow(el)?.id === 'error-summary', 'focus on error summary');
    expect($(el, '#error-summary')!.textContent).to.contain(s.review.confirmError);
    expect(fake.calls('changeSperren')).to.have.length(0);
    $<HTMLAnchorElement>(el, '#error-summary a')!.click();
    expect(activeInShadow(el)?.id).to.equal('bestaetigung');

    await confirmAndSubmit(el);
    await waitForHeading(el, s.result.heading);
    const call = fake.calls('changeSperren')[0]!;
    expect(call.body).to.deep.equal({ changes: [{ key: 'JUBILAEEN', active: false }, { key: 'ADRESSBUCH', active: true }] });
    expect(call.idempotencyKey).to.be.a('string');
    const receipt = $(el, '[part~="receipt"]')!.textContent!;
    expect(receipt).to.contain(s.result.documentTitle);
    expect(receipt).to.match(/Adressbücher:\s*Sperre gesetzt/);
    expect(receipt).to.match(/Alters- und Ehejubiläen:\s*Sperre aufgehoben/);
    expect(receipt).to.match(/Adressbücher:\s*gesperrt/);
    expect(receipt).to.match(/Alters- und Ehejubiläen:\s*nicht gesperrt/);
    expect(receipt).to.contain('Strausberg');
    expect(receipt).to.match(/Wirksam seit\s*\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr/);
    expect(text(el)).to.match(/Die Änderungen gelten seit \d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr/);
    const facts = $(el, '[part~="document-facts"]')!.textContent!;
    expect(facts).to.match(/USQ-\d{4}-\d{6}/);
    expect(facts).to.match(/[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/);

    const saved: { blob: Blob; name: string }[] = [];
    el.saveFile = (blob, name) => saved.push({ blob, name });
    part(el, 'download')!.click();
    await until(() => saved.length === 1, 'PDF saved');
    expect(saved[0]!.name).to.match(/^Uebermittlungssperren-USQ-\d{4}-\d{6}\.pdf$/);
    expect(fake.calls('getDocumentPdf')[0]!.bearer).to.equal(true);
    const token = [...fake.state.sessions.keys()][0]!;
    for (const c of fake.calls()) expect(c.url).not.to.contain(token);
  });

  it('no change → no request: "Weiter" explains that nothing changed and offers the way back', async () => {
    const fake = createFakeApi();
    const el = await atBlocks(fake);
    part(el, 'continue')!.click();
    await until(() => activeInShadow(el)?.id === 'no-change', 'focus on the explanation');
    expect($(el, '#no-change')!.textContent).to.contain(s.choose.noChangeTitle);
    expect($(el, '#no-change')!.textContent).to.contain(s.choose.noChangeText);
    expect($(el, '#step-heading')!.textContent).to.contain(s.choose.heading);
    $<HTMLButtonElement>(el, '#no-change [part~="back"]')!.click();
    await el.updateComplete;
    await until(() => activeInShadow(el)?.id === 'sperre-bundeswehr', 'focus on the first checkbox');
    expect($(el, '#no-change')).to.equal(null);
    // Setting and unsetting again is no change either.
    await toggle(el, 'PARTEIEN_WAHLEN');
    await toggle(el, 'PARTEIEN_WAHLEN');
    part(el, 'continue')!.click();
    await until(() => $(el, '#no-change'), 'explained again');
    expect(fake.calls('changeSperren')).to.have.length(0);
    // "Fertig und abmelden" ends the session.
    $<HTMLButtonElement>(el, '#no-change [part~="logout"]')!.click();
    await waitForHeading(el, s.intro.heading);
    expect(fake.state.sessions.size).to.equal(0);
  });

  it('the review is not reachable without a change: "Ändern", untick, "Weiter" stays on the blocks', async () => {
    const fake = createFakeApi();
    const el = await atReviewSp(fake, {}, ['ADRESSBUCH']);
    $<HTMLButtonElement>(el, '.summary-action button')!.click();
    await waitForHeading(el, s.choose.heading);
    await until(() => activeInShadow(el)?.id === 'sperre-adressbuch', 'focus on the changed block');
    await toggle(el, 'ADRESSBUCH');
    part(el, 'continue')!.click();
    await until(() => $(el, '#no-change'), 'nothing changed');
    expect($(el, '#step-heading')!.textContent).to.contain(s.choose.heading);
  });

  it('focus on the step heading at every step; vois-step and vois-complete without personal data', async () => {
    const fake = createFakeApi();
    const first = await mountSp(fake);
    const events = recordEvents(first.parentElement!);
    const el = await loginSp(fake, {}, {}, first);
    await waitForHeading(el, s.choose.heading);
    await toggle(el, 'ADRESSBUCH');
    part(el, 'continue')!.click();
    await waitForHeading(el, s.review.heading);
    expect(activeInShadow(el)?.id).to.equal('step-heading');
    expect($(el, '#step-heading')!.textContent).to.contain('Schritt 3 von 4');
    await confirmAndSubmit(el);
    await waitForHeading(el, s.result.heading);
    expect(activeInShadow(el)?.id).to.equal('step-heading');
    const steps = events.filter((e) => e.type === 'vois-step').map((e) => e.detail.step);
    expect(steps).to.deep.equal(['sperren', 'pruefen', 'ergebnis']);
    const complete = events.find((e) => e.type === 'vois-complete')!;
    expect(complete.detail).to.deep.equal({ service: 'uebermittlungssperren', documentType: 'SPERREN_QUITTUNG' });
    for (const e of events) {
      expect(e.bubbles && e.composed).to.equal(true);
      expect(JSON.stringify(e.detail)).not.to.match(/Schneider|Jana|ADRESSBUCH|USQ-|doc-/);
    }
  });

  it('double click on save sends one request', async () => {
    const fake = createFakeApi({ latencyMs: 80 });
    const el = await atReviewSp(fake);
    $<HTMLInputElement>(el, '#bestaetigung')!.click();
    await el.updateComplete;
    const submit = part(el, 'submit')!;
    submit.click();
    submit.click();
    await el.updateComplete;
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    submit.click();
    await waitForHeading(el, s.result.heading);
    expect(fake.calls('changeSperren')).to.have.length(1);
  });

  it('a retry after a lost answer uses the same idempotency key and gets the same receipt', async () => {
    const fake = createFakeApi();
    const el = await atReviewSp(fake);
    fake.fail('changeSperren', 'drop-response', { times: 1 });
    await confirmAndSubmit(el);
    await until(() => $(el, '#problem'), 'problem shown');
    expect(text(el)).to.contain('Keine Verbindung');
    expect($(el, '[part~="summary-list"]')!.textContent).to.contain('wird gesetzt'); // choices kept
    part(el, 'retry')!.click();
    await waitForHeading(el, s.result.heading);
    const calls = fake.calls('changeSperren');
    expect(calls).to.have.length(2);
    expect(calls[0]!.idempotencyKey).to.equal(calls[1]!.idempotencyKey);
    expect(fake.state.documents.size).to.equal(1);
  });

  it('a different set of changes after a failed save is a new attempt with a new key', async () => {
    const fake = createFakeApi();
    const el = await atReviewSp(fake, {}, ['ADRESSBUCH']);
    fake.fail('changeSperren', 'server-error', { times: 1 });
    await confirmAndSubmit(el);
    await until(() => $(el, '#problem'), 'problem shown');
    part(el, 'back')!.click();
    await waitForHeading(el, s.choose.heading);
    await toggle(el, 'PARTEIEN_WAHLEN');
    part(el, 'continue')!.click();
    await waitForHeading(el, s.review.heading);
    // The confirmation belongs to a set of changes: given anew.
    expect($<HTMLInputElement>(el, '#bestaetigung')!.checked).to.equal(false);
    await confirmAndSubmit(el);
    await waitForHeading(el, s.result.heading);
    const [a, b] = fake.calls('changeSperren');
    expect(a!.idempotencyKey).not.to.equal(b!.idempotencyKey);
    expect(b!.body).to.deep.equal({ changes: [{ key: 'PARTEIEN_WAHLEN', active: true }, { key: 'ADRESSBUCH', active: true }] });
  });

  it('logout from the receipt ends the session and removes personal data', async () => {
    const fake = createFakeApi();
    const el = await atResultSp(fake);
    part(el, 'logout')!.click();
    await waitForHeading(el, s.intro.heading);
    expect(fake.state.sessions.size).to.equal(0);
    expect(text(el)).not.to.contain('Schneider');
    expect(part(el, 'login')).to.exist;
  });

  it('can be completed with the keyboard alone', async () => {
    const fake = createFakeApi();
    const el = await mountSp(fake);
    let navigateTo = '';
    el.navigate = (url) => (navigateTo = url);
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(el, isPart('login'));
    await sendKeys({ press: 'Enter' });
    await until(() => navigateTo, 'navigate');
    history.replaceState(null, '', fake.authorize(navigateTo));
    const parent = el.parentElement!;
    el.remove();
    const again = await mountSp(fake, {}, parent);
    await waitForHeading(again, s.choose.heading);
    await tabTo(again, (a) => a.id === 'sperre-parteien-wahlen');
    await sendKeys({ press: 'Space' });
    await again.updateComplete;
    expect(box(again, 'PARTEIEN_WAHLEN')!.checked).to.equal(true);
    await tabTo(again, isPart('continue'));
    await sendKeys({ press: 'Enter' });
    await waitForHeading(again, s.review.heading);
    await tabTo(again, (a) => a.id === 'bestaetigung');
    await sendKeys({ press: 'Space' });
    await tabTo(again, isPart('submit'));
    await sendKeys({ press: 'Enter' });
    await waitForHeading(again, s.result.heading);
    expect(fake.calls('changeSperren')[0]!.body).to.deep.equal({ changes: [{ key: 'PARTEIEN_WAHLEN', active: true }] });
    let saved = 0;
    again.saveFile = () => saved++;
    await tabTo(again, isPart('download'));
    await sendKeys({ press: 'Enter' });
    await until(() => saved === 1, 'download by keyboard');
  });
});
