/// <reference types="mocha" />
/**
 * The block rules through the personas of the issue: U3 (RELIGION_FAMILIE only where it can
 * apply), U4/U5 (age and nationality context), U6 (§ 51/§ 52 read-only), C5 (locked blocks),
 * and what happens when the register changes between looking and saving.
 */
import { expect } from '@open-wc/testing';
import { problemMessages } from '@vois-online/client';
import {
  $,
  $$,
  activeInShadow,
  atBlocks,
  atReviewSp,
  box,
  card,
  confirmAndSubmit,
  createFakeApi,
  de,
  loginSp,
  part,
  s,
  text,
  toggle,
  until,
  waitForHeading,
} from './helpers.ts';

const msg = problemMessages.de;

describe('<vois-uebermittlungssperren> personas and block rules', () => {
  it('U4/U5: a 17-year-old German — Bundeswehr matters now, address books and jubilees not yet', async () => {
    const fake = createFakeApi({ persona: 'teen-17' });
    const el = await atBlocks(fake);
    expect(card(el, 'BUNDESWEHR').textContent).to.contain(s.blocks.BUNDESWEHR.relevance.RELEVANT);
    expect(card(el, 'ADRESSBUCH').textContent).to.contain(s.blocks.ADRESSBUCH.relevance.NOT_YET_RELEVANT);
    expect(card(el, 'JUBILAEEN').textContent).to.contain(s.blocks.JUBILAEEN.relevance.NOT_YET_RELEVANT);
    expect(card(el, 'PARTEIEN_WAHLEN').textContent).to.contain(s.blocks.PARTEIEN_WAHLEN.relevance.RELEVANT);
    // Not yet relevant is still offered: the objection then already holds.
    expect(box(el, 'ADRESSBUCH')).to.exist;
    expect(box(el, 'RELIGION_FAMILIE')).to.equal(null);
    await toggle(el, 'BUNDESWEHR');
    part(el, 'continue')!.click();
    await waitForHeading(el, s.review.heading);
    expect($(el, '[part~="summary-list"]')!.textContent).to.match(/Bundeswehr\s*Sperre wird gesetzt/);
    await confirmAndSubmit(el);
    await waitForHeading(el, s.result.heading);
    expect(fake.calls('changeSperren')[0]!.body).to.deep.equal({ changes: [{ key: 'BUNDESWEHR', active: true }] });
    expect($(el, '[part~="receipt"]')!.textContent).to.match(/Bundeswehr:\s*Sperre gesetzt/);
  });

  it('U3: married to a church member — RELIGION_FAMILIE is offered, explained and can be set', async () => {
    const fake = createFakeApi({ persona: 'church-spouse' });
    const el = await atBlocks(fake);
    const religion = card(el, 'RELIGION_FAMILIE').textContent!;
    expect(religion).to.contain(s.blocks.RELIGION_FAMILIE.relevance.RELEVANT);
    expect(religion).to.contain('Kirchensteuer');
    expect(religion).to.contain('§ 42 Abs. 3 Bundesmeldegesetz');
    expect(religion).not.to.contain(s.choose.notOffered);
    await toggle(el, 'RELIGION_FAMILIE');
    part(el, 'continue')!.click();
    await waitForHeading(el, s.review.heading);
    await confirmAndSubmit(el);
    await waitForHeading(el, s.result.heading);
    expect(fake.calls('changeSperren')[0]!.body).to.deep.equal({ changes: [{ key: 'RELIGION_FAMILIE', active: true }] });
  });

  it('U4: a non-German single-name person — Bundeswehr not offered, with the reason', async () => {
    const el = await atBlocks(createFakeApi({ persona: 'single-name' }));
    expect(text(el)).to.contain('Angemeldet als Suryani.');
    expect(box(el, 'BUNDESWEHR')).to.equal(null);
    const bw = card(el, 'BUNDESWEHR').textContent!;
    expect(bw).to.contain(s.blocks.BUNDESWEHR.relevance.NOT_APPLICABLE);
    expect(bw).to.contain('nicht gesperrt');
    expect(box(el, 'ADRESSBUCH')).to.exist;
  });

  it('U3: a block that is set but no longer applies can be lifted, not set again', async () => {
    const fake = createFakeApi();
    fake.setBlocks('happy', { RELIGION_FAMILIE: 'PERSON' });
    const el = await atBlocks(fake);
    const religion = box(el, 'RELIGION_FAMILIE')!;
    expect(religion.checked).to.equal(true);
    expect($(el, '#sperre-religion-familie-hint')!.textContent).to.equal(s.choose.removeOnly);
    expect(religion.getAttribute('aria-describedby')).to.contain('sperre-religion-familie-hint');
    expect(card(el, 'RELIGION_FAMILIE').textContent).not.to.contain(s.choose.notOffered);
    await toggle(el, 'RELIGION_FAMILIE');
    part(el, 'continue')!.click();
    await waitForHeading(el, s.review.heading);
    await confirmAndSubmit(el);
    await waitForHeading(el, s.result.heading);
    expect(fake.calls('changeSperren')[0]!.body).to.deep.equal({ changes: [{ key: 'RELIGION_FAMILIE', active: false }] });
    // Lifted and not applicable: now it is simply not offered.
    part(el, 'logout')!.click();
    await waitForHeading(el, s.intro.heading);
    const again = await atBlocks(fake);
    expect(box(again, 'RELIGION_FAMILIE')).to.equal(null);
  });

  it('U6/C5: a person with an Auskunftssperre sees it read-only, with how to extend it; her own blocks stay hers to change', async () => {
    const fake = createFakeApi({ persona: 'info-block' });
    const el = await atBlocks(fake);
    const office = $(el, '.office')!.textContent!;
    expect(office).to.contain(s.office.auskunftssperre.on);
    expect(office).to.contain(s.office.auskunftssperre.howOnTitle);
    expect($(el, '#office-auskunftssperre-state')!.textContent).to.contain('eingetragen');
    expect($$(el, '.office input')).to.have.length(0);
    expect(box(el, 'ADRESSBUCH')!.checked).to.equal(true);
    expect(box(el, 'PARTEIEN_WAHLEN')!.checked).to.equal(true);
    await toggle(el, 'PARTEIEN_WAHLEN');
    part(el, 'continue')!.click();
    await waitForHeading(el, s.review.heading);
    expect($(el, '[part~="summary-list"]')!.textContent).to.match(/Parteien und Wählergruppen vor Wahlen\s*Sperre wird aufgehoben/);
    await confirmAndSubmit(el);
    await waitForHeading(el, s.result.heading);
    expect(fake.calls('changeSperren')[0]!.body).to.deep.equal({ changes: [{ key: 'PARTEIEN_WAHLEN', active: false }] });
    // The receipt says § 51/§ 52 are not part of it.
    expect($(el, '[part~="receipt"]')!.textContent).to.contain(s.result.note);
  });

  it('C5: blocks set at a security authority\'s request are shown locked, never offered, never sent', async () => {
    const fake = createFakeApi({ persona: 'security-block' });
    const el = await atBlocks(fake);
    for (const key of ['ADRESSBUCH', 'JUBILAEEN'] as const) {
      expect(box(el, key), key).to.equal(null);
      const c = card(el, key);
      expect(c.textContent).to.contain(s.choose.locked);
      expect(c.textContent).to.contain('gesperrt');
    }
    expect($(el, '.office')!.textContent).to.contain(s.office.auskunftssperre.on);
    expect($(el, '.office [part~="contact"]')!.textContent).to.contain('Bürgerbüro Strausberg');
    // Nothing to change among the locked ones: "Weiter" explains; the rest stays changeable.
    part(el, 'continue')!.click();
    await until(() => $(el, '#no-change'), 'no change');
    await toggle(el, 'PARTEIEN_WAHLEN');
    part(el, 'continue')!.click();
    await waitForHeading(el, s.review.heading);
    await confirmAndSubmit(el);
    await waitForHeading(el, s.result.heading);
    expect(fake.calls('changeSperren')[0]!.body).to.deep.equal({ changes: [{ key: 'PARTEIEN_WAHLEN', active: true }] });
  });

  it('C5 meanwhile: the office locked a block between review and save → fresh state, explained, choice adjusted', async () => {
    const fake = createFakeApi({ persona: 'info-block' });
    const el = await atReviewSp(fake, {}, ['ADRESSBUCH']);
    fake.setBlocks('info-block', { ADRESSBUCH: 'SICHERHEITSBEHOERDE', PARTEIEN_WAHLEN: 'PERSON' });
    const events: CustomEvent[] = [];
    el.addEventListener('vois-error', (e) => events.push(e));
    await confirmAndSubmit(el);
    await waitForHeading(el, s.choose.heading);
    await until(() => activeInShadow(el)?.id === 'sperren-notice', 'focus on the notice');
    expect($(el, '#sperren-notice')!.textContent).to.contain(s.choose.staleTitle);
    expect($(el, '#sperren-notice')!.textContent).to.contain(s.choose.staleAffected('Adressbücher'));
    expect($(el, '#refusal')).to.equal(null);
    expect(box(el, 'ADRESSBUCH')).to.equal(null);
    expect(card(el, 'ADRESSBUCH').textContent).to.contain(s.choose.locked);
    expect(text(el)).to.contain(s.choose.count(0));
    expect(events.map((e) => e.detail.code)).to.deep.equal(['C5_SECURITY_BLOCK_LOCKED']);
    expect(fake.calls('getSperren')).to.have.length(2);
  });

  it('U2 meanwhile: another tab already saved the same wish → "already recorded", nothing sent again', async () => {
    const fake = createFakeApi();
    const el = await atReviewSp(fake, {}, ['ADRESSBUCH']);
    fake.setBlocks('happy', { JUBILAEEN: 'PERSON', ADRESSBUCH: 'PERSON' });
    await confirmAndSubmit(el);
    await waitForHeading(el, s.choose.heading);
    await until(() => $(el, '#sperren-notice'), 'notice');
    expect($(el, '#sperren-notice')!.textContent).to.contain(s.choose.alreadyTitle);
    expect(box(el, 'ADRESSBUCH')!.checked).to.equal(true);
    expect($(el, '.pending')).to.equal(null);
    expect(fake.calls('changeSperren')).to.have.length(1);
  });

  it('U3 meanwhile: a block that no longer applies is dropped from the choice with an explanation', async () => {
    const fake = createFakeApi({ persona: 'church-spouse' });
    const el = await atReviewSp(fake, {}, ['RELIGION_FAMILIE', 'ADRESSBUCH']);
    // The wife left her church: no family member in another community any more (U3).
    for (const r of fake.register.relatives(fake.personOf('church-spouse').id)) delete r.person.religion;
    await confirmAndSubmit(el);
    await waitForHeading(el, s.choose.heading);
    await until(() => $(el, '#sperren-notice'), 'notice');
    expect($(el, '#sperren-notice')!.textContent).to.contain(s.choose.staleText);
    expect(box(el, 'RELIGION_FAMILIE')).to.equal(null);
    // The rest of the choice is kept: one change left, and it can be saved.
    expect(box(el, 'ADRESSBUCH')!.checked).to.equal(true);
    part(el, 'continue')!.click();
    await waitForHeading(el, s.review.heading);
    await confirmAndSubmit(el);
    await waitForHeading(el, s.result.heading);
    expect(fake.calls('changeSperren').at(-1)!.body).to.deep.equal({ changes: [{ key: 'ADRESSBUCH', active: true }] });
  });

  for (const [persona, code] of [
    ['deceased', 'C3_DECEASED'],
    ['moved-abroad', 'C3_MOVED_ABROAD'],
    ['clerk', 'C4_CLERK_REQUIRED'],
  ] as const) {
    it(`refusal ${code}: friendly text and the Bürgerbüro contact`, async () => {
      const el = await loginSp(createFakeApi({ persona }));
      await until(() => $(el, '#refusal'), 'refusal');
      await el.updateComplete;
      expect(activeInShadow(el)?.id).to.equal('refusal');
      const refusal = $(el, '#refusal')!.textContent!;
      expect(refusal).to.contain(msg[code].title);
      expect(refusal).to.contain('buergerbuero@strausberg.example');
      part(el, 'logout')!.click();
      await waitForHeading(el, s.intro.heading);
    });
  }

  it('M1 is no reason here: a person with only a secondary residence may change blocks', async () => {
    const el = await atBlocks(createFakeApi({ persona: 'secondary-only' }));
    expect($(el, '#refusal')).to.equal(null);
    expect(box(el, 'ADRESSBUCH')).to.exist;
  });

  it('DIN 91379 and very long names are shown as the register holds them', async () => {
    const din = await atBlocks(createFakeApi({ persona: 'din91379' }));
    expect(text(din)).to.contain('Angemeldet als Łukasz Ngọc Żółkiewski-Nguyễn.');
    din.remove();
    const long = await atReviewSp(createFakeApi({ persona: 'long-name' }), {}, ['ADRESSBUCH']);
    expect($(long, '[part~="summary-list"]')!.textContent).to.contain(
      'Dr. rer. nat. Friederike Charlotte Auguste Wilhelmine Sophie Henriette Freifrau von Hohenberg-Waldeck-Schönau',
    );
    expect(de.sperren.review.person).to.equal('Für');
  });
});
