/** Types of einbetten.js for the Storybook story that mounts the assistant. */
export interface AssistantData {
  version: string;
  integrity: Record<string, string>;
  towns: { slug: string; name: string; kind: string; ags: string; theme: string }[];
  services: { id: string; title: string; titleEn: string }[];
  themes: string[];
}
export function mountAssistant(
  root: HTMLElement,
  data: AssistantData,
  options: { previewApi: string; previewFiles?: string; onWidget?: (el: HTMLElement) => void },
): { update(): void; controls: Record<string, HTMLInputElement | HTMLSelectElement> };
