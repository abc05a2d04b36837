/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { de, en } from '../texts.ts';
import { formatAddress, formatInstant, formatName, formatPartialDate } from '../../src/i18n/format.ts';
import { supportedLang } from '../../src/i18n/index.ts';

/** Key paths of a catalogue, functions and arrays as leaves. */
function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' && !Array.isArray(v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('i18n', () => {
  it('the English catalogue has exactly the German keys (also checked by the type system)', () => {
    expect(keys(en)).to.deep.equal(keys(de));
  });

  it('no empty texts', () => {
    const leaves = (o: object): unknown[] => Object.values(o).flatMap((v) => (v && typeof v === 'object' && !Array.isArray(v) ? leaves(v) : [v]));
    for (const cat of [de, en]) for (const v of leaves(cat)) if (typeof v === 'string') expect(v.trim()).not.to.equal('');
  });

  it('partial dates as the register knows them', () => {
    expect(formatPartialDate('1950-03-14', 'de')).to.equal('14.03.1950');
    expect(formatPartialDate('1950-03', 'de')).to.equal('03.1950');
    expect(formatPartialDate('1950', 'de')).to.equal('1950');
    expect(formatPartialDate('1950-03-14', 'en')).to.equal('14 March 1950');
    expect(formatPartialDate('1950-03', 'en')).to.equal('March 1950');
    expect(formatPartialDate('1950', 'en')).to.equal('1950');
  });

  it('instants in German time', () => {
    expect(formatInstant('2026-11-29T14:05:00.000Z', 'de')).to.deep.equal({ date: '29.11.2026', time: '15:05' });
    expect(formatInstant('2026-07-01T22:30:00.000Z', 'de')).to.deep.equal({ date: '02.07.2026', time: '00:30' });
    expect(formatInstant('2026-11-29T14:05:00.000Z', 'en').date).to.equal('29 November 2026');
  });

  it('names and addresses (DIN 91379 characters kept as they are)', () => {
    expect(formatName({ familyName: 'Żółkiewski-Nguyễn', givenNames: ['Łukasz', 'Ngọc'], doctoralDegree: 'Dr.' })).to.equal('Dr. Łukasz Ngọc Żółkiewski-Nguyễn');
    expect(formatName({ familyName: 'Sukarno', givenNames: [] })).to.equal('Sukarno');
    expect(formatAddress({ street: 'Seestraße', houseNumber: '33a', addition: 'Hinterhaus', postalCode: '15537', city: 'Erkner' })).to.deep.equal([
      'Seestraße 33a, Hinterhaus',
      '15537 Erkner',
    ]);
  });

  it('maps language tags', () => {
    expect(supportedLang('de-AT')).to.equal('de');
    expect(supportedLang('EN-gb')).to.equal('en');
    expect(supportedLang('fr')).to.equal(undefined);
    expect(supportedLang(undefined)).to.equal(undefined);
  });
});
