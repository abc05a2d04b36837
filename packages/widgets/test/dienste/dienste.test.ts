/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { problemMessages } from '@vois-online/client';
import { $, $$, captureWarnings, createFakeApi, de, en, part, recordEvents, text, until, waitForHeading } from '../helpers.ts';
import { deepActive, listed, mountDienste, openChild, withDefineTimeout, withServices } from './helpers.ts';
import type { VoisSelbstauskunft } from '../../src/index.ts';
import { webmaster } from '../../src/elements/dienste/i18n.ts';

const d = de.dienste;

describe('<vois-dienste>', () => {
  it('lists the four services with heading, one line and a button — no login needed', async () => {
    const fake = createFakeApi();
    const el = await mountDienste(fake);
    const cards = await listed(el);
    expect(cards).to.have.length(4);
    const services = ['meldebescheinigung', 'abmeldung-nebenwohnung', 'uebermittlungssperren', 'selbstauskunft'] as const;
    cards.forEach((card, i) => {
      const t = d.services[services[i]!];
      expect(card.querySelector('h3')!.textContent).to.equal(t.title);
      expect(card.querySelector('p')!.textContent).to.equal(t.description);
      const button = card.querySelector('button')!;
      expect(button.textContent!.trim()).to.equal(t.action);
      expect(button.id).to.equal(`open-${services[i]}`);
    });
    expect($(el, 'h2')!.textContent).to.equal(d.title);
    expect(text(el)).to.contain('Strausberg · Bürgerservice');
    expect(fake.calls().map((c) => c.operation)).to.deep.equal(['getKommune']);
    expect(fake.calls().some((c) => c.bearer)).to.equal(false);
  });

  it('shows only the services the municipality has enabled', async () => {
    const fake = createFakeApi();
    const el = await mountDienste(fake, {}, undefined, withServices(fake, ['selbstauskunft', 'meldebescheinigung']));
    const cards = await listed(el);
    expect(cards.map((c) => c.querySelector('button')!.id)).to.deep.equal(['open-meldebescheinigung', 'open-selbstauskunft']);
  });

  it('no service enabled: says so, with the Bürgerbüro contact', async () => {
    const fake = createFakeApi();
    const el = await mountDienste(fake, {}, undefined, withServices(fake, []));
    await until(() => text(el).includes(d.none.title), 'none');
    expect($(el, '[part~="contact"]')!.textContent).to.contain('Bürgerbüro Strausberg');
    expect($(el, '[part~="services"]')).to.equal(null);
  });

  it('opens a service in place with the same configuration, moves focus to it, and goes back', async () => {
    const fake = createFakeApi();
    const el = await mountDienste(fake, { theme: 'strausberg', 'heading-level': '3', lang: 'de' });
    await listed(el);
    $<HTMLButtonElement>(el, '#open-selbstauskunft')!.click();
    await until(() => openChild(el), 'child');
    const child = openChild(el) as VoisSelbstauskunft;
    expect(child.localName).to.equal('vois-selbstauskunft');
    // In the light DOM, where a page's loader can find it, shown through the overview's slot.
    expect(child.parentElement).to.equal(el);
    expect(child.assignedSlot?.name).to.equal('service');
    for (const [name, value] of [
      ['api', fake.baseUrl],
      ['kommune', fake.kommune],
      ['theme', 'strausberg'],
      ['heading-level', '3'],
      ['lang', 'de'],
    ]) {
      expect(child.getAttribute(name!), name).to.equal(value);
    }
    expect(child.fetch).to.equal(fake.fetch);
    await until(() => deepActive()?.id === 'step-heading', 'focus on the service step heading');
    expect(child.shadowRoot!.activeElement!.textContent).to.contain(de.selbstauskunft.intro.heading);
    expect(child.shadowRoot!.querySelector('h3')!.textContent).to.contain(de.selbstauskunft.title);
    // The list is gone; two ways back.
    expect($(el, '[part~="services"]')).to.equal(null);
    expect($$(el, '[part~="back"]')).to.have.length(2);
    expect(part(el, 'back')!.textContent).to.contain(d.back);
    part(el, 'back')!.click();
    await until(() => $(el, '[part~="services"]'), 'overview again');
    expect(openChild(el)).to.equal(null);
    await until(() => deepActive()?.id === 'open-selbstauskunft', 'focus back on the button that opened it');
  });

  it('attribute changes while a service is open are handed on', async () => {
    const fake = createFakeApi();
    const el = await mountDienste(fake);
    await listed(el);
    $<HTMLButtonElement>(el, '#open-meldebescheinigung')!.click();
    await until(() => openChild(el), 'child');
    el.setAttribute('theme', 'erkner');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(openChild(el)!.getAttribute('theme')).to.equal('erkner');
    expect(openChild(el)!.getAttribute('lang')).to.equal('en');
    expect(part(el, 'back')!.textContent).to.contain(en.dienste.back);
  });

  it('the login round trip through the overview: the service reopens after the return and resumes', async () => {
    const fake = createFakeApi();
    const first = await mountDienste(fake);
    const parent = first.parentElement!;
    const events = recordEvents(parent);
    await listed(first);
    $<HTMLButtonElement>(first, '#open-selbstauskunft')!.click();
    await until(() => openChild(first)?.shadowRoot?.querySelector('[part~="login"]'), 'service intro');
    const child = openChild(first) as VoisSelbstauskunft;
    const url = await new Promise<string>((resolve) => {
      child.navigate = resolve;
      (child.shadowRoot!.querySelector('[part~="login"]') as HTMLButtonElement).click();
    });
    history.replaceState(null, '', fake.authorize(url));
    first.remove();
    const el = await mountDienste(fake, {}, parent);
    await until(() => openChild(el), 'service reopened');
    const again = openChild(el) as VoisSelbstauskunft;
    expect(again.localName).to.equal('vois-selbstauskunft');
    await waitForHeading(again, de.selbstauskunft.result.heading);
    expect(location.hash).to.equal('');
    // The service's events reach the page through the overview (composed).
    expect(events.filter((e) => e.type === 'vois-step').map((e) => e.detail.step)).to.deep.equal(['auskunft']);
    expect(events.some((e) => e.type === 'vois-complete')).to.equal(true);
  });

  it('links: a service with a page of its own is a link, the others open in place', async () => {
    const fake = createFakeApi();
    const el = await mountDienste(fake, { links: '{"meldebescheinigung":"/buergerservice/meldebescheinigung"}' });
    await listed(el);
    const link = $<HTMLAnchorElement>(el, '[part~="link"]')!;
    expect(link.getAttribute('href')).to.equal('/buergerservice/meldebescheinigung');
    expect(link.textContent).to.contain(d.services.meldebescheinigung.action);
    expect($<HTMLButtonElement>(el, '#open-meldebescheinigung')).to.equal(null);
    expect($<HTMLButtonElement>(el, '#open-selbstauskunft')).to.exist;
    expect($(el, '[part~="config-error"]')).to.equal(null);
  });

  it('bad links: a note for the webmaster in German and English, one warning, the good entries still work', async () => {
    const fake = createFakeApi();
    let el!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      el = await mountDienste(fake, {
        links: '{"meldebescheinigung":"javascript:alert(1)","selbstauskunft":"https://www.strausberg.example/selbstauskunft","buergergeld":"/x"}',
      });
      await listed(el as never);
    });
    const note = $(el, '[part~="config-error"]')!;
    expect(note.getAttribute('role')).to.equal('note');
    expect(note.textContent).to.contain(webmaster.de.links.badUrl('meldebescheinigung', 'javascript:alert(1)'));
    expect(note.textContent).to.contain(webmaster.de.links.unknownService('buergergeld'));
    expect(note.textContent).to.contain(webmaster.en.links.unknownService('buergergeld'));
    expect(note.textContent).to.contain(`links='{"meldebescheinigung":"/buergerservice/meldebescheinigung"}'`);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('links');
    expect($(el, 'a[href^="javascript"]')).to.equal(null);
    expect($<HTMLButtonElement>(el, '#open-meldebescheinigung')).to.exist;
    expect($<HTMLAnchorElement>(el, '[part~="link"]')!.href).to.equal('https://www.strausberg.example/selbstauskunft');
  });

  it('links that are not a JSON object are named as invalid', async () => {
    for (const value of ['{meldebescheinigung:', '["/x"]', '"text"']) {
      let el!: HTMLElement;
      await captureWarnings(async () => {
        el = await mountDienste(createFakeApi(), { links: value });
        await listed(el as never);
      });
      expect($(el, '[part~="config-error"]')!.textContent, value).to.contain(de.config.invalid('links', value));
      el.remove();
    }
  });

  it('a broken embedding gets the same message as the service elements', async () => {
    const fake = createFakeApi();
    let overview!: HTMLElement;
    let service!: HTMLElement;
    await captureWarnings(async () => {
      overview = await mountDienste(fake, { kommune: '123', theme: 'lila' });
      const { mountSa } = await import('../selbstauskunft/helpers.ts');
      service = await mountSa(fake, { kommune: '123', theme: 'lila' });
    });
    const lines = (el: HTMLElement) => $$(el, '[part~="config-error"] li').map((li) => li.textContent);
    expect($(overview, '[part~="config-error"]')!.getAttribute('role')).to.equal('alert');
    expect(text(overview)).to.contain(de.config.title);
    expect(lines(overview)).to.deep.equal(lines(service));
    expect(lines(overview).join()).to.contain('kommune');
    expect(fake.calls()).to.have.length(0);
  });

  it('an unknown municipality is a message for the webmaster', async () => {
    const fake = createFakeApi({ kommune: '12345678' });
    let el!: HTMLElement;
    const warnings = await captureWarnings(async () => {
      el = await mountDienste(fake);
      await until(() => $(el, '[part~="config-error"]'), 'message');
    });
    expect($(el, '[part~="config-error"]')!.textContent).to.contain(de.config.unknownKommune('12345678'));
    expect(warnings.join()).to.contain('12345678');
  });

  it('the municipality cannot be loaded: the specific text, focus, and retry', async () => {
    const fake = createFakeApi();
    fake.fail('getKommune', 'network', { times: 1 });
    const el = await mountDienste(fake);
    await until(() => $(el, '#problem'), 'problem');
    await el.updateComplete;
    expect($(el, '#problem')!.textContent).to.contain(problemMessages.de.NETWORK.title);
    expect(el.shadowRoot!.activeElement?.id).to.equal('problem');
    part(el, 'retry')!.click();
    expect(await listed(el)).to.have.length(4);
  });

  it('a service defined later (a lazy loader) opens when its definition arrives', async () => {
    const el = await mountDienste(createFakeApi());
    await listed(el);
    $<HTMLButtonElement>(el, '#open-abmeldung-nebenwohnung')!.click();
    await el.updateComplete;
    expect($(el, '[part~="loading"]')!.textContent).to.contain(d.opening);
    class Stub extends LitElement {
      override render() {
        return html`<h3 id="step-heading" tabindex="-1">Stub</h3>`;
      }
    }
    customElements.define('vois-abmeldung-nebenwohnung', Stub);
    await until(() => deepActive()?.id === 'step-heading', 'focus on the late element');
    expect($(el, '[part~="loading"]')).to.equal(null);
  });

  it('a service element that is never defined: the citizen is told, the webmaster is told how to fix it', async () => {
    const el = await mountDienste(createFakeApi());
    await listed(el);
    const warnings = await withDefineTimeout(400, () => captureWarnings(async () => {
      $<HTMLButtonElement>(el, '#open-uebermittlungssperren')!.click();
      await until(() => $(el, '#not-loaded'), 'not loaded', 4000);
    }));
    await el.updateComplete;
    expect(openChild(el)!.localName).to.equal('vois-uebermittlungssperren');
    expect($(el, '#not-loaded')!.textContent).to.contain(d.notLoaded.title);
    expect($(el, '#not-loaded [part~="contact"]')).to.exist;
    expect($(el, '[part~="config-error"]')!.textContent).to.contain(webmaster.de.notLoaded('vois-uebermittlungssperren'));
    expect(warnings.join()).to.contain('define/uebermittlungssperren');
    await until(() => el.shadowRoot!.activeElement?.id === 'not-loaded', 'focus on the message');
    part(el, 'back')!.click();
    await until(() => $(el, '[part~="services"]'), 'overview');
  });

  it('English', async () => {
    const el = await mountDienste(createFakeApi(), { lang: 'en' });
    await listed(el);
    expect($(el, 'h2')!.textContent).to.equal(en.dienste.title);
    expect(text(el)).to.contain(en.dienste.services.uebermittlungssperren.description);
    expect($<HTMLButtonElement>(el, '#open-selbstauskunft')!.textContent).to.contain('View your self-disclosure');
  });

  it('follows the page language when it has no lang of its own', async () => {
    const el = await mountDienste(createFakeApi());
    await listed(el);
    document.documentElement.lang = 'en';
    try {
      await until(() => $(el, 'h2')!.textContent === en.dienste.title, 'English');
    } finally {
      document.documentElement.lang = 'de';
    }
    await until(() => $(el, 'h2')!.textContent === d.title, 'German again');
  });

  it('can be used with the keyboard alone', async () => {
    const el = await mountDienste(createFakeApi());
    await listed(el);
    (document.activeElement as HTMLElement | null)?.blur();
    for (let i = 0; i < 10 && deepActive()?.id !== 'open-selbstauskunft'; i++) await sendKeys({ press: 'Tab' });
    expect(deepActive()?.id).to.equal('open-selbstauskunft');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActive()?.id === 'step-heading', 'in the service');
    await sendKeys({ press: 'Shift+Tab' });
    expect((deepActive() as HTMLElement).getAttribute('part')).to.contain('back');
    await sendKeys({ press: 'Enter' });
    await until(() => deepActive()?.id === 'open-selbstauskunft', 'back on the button');
  });
});
