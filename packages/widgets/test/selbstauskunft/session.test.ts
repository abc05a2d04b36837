/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { $, activeInShadow, createFakeApi, de, part, text, until, waitForHeading } from '../helpers.ts';
import { atAuskunft, loginSa, openGroup } from './helpers.ts';

const s = de.selbstauskunft;

describe('<vois-selbstauskunft> session', () => {
  it('warns before the end (focus on "Sitzung verlängern"); extending keeps the open groups', async () => {
    const fake = createFakeApi({ sessionLifetimeMs: 121_500 });
    const el = await atAuskunft(fake);
    await openGroup(el, 'ANSCHRIFTEN');
    await until(() => $(el, '[role="alertdialog"]'), 'warning', 4000);
    await until(() => activeInShadow(el)?.id === 'session-extend', 'focus on extend');
    fake.sessionLifetimeMs = 15 * 60_000;
    part(el, 'extend')!.click();
    await until(() => !$(el, '[role="alertdialog"]'), 'warning gone');
    expect(fake.calls('extendSession')).to.have.length(1);
    expect($(el, '#group-anschriften-button')!.getAttribute('aria-expanded')).to.equal('true');
    expect(text(el)).to.contain('Große Straße 12');
  });

  it('after expiry the disclosure leaves the page; logging in again shows it again', async () => {
    const fake = createFakeApi({ sessionLifetimeMs: 1_500 });
    const el = await atAuskunft(fake);
    expect(text(el)).to.contain('Schneider');
    await until(() => $(el, '#session-ended'), 'session ended', 4000);
    await el.updateComplete;
    expect(activeInShadow(el)?.id).to.equal('session-ended');
    expect(text(el)).not.to.contain('Schneider');
    expect(text(el)).not.to.contain('Bundeszentralamt');
    expect($(el, '[part~="document-facts"]')).to.equal(null);
    fake.sessionLifetimeMs = 15 * 60_000;
    const again = await loginSa(fake, {}, {}, el);
    await waitForHeading(again, s.result.heading);
    expect(text(again)).to.contain('Schneider');
    expect(fake.calls('getSelbstauskunft')).to.have.length(2);
  });
});
