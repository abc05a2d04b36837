/**
 * A town's React app embedding `<vois-meldebescheinigung>`. Nothing React-specific is needed
 * at run time: import the define module once, then use the tag. The JSX typings give typed
 * attributes, properties and `vois-*` events (React 19 turns `onvois-complete` into a
 * `vois-complete` listener). Start the reference server and `pnpm dev` in this folder.
 */
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '@vois-online/widgets/define/meldebescheinigung';
import type {} from '@vois-online/widgets/jsx/react';
import type { VoisStepDetail } from '@vois-online/widgets';

const api = import.meta.env.VITE_VOIS_API ?? 'http://127.0.0.1:8787';

function App() {
  const [step, setStep] = useState<VoisStepDetail>();
  const [done, setDone] = useState(false);
  return (
    <main>
      <h1>Bürgerservice der Stadt Strausberg</h1>
      {/* Page logic without analytics: the events carry no personal data. */}
      <p aria-live="polite">{done ? 'Ihre Meldebescheinigung ist fertig.' : step ? `Schritt ${step.index} von ${step.total}` : ''}</p>
      <vois-meldebescheinigung
        api={api}
        kommune="12064472"
        theme="strausberg"
        heading-level={2}
        onvois-step={(event) => setStep(event.detail)}
        onvois-complete={() => setDone(true)}
        onvois-error={(event) => event.detail.kind === 'config' && console.warn('VOIS widget misconfigured', event.detail.code)}
      />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
