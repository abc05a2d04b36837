/**
 * The blocks as the citizen sees them on the choice step: one card per Übermittlungssperre with
 * its current state, what it stops, whom it concerns, what it means for this person (U1,
 * U3–U5) and — where it can be changed online — one native checkbox whose label says the
 * action ("Übermittlung an … sperren"): one Tab stop, one Space, and a screen reader hears
 * "Übermittlung an die Bundeswehr sperren, Kontrollkästchen, nicht aktiviert, Derzeit: nicht
 * gesperrt". Then the § 51/§ 52 blocks, read-only, with how to apply at the office (U6).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { KommuneConfig, Sperre, SperreKey } from '@vois-online/client';
import type { SperrenCatalogue } from './i18n.ts';
import { heading } from '../../parts/heading.ts';
import { contactCard } from '../../parts/notice.ts';
import { modeOf } from './model.ts';

/** Id of a block's checkbox (also the error-summary and focus target). */
export const blockId = (key: SperreKey) => `sperre-${key.toLowerCase().replace(/_/g, '-')}`;

export interface BlockCardOptions {
  sperre: Sperre;
  /** The state after saving, i.e. the checkbox's value. */
  desired: boolean;
  t: SperrenCatalogue;
  /** Level of the block's title. */
  level: number;
  onToggle: (checked: boolean) => void;
}

/** "Derzeit: gesperrt" — the word is in a badge, the "Derzeit" keeps it apart from a noted change. */
function stateLine(id: string, active: boolean, prefix: string, on: string, off: string): TemplateResult {
  return html`<p class="state" id=${id}><span class="state-label">${prefix}:</span> <span class="pill ${active ? 'on' : 'off'}">${active ? on : off}</span></p>`;
}

export function blockCard(o: BlockCardOptions): TemplateResult {
  const s = o.sperre;
  const c = o.t.sperren.choose;
  const b = o.t.sperren.blocks[s.key];
  const mode = modeOf(s);
  const id = blockId(s.key);
  const head = html`<div class="sperre-head">
    ${heading(o.level, b.title, { id: `${id}-title`, className: 'sperre-title' })}
    <div class="pills">
      ${stateLine(`${id}-state`, s.active, c.current, c.on, c.off)}
      ${mode === 'not-offered' ? html`<p class="pill muted-pill">${c.notOffered}</p>` : nothing}
      ${mode === 'locked' ? html`<p class="pill muted-pill">${c.lockedTag}</p>` : nothing}
    </div>
  </div>`;

  // U3/U4: a block that cannot apply is explained in one paragraph, without a control.
  if (mode === 'not-offered') {
    return html`<div class="sperre not-offered" part="sperre">
      ${head}
      <p class="sperre-why">${b.relevance.NOT_APPLICABLE}</p>
    </div>`;
  }

  const changed = mode === 'editable' && o.desired !== s.active;
  // Set but no longer applicable (e.g. the family member left the community): it can only be lifted.
  const removeOnly = mode === 'editable' && s.relevance === 'NOT_APPLICABLE';
  const describedBy = [`${id}-state`, removeOnly && `${id}-hint`, changed && `${id}-pending`].filter(Boolean).join(' ');
  return html`<div class="sperre ${mode} ${changed ? 'changed' : ''}" part="sperre">
    ${head}
    <p>${b.what}</p>
    <dl class="sperre-facts">
      <div><dt>${c.concerns}</dt><dd>${b.concerns}</dd></div>
      <div>
        <dt>${c.forYou}</dt>
        ${removeOnly ? html`<dd id="${id}-hint">${c.removeOnly}</dd>` : html`<dd>${b.relevance[s.relevance]}</dd>`}
      </div>
      <div><dt>${c.legalBasis}</dt><dd>${b.legalBasis}</dd></div>
    </dl>
    ${mode === 'editable'
      ? html`<div class="choice checkbox sperre-choice">
          <input
            type="checkbox"
            id=${id}
            name="sperren"
            .value=${s.key}
            .checked=${live(o.desired)}
            aria-describedby=${describedBy}
            @change=${(e: Event) => o.onToggle((e.target as HTMLInputElement).checked)}
          />
          <label class="choice-label" for=${id}>${b.label}</label>
          ${changed
            ? html`<p class="pending choice-hint" id="${id}-pending">${o.desired ? c.pendingSet : c.pendingRemove}</p>`
            : nothing}
        </div>`
      : html`<p class="sperre-locked">${s.active ? c.locked : c.lockedOff}</p>`}
  </div>`;
}

export interface OfficeSectionOptions {
  auskunftssperre: boolean;
  bedingterSperrvermerk: boolean;
  t: SperrenCatalogue;
  kommune: KommuneConfig | undefined;
  /** Level of the section heading; items and the contact card are one below. */
  level: number;
}

/** U6 (and C5): the § 51 and § 52 blocks, read-only, with the way to the Bürgerbüro. */
export function officeSection(o: OfficeSectionOptions): TemplateResult {
  const f = o.t.sperren.office;
  const item = (key: 'auskunftssperre' | 'bedingt', active: boolean) => {
    const x = f[key];
    const id = `office-${key}`;
    return html`<div class="sperre readonly" part="sperre">
      <div class="sperre-head">
        ${heading(o.level + 1, x.title, { id: `${id}-title`, className: 'sperre-title' })}
        <div class="pills">${stateLine(`${id}-state`, active, o.t.sperren.choose.current, f.on, f.off)}</div>
      </div>
      <p>${x.what}</p>
      <dl class="sperre-facts">
        <div><dt>${o.t.sperren.choose.legalBasis}</dt><dd>${x.legalBasis}</dd></div>
      </dl>
      <p class="office-state">${active ? x.on : x.off}</p>
      <p class="how-title"><strong>${active ? x.howOnTitle : x.howOffTitle}</strong></p>
      <ul class="bullets">${(active ? x.howOn : x.howOff).map((line) => html`<li>${line}</li>`)}</ul>
    </div>`;
  };
  return html`<div class="office">
    ${heading(o.level, f.heading, { id: 'office-heading', className: 'section-heading' })}
    <p>${f.lead}</p>
    ${item('auskunftssperre', o.auskunftssperre)} ${item('bedingt', o.bedingterSperrvermerk)}
    ${contactCard(o.kommune, o.t, o.level + 1)}
  </div>`;
}

export const blockStyles = css`
  .sperren-list {
    display: grid;
    gap: var(--vois-space-4, 1em);
    margin-block-end: var(--vois-space-5, 1.5em);
  }
  .sperre {
    padding: var(--vois-space-4, 1em);
    border: 0.0625em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 55%, transparent);
    border-inline-start-width: 0.3125em;
    border-radius: var(--vois-radius, 0.25em);
    background: var(--vois-color-background, #ffffff);
  }
  .sperre > :last-child {
    margin-block-end: 0;
  }
  /* A noted change is marked by more than colour: a thicker edge and the "Vorgemerkt" line. */
  .sperre.changed {
    border-color: var(--vois-color-action, #0b4c8c);
    border-inline-start-width: 0.5em;
  }
  .sperre.not-offered,
  .sperre.locked,
  .sperre.readonly {
    background: var(--vois-color-surface, #f3f5f8);
  }
  .sperre.not-offered {
    border-style: dashed;
    border-inline-start-width: 0.0625em;
  }
  .sperre-head {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: var(--vois-space-2, 0.5em) var(--vois-space-4, 1em);
    margin-block-end: var(--vois-space-3, 0.75em);
  }
  .sperre-title {
    margin: 0;
    font-size: 1.125em;
    hyphens: auto;
  }
  .pills {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: var(--vois-space-2, 0.5em);
  }
  .state {
    margin: 0;
    white-space: nowrap;
  }
  .state-label {
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.875em;
  }
  .pill {
    margin: 0;
    padding: 0.0625em 0.625em;
    border: 0.0625em solid var(--vois-color-border, #6b7280);
    border-radius: 1em;
    font-size: 0.875em;
    font-weight: 700;
    white-space: nowrap;
    background: var(--vois-color-background, #ffffff);
    color: var(--vois-color-text, #1b1f24);
  }
  .pill.on {
    border-color: var(--vois-color-action, #0b4c8c);
    background: var(--vois-color-action, #0b4c8c);
    color: var(--vois-color-on-action, #ffffff);
  }
  .muted-pill {
    font-weight: 400;
    border-style: dashed;
  }
  .sperre-facts {
    display: grid;
    gap: var(--vois-space-1, 0.25em);
    margin: 0 0 var(--vois-space-4, 1em);
    font-size: 0.9375em;
  }
  .sperre-facts > div {
    display: grid;
    grid-template-columns: minmax(8em, 25%) 1fr;
    gap: var(--vois-space-3, 0.75em);
  }
  .sperre-facts dt {
    font-weight: 700;
  }
  .sperre-facts dd {
    margin: 0;
  }
  .sperre-choice {
    padding-block-start: var(--vois-space-3, 0.75em);
    border-block-start: 0.0625em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 40%, transparent);
  }
  .sperre-choice .choice-label {
    font-weight: 700;
  }
  .pending {
    margin: var(--vois-space-1, 0.25em) 0 0;
    font-weight: 700;
    color: var(--vois-color-action, #0b4c8c);
  }
  .sperre-locked,
  .sperre-why {
    margin-block-end: 0;
  }
  .office {
    margin-block-start: var(--vois-space-6, 2em);
  }
  .office > .sperre + .sperre {
    margin-block-start: var(--vois-space-4, 1em);
  }
  .office-state {
    font-weight: 700;
  }
  .how-title {
    margin-block-end: var(--vois-space-2, 0.5em);
  }
  @container vois (max-width: 30em) {
    .sperre {
      padding: var(--vois-space-3, 0.75em);
    }
    .sperre-facts > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
    .sperre-facts > div + div {
      margin-block-start: var(--vois-space-2, 0.5em);
    }
  }
`;
