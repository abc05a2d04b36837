/**
 * Styles of the intro step that every service element shows before the login (rendered by
 * `VoisServiceElement.renderIntroStep`): kept in one place so the four services look alike.
 */
import { css } from 'lit';

/** The texts every service's intro catalogue has (`t.<service>.intro`). */
export interface IntroTexts {
  heading: string;
  lead: string;
  getTitle: string;
  get: readonly string[];
  needTitle: string;
  need: readonly string[];
  /** Accessible name of the key-facts list. */
  factsTitle: string;
  privacy: string;
}

export const introStyles = css`
  .intro-grid {
    display: grid;
    gap: 0 var(--vois-space-6, 2em);
  }
  @container vois (min-width: 40em) {
    .intro-grid {
      grid-template-columns: 1fr 1fr;
    }
  }
  /* The font size is restated: a service's own styles may size its other section headings. */
  .intro-grid .section-heading {
    font-size: 1.125em;
    margin-block-start: var(--vois-space-3, 0.75em);
  }
  .key-facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--vois-space-3, 0.75em) var(--vois-space-6, 2em);
    margin: var(--vois-space-2, 0.5em) 0 var(--vois-space-4, 1em);
    padding: var(--vois-space-4, 1em);
    background: var(--vois-color-surface, #f3f5f8);
    border-radius: var(--vois-radius, 0.25em);
  }
  .key-facts > div {
    display: flex;
    flex-direction: column;
  }
  .key-facts dt {
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.875em;
  }
  .key-facts dd {
    margin: 0;
    font-weight: 700;
  }
  .login-hint {
    margin-block: var(--vois-space-3, 0.75em) 0;
    color: var(--vois-color-text-muted, #4b5563);
    font-size: 0.9375em;
  }
  .privacy {
    margin-block: var(--vois-space-5, 1.5em) 0;
    font-size: 0.9375em;
  }
`;
