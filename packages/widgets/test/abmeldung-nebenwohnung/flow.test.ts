/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  $,
  $$,
  a,
  activeInShadow,
  atResidence,
  atResult,
  atReview,
  choose,
  confirm,
  day,
  de,
  fake,
  german,
  loginAndReturn,
  mount,
  next,
  part,
  plain,
  recordEvents,
  text,
  TODAY,
  typeDate,
  until,
  waitForHeading,
  type El,
} from './helpers.ts';

/** Presses Tab until `predicate` holds for the focused element in the widget. */
async function tabTo(el: El, predicate: (active: HTMLElement) => boolean, max = 40): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = activeInShadow(el);
    if (active && predicate(active)) return active;
  }
  throw new Error('focus target not reached by Tab');
}
const isPart = (name: string) => (el: HTMLElement) => (el.getAttribute('part') ?? '').split(' ').includes(name);
const errorSummary = (el: El) => $(el, '#error-summary')?.textContent ?? '';
const radios = (el: El) => $$<HTMLInputElement>(el, 'input[type="radio"]');

describe('<vois-abmeldung-nebenwohnung> flow', () => {
  it('intro: what it does, what you need, free, about 3 minutes, login button', async () => {
    const el = await mount(fake());
    const t = text(el);
    expect(t).to.contain(plain(a.intro.heading));
    expect(t).to.contain(a.intro.lead);
    expect(t).to.contain(a.intro.need[2]);
    expect(t).to.contain(de.common.free);
    expect(t).to.contain('etwa 3 Minuten');
    expect(t).to.contain(a.intro.childrenNote);
    expect(t).to.contain(a.intro.mainNote);
    expect(t).to.contain('Schritt 1 von 6');
    expect(part(el, 'login')!.textContent).to.contain('Mit Online-Ausweis anmelden');
    await until(() => text(el).includes('Strausberg'), 'municipality');
  });

  it('the login stores only non-personal flow state and navigates once', async () => {
    const api = fake();
    const el = await mount(api);
    const urls: string[] = [];
    el.navigate = (url) => urls.push(url);
    part(el, 'login')!.click();
    part(el, 'login')!.click();
    await until(() => urls.length > 0, 'navigation');
    expect(urls).to.have.length(1);
    const state = new URL(urls[0]!).searchParams.get('state');
    const stored = JSON.parse(sessionStorage.getItem(`vois-login:${state}`)!);
    expect(stored.flow).to.deep.include({ widget: 'vois-abmeldung-nebenwohnung', step: 'start' });
    expect(JSON.stringify(stored)).not.to.match(/Żółkiewski|Seestraße|Erkner/);
  });

  it('a single secondary residence is preselected but shown; the main residence is never offered (A1)', async () => {
    const api = fake('din91379');
    const el = await atResidence(api);
    expect(location.hash).to.equal('');
    expect(text(el)).to.contain('Angemeldet als Łukasz Ngọc Żółkiewski-Nguyễn');
    expect(radios(el)).to.have.length(1);
    expect(radios(el)[0]!.checked).to.equal(true);
    expect(text(el)).to.contain('Seestraße 33a, 15537 Erkner');
    expect(text(el)).to.contain('gemeldet bei Erkner, eingezogen am 01.04.2023');
    expect(text(el)).to.contain(a.residence.hintOne);
    expect(text(el)).not.to.contain('Straße der Einheit'); // the main residence
    expect(text(el)).to.contain(a.residence.mainNotListed);
    // Five steps: no child is registered with this person.
    expect($(el, '#step-heading')!.textContent).to.contain('Schritt 2 von 5');
  });

  it('two secondary residences: both offered, none preselected, a choice is required', async () => {
    const api = fake('two-secondary');
    const el = await atResidence(api);
    expect(radios(el).map((r) => r.value)).to.deep.equal(['res-two-2', 'res-two-3']);
    expect(radios(el).some((r) => r.checked)).to.equal(false);
    expect(text(el)).not.to.contain('Wriezener Straße'); // main residence in Strausberg
    expect(text(el)).to.contain(a.residence.hintMany);
    part(el, 'continue')!.click();
    await until(() => activeInShadow(el)?.id === 'error-summary', 'focus on summary');
    expect(errorSummary(el)).to.contain(a.residence.error);
    $<HTMLAnchorElement>(el, '#error-summary a')!.click();
    expect(activeInShadow(el)?.id).to.equal('wohnung');
    await choose(el, 'res-two-3');
    expect($(el, '#error-summary')).to.equal(null);
    await next(el, a.date.heading);
    expect(text(el)).to.contain('Parkstraße 7, 19322 Wittenberge');
    await typeDate(el, day(-1));
    await next(el, a.review.heading);
    await confirm(el);
    part(el, 'submit')!.click();
    await waitForHeading(el, a.result.headingDone);
    expect(api.calls('createAbmeldung')[0]!.body).to.deep.equal({ residenceId: 'res-two-3', moveOutDate: day(-1), childIds: [] });
    expect(api.state.abmeldungen.map((x) => x.residenceId)).to.deep.equal(['res-two-3']);
  });

  it('completes the whole flow: date today, review, declaration, Meldebestätigung (A7), PDF with bearer header', async () => {
    const api = fake('din91379');
    const el = await atResidence(api);
    await next(el, a.date.heading);
    expect(text(el)).to.contain(`spätestens der ${german(day(7))}`);
    expect(text(el)).to.contain('Frühestens der Tag Ihres Einzugs (01.04.2023)');
    await typeDate(el, TODAY);
    expect(text(el)).to.contain(a.date.effectNow);
    await next(el, a.review.heading);
    const review = $(el, '[part~="summary-list"]')!.textContent!;
    expect(review).to.contain('Łukasz Ngọc Żółkiewski-Nguyễn');
    expect(review).to.contain('Seestraße 33a, 15537 Erkner');
    expect(review).to.contain(german(TODAY));
    expect(review).to.contain('Strausberg');
    expect(review).not.to.contain(a.review.children); // no children step for this person
    expect(part(el, 'submit')!.textContent).to.contain('Nebenwohnung verbindlich abmelden');
    // The declaration is required.
    part(el, 'submit')!.click();
    await until(() => activeInShadow(el)?.id === 'error-summary', 'summary');
    expect(errorSummary(el)).to.contain(a.review.errorConfirm);
    expect(api.calls('createAbmeldung')).to.have.length(0);
    await confirm(el);
    part(el, 'submit')!.click();
    await waitForHeading(el, a.result.headingDone);
    expect(activeInShadow(el)?.id).to.equal('step-heading');

    const doc = $(el, '[part~="confirmation"]')!;
    const c = doc.textContent!.replace(/\s+/g, ' ');
    expect(c).to.contain('Żółkiewski-Nguyễn');
    expect(doc.querySelector('.in-use')!.textContent).to.equal('Łukasz');
    expect(c).to.contain('03.11.1991');
    expect(c).to.contain('Seestraße 33a');
    expect(c).to.contain('15537 Erkner');
    expect(c).to.match(/Status der Wohnung\s*Nebenwohnung/);
    expect(c).to.match(new RegExp(`Auszugsdatum\\s*${german(TODAY).replace(/\./g, '\\.')}`));
    expect(c).to.match(new RegExp(`Datum der Abmeldung\\s*${german(TODAY).replace(/\./g, '\\.')}`));
    expect(c).to.contain(a.result.stateDone(german(TODAY)));
    expect(c).not.to.contain(a.result.children);
    const facts = $(el, '[part~="document-facts"]')!.textContent!;
    expect(facts).to.match(/MBT-\d{4}-\d{6}/);
    expect(facts).to.match(/[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/);

    const saved: { blob: Blob; name: string }[] = [];
    el.saveFile = (blob, name) => saved.push({ blob, name });
    part(el, 'download')!.click();
    await until(() => saved.length === 1, 'PDF saved');
    expect(saved[0]!.blob.type).to.equal('application/pdf');
    expect(saved[0]!.name).to.match(/^Meldebestaetigung-MBT-\d{4}-\d{6}\.pdf$/);
    expect(api.calls('getDocumentPdf')[0]!.bearer).to.equal(true);
    const token = [...api.state.sessions.keys()][0]!;
    for (const call of api.calls()) expect(call.url).not.to.contain(token);
    // Logging out says so in words that cannot be mistaken for the deregistration.
    expect(part(el, 'logout')!.textContent).to.contain('Sitzung beenden');
  });

  describe('move-out date (A3)', () => {
    const cases: [string, string | { day: string; month: string; year: string }, string, string[]][] = [
      ['empty', { day: '', month: '', year: '' }, a.date.errorEmpty, ['auszug', 'auszug-month', 'auszug-year']],
      ['a missing month', { day: '3', month: '', year: '2026' }, a.date.errorMissing('einen Monat'), ['auszug-month']],
      ['a missing day and year', { day: '', month: '3', year: '' }, a.date.errorMissing('einen Tag und ein Jahr'), ['auszug', 'auszug-year']],
      ['31 February', { day: '31', month: '2', year: '2026' }, a.date.errorReal, ['auszug']],
      ['month 13', { day: '1', month: '13', year: '2026' }, a.date.errorReal, ['auszug-month']],
      ['letters', { day: 'x', month: '3', year: '2026' }, a.date.errorReal, ['auszug']],
      ['a two-digit year', { day: '1', month: '3', year: '26' }, a.date.errorYear, ['auszug-year']],
      ['8 days ahead', day(8), a.date.errorTooFar(german(day(7))), ['auszug', 'auszug-month', 'auszug-year']],
      ['before moving in', '2023-03-31', a.date.errorBeforeMoveIn('01.04.2023'), ['auszug', 'auszug-month', 'auszug-year']],
    ];
    for (const [name, value, message, marked] of cases) {
      it(`${name}: inline error at the field, summary, no request`, async () => {
        const api = fake('din91379');
        const el = await atResidence(api);
        await next(el, a.date.heading);
        await typeDate(el, value);
        part(el, 'continue')!.click();
        await until(() => activeInShadow(el)?.id === 'error-summary', 'focus on the summary');
        expect(errorSummary(el)).to.contain(message);
        expect($(el, '#auszug-error')!.textContent).to.contain(`Fehler: ${message}`);
        expect($(el, 'fieldset')!.getAttribute('aria-describedby')).to.contain('auszug-error');
        expect($$(el, 'input[aria-invalid="true"]').map((i) => i.id)).to.deep.equal(marked);
        expect(plain($(el, '#step-heading')!.textContent!)).to.contain(a.date.heading);
        expect(api.calls('createAbmeldung')).to.have.length(0);
      });
    }

    it('the error follows the input once shown; 7 days ahead and the move-in day are allowed', async () => {
      const api = fake('din91379');
      const el = await atResidence(api);
      await next(el, a.date.heading);
      await typeDate(el, day(8));
      part(el, 'continue')!.click();
      await until(() => $(el, '#error-summary'), 'summary');
      await typeDate(el, day(7));
      expect($(el, '#error-summary')).to.equal(null);
      expect(text(el)).to.contain(a.date.effectLater(german(day(7))));
      await typeDate(el, '2023-04-01');
      expect($(el, '#error-summary')).to.equal(null);
      await next(el, a.review.heading);
    });

    it('more than 14 days ago: a gentle notice that does not block (still processed, marked late)', async () => {
      const api = fake('din91379');
      const el = await atResidence(api);
      await next(el, a.date.heading);
      await typeDate(el, day(-14));
      expect($(el, '#late-notice')).to.equal(null);
      await typeDate(el, day(-15));
      const late = $(el, '#late-notice')!;
      expect(late.textContent).to.contain(a.date.lateTitle);
      expect(late.getAttribute('part')).to.contain('warning');
      await until(() => $(el, '[part~="live-region"]')!.textContent!.includes(a.date.lateTitle), 'announced');
      expect(text(el)).to.contain(a.date.effectPast(german(day(-15))));
      await next(el, a.review.heading);
      expect($(el, '[part~="summary-list"]')!.textContent).to.contain(a.date.lateTitle);
      await confirm(el);
      part(el, 'submit')!.click();
      await waitForHeading(el, a.result.headingDone);
      expect(text(el)).to.contain(a.result.lateNote);
    });

    it('a future date is recorded and takes effect later (A4): VORGEMERKT explained in plain words', async () => {
      const el = await atResult(fake('din91379'), { date: day(3) });
      expect(plain($(el, '#step-heading')!.textContent!)).to.contain(plain(a.result.headingPending));
      expect(text(el)).to.contain(a.result.leadPending(german(day(3))));
      expect($(el, '[part~="confirmation"]')!.textContent).to.contain(a.result.statePending(german(day(3))));
    });
  });

  describe('children (A5)', () => {
    it('family: under 16 selectable; 17 and 19 shown disabled with the reason; the rules explained', async () => {
      const api = fake('family');
      const el = await atResidence(api);
      expect($(el, '#step-heading')!.textContent).to.contain('Schritt 2 von 6');
      await next(el, a.date.heading);
      await typeDate(el, day(2));
      await next(el, a.children.heading);
      const boxes = $$<HTMLInputElement>(el, 'input[name="kinder"]');
      expect(boxes.map((b) => [b.value, b.disabled])).to.deep.equal([
        ['kid-lena', false],
        ['kid-jonas', true],
        ['kid-emma', true],
      ]);
      const hint = (id: string) => $(el, `#${$<HTMLInputElement>(el, `input[value="${id}"]`)!.getAttribute('aria-describedby')}`)!.textContent;
      expect(hint('kid-jonas')).to.contain(a.children.reasonTeen);
      expect(hint('kid-emma')).to.contain(a.children.reasonAdult);
      expect(text(el)).to.contain('Lena Marie Köhler, geboren am');
      for (const rule of a.children.rules) expect(text(el)).to.contain(rule);
      await choose(el, 'kid-lena');
      await next(el, a.review.heading);
      expect($(el, '[part~="summary-list"]')!.textContent).to.contain('Lena Marie Köhler');
      await confirm(el);
      part(el, 'submit')!.click();
      await waitForHeading(el, a.result.headingPending);
      expect(api.calls('createAbmeldung')[0]!.body).to.deep.equal({ residenceId: 'res-fam-2', moveOutDate: day(2), childIds: ['kid-lena'] });
      const doc = $(el, '[part~="confirmation"]')!.textContent!.replace(/\s+/g, ' ');
      expect(doc).to.contain(a.result.children);
      expect(doc).to.contain('Lena (Rufname) Marie Köhler'); // the Rufname named for screen readers
      expect(doc).not.to.contain('Jonas');
    });

    it('no child selected is a valid answer ("keine" on the review)', async () => {
      const api = fake('family');
      const el = await atReview(api, { date: TODAY });
      expect($(el, '[part~="summary-list"]')!.textContent).to.match(/Mit abgemeldete Kinder\s*keine/);
      await confirm(el);
      part(el, 'submit')!.click();
      await waitForHeading(el, a.result.headingDone);
      expect(api.calls('createAbmeldung')[0]!.body).to.deep.include({ childIds: [] });
    });
  });

  describe('review', () => {
    it('"Ändern" goes to the step and "Weiter" returns to the review; a changed request needs the declaration again', async () => {
      const api = fake('family');
      const el = await atReview(api, { date: day(1), children: ['kid-lena'] });
      await confirm(el);
      const change = (row: string) => $$<HTMLButtonElement>(el, '.summary-action button').find((b) => b.textContent!.includes(row))!;
      expect(change(a.review.residence).textContent).to.contain('Ändern');

      change(a.review.moveOutDate).click();
      await waitForHeading(el, a.date.heading);
      expect(activeInShadow(el)?.id).to.equal('step-heading');
      expect(part(el, 'back')).to.equal(null); // editing: "Weiter" is the way back
      await typeDate(el, day(2));
      await next(el, a.review.heading);
      expect($(el, '[part~="summary-list"]')!.textContent).to.contain(german(day(2)));
      expect($<HTMLInputElement>(el, 'input[value="RICHTIG"]')!.checked).to.equal(false);

      change(a.review.children).click();
      await waitForHeading(el, a.children.heading);
      await choose(el, 'kid-lena');
      await next(el, a.review.heading);
      expect($(el, '[part~="summary-list"]')!.textContent).to.match(/Mit abgemeldete Kinder\s*keine/);

      change(a.review.residence).click();
      await waitForHeading(el, a.residence.heading);
      await next(el, a.review.heading);

      await confirm(el);
      part(el, 'submit')!.click();
      await waitForHeading(el, a.result.headingPending);
      expect(api.calls('createAbmeldung')[0]!.body).to.deep.equal({ residenceId: 'res-fam-2', moveOutDate: day(2), childIds: [] });
    });

    it('"Zurück" walks back through the steps with the input kept', async () => {
      const el = await atReview(fake('family'), { date: day(1), children: ['kid-lena'] });
      part(el, 'back')!.click();
      await waitForHeading(el, a.children.heading);
      expect($<HTMLInputElement>(el, 'input[value="kid-lena"]')!.checked).to.equal(true);
      part(el, 'back')!.click();
      await waitForHeading(el, a.date.heading);
      expect($<HTMLInputElement>(el, '#auszug-year')!.value).to.equal(day(1).slice(0, 4));
      part(el, 'back')!.click();
      await waitForHeading(el, a.residence.heading);
    });
  });

  it('focus on every step heading; vois-step and vois-complete without personal data', async () => {
    const api = fake('family');
    const first = await mount(api);
    const events = recordEvents(first.parentElement!);
    const el = await loginAndReturn(api, {}, {}, first);
    await waitForHeading(el, a.residence.heading);
    expect(activeInShadow(el)?.id).to.equal('step-heading');
    await next(el, a.date.heading);
    expect(activeInShadow(el)?.id).to.equal('step-heading');
    await typeDate(el, TODAY);
    await next(el, a.children.heading);
    expect(activeInShadow(el)?.id).to.equal('step-heading');
    await choose(el, 'kid-lena');
    await next(el, a.review.heading);
    expect(activeInShadow(el)?.id).to.equal('step-heading');
    await confirm(el);
    part(el, 'submit')!.click();
    await waitForHeading(el, a.result.headingDone);
    expect(activeInShadow(el)?.id).to.equal('step-heading');
    const steps = events.filter((e) => e.type === 'vois-step').map((e) => e.detail);
    expect(steps.map((d) => d.step)).to.deep.equal(['wohnung', 'datum', 'kinder', 'pruefen', 'ergebnis']);
    expect(steps[0]).to.deep.equal({ service: 'abmeldung-nebenwohnung', step: 'wohnung', index: 2, total: 6 });
    expect(events.find((e) => e.type === 'vois-complete')!.detail).to.deep.equal({ service: 'abmeldung-nebenwohnung', documentType: 'MELDEBESTAETIGUNG' });
    for (const e of events) {
      expect(e.bubbles && e.composed).to.equal(true);
      expect(JSON.stringify(e.detail)).not.to.match(/Köhler|Sabine|Lena|Premnitz|res-|kid-|MBT-|doc-|\d{4}-\d{2}-\d{2}/);
    }
  });

  it('English: texts, dates and the result in English', async () => {
    const en = (await import('./helpers.ts')).en.abmeldung;
    const el = await atResult(fake('din91379'), { attrs: { lang: 'en' }, date: day(3) });
    expect(text(el)).to.contain(en.result.headingPending);
    const [y, m, d] = day(3).split('-').map(Number) as [number, number, number];
    const english = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
    expect(text(el)).to.contain(en.result.leadPending(english));
    expect($(el, '[part~="confirmation"]')!.textContent).to.contain('Status of the residence');
    expect(part(el, 'logout')!.textContent).to.contain('Log out');
  });

  it('can be completed with the keyboard alone (family, one child)', async () => {
    const api = fake('family');
    const el = await mount(api);
    let target = '';
    el.navigate = (url) => (target = url);
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(el, isPart('login'));
    await sendKeys({ press: 'Enter' });
    await until(() => target, 'navigate');
    history.replaceState(null, '', api.authorize(target));
    const parent = el.parentElement!;
    el.remove();
    const again = await mount(api, {}, parent);
    await waitForHeading(again, a.residence.heading);
    // The only residence is preselected: Tab to "Weiter".
    await tabTo(again, isPart('continue'));
    await sendKeys({ press: 'Enter' });
    await waitForHeading(again, a.date.heading);
    const [y, m, d] = day(1).split('-');
    await tabTo(again, (x) => x.id === 'auszug');
    await sendKeys({ type: d! });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: m! });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: y! });
    await tabTo(again, isPart('continue'));
    await sendKeys({ press: 'Enter' });
    await waitForHeading(again, a.children.heading);
    await tabTo(again, (x) => (x as HTMLInputElement).value === 'kid-lena');
    await sendKeys({ press: 'Space' });
    await tabTo(again, isPart('continue'));
    await sendKeys({ press: 'Enter' });
    await waitForHeading(again, a.review.heading);
    await tabTo(again, (x) => (x as HTMLInputElement).value === 'RICHTIG');
    await sendKeys({ press: 'Space' });
    await tabTo(again, isPart('submit'));
    await sendKeys({ press: 'Enter' });
    await waitForHeading(again, a.result.headingPending);
    expect(api.calls('createAbmeldung')[0]!.body).to.deep.equal({ residenceId: 'res-fam-2', moveOutDate: day(1), childIds: ['kid-lena'] });
    let saved = 0;
    again.saveFile = () => saved++;
    await tabTo(again, isPart('download'));
    await sendKeys({ press: 'Enter' });
    await until(() => saved === 1, 'download by keyboard');
  });

  it('logout ends the session and removes personal data and choices', async () => {
    const api = fake('din91379');
    const el = await atResult(api);
    part(el, 'logout')!.click();
    await waitForHeading(el, a.intro.heading);
    expect(api.state.sessions.size).to.equal(0);
    expect(text(el)).not.to.contain('Żółkiewski');
    expect(part(el, 'login')).to.exist;
  });
});
