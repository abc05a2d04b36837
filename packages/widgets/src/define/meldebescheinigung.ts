/** Registers `<vois-meldebescheinigung>` (side effect). Safe to import twice: warns, never throws. */
import { defineElement } from '../base/define.ts';
import { VoisMeldebescheinigung } from '../elements/meldebescheinigung/meldebescheinigung.ts';

defineElement('vois-meldebescheinigung', VoisMeldebescheinigung);

export { VoisMeldebescheinigung };
