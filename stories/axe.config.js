// @ts-check
/**
 * axe-core settings shared by the Storybook accessibility panel (.storybook/preview.ts) and
 * the static-build test (scripts/test-stories.mjs): WCAG 2.0–2.2 A/AA plus best practices.
 * Off are only the rules about a whole page, which a story (a fragment of a CMS page) is not.
 */
export const axeRunOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: {
    // Landmarks belong to the CMS page around the widget.
    region: { enabled: false },
    'landmark-one-main': { enabled: false },
    // The widget's title is an h2 by default (`heading-level`), under the page's h1.
    'page-has-heading-one': { enabled: false },
  },
};
