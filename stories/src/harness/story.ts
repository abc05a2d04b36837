/**
 * Turns a scenario ("log in as the deceased persona", "let the submit time out") into a
 * Storybook story: `render` puts a stage with the element on the canvas, `play` drives it
 * into the state by clicking through the flow.
 *
 * The stage lives as long as one render of the story (keyed by the render's abort signal):
 * switching theme or language in the toolbar re-renders the story, and the same element only
 * gets new attributes — it stays in the state the scenario reached. "Remount" starts afresh.
 */
import type { StoryContext, StoryObj } from '@storybook/web-components-vite';
import { Stage, type StageOptions } from './stage.ts';

/**
 * One state of an element. The story's `name` stays a literal next to the export (the
 * Storybook indexer reads it statically): `export const X: Story = { name: '…', ...story({ … }) }`.
 */
export interface Scenario extends Omit<StageOptions, 'tag'> {
  /** What the designer sees and why it happens (shown on the docs page and in the story's notes). */
  description?: string;
  /** Drives the element into the state (DOM clicks, login, faults of the fake). */
  play?: (stage: Stage) => Promise<void>;
}

const stages = new WeakMap<AbortSignal, Stage>();

function stageFor(tag: string, scenario: Scenario, context: StoryContext): Stage {
  let stage = stages.get(context.abortSignal);
  if (!stage) {
    const { description: _description, play: _play, ...options } = scenario;
    const created = new Stage({ tag, ...options });
    stages.set(context.abortSignal, created);
    context.abortSignal.addEventListener('abort', () => created.dispose(), { once: true });
    stage = created;
  }
  return stage;
}

/** Drives one stage into the scenario's state and marks it ready or failed (the test runner reads both). */
async function playOn(stage: Stage, scenario: Scenario): Promise<void> {
  try {
    await stage.el.updateComplete;
    await scenario.play?.(stage);
    await stage.el.updateComplete;
    stage.markReady();
  } catch (error) {
    stage.markFailed(error);
    throw error;
  }
}

/** The scenario's description on the docs page; the states have no controls (the element's API is on the overview page). */
const parameters = (scenario: Scenario) => ({
  ...(scenario.description ? { docs: { description: { story: scenario.description } } } : {}),
  controls: { disable: true },
});

/** A story factory for one element: `const story = scenarioStories('vois-meldebescheinigung')`. */
export function scenarioStories(tag: string) {
  return (scenario: Scenario): StoryObj => ({
    render: (_args, context) => {
      const stage = stageFor(tag, scenario, context);
      stage.apply({ theme: context.globals.theme as string | undefined, lang: context.globals.lang as string | undefined });
      return stage.host;
    },
    play: (context) => playOn(stageFor(tag, scenario, context), scenario),
    parameters: parameters(scenario),
  });
}

const galleries = new WeakMap<AbortSignal, { host: HTMLElement; stages: Stage[] }>();

/**
 * One element per theme side by side, each on its own stage (own fake, own session), all
 * driven into the same state — for comparing the town presets. The toolbar's language applies
 * to all; the theme is fixed per stage.
 */
export function themeGallery(tag: string, themes: readonly { name: string; label: string }[], scenario: Scenario): StoryObj {
  const galleryFor = (context: StoryContext) => {
    let gallery = galleries.get(context.abortSignal);
    if (!gallery) {
      const host = document.createElement('div');
      host.className = 'vois-gallery';
      const { description: _d, play: _p, ...options } = scenario;
      const stages = themes.map(({ name, label }) => {
        const stage = new Stage({ tag, ...options, attrs: { ...options.attrs, theme: name } });
        const figure = document.createElement('figure');
        const caption = document.createElement('figcaption');
        caption.textContent = label;
        figure.append(caption, stage.host);
        host.append(figure);
        return stage;
      });
      const created = { host, stages };
      galleries.set(context.abortSignal, created);
      context.abortSignal.addEventListener('abort', () => stages.forEach((s) => s.dispose()), { once: true });
      gallery = created;
    }
    return gallery;
  };
  return {
    render: (_args, context) => {
      const gallery = galleryFor(context);
      for (const stage of gallery.stages) stage.apply({ lang: context.globals.lang as string | undefined });
      return gallery.host;
    },
    play: async (context) => {
      // One after the other: the login return goes through the one address bar.
      for (const stage of galleryFor(context).stages) await playOn(stage, scenario);
    },
    parameters: parameters(scenario),
  };
}
