/// <reference types="mocha" />
/**
 * `<vois-dienste>` with the CDN loader's page watcher (src/embed/upgrade.ts): the page holds
 * only the overview; the service chunk is loaded when the citizen opens the service, because
 * the opened element sits in the light DOM, where the watcher looks.
 */
import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { watch } from '../../src/embed/upgrade.ts';
import { $, createFakeApi, until } from '../helpers.ts';
import { deepActive, listed, mountDienste, openChild } from './helpers.ts';

describe('<vois-dienste> with the loader', () => {
  it('opening a service makes the loader fetch its definition; focus lands in it', async () => {
    const requested: string[] = [];
    class Stub extends LitElement {
      override render() {
        return html`<h3 id="step-heading" tabindex="-1">Übermittlungssperren</h3>`;
      }
    }
    const stop = watch({
      'vois-uebermittlungssperren': async () => {
        requested.push('vois-uebermittlungssperren');
        await new Promise((r) => setTimeout(r, 50)); // a chunk over the network
        customElements.define('vois-uebermittlungssperren', Stub);
      },
    });
    try {
      const el = await mountDienste(createFakeApi());
      await listed(el);
      expect(requested).to.deep.equal([]);
      $<HTMLButtonElement>(el, '#open-uebermittlungssperren')!.click();
      await until(() => requested.length === 1, 'loader asked for the chunk');
      await until(() => deepActive()?.id === 'step-heading', 'focus in the loaded service');
      expect(openChild(el)).to.be.instanceOf(Stub);
      expect($(el, '#not-loaded')).to.equal(null);
    } finally {
      stop();
    }
  });
});
