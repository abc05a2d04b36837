/**
 * Watches the shared client's session for one widget: warns before it expires (WCAG 2.2.1,
 * at least two minutes ahead), ends it locally at the expiry time so no request goes out with
 * a dead token, and tells the host when it ended.
 */
import { sessionRemainingMs, type VoisClient } from '@vois-online/client';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type SessionPhase = 'none' | 'active' | 'warning' | 'ended';

export interface SessionControllerOptions {
  /** How long before the expiry the warning appears. Default two minutes. */
  warnBeforeMs?: number;
  /** Called after every phase change (the host re-renders anyway). */
  onPhase?: (phase: SessionPhase, previous: SessionPhase) => void;
}

export class SessionController implements ReactiveController {
  phase: SessionPhase = 'none';
  /** Expiry as epoch ms while there is a session. */
  expiresAt: number | undefined;
  private client: VoisClient | undefined;
  private unsubscribe: (() => void) | undefined;
  private timers: ReturnType<typeof setTimeout>[] = [];
  private readonly warnBeforeMs: number;
  private readonly onVisible = () => document.visibilityState === 'visible' && this.sync();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SessionControllerOptions = {},
  ) {
    this.warnBeforeMs = options.warnBeforeMs ?? 120_000;
    host.addController(this);
  }

  /** Follows `client` (or none); call when the element's client changes. */
  setClient(client: VoisClient | undefined): void {
    if (client === this.client) return;
    this.unsubscribe?.();
    this.client = client;
    this.phase = 'none';
    this.subscribe();
  }

  hostConnected(): void {
    this.subscribe();
    document.addEventListener('visibilitychange', this.onVisible);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.clearTimers();
    document.removeEventListener('visibilitychange', this.onVisible);
  }

  /** Forget an ended session (after the host showed it and the citizen moved on). */
  acknowledge(): void {
    if (this.phase === 'ended') this.setPhase('none');
  }

  private subscribe(): void {
    if (!this.client || this.unsubscribe) return;
    this.unsubscribe = this.client.onSessionChange(() => this.sync());
    this.sync();
  }

  /** Recomputes the phase from the session and the clock; re-arms the timers. */
  private sync(): void {
    this.clearTimers();
    const client = this.client;
    if (!client?.session) {
      this.expiresAt = undefined;
      this.setPhase(this.phase === 'none' ? 'none' : 'ended');
      return;
    }
    const remaining = sessionRemainingMs(client);
    this.expiresAt = Date.now() + remaining;
    if (remaining <= 0) {
      // Tell every widget sharing the client at once; `sync` runs again through the listener.
      client.setSession(undefined);
      return;
    }
    this.setPhase(remaining <= this.warnBeforeMs ? 'warning' : 'active');
    if (remaining > this.warnBeforeMs) this.timers.push(setTimeout(() => this.sync(), remaining - this.warnBeforeMs));
    this.timers.push(setTimeout(() => this.sync(), remaining));
  }

  private setPhase(phase: SessionPhase): void {
    const previous = this.phase;
    if (phase === previous) return;
    this.phase = phase;
    this.options.onPhase?.(phase, previous);
    this.host.requestUpdate();
  }

  private clearTimers(): void {
    this.timers.forEach(clearTimeout);
    this.timers = [];
  }
}
