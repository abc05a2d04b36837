/**
 * What a webmaster sees when the embedding is broken: the element never throws and never
 * leaves a blank space, it names each bad attribute with an example (German and English)
 * and logs one `console.warn`.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { embeddingStates } from '../harness/common.ts';
import { TAG, flow } from './flow.ts';

export default { title: 'Selbstauskunft/Einbettungsfehler', component: TAG } satisfies Meta;

type Story = StoryObj;
const embedding = embeddingStates(flow);

export const AttributeFehlen: Story = { name: 'Pflichtattribute fehlen', ...embedding.missing };
export const AttributeUngueltig: Story = { name: 'Attribute ungültig', ...embedding.invalid };
export const KommuneUnbekannt: Story = { name: 'Gemeindeschlüssel unbekannt', ...embedding.unknownKommune };
export const HerkunftNichtErlaubt: Story = { name: 'Seite nicht freigeschaltet (CORS)', ...embedding.originNotAllowed };
export const HinweisUeberschrift: Story = { name: 'Hinweis: Überschriftenebene ungültig', ...embedding.headingNote };
