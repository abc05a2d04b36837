/**
 * Every text the elements render, per language, for assertions: the shared catalogue plus
 * every element's own section, and the bilingual webmaster texts under `config`. The widgets
 * never load this union (each element carries only its own section, and English only on
 * demand); tests want one object to look texts up in, so they import the English modules
 * statically here. (That fills the browser's module map, not the elements' text caches: an
 * element still goes through its own on-demand loading.)
 */
import type { Lang } from '../src/i18n/index.ts';
import { en as sharedEn } from '../src/i18n/en.ts';
import { configTexts } from '../src/i18n/config.ts';
import { catalogues as meldebescheinigung } from '../src/elements/meldebescheinigung/i18n.ts';
import { catalogues as abmeldung } from '../src/elements/abmeldung-nebenwohnung/i18n.ts';
import { catalogues as sperren } from '../src/elements/uebermittlungssperren/i18n.ts';
import { catalogues as selbstauskunft } from '../src/elements/selbstauskunft/i18n.ts';
import { catalogues as dienste } from '../src/elements/dienste/i18n.ts';
import { en as meldebescheinigungEn } from '../src/elements/meldebescheinigung/i18n-en.ts';
import { en as abmeldungEn } from '../src/elements/abmeldung-nebenwohnung/i18n-en.ts';
import { en as sperrenEn } from '../src/elements/uebermittlungssperren/i18n-en.ts';
import { en as selbstauskunftEn } from '../src/elements/selbstauskunft/i18n-en.ts';
import { en as diensteEn } from '../src/elements/dienste/i18n-en.ts';

const config = (lang: Lang) => ({ config: configTexts[lang] });

export const de = {
  ...meldebescheinigung.de,
  ...abmeldung.de,
  ...sperren.de,
  ...selbstauskunft.de,
  ...dienste.de,
  ...config('de'),
};

export const en: typeof de = {
  ...sharedEn,
  meldebescheinigung: meldebescheinigungEn,
  abmeldung: abmeldungEn,
  sperren: sperrenEn,
  selbstauskunft: selbstauskunftEn,
  dienste: diensteEn,
  ...config('en'),
};
