/**
 * Every text the elements render, per language, for assertions: the shared catalogue plus
 * every element's own section. The widgets never load this union (each element carries only
 * its own section); tests want one object to look texts up in.
 */
import type { Lang } from '../src/i18n/index.ts';
import { catalogues as meldebescheinigung } from '../src/elements/meldebescheinigung/i18n.ts';
import { catalogues as abmeldung } from '../src/elements/abmeldung-nebenwohnung/i18n.ts';
import { catalogues as sperren } from '../src/elements/uebermittlungssperren/i18n.ts';
import { catalogues as selbstauskunft } from '../src/elements/selbstauskunft/i18n.ts';
import { catalogues as dienste } from '../src/elements/dienste/i18n.ts';

const all = (lang: Lang) => ({ ...meldebescheinigung[lang], ...abmeldung[lang], ...sperren[lang], ...selbstauskunft[lang], ...dienste[lang] });

export const de = all('de');
export const en: typeof de = all('en');
