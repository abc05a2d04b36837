/**
 * The self-disclosure as HTML (S1–S5): stored data in collapsible groups, regular transfers,
 * automated retrievals, the note on withheld family data and the citizen's rights. Register
 * values are shown exactly as the register holds them (German text, also in the English UI);
 * labels, headings and dates follow the widget's language.
 *
 * The groups use the APG disclosure pattern (a button with `aria-expanded` inside a real
 * heading), not `<details>`: a heading inside `<summary>` loses its heading role in several
 * screen readers, and print styles can open a panel only when we own its hiding. Collapsed
 * panels are `hidden="until-found"`, so the browser's find-in-page still finds "Reisepass"
 * and opens the group (`beforematch`).
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { AuskunftEntry, AuskunftGroup, KommuneConfig, Selbstauskunft } from '@vois-online/client';
import type { Lang } from '../../i18n/index.ts';
import type { SelbstauskunftCatalogue } from './i18n.ts';
import { formatInstant, formatPartialDate } from '../../i18n/format.ts';
import { heading } from '../../parts/heading.ts';
import { contactCard } from '../../parts/notice.ts';

/** How many retrievals are listed before "show all" (newest first; the rest stay findable and print). */
export const RETRIEVALS_SHOWN = 5;

/**
 * The data-protection authority for every pilot town (all in Brandenburg). A municipality in
 * another state would need its own; then this belongs in the municipality's configuration.
 */
export const DATA_PROTECTION_AUTHORITY_URL = 'https://www.lda.brandenburg.de';

export const groupPanelId = (group: AuskunftGroup) => `group-${group.toLowerCase().replace(/_/g, '-')}`;

/** `seit 01.08.2019`, `bis 12.07.2008`, `03.05.2021 bis 02.05.2031`; empty when nothing is recorded. */
export function period(entry: Pick<AuskunftEntry, 'validFrom' | 'validTo'>, t: SelbstauskunftCatalogue, lang: Lang): string {
  const s = t.selbstauskunft.data;
  const from = entry.validFrom ? formatPartialDate(entry.validFrom, lang) : undefined;
  const to = entry.validTo ? formatPartialDate(entry.validTo, lang) : undefined;
  if (from && to) return s.between(from, to);
  if (from) return s.since(from);
  if (to) return s.until(to);
  return '';
}

function entryRow(entry: AuskunftEntry, t: SelbstauskunftCatalogue, lang: Lang): TemplateResult {
  const s = t.selbstauskunft.data;
  const validity = period(entry, t, lang);
  return html`<div class="entry">
    <dt>${s.fields[entry.field]}</dt>
    <dd>
      <!-- Stored values are German register text, also in the English UI. -->
      <span class="entry-value" lang="de">${entry.value}</span>
      ${validity ? html`<span class="entry-meta"><span class="entry-meta-label">${s.validity}:</span> ${validity}</span>` : nothing}
      ${entry.origin
        ? html`<span class="entry-meta"><span class="entry-meta-label">${s.origin}:</span> <span lang="de">${entry.origin}</span></span>`
        : nothing}
    </dd>
  </div>`;
}

export interface GroupsOptions {
  auskunft: Selbstauskunft;
  t: SelbstauskunftCatalogue;
  lang: Lang;
  level: number;
  expanded: ReadonlySet<AuskunftGroup>;
  onToggle: (group: AuskunftGroup, open: boolean) => void;
}

/** S1 (and S4 inside the family group): one disclosure per group, headed, with the entry count. */
export function groups(o: GroupsOptions): TemplateResult {
  const s = o.t.selbstauskunft.data;
  return html`<div class="groups" part="groups">
    ${o.auskunft.groups.map(({ group, entries }) => {
      const id = groupPanelId(group);
      const open = o.expanded.has(group);
      const withheld = group === 'FAMILIE' && o.auskunft.familyDataWithheld;
      return html`<div class="group" part="group">
        ${heading(
          o.level,
          html`<button
            type="button"
            class="disclosure"
            id="${id}-button"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${id}
            @click=${() => o.onToggle(group, !open)}
          >
            <span class="chevron" aria-hidden="true"></span>
            <span class="disclosure-label">${s.groups[group]}</span>
            <span class="disclosure-count">${s.count(entries.length)}</span>
          </button>`,
          { className: 'group-heading' },
        )}
        <div class="group-panel" id=${id} hidden=${open ? nothing : 'until-found'} @beforematch=${() => o.onToggle(group, true)}>
          ${entries.length ? html`<dl class="entries">${entries.map((e) => entryRow(e, o.t, o.lang))}</dl>` : html`<p class="muted">${s.empty}</p>`}
          ${withheld ? html`<p class="withheld-note">${o.t.selbstauskunft.withheld.inGroup}</p>` : nothing}
        </div>
      </div>`;
    })}
  </div>`;
}

/** S2: regular transfers with purpose, legal basis and data. */
export function recipients(a: Selbstauskunft, t: SelbstauskunftCatalogue): TemplateResult {
  const r = t.selbstauskunft.recipients;
  if (a.recipients.length === 0) return html`<p>${r.none}</p>`;
  return html`<ul class="plain cards" part="recipients">
    ${a.recipients.map(
      (x) => html`<li class="card">
        <p class="card-title" lang="de">${x.recipient}</p>
        <dl class="card-facts">
          <div><dt>${r.purpose}</dt><dd lang="de">${x.purpose}</dd></div>
          <div><dt>${r.legalBasis}</dt><dd lang="de">${x.legalBasis}</dd></div>
          <div><dt>${r.data}</dt><dd lang="de">${x.data}</dd></div>
        </dl>
      </li>`,
    )}
  </ul>`;
}

export interface RetrievalsOptions {
  auskunft: Selbstauskunft;
  t: SelbstauskunftCatalogue;
  lang: Lang;
  showAll: boolean;
  onShowAll: (all: boolean) => void;
}

/**
 * S3: automated retrievals, newest first. One definition list per retrieval rather than a
 * table: it needs no horizontal scrolling at 320 px and reads the same in every width.
 */
export function retrievals(o: RetrievalsOptions): TemplateResult {
  const r = o.t.selbstauskunft.retrievals;
  const list = o.auskunft.retrievals;
  if (list.length === 0) return html`<p>${r.none}</p>`;
  const item = (x: Selbstauskunft['retrievals'][number]) => {
    const at = formatInstant(x.at, o.lang);
    return html`<li class="retrieval">
      <dl>
        <div><dt>${r.date}</dt><dd><time datetime=${x.at}>${o.t.document.time(at.date, at.time)}</time></dd></div>
        <div><dt>${r.recipient}</dt><dd lang="de">${x.recipient}</dd></div>
        <div><dt>${r.data}</dt><dd lang="de">${x.data}</dd></div>
      </dl>
    </li>`;
  };
  const first = list.slice(0, RETRIEVALS_SHOWN);
  const rest = list.slice(RETRIEVALS_SHOWN);
  return html`<div part="retrievals">
    <ol class="plain retrievals">${first.map(item)}</ol>
    ${rest.length
      ? html`<ol
            class="plain retrievals"
            id="retrievals-more"
            start=${RETRIEVALS_SHOWN + 1}
            hidden=${o.showAll ? nothing : 'until-found'}
            @beforematch=${() => o.onShowAll(true)}
          >
            ${rest.map(item)}
          </ol>
          <div class="button-row compact">
            <button
              type="button"
              class="link-button"
              part="button more-retrievals"
              aria-expanded=${o.showAll ? 'true' : 'false'}
              aria-controls="retrievals-more"
              @click=${() => o.onShowAll(!o.showAll)}
            >
              ${o.showAll ? r.showFewer : r.showAll(list.length)}
            </button>
          </div>`
      : nothing}
  </div>`;
}

/** S5: correction (§ 12 BMG) at the Bürgerbüro, complaint to the data-protection authority. */
export function rights(kommune: KommuneConfig | undefined, t: SelbstauskunftCatalogue, level: number): TemplateResult {
  const r = t.selbstauskunft.rights;
  return html`<div class="rights" part="rights">
    ${heading(level, r.correctionTitle, { className: 'subsection-heading' })}
    <p>${r.correction}</p>
    ${contactCard(kommune, t, level + 1)}
    ${heading(level, r.complaintTitle, { className: 'subsection-heading' })}
    <p>${r.complaint}</p>
    <p class="authority">
      <strong>${r.authorityName}</strong><br />${r.authorityStreet}<br />${r.authorityCity}<br />
      <a href=${DATA_PROTECTION_AUTHORITY_URL} target="_blank" rel="noopener">${r.authorityWeb}<span class="vh"> ${t.common.newWindow}</span></a>
    </p>
    <p class="muted">${r.free}</p>
  </div>`;
}

export const auskunftStyles = css`
  .section {
    margin-block-start: var(--vois-space-6, 2em);
  }
  .section-heading {
    font-size: 1.25em;
    margin-block: 0 var(--vois-space-2, 0.5em);
    hyphens: auto;
  }
  .subsection-heading {
    font-size: 1.0625em;
    margin-block: var(--vois-space-4, 1em) var(--vois-space-2, 0.5em);
  }
  .button-row.compact {
    margin-block: var(--vois-space-2, 0.5em) var(--vois-space-3, 0.75em);
  }

  /* ---- S1 groups: disclosure headings */
  .groups {
    border-block-start: 0.0625em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 45%, transparent);
  }
  .group {
    border-block-end: 0.0625em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 45%, transparent);
  }
  .group-heading {
    margin: 0;
    font-size: 1em;
  }
  .disclosure {
    display: flex;
    align-items: center;
    flex-wrap: wrap;
    gap: var(--vois-space-1, 0.25em) var(--vois-space-3, 0.75em);
    inline-size: 100%;
    min-block-size: 2.75em;
    margin: 0;
    padding: var(--vois-space-3, 0.75em) var(--vois-space-2, 0.5em);
    border: 0;
    background: none;
    color: var(--vois-color-action, #0b4c8c);
    font: inherit;
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.3;
    text-align: start;
    cursor: pointer;
  }
  .disclosure:hover .disclosure-label {
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  .disclosure-label {
    flex: 1 1 10em;
    min-inline-size: 0;
  }
  .disclosure-count {
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.875em;
    font-weight: 400;
    margin-inline-start: calc(1em + var(--vois-space-3, 0.75em));
  }
  /* A chevron drawn with borders: no icon font, no image, no inline style. */
  .chevron {
    flex: none;
    inline-size: 0.55em;
    block-size: 0.55em;
    margin-inline: 0.2em 0.25em;
    border-inline-end: 0.15em solid currentColor;
    border-block-end: 0.15em solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
    transition: transform 0.15s;
  }
  .disclosure[aria-expanded='false'] .chevron {
    transform: rotate(-45deg);
  }
  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }
  .group-panel {
    padding: 0 var(--vois-space-2, 0.5em) var(--vois-space-4, 1em) calc(1.25em + var(--vois-space-4, 1em));
  }
  /* until-found keeps the box (content-visibility: hidden): a closed panel must take no space. */
  .group-panel[hidden],
  .retrievals[hidden] {
    padding-block: 0;
    border: 0;
  }
  .entries {
    display: grid;
    gap: var(--vois-space-3, 0.75em);
    margin: 0;
  }
  .entry {
    display: grid;
    grid-template-columns: minmax(9em, 30%) 1fr;
    gap: var(--vois-space-1, 0.25em) var(--vois-space-4, 1em);
  }
  .entry dt {
    font-weight: 700;
  }
  .entry dd {
    margin: 0;
  }
  .entry-value,
  .entry-meta {
    display: block;
  }
  /* Register text has long compounds ("Rundfunkbeitragsstaatsvertrag"): hyphenate where the browser can. */
  .entry dd,
  .card dd,
  .retrieval dd {
    hyphens: auto;
  }
  .entry-meta {
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.9375em;
  }
  .withheld-note {
    margin: var(--vois-space-3, 0.75em) 0 0;
    font-style: italic;
  }

  /* ---- S2 and S3: one card or row per item, never a wide table */
  .cards {
    display: grid;
    gap: var(--vois-space-3, 0.75em);
  }
  .card {
    padding: var(--vois-space-3, 0.75em) var(--vois-space-4, 1em);
    border: 0.0625em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 45%, transparent);
    border-radius: var(--vois-radius, 0.25em);
  }
  .card-title {
    margin: 0 0 var(--vois-space-2, 0.5em);
    font-weight: 700;
  }
  .card-facts,
  .retrieval dl {
    display: grid;
    gap: var(--vois-space-2, 0.5em);
    margin: 0;
  }
  .card-facts > div {
    display: grid;
    grid-template-columns: minmax(8em, 28%) 1fr;
    gap: var(--vois-space-3, 0.75em);
  }
  .card-facts dt,
  .retrieval dt {
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.875em;
  }
  .card-facts dd,
  .retrieval dd {
    margin: 0;
  }
  .retrievals {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .retrievals > li {
    padding-block: var(--vois-space-3, 0.75em);
    border-block-end: 0.0625em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 45%, transparent);
  }
  .retrievals:first-child > li:first-child {
    border-block-start: 0.0625em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 45%, transparent);
  }
  /* Wide: each retrieval reads as a table row (date | authority | data), labels kept small. */
  @container vois (min-width: 40em) {
    .retrieval dl {
      grid-template-columns: 12.5em 1fr 1fr;
      gap: var(--vois-space-4, 1em);
    }
    .retrieval time {
      white-space: nowrap;
    }
  }
  /* Narrow: label above value, so nothing has to fit side by side in 320 px. */
  @container vois (max-width: 30em) {
    .entry,
    .card-facts > div {
      grid-template-columns: 1fr;
      gap: 0;
    }
    .group-panel {
      padding-inline: var(--vois-space-2, 0.5em);
    }
    .disclosure-count {
      margin-inline-start: 0;
    }
    .card {
      padding-inline: var(--vois-space-3, 0.75em);
    }
  }

  .authority {
    padding-inline-start: var(--vois-space-4, 1em);
    border-inline-start: 0.25em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 45%, transparent);
  }

  /*
   * Print: the whole disclosure on paper. Every group and every retrieval open, no buttons
   * (the disclosure buttons print as plain headings), no progress, no frame colours.
   */
  @media print {
    .vois {
      border: 0;
      padding: 0;
      background: none;
      color: #000;
    }
    .inner {
      max-inline-size: none;
      padding: 0;
    }
    .progress,
    .button-row,
    .session-warning,
    .screen-only {
      display: none !important;
    }
    .group-panel[hidden],
    .retrievals[hidden] {
      display: block !important;
      content-visibility: visible !important;
      padding-block-end: var(--vois-space-4, 1em);
    }
    .disclosure {
      padding-inline: 0;
      color: #000;
    }
    .chevron {
      display: none;
    }
    .group-panel {
      padding-inline-start: 0;
    }
    .group,
    .entry,
    .card,
    .retrieval,
    .contact,
    .notice {
      break-inside: avoid;
    }
    .section-heading,
    .group-heading {
      break-after: avoid;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
    }
  }
`;
