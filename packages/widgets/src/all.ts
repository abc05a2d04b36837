/**
 * Entry of the CDN bundle: registers every service element (side effects). Pages that want
 * only some widgets import `define/<name>.ts` instead.
 */
import './define/meldebescheinigung.ts';
import './define/abmeldung-nebenwohnung.ts';
import './define/uebermittlungssperren.ts';
import './define/selbstauskunft.ts';
import './define/dienste.ts';

export * from './index.ts';
