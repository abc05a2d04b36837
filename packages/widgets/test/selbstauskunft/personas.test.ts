/// <reference types="mocha" />
/**
 * The disclosure for the personas whose data tends to break layouts or rules: names beyond
 * Latin-1 (DIN 91379), the very long name, the single-name person, withheld family data (S4),
 * a long access log, and the English UI with German register values.
 */
import { expect } from '@open-wc/testing';
import { $, $$, createFakeApi, de, en, part, text } from '../helpers.ts';
import { atAuskunft, entries, groupButton, openGroup } from './helpers.ts';

const s = de.selbstauskunft;

describe('<vois-selbstauskunft> personas', () => {
  it('DIN 91379 names exactly as stored (NFC), two residences with their authorities', async () => {
    const el = await atAuskunft(createFakeApi({ persona: 'din91379' }));
    await openGroup(el, 'NAMEN');
    const names = entries(el, 'NAMEN');
    expect(names[0]).to.deep.equal(['Familienname', 'Żółkiewski-Nguyễn Herkunft: Polnischer Reisepass']);
    expect(names[1]![1]).to.contain('Łukasz Ngọc');
    expect(names[0]![1].normalize('NFC')).to.equal(names[0]![1]);
    await openGroup(el, 'ANSCHRIFTEN');
    const addresses = entries(el, 'ANSCHRIFTEN');
    expect(addresses.map(([label]) => label)).to.deep.equal(['Hauptwohnung', 'Nebenwohnung']);
    expect(addresses[0]![1]).to.contain('Straße der Einheit 9 Hinterhaus, 15344 Strausberg');
    expect(addresses[1]![1]).to.contain('Meldebehörde: Erkner');
    await openGroup(el, 'STAATSANGEHOERIGKEITEN');
    expect(entries(el, 'STAATSANGEHOERIGKEITEN').map(([, v]) => v.split(' ')[0])).to.deep.equal(['deutsch', 'polnisch']);
    expect(groupButton(el, 'STAATSANGEHOERIGKEITEN').textContent).to.contain('2 Einträge');
    await openGroup(el, 'GEBURT');
    expect(entries(el, 'GEBURT')[1]![1]).to.contain('Gdańsk, Polen');
  });

  it('the very long name: six given names, degree, nobility prefix, birth year only', async () => {
    const el = await atAuskunft(createFakeApi({ persona: 'long-name' }));
    await openGroup(el, 'NAMEN');
    const names = Object.fromEntries(entries(el, 'NAMEN').map(([k, v]) => [k, v]));
    expect(names['Familienname']).to.contain('Freifrau von Hohenberg-Waldeck-Schönau');
    expect(names['Vornamen']).to.contain('Friederike Charlotte Auguste Wilhelmine Sophie Henriette');
    expect(names['Rufname']).to.equal('Auguste');
    expect(names['Doktorgrad']).to.equal('Dr. rer. nat.');
    expect(names['Künstlername']).to.equal('Charlotte Hohenberg');
    expect(entries(el, 'NAMEN').filter(([k]) => k === 'Früherer Name')).to.have.length(2);
    await openGroup(el, 'GEBURT');
    expect(entries(el, 'GEBURT')[0]).to.deep.equal(['Geburtsdatum', '1950 Herkunft: Angabe der Person (Tag und Monat nicht bekannt)']);
  });

  it('the single-name person: only a family name, no empty "given names" row', async () => {
    const el = await atAuskunft(createFakeApi({ persona: 'single-name' }));
    expect(groupButton(el, 'NAMEN').textContent).to.contain('1 Eintrag');
    await openGroup(el, 'NAMEN');
    expect(entries(el, 'NAMEN')).to.deep.equal([['Familienname', 'Suryani Herkunft: Indonesischer Reisepass']]);
    await openGroup(el, 'AUSWEISDOKUMENTE');
    expect(entries(el, 'AUSWEISDOKUMENTE').map(([k]) => k)).to.deep.equal(['Aufenthaltstitel', 'Reisepass']);
    expect(groupButton(el, 'FAMILIE').textContent).to.contain('keine Eintragung');
    await openGroup(el, 'FAMILIE');
    expect($(el, '#group-familie')!.textContent).to.contain(s.data.empty);
  });

  it('S4: a spouse with an information block is left out, and the citizen is told why', async () => {
    const el = await atAuskunft(createFakeApi({ persona: 'spouse-blocked' }));
    const note = $(el, '#withheld')!;
    expect(note.getAttribute('part')).to.contain('withheld');
    expect(note.textContent).to.contain(s.withheld.title);
    expect(note.textContent).to.contain('§§ 51, 52');
    await openGroup(el, 'FAMILIE');
    const family = $(el, '#group-familie')!.textContent!;
    expect(family).to.contain(s.withheld.inGroup);
    expect(family).not.to.contain('Miriam');
    await openGroup(el, 'FAMILIENSTAND');
    expect(entries(el, 'FAMILIENSTAND')[0]![1]).to.contain('verheiratet');
  });

  it('many retrievals: 23 listed newest first, five before "show all"', async () => {
    const el = await atAuskunft(createFakeApi({ persona: 'many-retrievals' }));
    const all = $$(el, '.retrieval time').map((t) => t.getAttribute('datetime')!);
    expect(all).to.have.length(23);
    expect([...all].sort().reverse()).to.deep.equal(all);
    expect(part(el, 'more-retrievals')!.textContent).to.contain('23');
  });

  it('English: labels and headings in English, register values stay German (lang="de")', async () => {
    const el = await atAuskunft(createFakeApi(), { lang: 'en' });
    const e = en.selbstauskunft;
    expect(text(el)).to.contain(e.data.heading);
    expect(text(el)).to.contain(e.recipients.heading);
    expect(text(el)).to.contain(e.retrievals.heading);
    expect(text(el)).to.contain('The Brandenburg Commissioner for Data Protection');
    expect(part(el, 'download')!.textContent).to.contain('Download as PDF');
    expect(groupButton(el, 'NAMEN').textContent).to.contain('Names');
    await openGroup(el, 'ANSCHRIFTEN');
    const [label, value] = entries(el, 'ANSCHRIFTEN')[0]!;
    expect(label).to.equal('Sole residence');
    expect(value).to.contain('Valid: since 1 August 2019');
    expect($(el, '#group-anschriften .entry-value')!.getAttribute('lang')).to.equal('de');
    expect($(el, '.retrieval dd[lang="de"]')).to.exist;
    expect(text(el)).to.match(/23 September 2026, \d{2}:\d{2}/);
  });
});
