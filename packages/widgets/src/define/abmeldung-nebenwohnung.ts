/** Registers `<vois-abmeldung-nebenwohnung>` (side effect). Safe to import twice: warns, never throws. */
import { defineElement } from '../base/define.ts';
import { VoisAbmeldungNebenwohnung } from '../elements/abmeldung-nebenwohnung/abmeldung-nebenwohnung.ts';

defineElement('vois-abmeldung-nebenwohnung', VoisAbmeldungNebenwohnung);

export { VoisAbmeldungNebenwohnung };
