/**
 * Entry of the CDN bundle: registers every service element (side effects). Pages that want
 * only some widgets import `define/<name>.ts` instead.
 */
import './define/meldebescheinigung.ts';

export * from './index.ts';
