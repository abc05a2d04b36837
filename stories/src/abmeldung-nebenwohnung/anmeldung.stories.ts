/** The eID login round trip: waiting states and every way it can go wrong. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { loginStates } from '../harness/common.ts';
import { TAG, flow } from './flow.ts';

export default { title: 'Abmeldung Nebenwohnung/Anmeldung', component: TAG } satisfies Meta;

type Story = StoryObj;
const login = loginStates(flow);

export const Weiterleitung: Story = { name: 'Weiterleitung zum Online-Ausweis', ...login.redirecting };
export const AnmeldungWirdGeprueft: Story = { name: 'Zurück von der Anmeldung – wird geprüft', ...login.checking };
export const DatenWerdenGeladen: Story = { name: 'Zurück von der Anmeldung – Daten werden geladen', ...login.loading };
export const Abgebrochen: Story = { name: 'Anmeldung abgebrochen', ...login.cancelled };
export const C1: Story = { name: 'C1 Anmeldung ohne Online-Ausweis', ...login.c1 };
export const C2: Story = { name: 'C2 Identifizierung nicht möglich', ...login.c2 };
export const CodeAbgelaufen: Story = { name: 'Anmeldecode abgelaufen', ...login.codeInvalid };
export const RuecksprungUngueltig: Story = { name: 'Rücksprung ungültig (Link wiederverwendet)', ...login.returnInvalid };
