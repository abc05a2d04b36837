/// <reference types="mocha" />
/**
 * English on demand: German is at hand, English is fetched only when a widget's language is
 * English — once, before the widget renders in it — and a failed fetch falls back to German.
 * The element tests use a subclass whose English loader the test controls (resolve late,
 * reject), so each property below can fail.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { problemMessages } from '@vois-online/client';
import { LangTexts, catalogues as shared } from '../../src/i18n/index.ts';
import { catalogues as meldebescheinigung, type MeldebescheinigungCatalogue } from '../../src/elements/meldebescheinigung/i18n.ts';
import { VoisMeldebescheinigung } from '../../src/index.ts';
import { $, captureWarnings, createFakeApi, de, en, text, until } from '../helpers.ts';

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((ok, fail) => {
    resolve = ok;
    reject = fail;
  });
  return { promise, resolve, reject };
}

/** A loader the test answers: each call waits for the next `answer`. */
function controlledLoader() {
  const calls: Deferred<MeldebescheinigungCatalogue>[] = [];
  return {
    calls,
    load: () => {
      const d = deferred<MeldebescheinigungCatalogue>();
      calls.push(d);
      return d.promise;
    },
  };
}

let defined = 0;
/** `<vois-meldebescheinigung>` with `texts` whose English comes from `load`, under a fresh tag. */
function elementWith(load: () => Promise<MeldebescheinigungCatalogue>) {
  const texts = new LangTexts(meldebescheinigung.de, load);
  const tag = `vois-lang-test-${++defined}`;
  customElements.define(
    tag,
    class extends VoisMeldebescheinigung {
      protected override get texts() {
        return texts;
      }
    },
  );
  return (attrs: Record<string, string> = {}) => {
    const fake = createFakeApi();
    const el = document.createElement(tag) as VoisMeldebescheinigung;
    for (const [k, v] of Object.entries({ api: fake.baseUrl, kommune: fake.kommune, ...attrs })) el.setAttribute(k, v);
    el.fetch = fake.fetch;
    return el;
  };
}

/** Runs `fn` with `<html lang>` set to `lang`, then restores it. */
async function withDocumentLang(lang: string, fn: () => Promise<void>): Promise<void> {
  const before = document.documentElement.getAttribute('lang');
  document.documentElement.setAttribute('lang', lang);
  try {
    await fn();
  } finally {
    if (before === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', before);
  }
}

const frames = (n = 3) => new Promise<void>((ok) => {
  const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : ok());
  step(n);
});

describe('English on demand', () => {
  describe('LangTexts', () => {
    it('German at once; English only when asked, fetched once for all callers', async () => {
      let calls = 0;
      const texts = new LangTexts({ hello: 'Hallo' }, async () => {
        calls++;
        return { hello: 'Hello' };
      });
      expect(texts.get('de')).to.deep.equal({ hello: 'Hallo' });
      expect(texts.get('en')).to.equal(undefined);
      expect(await texts.load('de')).to.deep.equal({ hello: 'Hallo' });
      expect(calls, 'German needs no fetch').to.equal(0);
      const [a, b] = await Promise.all([texts.load('en'), texts.load('en')]);
      expect(a).to.deep.equal({ hello: 'Hello' });
      expect(b).to.equal(a);
      expect(await texts.load('en')).to.equal(a);
      expect(texts.get('en')).to.equal(a);
      expect(calls).to.equal(1);
    });

    it('a failed fetch gives undefined (no throw) and is tried again on the next call', async () => {
      let calls = 0;
      const texts = new LangTexts({ hello: 'Hallo' }, async () => {
        if (++calls === 1) throw new TypeError('Failed to fetch dynamically imported module');
        return { hello: 'Hello' };
      });
      const warnings = await captureWarnings(async () => expect(await texts.load('en')).to.equal(undefined));
      expect(warnings.join()).to.contain('English texts could not be loaded');
      expect(texts.get('en')).to.equal(undefined);
      expect(await texts.load('en')).to.deep.equal({ hello: 'Hello' });
      expect(calls).to.equal(2);
    });

    it('an element section comes with the shared English catalogue and the English problem texts', async () => {
      const texts = await meldebescheinigung.load('en');
      expect(texts!.common.continue).to.equal(en.common.continue);
      expect(texts!.meldebescheinigung.title).to.equal(en.meldebescheinigung.title);
      expect(shared.get('en')).to.not.equal(undefined);
      expect(problemMessages.en?.NETWORK.title).to.be.a('string').and.not.equal(problemMessages.de.NETWORK.title);
    });
  });

  describe('elements', () => {
    it('a German widget never fetches English', async () => {
      const loader = controlledLoader();
      const create = elementWith(loader.load);
      const el = await fixture<VoisMeldebescheinigung>(create());
      await el.updateComplete;
      expect(text(el)).to.contain(de.login.button);
      expect(loader.calls).to.have.length(0);
    });

    it('an English widget renders once, in English: nothing before the texts are here, no German flash', async () => {
      const loader = controlledLoader();
      const create = elementWith(loader.load);
      const el = create({ lang: 'en' });
      const rendered: string[] = [];
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      wrapper.append(el);
      new MutationObserver(() => rendered.push(text(el))).observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
      await until(() => loader.calls.length === 1, 'English requested');
      await frames();
      expect(text(el).trim(), 'nothing rendered while English loads').to.equal('');
      let settled = false;
      void el.updateComplete.then(() => (settled = true));
      await frames(1);
      expect(settled, 'updateComplete waits for the texts').to.equal(false);
      loader.calls[0]!.resolve(en as unknown as MeldebescheinigungCatalogue);
      await el.updateComplete;
      expect(text(el)).to.contain(en.login.button);
      expect($(el, '.vois')!.getAttribute('lang')).to.equal('en');
      expect(rendered.join(' ')).not.to.contain(de.login.button);
      expect(rendered.join(' ')).not.to.contain(de.common.stepOf(1, 4));
    });

    it('two English widgets with the same texts fetch English once', async () => {
      const loader = controlledLoader();
      const create = elementWith(loader.load);
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"></div>`);
      const [a, b] = [create(), create()];
      wrapper.append(a, b);
      await until(() => loader.calls.length === 1, 'English requested');
      await frames();
      loader.calls[0]!.resolve(en as unknown as MeldebescheinigungCatalogue);
      await Promise.all([a.updateComplete, b.updateComplete]);
      expect(text(a)).to.contain(en.login.button);
      expect(text(b)).to.contain(en.login.button);
      expect(loader.calls).to.have.length(1);
    });

    it('<html lang> de → en: the German content stays until English has arrived, then English', async () => {
      const loader = controlledLoader();
      const create = elementWith(loader.load);
      await withDocumentLang('de', async () => {
        const el = await fixture<VoisMeldebescheinigung>(create());
        expect(text(el)).to.contain(de.login.button);
        document.documentElement.setAttribute('lang', 'en');
        await until(() => loader.calls.length === 1, 'English requested');
        await frames();
        expect(text(el)).to.contain(de.login.button);
        expect($(el, '.vois')!.getAttribute('lang')).to.equal('de');
        loader.calls[0]!.resolve(en as unknown as MeldebescheinigungCatalogue);
        await until(() => text(el).includes(en.login.button), 'English after loading');
        expect($(el, '.vois')!.getAttribute('lang')).to.equal('en');
        // Back to German and to English again: both at hand now, no further fetch.
        document.documentElement.setAttribute('lang', 'de');
        await until(() => text(el).includes(de.login.button), 'German again');
        document.documentElement.setAttribute('lang', 'en');
        await until(() => text(el).includes(en.login.button), 'English again');
        expect(loader.calls).to.have.length(1);
      });
    });

    it('English cannot be fetched: German, no error; tried again on the next language change', async () => {
      const loader = controlledLoader();
      const create = elementWith(loader.load);
      await withDocumentLang('en', async () => {
        const warnings = await captureWarnings(async () => {
          const el = create();
          const wrapper = await fixture<HTMLElement>(html`<div></div>`);
          wrapper.append(el);
          await until(() => loader.calls.length === 1, 'English requested');
          loader.calls[0]!.reject(new TypeError('Failed to fetch dynamically imported module'));
          await el.updateComplete;
          expect(text(el)).to.contain(de.login.button);
          expect($(el, '.vois')!.getAttribute('lang'), 'content marked as what it is').to.equal('de');

          // Further updates do not hammer the network while the language stays English.
          el.setAttribute('heading-level', '3');
          await el.updateComplete;
          expect(loader.calls).to.have.length(1);

          // The page switches language (en-GB is still English): a new attempt, which succeeds.
          document.documentElement.setAttribute('lang', 'en-GB');
          await until(() => loader.calls.length === 2, 'English requested again');
          loader.calls[1]!.resolve(en as unknown as MeldebescheinigungCatalogue);
          await until(() => text(el).includes(en.login.button), 'English after the retry');
          expect($(el, '.vois')!.getAttribute('lang')).to.equal('en');
        });
        expect(warnings.join()).to.contain('English texts could not be loaded');
      });
    });

    it('the own lang attribute switching to English loads it too', async () => {
      const loader = controlledLoader();
      const create = elementWith(loader.load);
      const el = await fixture<VoisMeldebescheinigung>(create({ lang: 'de' }));
      el.setAttribute('lang', 'en');
      await until(() => loader.calls.length === 1, 'English requested');
      expect(text(el)).to.contain(de.login.button);
      loader.calls[0]!.resolve(en as unknown as MeldebescheinigungCatalogue);
      await el.updateComplete;
      expect(text(el)).to.contain(en.login.button);
    });
  });
});
