import type { GlobalComponents } from 'vue';
import type {} from '@vois-online/widgets/jsx/vue';

type Props = InstanceType<GlobalComponents['vois-meldebescheinigung']>['$props'];

export const ok: Props = {
  api: 'https://api.example.de',
  kommune: '12064472',
  headingLevel: 2,
  onVoisComplete: (event) => event.detail.documentType,
};
// @ts-expect-error misspelt prop
export const typo: Props = { kommne: '12064472' };
// @ts-expect-error the event detail has no such field
export const badEvent: Props = { onVoisStep: (event) => event.detail.person };
