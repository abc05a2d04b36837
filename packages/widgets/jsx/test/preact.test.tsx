/** @jsxImportSource preact */
import type {} from '@vois-online/widgets/jsx/preact';

export const ok = (
  <vois-abmeldung-nebenwohnung
    api="https://api.example.de"
    kommune="12064472"
    heading-level="3"
    onvois-complete={(event) => event.detail.service}
  />
);
// @ts-expect-error misspelt attribute
export const typo = <vois-abmeldung-nebenwohnung komune="12064472" />;
// @ts-expect-error the event detail has no such field
export const badEvent = <vois-meldebescheinigung onvois-error={(event) => event.detail.message} />;
