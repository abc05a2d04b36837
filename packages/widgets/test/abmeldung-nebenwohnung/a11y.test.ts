/// <reference types="mocha" />
/**
 * Every state of the widget checked with axe-core (WCAG 2.x A/AA incl. colour contrast) in the
 * default theme and two town themes (all seven for the intro and the result).
 */
import { expect } from '@open-wc/testing';
import { themeNames } from '../../src/theme/themes.ts';
import {
  $,
  a,
  atResidence,
  atResult,
  atReview,
  confirm,
  day,
  fake,
  loginAndReturn,
  mount,
  next,
  part,
  text,
  typeDate,
  until,
  waitForHeading,
  type El,
} from './helpers.ts';

const THEMES = ['default', 'strausberg', 'oranienburg'] as const;

async function accessibleIn(el: El, themes: readonly string[] = THEMES): Promise<void> {
  for (const theme of themes) {
    el.setAttribute('theme', theme);
    await el.updateComplete;
    await expect(el, `theme ${theme}`).to.be.accessible();
  }
}

describe('<vois-abmeldung-nebenwohnung> accessibility (axe) in every state', () => {
  it('intro (all themes)', async () => {
    const el = await mount(fake());
    await until(() => text(el).includes('Strausberg'), 'municipality');
    await accessibleIn(el, themeNames);
  });

  it('residence choice: two residences, with the error summary', async () => {
    const el = await atResidence(fake('two-secondary'));
    await accessibleIn(el);
    part(el, 'continue')!.click();
    await until(() => $(el, '#error-summary'), 'summary');
    await accessibleIn(el);
  });

  it('move-out date: valid (effect), late notice, error', async () => {
    const el = await atResidence(fake());
    await next(el, a.date.heading);
    await typeDate(el, day(3));
    await accessibleIn(el);
    await typeDate(el, day(-20));
    await until(() => $(el, '#late-notice'), 'late notice');
    await accessibleIn(el);
    await typeDate(el, day(9));
    part(el, 'continue')!.click();
    await until(() => $(el, '#error-summary'), 'summary');
    await accessibleIn(el);
  });

  it('children: eligible and disabled ones with reasons', async () => {
    const el = await atResidence(fake('family'));
    await next(el, a.date.heading);
    await typeDate(el, day(1));
    await next(el, a.children.heading);
    await accessibleIn(el);
  });

  it('review: declaration, its error, submitting', async () => {
    const api = fake('family');
    const el = await atReview(api, { date: day(1), children: ['kid-lena'] });
    await accessibleIn(el);
    part(el, 'submit')!.click();
    await until(() => $(el, '#error-summary'), 'summary');
    await accessibleIn(el);
    await confirm(el);
    api.fail('createAbmeldung', 'hang');
    part(el, 'submit')!.click();
    await el.updateComplete;
    expect(part(el, 'submit')!.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('problem with retry on the review', async () => {
    const api = fake();
    const el = await atReview(api);
    await confirm(el);
    api.fail('createAbmeldung', 'network');
    part(el, 'submit')!.click();
    await until(() => $(el, '#problem'), 'problem');
    await accessibleIn(el);
  });

  it('result: in effect (all themes)', async () => {
    const el = await atResult(fake());
    await accessibleIn(el, themeNames);
  });

  it('result: recorded for later, with a child (family)', async () => {
    const el = await atResult(fake('family'), { date: day(4), children: ['kid-lena'] });
    await accessibleIn(el);
  });

  it('result for the very long name with six given names and a partial birth date', async () => {
    const el = await atResult(fake('long-secondary'), { date: day(-30) });
    const doc = $(el, '[part~="confirmation"]')!;
    expect(doc.textContent).to.contain('Freifrau von Hohenberg-Waldeck-Schönau');
    expect(doc.textContent).to.contain('Dr. rer. nat.');
    expect(doc.querySelector('.in-use')!.textContent).to.equal('Auguste');
    expect(doc.textContent).to.match(/Geburtsdatum\s*1950\b/);
    expect(doc.textContent).to.contain('Kemnitzer Chaussee am Großen Plessower See 117, Ferienhaus „Seeblick“, Nebengebäude');
    expect(text(el)).to.contain(a.result.lateNote);
    await accessibleIn(el, ['default']);
  });

  it('result for the DIN 91379 name (Ł, ọ, ễ)', async () => {
    const el = await atResult(fake('din91379'), { attrs: { lang: 'en' } });
    const doc = $(el, '[part~="confirmation"]')!.textContent!;
    expect(doc).to.contain('Żółkiewski-Nguyễn');
    expect(doc).to.contain('Ngọc');
    await accessibleIn(el, ['default']);
  });

  it('refusals: no secondary residence (A1), legal guardian (A6)', async () => {
    for (const persona of ['happy', 'guardian'] as const) {
      const el = await loginAndReturn(fake(persona));
      await until(() => $(el, '#refusal [part~="contact"]'), 'refusal');
      await accessibleIn(el);
      el.remove();
    }
  });

  it('session warning and session ended', async () => {
    const api = fake('din91379', { sessionLifetimeMs: 60_000 });
    const el = await atResidence(api);
    await until(() => $(el, '[role="alertdialog"]'), 'warning', 4000);
    await accessibleIn(el);
    api.expireSessions();
    await next(el, a.date.heading);
    await typeDate(el, day(0));
    await next(el, a.review.heading);
    await confirm(el);
    part(el, 'submit')!.click();
    await until(() => $(el, '#session-ended'), 'ended');
    await accessibleIn(el);
  });

  it('English: intro and review', async () => {
    const api = fake('family');
    const intro = await mount(api, { lang: 'en' });
    await accessibleIn(intro, ['default']);
    intro.remove();
    const el = await atReview(api, { attrs: { lang: 'en' }, date: day(1), children: ['kid-lena'] });
    await waitForHeading(el, 'Check your answers');
    await accessibleIn(el, ['default']);
  });
});
