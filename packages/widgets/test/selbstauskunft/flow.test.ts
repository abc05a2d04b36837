/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { AuskunftField, AuskunftGroup } from '@vois-online/client/contract';
import type { Selbstauskunft } from '@vois-online/client';
import { $, $$, activeInShadow, createFakeApi, de, en, part, recordEvents, text, until, waitForHeading } from '../helpers.ts';
import { atAuskunft, entries, groupButton, groupPanel, loginSa, mountSa, navigation, openGroup, withAuskunft } from './helpers.ts';
import type { VoisSelbstauskunft } from '../../src/index.ts';

const s = de.selbstauskunft;

/** Presses Tab until `predicate` holds for the focused element in the widget. */
async function tabTo(el: VoisSelbstauskunft, predicate: (active: HTMLElement) => boolean, max = 60): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const active = activeInShadow(el);
    if (active && predicate(active)) return active;
  }
  throw new Error('focus target not reached by Tab');
}
const isPart = (name: string) => (a: HTMLElement) => (a.getAttribute('part') ?? '').split(' ').includes(name);

describe('<vois-selbstauskunft> flow', () => {
  it('shows the intro: what you get and need, free, two steps, the login button', async () => {
    const el = await mountSa(createFakeApi());
    const t = text(el);
    expect(t).to.contain(s.intro.heading);
    expect(t).to.contain(s.intro.get[1]);
    expect(t).to.contain(s.intro.need[1]);
    expect(t).to.contain(de.common.free);
    expect(t).to.contain('Schritt 1 von 2');
    expect(t).to.contain(s.intro.legal);
    expect(part(el, 'login')!.textContent).to.contain(de.login.button);
    await until(() => text(el).includes('Strausberg'), 'municipality name');
  });

  it('the login stores only the step and the widget as flow state', async () => {
    const fake = createFakeApi();
    const el = await mountSa(fake);
    const url = new URL(await navigation(el, () => part(el, 'login')!.click()));
    expect(url.pathname).to.equal('/v1/auth/authorize');
    const stored = JSON.parse(sessionStorage.getItem(`vois-login:${url.searchParams.get('state')}`)!);
    expect(stored.flow).to.deep.equal({ step: 'start', widget: 'vois-selbstauskunft' });
  });

  it('after login: everything stored, in headed groups that start closed, with counts (S1)', async () => {
    const fake = createFakeApi();
    const first = await mountSa(fake);
    const events = recordEvents(first.parentElement!);
    const el = await loginSa(fake, {}, {}, first);
    await waitForHeading(el, s.result.heading);
    expect(location.hash).to.equal('');
    expect(activeInShadow(el)?.id).to.equal('step-heading');
    expect($(el, '#step-heading')!.textContent).to.contain('Schritt 2 von 2');
    const facts = $(el, '.key-facts')!.textContent!;
    expect(facts).to.contain('Strausberg');
    expect(facts).to.match(/\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} Uhr/);

    const buttons = $$<HTMLButtonElement>(el, '.disclosure');
    expect(buttons.map((b) => b.querySelector('.disclosure-label')!.textContent)).to.deep.equal(AuskunftGroup.options.map((g) => s.data.groups[g]));
    for (const b of buttons) {
      // A real heading holds each button (the outline lists every group).
      expect(b.parentElement!.tagName).to.equal('H5');
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      const panel = $(el, `#${b.getAttribute('aria-controls')}`)!;
      expect(panel.getAttribute('hidden')).to.equal('until-found');
      expect(panel.getBoundingClientRect().height).to.equal(0);
    }
    expect(groupButton(el, 'NAMEN').textContent).to.contain('5 Einträge');
    expect(groupButton(el, 'GESCHLECHT').textContent).to.contain('1 Eintrag');

    expect(fake.calls('getSelbstauskunft')).to.have.length(1);
    expect(fake.calls('getSelbstauskunft')[0]!.bearer).to.equal(true);
    const steps = events.filter((e) => e.type === 'vois-step').map((e) => e.detail);
    expect(steps).to.deep.equal([{ service: 'selbstauskunft', step: 'auskunft', index: 2, total: 2 }]);
    expect(events.find((e) => e.type === 'vois-complete')!.detail).to.deep.equal({ service: 'selbstauskunft' });
    for (const e of events) expect(JSON.stringify(e.detail)).not.to.match(/Schneider|Jana|1988|Große|Strausberg/);
  });

  it('a group opens and closes; values as stored, with origin and validity', async () => {
    const el = await atAuskunft(createFakeApi());
    const panel = await openGroup(el, 'NAMEN');
    expect(groupButton(el, 'NAMEN').getAttribute('aria-expanded')).to.equal('true');
    expect(panel.getBoundingClientRect().height).to.be.greaterThan(0);
    const names = entries(el, 'NAMEN');
    expect(names.map(([label]) => label)).to.deep.equal(['Familienname', 'Vornamen', 'Rufname', 'Geburtsname', 'Früherer Name']);
    expect(names[0]![1]).to.equal('Schneider Herkunft: Eheurkunde, Standesamt Strausberg');
    expect(names[4]![1]).to.equal('Krüger Gültigkeit: bis 14.06.2014 Herkunft: Eheurkunde, Standesamt Strausberg');
    // Stored values are marked German (they stay German in the English UI).
    expect(panel.querySelector('.entry-value')!.getAttribute('lang')).to.equal('de');

    await openGroup(el, 'ANSCHRIFTEN');
    expect(entries(el, 'ANSCHRIFTEN')).to.deep.equal([
      ['Alleinige Wohnung', 'Große Straße 12, 15344 Strausberg (Meldebehörde: Strausberg) Gültigkeit: seit 01.08.2019'],
    ]);
    await openGroup(el, 'FRUEHERE_ANSCHRIFTEN');
    expect(entries(el, 'FRUEHERE_ANSCHRIFTEN')[0]![1]).to.contain('Gültigkeit: 01.09.2012 bis 31.07.2019');
    await openGroup(el, 'AUSWEISDOKUMENTE');
    expect(entries(el, 'AUSWEISDOKUMENTE')[0]).to.deep.equal(['Personalausweis', 'Nr. L01X00T47, ausgestellt von Stadt Strausberg Gültigkeit: 03.05.2021 bis 02.05.2031']);
    await openGroup(el, 'SPERREN');
    expect(entries(el, 'SPERREN')[0]![1]).to.contain('Alters- und Ehejubiläen');

    groupButton(el, 'NAMEN').click();
    await el.updateComplete;
    expect(groupButton(el, 'NAMEN').getAttribute('aria-expanded')).to.equal('false');
    expect(groupPanel(el, 'NAMEN').hasAttribute('hidden')).to.equal(true);
  });

  it('"open all groups" opens every group and then closes them all', async () => {
    const el = await atAuskunft(createFakeApi());
    const toggle = part(el, 'toggle-all')!;
    expect(toggle.textContent).to.contain(s.data.expandAll);
    toggle.click();
    await el.updateComplete;
    expect($$(el, '.disclosure').every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
    for (const p of $$(el, '.group-panel')) expect([p.id, p.hasAttribute('hidden'), p.checkVisibility()]).to.deep.equal([p.id, false, true]);
    expect(toggle.textContent).to.contain(s.data.collapseAll);
    toggle.click();
    await el.updateComplete;
    expect($$(el, '.group-panel').every((p) => p.hasAttribute('hidden') && !p.firstElementChild!.checkVisibility())).to.equal(true);
  });

  it('find-in-page opens the group that holds the match (beforematch)', async () => {
    const el = await atAuskunft(createFakeApi());
    const panel = groupPanel(el, 'AUSWEISDOKUMENTE');
    panel.dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect(groupButton(el, 'AUSWEISDOKUMENTE').getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hasAttribute('hidden')).to.equal(false);
  });

  it('empty groups say so; regular transfers with purpose and legal basis (S2); retrievals (S3)', async () => {
    const el = await atAuskunft(createFakeApi());
    expect(groupButton(el, 'GESCHLECHT').textContent).to.contain('1 Eintrag');
    const recipients = $(el, '[part~="recipients"]')!;
    const cards = [...recipients.querySelectorAll('li')];
    expect(cards).to.have.length(4);
    expect(cards[0]!.textContent).to.contain('Bundeszentralamt für Steuern');
    expect(cards[0]!.textContent).to.contain('Zweck');
    expect(cards[0]!.textContent).to.contain('§ 139b Abs. 6 AO');
    expect(cards[3]!.textContent).to.contain('Religionsgesellschaft (evangelisch)');
    const retrievals = $$(el, '[part~="retrievals"] li');
    expect(retrievals).to.have.length(2);
    expect(retrievals[0]!.textContent).to.contain('Jobcenter Märkisch-Oderland');
    expect(retrievals[0]!.textContent).to.contain('23.09.2026');
    expect(retrievals[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-09-23T07:55:00.000Z');
    expect(text(el)).to.contain(s.retrievals.security);
    expect(part(el, 'more-retrievals')).to.equal(null);
    expect($(el, '#withheld')).to.equal(null); // no S4 note when nothing is withheld
  });

  it('rights (S5): correction under § 12 BMG with the Bürgerbüro, complaint to the LDA Brandenburg', async () => {
    const el = await atAuskunft(createFakeApi());
    await until(() => $(el, '[part~="rights"] [part~="contact"]'), 'contact card');
    const rights = $(el, '[part~="rights"]')!.textContent!;
    expect(rights).to.contain('§ 12 Bundesmeldegesetz');
    expect(rights).to.contain('Bürgerbüro Strausberg');
    expect(rights).to.contain('Die Landesbeauftragte für den Datenschutz und für das Recht auf Akteneinsicht Brandenburg');
    expect(rights).to.contain('14532 Kleinmachnow');
    expect($<HTMLAnchorElement>(el, '.authority a')!.href).to.equal('https://www.lda.brandenburg.de/');
    expect(rights).to.contain(s.rights.free);
  });

  it('every group has a heading and every field a label, in German and English', async () => {
    for (const lang of ['de', 'en'] as const) {
      const t = lang === 'de' ? de : en;
      for (const g of AuskunftGroup.options) expect(t.selbstauskunft.data.groups[g], `${lang} ${g}`).to.be.a('string').and.not.equal('');
      for (const f of AuskunftField.options) expect(t.selbstauskunft.data.fields[f], `${lang} ${f}`).to.be.a('string').and.not.equal('');
    }
    // And they are what the element shows: an answer with every field once.
    const fake = createFakeApi();
    const all = (original: unknown): Selbstauskunft => {
      const a = original as Selbstauskunft;
      return { ...a, groups: [{ group: 'NAMEN', entries: AuskunftField.options.map((field) => ({ field, value: `Wert ${field}` })) }] };
    };
    for (const lang of ['de', 'en'] as const) {
      const transport = withAuskunft(fake, all);
      const first = await mountSa(fake, { lang }, undefined, transport);
      const url = await navigation(first, () => part(first, 'login')!.click());
      history.replaceState(null, '', fake.authorize(url));
      const parent = first.parentElement!;
      first.remove();
      const el = await mountSa(fake, { lang }, parent, transport);
      const t = lang === 'de' ? de : en;
      await waitForHeading(el, t.selbstauskunft.result.heading);
      await openGroup(el, 'NAMEN');
      expect(entries(el, 'NAMEN').map(([label]) => label)).to.deep.equal(AuskunftField.options.map((f) => t.selbstauskunft.data.fields[f]));
      el.remove();
    }
  });

  it('PDF: issued once with an idempotency key, downloaded with the bearer header, facts shown', async () => {
    const fake = createFakeApi();
    const first = await mountSa(fake);
    const events = recordEvents(first.parentElement!);
    const el = await loginSa(fake, {}, {}, first);
    await waitForHeading(el, s.result.heading);
    const saved: { blob: Blob; name: string }[] = [];
    el.saveFile = (blob, name) => saved.push({ blob, name });
    expect(part(el, 'download')!.textContent).to.contain('Als PDF herunterladen');
    part(el, 'download')!.click();
    part(el, 'download')!.click(); // a double click starts one request
    await until(() => saved.length === 1, 'PDF saved');
    expect(saved[0]!.blob.type).to.equal('application/pdf');
    expect(saved[0]!.name).to.match(/^Selbstauskunft-SA-\d{4}-\d{6}\.pdf$/);
    const create = fake.calls('createSelbstauskunftDocument');
    expect(create).to.have.length(1);
    expect(create[0]!.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(fake.calls('getDocumentPdf')[0]!.bearer).to.equal(true);
    await el.updateComplete;
    const facts = $(el, '[part~="document-facts"]')!.textContent!;
    expect(facts).to.match(/SA-\d{4}-\d{6}/);
    expect(facts).to.match(/[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}/);
    await until(() => $(el, '[part~="live-region"]')!.textContent!.includes(de.document.downloaded), 'announced');
    // Downloading again fetches the same document; nothing new is issued.
    part(el, 'download')!.click();
    await until(() => saved.length === 2, 'second save');
    expect(fake.calls('createSelbstauskunftDocument')).to.have.length(1);
    expect(fake.state.documents.size).to.equal(1);
    const complete = events.filter((e) => e.type === 'vois-complete').map((e) => e.detail);
    expect(complete).to.deep.equal([{ service: 'selbstauskunft' }, { service: 'selbstauskunft', documentType: 'SELBSTAUSKUNFT' }]);
    const tokens = [...fake.state.sessions.keys()];
    for (const call of fake.calls()) expect(call.url).not.to.contain(tokens[0]);
  });

  it('PDF: a retry after a lost answer uses the same key and gets the same document', async () => {
    const fake = createFakeApi();
    const el = await atAuskunft(fake);
    const saved: string[] = [];
    el.saveFile = (_b, name) => saved.push(name);
    fake.fail('createSelbstauskunftDocument', 'drop-response', { times: 1 });
    part(el, 'download')!.click();
    await until(() => $(el, '#problem'), 'problem');
    expect(text(el)).to.contain('Keine Verbindung');
    part(el, 'retry')!.click();
    await until(() => saved.length === 1, 'saved');
    const calls = fake.calls('createSelbstauskunftDocument');
    expect(calls).to.have.length(2);
    expect(calls[0]!.idempotencyKey).to.equal(calls[1]!.idempotencyKey);
    expect(fake.state.documents.size).to.equal(1);
  });

  it('PDF: when only the download fails, the retry does not issue another document', async () => {
    const fake = createFakeApi();
    const el = await atAuskunft(fake);
    const saved: string[] = [];
    el.saveFile = (_b, name) => saved.push(name);
    fake.fail('getDocumentPdf', 'server-error', { times: 1 });
    part(el, 'download')!.click();
    await until(() => $(el, '#problem'), 'problem');
    part(el, 'retry')!.click();
    await until(() => saved.length === 1, 'saved');
    expect(fake.calls('createSelbstauskunftDocument')).to.have.length(1);
    expect(fake.calls('getDocumentPdf')).to.have.length(2);
  });

  it('"Drucken" calls the overridable print()', async () => {
    const el = await atAuskunft(createFakeApi());
    let printed = 0;
    el.print = () => printed++;
    part(el, 'print')!.click();
    expect(printed).to.equal(1);
  });

  it('print view: every group and retrieval open, no buttons, no progress', async () => {
    const el = await atAuskunft(createFakeApi({ persona: 'many-retrievals' }));
    await emulateMedia({ media: 'print' });
    try {
      for (const panel of $$(el, '.group-panel')) {
        expect(panel.getAttribute('hidden')).to.equal('until-found');
        expect(panel.querySelector('dl, p')!.checkVisibility(), panel.id).to.equal(true);
        expect(getComputedStyle(panel).display, panel.id).to.equal('block');
        expect(panel.getBoundingClientRect().height, panel.id).to.be.greaterThan(0);
      }
      const more = $(el, '#retrievals-more')!;
      expect(more.querySelector('li')!.checkVisibility()).to.equal(true);
      for (const name of ['download', 'print', 'toggle-all', 'logout', 'more-retrievals']) {
        expect(part(el, name)!.getBoundingClientRect().height, name).to.equal(0);
      }
      expect($(el, '[part~="progress"]')!.getBoundingClientRect().height).to.equal(0);
      // Group headings stay (as plain headings), without the chevron.
      const heading = groupButton(el, 'NAMEN');
      expect(heading.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(getComputedStyle(heading.querySelector('.chevron')!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(groupPanel(el, 'NAMEN').getBoundingClientRect().height).to.equal(0);
    expect(groupPanel(el, 'NAMEN').querySelector('dl')!.checkVisibility()).to.equal(false);
  });

  it('many retrievals: the newest five, then "show all" reveals the rest (S3)', async () => {
    const el = await atAuskunft(createFakeApi({ persona: 'many-retrievals' }));
    const visible = () => $$(el, '.retrieval').filter((li) => li.checkVisibility());
    expect(visible()).to.have.length(5);
    const more = part(el, 'more-retrievals')!;
    expect(more.textContent).to.contain('Alle 23 Abrufe anzeigen');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expect(more.getAttribute('aria-controls')).to.equal('retrievals-more');
    more.click();
    await el.updateComplete;
    expect(visible()).to.have.length(23);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(more.textContent).to.contain(s.retrievals.showFewer);
    expect($<HTMLOListElement>(el, '#retrievals-more')!.start).to.equal(6);
    // Each retrieval: date, authority, data — as a definition list.
    const first = $$(el, '.retrieval')[0]!;
    expect([...first.querySelectorAll('dt')].map((d) => d.textContent)).to.deep.equal([s.retrievals.date, s.retrievals.recipient, s.retrievals.data]);
    expect(first.textContent).to.contain('28.10.2026');
  });

  it('long content stays readable in a 320 px column: no horizontal overflow, labels above values', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await atAuskunft(createFakeApi({ persona: 'long-name' }));
      part(el, 'toggle-all')!.click();
      await el.updateComplete;
      const frame = $(el, '.vois')!;
      expect(frame.scrollWidth).to.be.at.most(frame.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      const entry = $(el, '.entry')!;
      expect(getComputedStyle(entry).gridTemplateColumns.split(' ')).to.have.length(1);
      for (const node of $$(el, '.entry dd, .card, .retrieval, .disclosure')) {
        expect(node.getBoundingClientRect().right, node.className).to.be.at.most(320);
      }
    } finally {
      await setViewport({ width: 1024, height: 768 });
    }
  });

  it('logout ends the session and removes the disclosure from the page', async () => {
    const fake = createFakeApi();
    const el = await atAuskunft(fake);
    part(el, 'logout')!.click();
    await waitForHeading(el, s.intro.heading);
    expect(fake.calls('logout')).to.have.length(1);
    expect(text(el)).not.to.contain('Schneider');
    expect(text(el)).not.to.contain('Bundeszentralamt');
    expect(part(el, 'login')).to.exist;
  });

  it('another widget that is already logged in: "show" without a second login', async () => {
    const fake = createFakeApi();
    const el = await atAuskunft(fake);
    const second = await mountSa(fake, {}, el.parentElement!);
    expect(text(second)).to.contain(de.login.alreadyLoggedIn);
    part(second, 'continue')!.click();
    await waitForHeading(second, s.result.heading);
    expect(fake.calls('exchangeCode')).to.have.length(1);
  });

  it('can be used with the keyboard alone', async () => {
    const fake = createFakeApi();
    const el = await mountSa(fake);
    let to = '';
    el.navigate = (url) => (to = url);
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(el, isPart('login'));
    await sendKeys({ press: 'Enter' });
    await until(() => to, 'navigate');
    history.replaceState(null, '', fake.authorize(to));
    const parent = el.parentElement!;
    el.remove();
    const again = await mountSa(fake, {}, parent);
    await waitForHeading(again, s.result.heading);
    const names = await tabTo(again, (a) => a.id === 'group-namen-button');
    await sendKeys({ press: 'Enter' });
    await again.updateComplete;
    expect(names.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await again.updateComplete;
    expect(names.getAttribute('aria-expanded')).to.equal('false');
    let saved = 0;
    again.saveFile = () => saved++;
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(again, isPart('download'));
    await sendKeys({ press: 'Enter' });
    await until(() => saved === 1, 'download by keyboard');
  });
});
