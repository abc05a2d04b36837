/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  activeInShadow,
  atChoice,
  atResult,
  atReview,
  choose,
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
import type { VoisMeldebescheinigung } from '../../src/index.ts';

const m = de.meldebescheinigung;

/** Presses Tab until `predicate` holds for the focused element in the widget. */
async function tabTo(el: VoisMeldebescheinigung, predicate: (active: HTMLElement) => boolean, max = 40): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = activeInShadow(el);
    if (active && predicate(active)) return active;
  }
  throw new Error('focus target not reached by Tab');
}

const isPart = (name: string) => (a: HTMLElement) => (a.getAttribute('part') ?? '').split(' ').includes(name);

describe('<vois-meldebescheinigung> flow', () => {
  it('shows the intro with what you get, what you need, cost and the login button', async () => {
    const el = await mount(createFakeApi());
    const t = text(el);
    expect(t).to.contain(m.intro.heading);
    expect(t).to.contain(m.intro.need[1]);
    expect(t).to.contain(de.common.free);
    expect(t).to.contain('Schritt 1 von 4');
    expect(part(el, 'login')!.textContent).to.contain('Mit Online-Ausweis anmelden');
    expect($(el, '[aria-current="step"]')!.textContent).to.contain(m.steps.start);
    // The municipality's public data arrives without login.
    await until(() => text(el).includes('Strausberg'), 'municipality name');
  });

  it('the login navigates once to the authorize URL with PKCE and no personal data', async () => {
    const fake = createFakeApi();
    const el = await mount(fake);
    const urls: string[] = [];
    el.navigate = (url) => urls.push(url);
    part(el, 'login')!.click();
    part(el, 'login')!.click(); // a double click starts one login
    await until(() => urls.length > 0, 'navigation');
    await new Promise((r) => setTimeout(r, 50));
    expect(urls).to.have.length(1);
    const url = new URL(urls[0]!);
    expect(url.pathname).to.equal('/v1/auth/authorize');
    expect(url.searchParams.get('kommune')).to.equal('12064472');
    expect(url.searchParams.get('code_challenge_method')).to.equal('S256');
    expect(url.searchParams.get('redirect_uri')).to.equal(location.href.split('#')[0]);
    const stored = Object.keys(sessionStorage).filter((k) => k.startsWith('vois-login:'));
    const flow = JSON.parse(sessionStorage.getItem(`vois-login:${url.searchParams.get('state')}`)!).flow;
    expect(stored.length).to.be.greaterThan(0);
    expect(flow).to.deep.include({ widget: 'vois-meldebescheinigung' });
  });

  it('completes the whole flow: basic certificate, review, result, PDF with bearer header', async () => {
    const fake = createFakeApi();
    const el = await atChoice(fake);
    expect(location.hash).to.equal(''); // the one-time code left the address bar
    expect(text(el)).to.contain('Angemeldet als Jana Marie Schneider');
    await choose(el, 'EINFACH');
    expect($(el, 'fieldset[aria-describedby*="zusatz"]')).to.equal(null);
    part(el, 'continue')!.click();
    await waitForHeading(el, m.review.heading);
    expect(text(el)).to.contain(m.choose.einfach);
    expect(text(el)).not.to.contain(m.review.items);
    part(el, 'submit')!.click();
    await waitForHeading(el, m.result.heading);
    const cert = $(el, '[part~="certificate"]')!;
    expect(cert.textContent).to.contain('Schneider');
    expect(cert.textContent).to.contain('12.04.1988');
    expect(cert.textContent).to.contain('Alleinige Wohnung');
    expect(cert.textContent).to.contain('Große Straße 12');
    expect($(el, '.in-use')!.textContent).to.equal('Jana');
    const facts = $(el, '[part~="document-facts"]')!.textContent!;
    expect(facts).to.match(/MB-\d{4}-\d{6}/);
    expect(facts).to.match(/[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/);
    expect($<HTMLAnchorElement>(el, '[part~="document-facts"] a')!.href).to.contain('/pruefung/');

    const saved: { blob: Blob; name: string }[] = [];
    el.saveFile = (blob, name) => saved.push({ blob, name });
    part(el, 'download')!.click();
    await until(() => saved.length === 1, 'PDF saved');
    expect(saved[0]!.blob.type).to.equal('application/pdf');
    expect(saved[0]!.name).to.match(/^Meldebescheinigung-MB-\d{4}-\d{6}\.pdf$/);
    const pdfCall = fake.calls('getDocumentPdf')[0]!;
    expect(pdfCall.bearer).to.equal(true);
    const tokens = [...fake.state.sessions.keys()];
    expect(tokens).to.have.length(1);
    for (const call of fake.calls()) expect(call.url).not.to.contain(tokens[0]);
    expect(location.href).not.to.contain(tokens[0]);
    await until(() => $(el, '[part~="live-region"]')!.textContent!.includes(de.document.downloaded), 'announced');
  });

  it('extended: items from the options, unavailable ones disabled with a reason, statement option', async () => {
    const fake = createFakeApi();
    const el = await atChoice(fake);
    await choose(el, 'ERWEITERT');
    const boxes = $$<HTMLInputElement>(el, 'input[type="checkbox"]');
    expect(boxes).to.have.length(15); // 14 items + statement
    const unavailable = $<HTMLInputElement>(el, 'input[value="MINDERJAEHRIGE_KINDER"]')!;
    expect(unavailable.disabled).to.equal(true);
    const hint = $(el, `#${unavailable.getAttribute('aria-describedby')}`)!;
    expect(hint.textContent).to.contain(m.choose.unavailable);
    await choose(el, 'STAATSANGEHOERIGKEITEN');
    await choose(el, 'FAMILIENSTAND');
    await choose(el, 'KEIN_STERBEDATUM');
    part(el, 'continue')!.click();
    await waitForHeading(el, m.review.heading);
    expect(text(el)).to.contain('Staatsangehörigkeiten');
    expect(text(el)).to.contain('Familienstand');
    part(el, 'submit')!.click();
    await waitForHeading(el, m.result.heading);
    const body = fake.calls('createMeldebescheinigung')[0]!.body;
    expect(body).to.deep.equal({ art: 'ERWEITERT', zusatzAngaben: ['STAATSANGEHOERIGKEITEN', 'FAMILIENSTAND'], keinSterbedatum: true });
    const cert = $(el, '[part~="certificate"]')!.textContent!;
    expect(cert).to.contain('verheiratet seit 14.06.2014');
    expect(cert).to.contain(m.result.keinSterbedatum);
  });

  it('validation: no choice, or extended without any item → error summary that takes focus and links to the field', async () => {
    const el = await atChoice(createFakeApi());
    part(el, 'continue')!.click();
    await until(() => activeInShadow(el)?.id === 'error-summary', 'focus on error summary');
    expect($(el, '#error-summary')!.textContent).to.contain(m.choose.errorArt);
    expect($(el, '#art')!.closest('.field')!.classList.contains('has-error')).to.equal(true);

    await choose(el, 'ERWEITERT');
    part(el, 'continue')!.click();
    await el.updateComplete;
    await until(() => activeInShadow(el)?.id === 'error-summary', 'focus on error summary');
    const link = $<HTMLAnchorElement>(el, '#error-summary a')!;
    expect(link.textContent).to.contain(m.choose.errorItems);
    const before = location.href;
    link.click();
    expect(location.href).to.equal(before); // the link does not touch the page's URL
    const focused = activeInShadow(el) as HTMLInputElement;
    expect(focused.type).to.equal('checkbox');
    expect(focused.disabled).to.equal(false);
    const fieldset = focused.closest('fieldset')!;
    expect(fieldset.getAttribute('aria-describedby')).to.contain('zusatz-error');
    expect($(el, '#zusatz-error')!.textContent).to.contain('Fehler:');
    expect(text(el)).to.contain(m.review.heading === '' ? '' : m.choose.errorItems);
    // Still on the choice step.
    expect($(el, '#step-heading')!.textContent).to.contain(m.choose.heading);
  });

  it('focus moves to the step heading on every step change, and vois-step tells the page', async () => {
    const fake = createFakeApi();
    const first = await mount(fake);
    const events = recordEvents(first.parentElement!);
    const el = await loginAndReturn(fake, {}, {}, first);
    await waitForHeading(el, m.choose.heading);
    expect(activeInShadow(el)?.id).to.equal('step-heading');
    await choose(el, 'EINFACH');
    part(el, 'continue')!.click();
    await waitForHeading(el, m.review.heading);
    expect(activeInShadow(el)?.id).to.equal('step-heading');
    expect($(el, '#step-heading')!.textContent).to.contain('Schritt 3 von 4');
    expect($(el, '[aria-current="step"]')!.textContent).to.contain(m.steps.pruefen);
    $<HTMLButtonElement>(el, '.summary-action button')!.click();
    await waitForHeading(el, m.choose.heading);
    expect(activeInShadow(el)?.id).to.equal('step-heading');
    part(el, 'continue')!.click();
    await waitForHeading(el, m.review.heading);
    part(el, 'submit')!.click();
    await waitForHeading(el, m.result.heading);
    expect(activeInShadow(el)?.id).to.equal('step-heading');
    const steps = events.filter((e) => e.type === 'vois-step').map((e) => e.detail);
    expect(steps.map((d) => d.step)).to.deep.equal(['auswahl', 'pruefen', 'auswahl', 'pruefen', 'ergebnis']);
    expect(steps[0]).to.deep.equal({ service: 'meldebescheinigung', step: 'auswahl', index: 2, total: 4 });
    const complete = events.find((e) => e.type === 'vois-complete')!;
    expect(complete.detail).to.deep.equal({ service: 'meldebescheinigung', documentType: 'MELDEBESCHEINIGUNG' });
    for (const e of events) {
      expect(e.bubbles && e.composed).to.equal(true);
      expect(JSON.stringify(e.detail)).not.to.match(/Schneider|Jana|1988|Große|MB-|doc-/);
    }
  });

  it('double click on submit sends one request', async () => {
    const fake = createFakeApi({ latencyMs: 80 });
    const el = await atReview(fake);
    const submit = part(el, 'submit')!;
    submit.click();
    submit.click();
    await el.updateComplete;
    expect(submit.getAttribute('aria-disabled')).to.equal('true');
    expect($(el, '.body')!.getAttribute('aria-busy')).to.equal('true');
    submit.click();
    await waitForHeading(el, m.result.heading);
    expect(fake.calls('createMeldebescheinigung')).to.have.length(1);
  });

  it('a retry after a lost answer uses the same idempotency key and returns the same document', async () => {
    const fake = createFakeApi();
    const el = await atReview(fake);
    fake.fail('createMeldebescheinigung', 'drop-response', { times: 1 });
    part(el, 'submit')!.click();
    await until(() => $(el, '#problem'), 'problem shown');
    expect(text(el)).to.contain('Keine Verbindung');
    part(el, 'retry')!.click();
    await waitForHeading(el, m.result.heading);
    const calls = fake.calls('createMeldebescheinigung');
    expect(calls).to.have.length(2);
    expect(calls[0]!.idempotencyKey).to.be.a('string').and.equal(calls[1]!.idempotencyKey);
    expect(fake.state.documents.size).to.equal(1);
  });

  it('a changed choice after a failed submit is a new request with a new key', async () => {
    const fake = createFakeApi();
    const el = await atReview(fake);
    fake.fail('createMeldebescheinigung', 'server-error', { times: 1 });
    part(el, 'submit')!.click();
    await until(() => $(el, '#problem'), 'problem shown');
    $<HTMLButtonElement>(el, '.summary-action button')!.click();
    await waitForHeading(el, m.choose.heading);
    await choose(el, 'GESCHLECHT');
    part(el, 'continue')!.click();
    await waitForHeading(el, m.review.heading);
    part(el, 'submit')!.click();
    await waitForHeading(el, m.result.heading);
    const [a, b] = fake.calls('createMeldebescheinigung');
    expect(a!.idempotencyKey).not.to.equal(b!.idempotencyKey);
  });

  it('logout ends the session and removes personal data from the widget', async () => {
    const fake = createFakeApi();
    const el = await atResult(fake);
    part(el, 'logout')!.click();
    await waitForHeading(el, m.intro.heading);
    expect(fake.calls('logout')).to.have.length(1);
    expect(fake.state.sessions.size).to.equal(0);
    expect(text(el)).not.to.contain('Schneider');
    expect(part(el, 'login')).to.exist;
    await until(() => $(el, '[part~="live-region"]')!.textContent!.includes(de.login.loggedOut), 'announced');
  });

  it('can be completed with the keyboard alone', async () => {
    const fake = createFakeApi();
    const el = await mount(fake);
    let navigateTo = '';
    el.navigate = (url) => (navigateTo = url);
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(el, isPart('login'));
    await sendKeys({ press: 'Enter' });
    await until(() => navigateTo, 'navigate');
    history.replaceState(null, '', fake.authorize(navigateTo));
    const parent = el.parentElement!;
    el.remove();
    const again = await mount(fake, {}, parent);
    await waitForHeading(again, m.choose.heading);
    expect(activeInShadow(again)?.id).to.equal('step-heading');

    // Radios: Tab into the group, arrow to "extended" (arrows check radios).
    await tabTo(again, (a) => a.getAttribute('type') === 'radio');
    await sendKeys({ press: 'ArrowDown' });
    await again.updateComplete;
    expect($<HTMLInputElement>(again, 'input[value="ERWEITERT"]')!.checked).to.equal(true);
    await tabTo(again, (a) => (a as HTMLInputElement).value === 'STAATSANGEHOERIGKEITEN');
    await sendKeys({ press: 'Space' });
    await tabTo(again, isPart('continue'));
    await sendKeys({ press: 'Enter' });
    await waitForHeading(again, m.review.heading);
    await tabTo(again, isPart('submit'));
    await sendKeys({ press: 'Enter' });
    await waitForHeading(again, m.result.heading);
    expect(fake.calls('createMeldebescheinigung')[0]!.body).to.deep.equal({
      art: 'ERWEITERT',
      zusatzAngaben: ['STAATSANGEHOERIGKEITEN'],
      keinSterbedatum: false,
    });
    let saved = 0;
    again.saveFile = () => saved++;
    await tabTo(again, isPart('download'));
    await sendKeys({ press: 'Enter' });
    await until(() => saved === 1, 'download by keyboard');
  });
});
