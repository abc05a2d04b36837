/** @jsxImportSource react */
import type {} from '@vois-online/widgets/jsx/react';

export const ok = (
  <vois-meldebescheinigung
    api="https://api.example.de"
    kommune="12064472"
    theme="strausberg"
    heading-level={2}
    onvois-step={(event) => event.detail.step.toUpperCase()}
    onvois-complete={(event) => event.detail.documentType}
    onvois-error={(event) => event.detail.kind === 'config'}
    navigate={(url) => void url}
  />
);
export const dienste = <vois-dienste api="https://api.example.de" kommune="12064472" links='{"meldebescheinigung":"/mb"}' />;

// @ts-expect-error misspelt attribute
export const typo = <vois-meldebescheinigung kommne="12064472" />;
// @ts-expect-error the event detail has no such field
export const badEvent = <vois-selbstauskunft onvois-step={(event) => event.detail.person} />;
// @ts-expect-error heading level is a number or string, not a boolean
export const badLevel = <vois-uebermittlungssperren heading-level={true} />;
