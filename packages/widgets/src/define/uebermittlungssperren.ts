/** Registers `<vois-uebermittlungssperren>` (side effect). Safe to import twice: warns, never throws. */
import { defineElement } from '../base/define.ts';
import { VoisUebermittlungssperren } from '../elements/uebermittlungssperren/uebermittlungssperren.ts';

defineElement('vois-uebermittlungssperren', VoisUebermittlungssperren);

export { VoisUebermittlungssperren };
