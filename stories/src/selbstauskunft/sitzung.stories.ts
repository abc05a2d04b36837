/** The session: warning before it ends, what happens when it ended, logging out, a second widget. */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { sessionStates } from '../harness/common.ts';
import { TAG, flow } from './flow.ts';

export default { title: 'Selbstauskunft/Sitzung', component: TAG } satisfies Meta;

type Story = StoryObj;
const session = sessionStates(flow);

export const Warnung: Story = { name: 'Sitzung läuft bald ab', ...session.warning };
export const Abgelaufen: Story = { name: 'Sitzung abgelaufen', ...session.expired };
export const VomServerBeendet: Story = { name: 'Sitzung vom Server beendet', ...session.serverEnded };
export const Abgemeldet: Story = { name: 'Abgemeldet', ...session.loggedOut };
export const BereitsAngemeldet: Story = { name: 'Bereits angemeldet (zweites Widget auf der Seite)', ...session.alreadyLoggedIn };
