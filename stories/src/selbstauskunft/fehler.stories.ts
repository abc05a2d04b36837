/**
 * Every kind of failure the client reports, each with its specific text. Where repeating
 * helps there is "Erneut versuchen"; the citizen's input is always kept.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { errorStates } from '../harness/common.ts';
import { TAG, flow } from './flow.ts';

export default { title: 'Selbstauskunft/Fehler', component: TAG } satisfies Meta;

type Story = StoryObj;
const errors = errorStates(flow);

export const Netzwerk: Story = { name: 'Keine Verbindung', ...errors.network };
export const Zeitueberschreitung: Story = { name: 'Zeitüberschreitung', ...errors.timeout };
export const Serverfehler: Story = { name: 'Serverfehler', ...errors.server };
export const Wartung: Story = { name: 'Wartungsarbeiten', ...errors.unavailable };
export const KeinJson: Story = { name: 'Ungültige Antwort (kein JSON)', ...errors.malformed };
export const FalscheForm: Story = { name: 'Unerwartete Antwort (Vertrag verletzt)', ...errors.wrongShape };
export const ZuVieleAnfragen: Story = { name: 'Zu viele Anfragen', ...errors.rateLimited };
export const Abgebrochen: Story = { name: 'Anfrage abgebrochen', ...errors.aborted };
export const LadenNachAnmeldung: Story = { name: 'Fehler beim Laden nach der Anmeldung', ...errors.loadFailed };
export const Download: Story = { name: 'PDF-Download fehlgeschlagen', ...errors.downloadFailed };
