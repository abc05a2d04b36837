/**
 * The German embedding guide is the script of the cms suite: the blocks marked
 * `<!-- cms-test:<name> -->` are taken from it verbatim, only the example paths and hosts are
 * replaced by those of the test machine. A changed guide is a changed test.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const GUIDE = fileURLToPath(new URL('../../packages/widgets/docs/EMBEDDING.md', import.meta.url));
export const WIDGETS = fileURLToPath(new URL('../../packages/widgets/', import.meta.url));

/** The fenced code block right after `<!-- cms-test:<name> -->`. */
export function guideBlock(name: string): string {
  const text = readFileSync(GUIDE, 'utf8');
  const match = new RegExp(`<!-- cms-test:${name} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``).exec(text);
  if (!match) throw new Error(`EMBEDDING.md has no block marked <!-- cms-test:${name} --> (the cms suite follows the guide's WordPress steps)`);
  return match[1]!;
}

/** A fenced block that contains `needle` (e.g. the snippet "A" with the bundle). */
export function guideBlockWith(needle: string): string {
  const text = readFileSync(GUIDE, 'utf8');
  const block = [...text.matchAll(/```[a-z]*\n([\s\S]*?)\n```/g)].map((m) => m[1]!).find((b) => b.includes(needle));
  if (!block) throw new Error(`EMBEDDING.md has no code block containing ${needle}`);
  return block;
}
