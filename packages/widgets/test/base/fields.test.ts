/// <reference types="mocha" />
/**
 * The field templates other service widgets will build on (text and date fields are not used
 * by the Meldebescheinigung yet), rendered in a tiny host element with the shared styles.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { checkboxGroup, dateField, radioGroup, textField, fieldStyles } from '../../src/parts/fields.ts';
import { errorSummary, focusField } from '../../src/parts/error-summary.ts';
import { hostStyles } from '../../src/base/styles.ts';
import { errorSummaryStyles } from '../../src/parts/error-summary.ts';

class FieldHost extends LitElement {
  static override styles = [hostStyles, fieldStyles, errorSummaryStyles];
  content: TemplateResult = html``;
  override render() {
    return html`<div class="vois" lang="de">${this.content}</div>`;
  }
}
customElements.define('vois-test-field-host', FieldHost);

async function host(content: TemplateResult): Promise<FieldHost> {
  const el = await fixture<FieldHost>(html`<vois-test-field-host .content=${content}></vois-test-field-host>`);
  await el.updateComplete;
  return el;
}
const q = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s)!;

describe('field templates', () => {
  it('text field: label, hint, error, autocomplete, aria-describedby, aria-invalid', async () => {
    let value = '';
    const el = await host(
      textField({
        id: 'vorname',
        label: 'Vorname',
        hint: 'Wie im Ausweis',
        error: 'Geben Sie Ihren Vornamen ein',
        errorPrefix: 'Fehler:',
        value: 'Ł',
        autocomplete: 'given-name',
        spellcheck: false,
        width: 'medium',
        onInput: (v) => (value = v),
      }),
    );
    const input = q<HTMLInputElement>(el, 'input');
    expect(q(el, 'label').getAttribute('for')).to.equal('vorname');
    expect(input.autocomplete).to.equal('given-name');
    expect(input.getAttribute('aria-describedby')).to.equal('vorname-hint vorname-error');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.value).to.equal('Ł');
    expect(q(el, '#vorname-error').textContent).to.contain('Fehler:');
    input.value = 'Łukasz';
    input.dispatchEvent(new Event('input'));
    expect(value).to.equal('Łukasz');
    await expect(el).to.be.accessible();
  });

  it('date field: fieldset + legend, three numeric inputs, bday autocomplete, first input carries the id', async () => {
    let value = { day: '', month: '', year: '' };
    const el = await host(
      dateField({
        id: 'geburt',
        legend: 'Geburtsdatum',
        hint: 'Zum Beispiel 27.03.1990',
        error: 'Das Datum muss in der Vergangenheit liegen',
        errorPrefix: 'Fehler:',
        labels: { day: 'Tag', month: 'Monat', year: 'Jahr' },
        value,
        autocomplete: 'bday',
        invalidParts: ['year'],
        onInput: (v) => (value = v),
      }),
    );
    expect(q(el, 'legend').textContent).to.equal('Geburtsdatum');
    expect(q(el, 'fieldset').getAttribute('aria-describedby')).to.equal('geburt-hint geburt-error');
    const inputs = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
    expect(inputs.map((i) => i.id)).to.deep.equal(['geburt', 'geburt-month', 'geburt-year']);
    expect(inputs.map((i) => i.autocomplete)).to.deep.equal(['bday-day', 'bday-month', 'bday-year']);
    expect(inputs.map((i) => i.inputMode)).to.deep.equal(['numeric', 'numeric', 'numeric']);
    expect(inputs.map((i) => i.getAttribute('aria-invalid'))).to.deep.equal([null, null, 'true']);
    inputs[1]!.value = '03';
    inputs[1]!.dispatchEvent(new Event('input'));
    expect(value).to.deep.equal({ day: '', month: '03', year: '' });
    await expect(el).to.be.accessible();
  });

  it('radio group and checkbox group: shared name, hints per option, disabled with reason, conditional reveal', async () => {
    const el = await host(html`${radioGroup({
      id: 'wahl',
      legend: 'Wählen Sie',
      errorPrefix: 'Fehler:',
      options: [
        { value: 'a', label: 'A', hint: 'Erklärung A' },
        { value: 'b', label: 'B' },
      ],
      value: 'a',
      onChange: () => undefined,
      conditional: (v) => html`<div class="conditional" id="cond">${v}</div>`,
    })}${checkboxGroup({
      id: 'boxen',
      legend: 'Ankreuzen',
      errorPrefix: 'Fehler:',
      error: 'Mindestens eins',
      options: [
        { value: 'x', label: 'X', disabled: true, hint: 'Nicht verfügbar' },
        { value: 'y', label: 'Y' },
      ],
      values: new Set(['y']),
      onToggle: () => undefined,
    })}`);
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((r) => r.name)).to.deep.equal(['wahl', 'wahl']);
    expect(radios[0]!.getAttribute('aria-describedby')).to.equal('wahl-hint');
    expect(q(el, '#cond').textContent).to.equal('a');
    // The first *enabled* checkbox carries the field id (the error summary's link target).
    expect(q<HTMLInputElement>(el, '#boxen').value).to.equal('y');
    expect(q<HTMLInputElement>(el, 'input[value=x]').disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('error summary links focus the field and leave the page URL alone', async () => {
    let el!: FieldHost;
    const summary = errorSummary({
      title: 'Bitte prüfen',
      errors: [{ fieldId: 'name', message: 'Name fehlt' }],
      headingLevel: 2,
      focusField: (id) => focusField(el.shadowRoot!, id),
    });
    el = await host(html`${summary}${textField({ id: 'name', label: 'Name', value: '', errorPrefix: 'Fehler:', error: 'Name fehlt', onInput: () => undefined })}`);
    const href = location.href;
    q<HTMLAnchorElement>(el, '#error-summary a').click();
    expect(location.href).to.equal(href);
    expect(el.shadowRoot!.activeElement?.id).to.equal('name');
    expect(q(el, '#error-summary [role=alert]')).to.exist;
    await expect(el).to.be.accessible();
  });
});
