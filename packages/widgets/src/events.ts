/**
 * Events of all service elements. One class per event, `vois-` prefixed, `bubbles` and
 * `composed` so a page can listen on `document`. Details never carry personal data: only
 * which service, which step, which error kind — enough for analytics and page logic.
 */
import type { DocumentType, ServiceId, VoisErrorKind } from '@vois-online/client';

export interface VoisStepDetail {
  service: ServiceId;
  /** Step id, e.g. `auswahl`. */
  step: string;
  /** 1-based position of the step, as in "Schritt 2 von 4". */
  index: number;
  total: number;
}

export interface VoisCompleteDetail {
  service: ServiceId;
  /** Type of the document issued, if any. */
  documentType?: DocumentType;
}

export interface VoisErrorDetail {
  service: ServiceId;
  /** Client error kind, or `config` for a broken embedding. */
  kind: VoisErrorKind | 'config';
  /** Stable code (`NETWORK`, `M1_NOT_MAIN_RESIDENCE`, `CONFIG` …). */
  code: string;
}

const init = { bubbles: true, composed: true } as const;

/** The citizen reached a step. */
export class VoisStepEvent extends CustomEvent<VoisStepDetail> {
  static readonly type = 'vois-step';
  constructor(detail: VoisStepDetail) {
    super(VoisStepEvent.type, { ...init, detail });
  }
}

/** The service finished with its result (document issued, change saved). */
export class VoisCompleteEvent extends CustomEvent<VoisCompleteDetail> {
  static readonly type = 'vois-complete';
  constructor(detail: VoisCompleteDetail) {
    super(VoisCompleteEvent.type, { ...init, detail });
  }
}

/** An error was shown to the citizen (or to the webmaster, kind `config`). */
export class VoisErrorEvent extends CustomEvent<VoisErrorDetail> {
  static readonly type = 'vois-error';
  constructor(detail: VoisErrorDetail) {
    super(VoisErrorEvent.type, { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'vois-step': VoisStepEvent;
    'vois-complete': VoisCompleteEvent;
    'vois-error': VoisErrorEvent;
  }
}
