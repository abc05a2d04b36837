/// <reference types="vite/client" />
/**
 * The CDN loader (`loader.js`, ≤ 2 kB gzip): put it on every page, it loads only the widgets
 * the page contains — now or later — and upgrades `data-vois-widget` containers.
 *
 * ```html
 * <script type="module" src="https://cdn.example.de/vois-widgets/0.1.0/loader.js" integrity="sha384-…" crossorigin="anonymous"></script>
 * ```
 *
 * Every widget chunk imports one shared `core` chunk (lit, the client, the base element), so
 * two widgets on one page share one lit, one API client and one login session.
 * Side effect on import (listed in `sideEffects`): that is its whole purpose.
 */
import { definitionsFrom, watch } from './embed/upgrade.ts';

watch(definitionsFrom(import.meta.glob('./define/*.ts')));
