/** Registers `<vois-selbstauskunft>` (side effect). Safe to import twice: warns, never throws. */
import { defineElement } from '../base/define.ts';
import { VoisSelbstauskunft } from '../elements/selbstauskunft/selbstauskunft.ts';

defineElement('vois-selbstauskunft', VoisSelbstauskunft);

export { VoisSelbstauskunft };
