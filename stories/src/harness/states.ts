/** Lists the stories of a stories module with ids, names and descriptions (for the overview pages). */
import { toId, isExportStory } from 'storybook/internal/csf';

export interface StateLink {
  id: string;
  name: string;
  description: string | undefined;
  /** Link into the Storybook UI (the manager), from a docs page in the preview frame. */
  href: string;
}

interface StoriesModule {
  default: { title?: string; includeStories?: unknown; excludeStories?: unknown };
  /** Export order, added by Storybook's CSF plugin (a module namespace lists exports alphabetically). */
  __namedExportsOrder?: string[];
  [name: string]: unknown;
}

export function statesOf(module: StoriesModule): { title: string; group: string; states: StateLink[] } {
  const title = module.default.title ?? '';
  const order = module.__namedExportsOrder ?? Object.keys(module);
  const states = order
    .filter((key) => key !== 'default' && !key.startsWith('__') && key in module && isExportStory(key, module.default as never))
    .map((key) => {
      const value = module[key];
      const story = value as { name?: string; parameters?: { docs?: { description?: { story?: string } } } };
      const id = toId(title, key);
      return { id, name: story.name ?? key, description: story.parameters?.docs?.description?.story, href: `./?path=/story/${id}` };
    });
  return { title, group: title.split('/').at(-1) ?? title, states };
}
