/**
 * Form fields as template functions, so label, hint, input and error message are rendered
 * into the element's one shadow root (ARIA references such as `aria-describedby` cannot cross
 * shadow roots). Native inputs only. Ids are local to the widget's shadow root.
 *
 * Convention (as GOV.UK): the first input of a field carries the field's `id`, so the error
 * summary can link to it; the hint is `<id>-hint`, the error `<id>-error`.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string | undefined;
  disabled?: boolean | undefined;
}

interface FieldBase {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Visually hidden prefix of error messages, e.g. "Fehler:". */
  errorPrefix: string;
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

function hintAndError(f: FieldBase): TemplateResult {
  return html`${f.hint ? html`<div class="hint" id="${f.id}-hint">${f.hint}</div>` : nothing}${f.error
      ? html`<p class="error-message" id="${f.id}-error"><span class="vh">${f.errorPrefix} </span>${f.error}</p>`
      : nothing}`;
}

export interface TextFieldOptions extends FieldBase {
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** HTML autocomplete token (`given-name`, `postal-code` …). */
  autocomplete?: string;
  inputmode?: 'text' | 'numeric' | 'email' | 'tel';
  spellcheck?: boolean;
  /** Width class: inputs as wide as the expected answer help people (GOV.UK). */
  width?: 'short' | 'medium' | 'full';
}

export function textField(o: TextFieldOptions): TemplateResult {
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    <label class="label" for=${o.id}>${o.label}</label>
    ${hintAndError(o)}
    <input
      class="input ${o.width ?? 'full'}"
      id=${o.id}
      name=${o.id}
      type="text"
      .value=${live(o.value)}
      autocomplete=${ifDefined(o.autocomplete)}
      inputmode=${ifDefined(o.inputmode)}
      spellcheck=${o.spellcheck === false ? 'false' : nothing}
      aria-describedby=${ifDefined(describedBy(o.hint && `${o.id}-hint`, o.error && `${o.id}-error`))}
      aria-invalid=${o.error ? 'true' : nothing}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />
  </div>`;
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export interface DateFieldOptions extends FieldBase {
  legend: string;
  value: DateParts;
  labels: { day: string; month: string; year: string };
  onInput: (value: DateParts) => void;
  /** `bday` for a date of birth; otherwise no autofill. */
  autocomplete?: 'bday';
  /** Parts marked as wrong (all when the error is about the whole date). */
  invalidParts?: (keyof DateParts)[];
}

/** GOV.UK-style memorable date: three short numeric inputs in a fieldset (easier than a picker). */
export function dateField(o: DateFieldOptions): TemplateResult {
  const part = (key: keyof DateParts, width: string, first: boolean) => {
    const id = first ? o.id : `${o.id}-${key}`;
    const bad = o.error && (o.invalidParts ?? ['day', 'month', 'year']).includes(key);
    return html`<div class="date-part">
      <label class="label small" for=${id}>${o.labels[key]}</label>
      <input
        class="input ${width}"
        id=${id}
        name="${o.id}-${key}"
        type="text"
        inputmode="numeric"
        .value=${live(o.value[key])}
        autocomplete=${ifDefined(o.autocomplete ? `${o.autocomplete}-${key}` : undefined)}
        aria-invalid=${bad ? 'true' : nothing}
        @input=${(e: Event) => o.onInput({ ...o.value, [key]: (e.target as HTMLInputElement).value })}
      />
    </div>`;
  };
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    <fieldset class="fieldset" aria-describedby=${ifDefined(describedBy(o.hint && `${o.id}-hint`, o.error && `${o.id}-error`))}>
      <legend class="legend">${o.legend}</legend>
      ${hintAndError(o)}
      <div class="date">${part('day', 'w2', true)}${part('month', 'w2', false)}${part('year', 'w4', false)}</div>
    </fieldset>
  </div>`;
}

export interface RadioGroupOptions extends FieldBase {
  legend: string;
  /** Renders the legend as the page heading's size (when the question is the step's only one). */
  legendClass?: string;
  options: ChoiceOption[];
  value: string | undefined;
  onChange: (value: string) => void;
  /** Extra content shown under the checked option (GOV.UK "conditional reveal"). */
  conditional?: (value: string) => TemplateResult | typeof nothing;
}

export function radioGroup(o: RadioGroupOptions): TemplateResult {
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    <fieldset class="fieldset" aria-describedby=${ifDefined(describedBy(o.hint && `${o.id}-hint`, o.error && `${o.id}-error`))}>
      <legend class="legend ${o.legendClass ?? ''}">${o.legend}</legend>
      ${hintAndError(o)}
      <div class="choices">
        ${o.options.map((opt, i) => {
          const id = i === 0 ? o.id : `${o.id}-${i}`;
          const checked = o.value === opt.value;
          return html`<div class="choice radio">
              <input
                type="radio"
                id=${id}
                name=${o.id}
                .value=${opt.value}
                .checked=${live(checked)}
                ?disabled=${opt.disabled}
                aria-describedby=${ifDefined(opt.hint ? `${id}-hint` : undefined)}
                @change=${() => o.onChange(opt.value)}
              />
              <label class="choice-label" for=${id}>${opt.label}</label>
              ${opt.hint ? html`<div class="hint choice-hint" id="${id}-hint">${opt.hint}</div>` : nothing}
            </div>
            ${checked && o.conditional ? o.conditional(opt.value) : nothing}`;
        })}
      </div>
    </fieldset>
  </div>`;
}

export interface CheckboxGroupOptions extends FieldBase {
  legend: string;
  legendClass?: string;
  options: ChoiceOption[];
  values: ReadonlySet<string>;
  onToggle: (value: string, checked: boolean) => void;
  /** Options after a divider (e.g. a statement that is not one of the list items). */
  extra?: ChoiceOption[];
}

export function checkboxGroup(o: CheckboxGroupOptions): TemplateResult {
  const box = (opt: ChoiceOption, id: string) =>
    html`<div class="choice checkbox ${opt.disabled ? 'disabled' : ''}">
      <input
        type="checkbox"
        id=${id}
        name=${o.id}
        .value=${opt.value}
        .checked=${live(o.values.has(opt.value))}
        ?disabled=${opt.disabled}
        aria-describedby=${ifDefined(opt.hint ? `${id}-hint` : undefined)}
        @change=${(e: Event) => o.onToggle(opt.value, (e.target as HTMLInputElement).checked)}
      />
      <label class="choice-label" for=${id}>${opt.label}</label>
      ${opt.hint ? html`<div class="hint choice-hint" id="${id}-hint">${opt.hint}</div>` : nothing}
    </div>`;
  // The first *enabled* box carries the field id, so the error summary link lands on something focusable.
  const firstEnabled = o.options.findIndex((opt) => !opt.disabled);
  let n = 0;
  const idFor = (index: number) => (index === (firstEnabled === -1 ? 0 : firstEnabled) ? o.id : `${o.id}-${++n}`);
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    <fieldset class="fieldset" aria-describedby=${ifDefined(describedBy(o.hint && `${o.id}-hint`, o.error && `${o.id}-error`))}>
      <legend class="legend ${o.legendClass ?? ''}">${o.legend}</legend>
      ${hintAndError(o)}
      <div class="choices">
        ${o.options.map((opt, i) => box(opt, idFor(i)))}
        ${o.extra?.length
          ? html`<div class="divider" role="presentation"></div>
              ${o.extra.map((opt) => box(opt, `${o.id}-x-${opt.value.toLowerCase()}`))}`
          : nothing}
      </div>
    </fieldset>
  </div>`;
}

export const fieldStyles = css`
  .field {
    margin-block-end: var(--vois-space-5, 1.5em);
  }
  .field.has-error {
    border-inline-start: 0.3125em solid var(--vois-color-danger, #b3261e);
    padding-inline-start: var(--vois-space-4, 1em);
  }
  .fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .legend,
  .label {
    display: block;
    padding: 0;
    margin-block-end: var(--vois-space-2, 0.5em);
    font-weight: 700;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .legend.as-heading {
    font-size: 1.25em;
  }
  .label.small {
    font-size: 1em;
    font-weight: 400;
    margin-block-end: var(--vois-space-1, 0.25em);
  }
  .hint {
    color: var(--vois-color-text-muted, #4b5563);
    margin-block-end: var(--vois-space-3, 0.75em);
  }
  .error-message {
    color: var(--vois-color-danger, #b3261e);
    font-weight: 700;
    margin: 0 0 var(--vois-space-3, 0.75em);
  }
  .input {
    display: block;
    inline-size: 100%;
    min-block-size: 2.5em;
    padding: 0.3125em 0.5em;
    border: 0.125em solid var(--vois-color-text, #1b1f24);
    border-radius: 0;
    background: var(--vois-color-background, #ffffff);
    color: var(--vois-color-text, #1b1f24);
    font: inherit;
  }
  .input.w2 {
    inline-size: 3.5em;
  }
  .input.w4 {
    inline-size: 5.5em;
  }
  .input.short {
    max-inline-size: 12em;
  }
  .input.medium {
    max-inline-size: 24em;
  }
  .input[aria-invalid='true'] {
    border-color: var(--vois-color-danger, #b3261e);
  }
  .input:focus-visible {
    outline-offset: 0;
    box-shadow: inset 0 0 0 0.0625em var(--vois-color-text, #1b1f24);
  }
  .date {
    display: flex;
    flex-wrap: wrap;
    gap: var(--vois-space-4, 1em);
  }

  .choices {
    display: grid;
    gap: var(--vois-space-3, 0.75em);
  }
  .choice {
    display: grid;
    grid-template-columns: 1.5em 1fr;
    column-gap: var(--vois-space-3, 0.75em);
    align-items: start;
  }
  .choice input {
    grid-row: 1;
    inline-size: 1.5em;
    block-size: 1.5em;
    margin: 0.0625em 0 0;
    accent-color: var(--vois-color-action, #0b4c8c);
    cursor: pointer;
  }
  .choice input:focus-visible {
    outline-offset: 0.1875em;
  }
  .choice-label {
    grid-row: 1;
    grid-column: 2;
    cursor: pointer;
    /* A generous click target (WCAG 2.5.8) without changing the visual rhythm. */
    padding-block: 0.125em;
  }
  .choice-hint {
    grid-column: 2;
    margin: 0;
  }
  .choice.disabled .choice-label {
    color: var(--vois-color-text-muted, #4b5563);
    cursor: not-allowed;
  }
  .choice input:disabled {
    cursor: not-allowed;
  }
  .divider {
    border-block-start: 0.0625em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 50%, transparent);
    margin-block: var(--vois-space-2, 0.5em);
  }
  .conditional {
    margin-inline-start: 0.6875em;
    padding-inline-start: calc(0.8125em + var(--vois-space-3, 0.75em));
    border-inline-start: 0.25em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 60%, transparent);
    padding-block: var(--vois-space-2, 0.5em);
  }
`;
