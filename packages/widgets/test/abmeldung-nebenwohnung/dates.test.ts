/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { addDays, ageOn, isLate, moveOutRule, partsOf, readDate, takesEffectLater } from '../../src/elements/abmeldung-nebenwohnung/dates.ts';
import { fromFlow, toFlow } from '../../src/elements/abmeldung-nebenwohnung/flow.ts';

describe('abmeldung: dates (A3, A5) and the stored flow', () => {
  it('reads what people type', () => {
    expect(readDate({ day: ' 5. ', month: '12', year: '2026' })).to.deep.equal({ iso: '2026-12-05' });
    expect(readDate({ day: '29', month: '2', year: '2028' })).to.deep.equal({ iso: '2028-02-29' });
    expect(readDate({ day: '29', month: '2', year: '2027' })).to.deep.equal({ error: { kind: 'real', parts: ['day'] } });
    expect(readDate({ day: '0', month: '1', year: '2026' })).to.deep.equal({ error: { kind: 'real', parts: ['day'] } });
    expect(readDate({ day: '1', month: '1', year: '1899' })).to.deep.equal({ error: { kind: 'real', parts: ['year'] } });
    expect(readDate({ day: '1', month: '', year: '' })).to.deep.equal({ error: { kind: 'missing', parts: ['month', 'year'] } });
    expect(readDate({ day: '1', month: '1', year: '20266' })).to.deep.equal({ error: { kind: 'year', parts: ['year'] } });
    expect(partsOf('2026-12-05')).to.deep.equal({ day: '05', month: '12', year: '2026' });
  });

  it('A3 limits and notices, calendar arithmetic across month and year ends', () => {
    expect(addDays('2026-12-29', 7)).to.equal('2027-01-05');
    expect(addDays('2028-03-01', -1)).to.equal('2028-02-29');
    expect(moveOutRule('2027-01-05', { latest: '2027-01-05' })).to.equal(undefined);
    expect(moveOutRule('2027-01-06', { latest: '2027-01-05' })).to.equal('tooFar');
    expect(moveOutRule('2023-03-31', { latest: '2027-01-05', moveIn: '2023-04-01' })).to.equal('beforeMoveIn');
    expect(moveOutRule('2023-04-01', { latest: '2027-01-05', moveIn: '2023-04-01' })).to.equal(undefined);
    expect(isLate('2026-11-15', '2026-11-29')).to.equal(false);
    expect(isLate('2026-11-14', '2026-11-29')).to.equal(true);
    expect(takesEffectLater('2026-11-29', '2026-11-29')).to.equal(false);
    expect(takesEffectLater('2026-11-30', '2026-11-29')).to.equal(true);
  });

  it('ages never overstated for partial birth dates (A5 "under 16")', () => {
    expect(ageOn('2010-11-29', '2026-11-29')).to.equal(16);
    expect(ageOn('2010-11-30', '2026-11-29')).to.equal(15);
    expect(ageOn('2010', '2026-11-29')).to.equal(15); // could be born 31.12.2010
    expect(ageOn('2010-02', '2026-02-27')).to.equal(15);
    expect(ageOn('2010-02', '2026-02-28')).to.equal(16);
  });

  it('the stored flow holds ids and the typed date only, and is parsed, never trusted', () => {
    const flow = toFlow('pruefen', { residenceId: 'res-1', date: { day: '5', month: '12', year: '2026' }, childIds: ['kid-1'] }, 'k3y-0000-1111');
    expect(Object.keys(flow).sort()).to.deep.equal(['childIds', 'date', 'key', 'residenceId', 'step']);
    expect(fromFlow(flow)).to.deep.equal({
      step: 'pruefen',
      choices: { residenceId: 'res-1', date: { day: '5', month: '12', year: '2026' }, childIds: ['kid-1'] },
      key: 'k3y-0000-1111',
    });
    const hostile = fromFlow({ step: 'ergebnis', residenceId: '<script>', childIds: 'x', key: 'short' } as never);
    expect(hostile).to.deep.equal({ step: 'wohnung', choices: { residenceId: undefined, date: { day: '', month: '', year: '' }, childIds: [] }, key: undefined });
  });
});
