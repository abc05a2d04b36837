/// <reference types="mocha" />
import { expect } from '@open-wc/testing';
import { $, captureWarnings, createFakeApi, de, en, mount, part, text, until, type Attrs } from '../helpers.ts';
import { parseConfig } from '../../src/base/config.ts';
import type { VoisMeldebescheinigung } from '../../src/index.ts';

async function mountWarned(attrs: Attrs) {
  const fake = createFakeApi();
  let el!: VoisMeldebescheinigung;
  const errors: CustomEvent[] = [];
  document.addEventListener('vois-error', (e) => errors.push(e));
  const warnings = await captureWarnings(async () => {
    el = await mount(fake, attrs);
    await el.updateComplete;
  });
  return { el, warnings, errors, fake };
}

describe('configuration', () => {
  const bad: [string, Attrs, string, string, boolean][] = [
    ['missing api', { api: undefined, kommune: '12064472' }, 'api', 'api="https://api.example.de"', true],
    ['empty api', { api: '', kommune: '12064472' }, 'api', 'api="https://api.example.de"', true],
    ['api not http(s)', { api: 'javascript:alert(1)', kommune: '12064472' }, 'api', 'api="https://api.example.de"', true],
    ['bad kommune', { api: 'https://api.vois.test', kommune: '123' }, 'kommune', 'kommune="12064472"', true],
    ['missing kommune', { api: 'https://api.vois.test', kommune: undefined }, 'kommune', 'kommune="12064472"', true],
    ['unknown theme', { api: 'https://api.vois.test', kommune: '12064472', theme: 'lila' }, 'theme', 'theme="default |', false],
    ['bad lang', { api: 'https://api.vois.test', kommune: '12064472', lang: 'fr' }, 'lang', 'lang="de"', false],
    ['bad heading-level', { api: 'https://api.vois.test', kommune: '12064472', 'heading-level': '9' }, 'heading-level', 'heading-level="2"', false],
    ['bad return-url', { api: 'https://api.vois.test', kommune: '12064472', 'return-url': '/relative' }, 'return-url', 'return-url="https://', false],
  ];
  for (const [name, attrs, attribute, example, blocking] of bad) {
    it(`${name}: in-widget message for the webmaster (de + en), one console warning, no throw`, async () => {
      const { el, warnings, errors } = await mountWarned(attrs);
      const message = $(el, '[part~="config-error"]');
      expect(message, 'message').to.exist;
      const t = message!.textContent!.replace(/\s+/g, ' ');
      expect(t).to.contain(`„${attribute}“`);
      expect(t).to.contain(`“${attribute}”`); // English part
      expect(t).to.contain(example);
      expect(t).to.contain(de.config.webmaster);
      expect(t).to.contain(en.config.webmaster);
      expect(warnings.filter((w) => w.includes('vois-meldebescheinigung'))).to.have.length(1);
      expect(warnings[0]).to.contain(attribute);
      expect(errors.some((e) => e.detail.kind === 'config' && e.detail.code === 'CONFIG')).to.equal(true);
      if (blocking) {
        expect(t).to.contain(de.config.title);
        expect(part(el, 'login')).to.equal(null);
      } else {
        // A cosmetic mistake does not stop the service: defaults apply.
        expect(part(el, 'login')).to.exist;
      }
      // Re-rendering does not warn again.
      const again = await captureWarnings(async () => {
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(again).to.have.length(0);
    });
  }

  it('a valid configuration shows no message and warns nothing', async () => {
    const { el, warnings } = await mountWarned({ theme: 'strausberg', lang: 'de', 'heading-level': '3' });
    expect($(el, '[part~="config-error"]')).to.equal(null);
    expect(warnings).to.have.length(0);
    expect($(el, '.title')!.tagName).to.equal('H3');
    expect($(el, '#step-heading')!.tagName).to.equal('H4');
  });

  it('heading-level defaults to 2 (bad values too) and the step headings follow', async () => {
    const { el } = await mountWarned({ 'heading-level': 'x' });
    expect($(el, '.title')!.tagName).to.equal('H2');
    expect($(el, '#step-heading')!.tagName).to.equal('H3');
  });

  it('fixing the attribute removes the message and starts the service', async () => {
    const { el, fake } = await mountWarned({ kommune: '12' });
    expect(part(el, 'login')).to.equal(null);
    el.setAttribute('kommune', fake.kommune);
    await el.updateComplete;
    expect($(el, '[part~="config-error"]')).to.equal(null);
    expect(part(el, 'login')).to.exist;
    await until(() => text(el).includes('Strausberg'), 'municipality loaded');
  });

  it('properties work like attributes', async () => {
    const fake = createFakeApi();
    const el = document.createElement('vois-meldebescheinigung');
    el.api = fake.baseUrl;
    el.kommune = fake.kommune;
    el.headingLevel = 4;
    el.theme = 'erkner';
    el.fetch = fake.fetch;
    document.body.append(el);
    try {
      await el.updateComplete;
      expect($(el, '[part~="config-error"]')).to.equal(null);
      expect($(el, '.title')!.tagName).to.equal('H4');
    } finally {
      el.remove();
    }
  });

  it('parseConfig accepts language tags with regions and trims values', () => {
    const { config, issues } = parseConfig({ api: ' https://api.example.de/ ', kommune: '12064472 ', lang: 'en-GB', headingLevel: 3 });
    expect(issues).to.deep.equal([]);
    expect(config).to.include({ kommune: '12064472', lang: 'en', headingLevel: 3, theme: 'default' });
  });
});
