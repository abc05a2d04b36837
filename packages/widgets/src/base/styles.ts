/**
 * Styles every service element shares: the host reset (CMS pages set odd inherited values),
 * the frame, type scale, buttons, links, focus and small utilities. Every value reads a
 * `--vois-*` token with a literal fallback (the default theme), sizes are in `em`.
 */
import { css } from 'lit';

export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    /* Reset on the host too, so the host's own box (margins aside) follows the widget, not the page. */
    line-height: 1.5;
    text-align: start;
    color: var(--vois-color-text, #1b1f24);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /*
   * The frame. It resets the inherited properties a CMS may have changed — here and not only
   * on :host, because page rules such as "* { text-transform: uppercase }" match the host
   * element itself and beat :host rules, but cannot reach inside the shadow root. It is also
   * its own size container, so the layout follows the CMS column, not the viewport.
   */
  .vois {
    font-family: var(--vois-font-family, inherit);
    font-size: 1em;
    font-weight: 400;
    font-style: normal;
    font-variant: normal;
    font-stretch: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    /* anywhere (not break-word): long e-mail addresses may shrink grid and flex columns too. */
    overflow-wrap: anywhere;
    hyphens: manual;
    list-style: none;
    cursor: auto;
    visibility: visible;
    direction: ltr;
    container: vois / inline-size;
    background: var(--vois-color-background, #ffffff);
    color: var(--vois-color-text, #1b1f24);
    border: 0.0625em solid color-mix(in srgb, var(--vois-color-border, #6b7280) 45%, transparent);
    border-top: var(--vois-space-1, 0.25em) solid var(--vois-color-action, #0b4c8c);
    border-radius: var(--vois-radius, 0.25em);
    padding: var(--vois-space-5, 1.5em) var(--vois-space-4, 1em);
  }
  @container vois (min-width: 36em) {
    .inner {
      padding-inline: var(--vois-space-4, 1em);
    }
  }
  .inner {
    max-inline-size: 46em;
  }

  .header {
    margin-block-end: var(--vois-space-5, 1.5em);
  }
  .eyebrow {
    margin: 0 0 var(--vois-space-1, 0.25em);
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.9375em;
  }
  .title {
    margin: 0;
    /* Long German compounds ("Meldebescheinigung") must fit a 320 px column. */
    font-size: clamp(1.25em, 4cqi + 0.75em, 1.75em);
    hyphens: auto;
    line-height: 1.2;
    font-weight: 700;
  }

  /* Type scale and rhythm inside the widget. */
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: inherit;
    color: inherit;
    text-transform: none;
    letter-spacing: normal;
    margin: 0 0 var(--vois-space-3, 0.75em);
    line-height: 1.25;
    font-weight: 700;
  }
  .step-heading {
    font-size: clamp(1.1875em, 3cqi + 0.75em, 1.5em);
    hyphens: auto;
  }
  .section-heading {
    font-size: 1.125em;
    margin-block-start: var(--vois-space-5, 1.5em);
  }
  .caption {
    display: block;
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.6667em;
    font-weight: 400;
    margin-block-end: var(--vois-space-1, 0.25em);
  }
  /* Headings receive focus by script only (tabindex=-1); they are not controls, so no ring (as GOV.UK). */
  [tabindex='-1']:focus {
    outline: none;
  }
  p {
    margin: 0 0 var(--vois-space-4, 1em);
  }
  .lead {
    font-size: 1.125em;
  }
  .muted {
    color: var(--vois-color-text-muted, #4b5563);
  }
  ul.bullets {
    margin: 0 0 var(--vois-space-4, 1em);
    padding-inline-start: 1.25em;
    list-style: disc;
  }
  ul.bullets > li {
    margin-block-end: var(--vois-space-1, 0.25em);
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  a {
    color: var(--vois-color-action, #0b4c8c);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--vois-color-action-hover, #083764);
    text-decoration-thickness: max(3px, 0.1875em);
  }

  /* Focus: shadow DOM is out of reach of a page's "outline: none"; drawn in the theme's focus colour. */
  :focus-visible {
    outline: var(--vois-focus-width, 0.1875em) solid var(--vois-color-focus, #b34100);
    outline-offset: 0.125em;
  }

  .button-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--vois-space-3, 0.75em) var(--vois-space-4, 1em);
    margin-block: var(--vois-space-5, 1.5em) 0;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--vois-space-2, 0.5em);
    min-block-size: 2.75em;
    margin: 0;
    padding: 0.5em 1.25em;
    border: 0.125em solid transparent;
    border-radius: var(--vois-radius, 0.25em);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    text-transform: none;
    letter-spacing: normal;
    cursor: pointer;
    background: var(--vois-button-background-color, var(--vois-color-action, #0b4c8c));
    color: var(--vois-button-label-color, var(--vois-color-on-action, #ffffff));
    box-shadow: 0 0.125em 0 var(--vois-color-action-hover, #083764);
  }
  .button:hover {
    background: var(--vois-color-action-hover, #083764);
  }
  .button.secondary {
    background: var(--vois-color-surface, #f3f5f8);
    color: var(--vois-color-text, #1b1f24);
    border-color: var(--vois-color-border, #6b7280);
    box-shadow: none;
  }
  .button.secondary:hover {
    background: color-mix(in srgb, var(--vois-color-surface, #f3f5f8) 80%, var(--vois-color-border, #6b7280));
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.85;
  }
  .button:focus-visible {
    outline-offset: 0.1875em;
  }
  /* A button that reads as a link (actions inside text, "Ändern"). */
  .link-button {
    display: inline;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    font: inherit;
    color: var(--vois-color-action, #0b4c8c);
    text-decoration: underline;
    text-decoration-thickness: max(1px, 0.0625em);
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .link-button:hover {
    color: var(--vois-color-action-hover, #083764);
    text-decoration-thickness: max(3px, 0.1875em);
  }
  @container vois (max-width: 30em) {
    .button-row > .button {
      inline-size: 100%;
    }
  }

  .spinner {
    display: inline-block;
    inline-size: 1em;
    block-size: 1em;
    border: 0.15em solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: vois-spin 0.8s linear infinite;
    flex: none;
  }
  @keyframes vois-spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
  }

  /* Present for screen readers only. */
  .vh {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }

  @media (forced-colors: active) {
    .vois {
      border: 1px solid CanvasText;
    }
    .button {
      border-color: ButtonText;
    }
  }
`;
