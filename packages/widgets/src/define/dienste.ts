/**
 * Registers `<vois-dienste>` (side effect). Safe to import twice: warns, never throws.
 *
 * The overview creates the service elements by tag name only; it does not define them. Define
 * the services the page offers as well (`all.ts`, or `define/<service>.ts` for each).
 */
import { defineElement } from '../base/define.ts';
import { VoisDienste } from '../elements/dienste/dienste.ts';

defineElement('vois-dienste', VoisDienste);

export { VoisDienste };
