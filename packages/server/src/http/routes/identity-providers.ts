import type { Context, Hono } from 'hono';
import type { ExternalLogin } from '../../identity/external.ts';
import { OIDC_CALLBACK_PATH } from '../../identity/oidc/oidc.ts';
import type { Identification, LoginRequest, PendingAuthorization } from '../../identity/port.ts';
import { LoginRefusal, type LoginRefusalCode } from '../../identity/refusal.ts';
import { BUNDID_ACS_PATH, BUNDID_METADATA_PATH } from '../../identity/saml/bundid.ts';
import { html } from '../../pages/html.ts';
import { page } from '../../pages/layout.ts';
import { pickLang, type Lang } from '../../pages/i18n.ts';
import { clientAddress } from '../client-address.ts';
import type { Env, Services } from '../context.ts';
import { htmlResponse } from '../html-response.ts';

/** SAMLResponses with two signatures and an encrypted assertion are 10–30 kB; the API limit is 16 kB. */
export const ACS_BODY_LIMIT_BYTES = 256 * 1024;

/** Routes of the real login adapters, for the 404/405 table of http/app.ts. */
export const IDENTITY_PROVIDER_ROUTES: Array<[string, string]> = [
  ['GET', BUNDID_METADATA_PATH],
  ['POST', BUNDID_ACS_PATH],
  ['GET', OIDC_CALLBACK_PATH],
];

const REFUSED = {
  de: { title: 'Die Anmeldung konnte nicht bestätigt werden', text: 'Die Antwort des Anmeldedienstes hat eine Sicherheitsprüfung nicht bestanden. Bitte kehren Sie zur Seite Ihrer Stadt zurück und starten Sie die Anmeldung erneut. Wenn das wieder geschieht, nennen Sie dem Bürgerservice diesen Fehlercode:' },
  en: { title: 'The login could not be confirmed', text: 'The answer of the login service failed a security check. Please go back to your town’s website and start the login again. If this happens again, give the citizens’ service this error code:' },
} as const;

/** A message page of the real login: like the sandbox's, but without the "Testumgebung" banner. */
function loginMessage(lang: Lang, title: string, paragraphs: string[], status: 400 | 429, headers: Record<string, string> = {}) {
  return htmlResponse(page({ lang, title, body: html`<h1>${title}</h1>${paragraphs.map((p) => html`<p>${p}</p>`)}`, sandbox: false }), status, headers);
}

function refusedPage(lang: Lang, code: LoginRefusalCode) {
  const m = REFUSED[lang];
  return loginMessage(lang, m.title, [m.text, code], 400);
}

/** 303 back to the widget page with the one-time code (or the cancel) in the fragment. */
function backToWidget(pending: PendingAuthorization, fragment: Record<string, string>) {
  return new Response(null, { status: 303, headers: { Location: `${pending.redirectUri}#${new URLSearchParams(fragment)}`, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } });
}

/**
 * `GET /v1/auth/authorize` continues here when a real provider is configured: remember the
 * login (with the provider's per-login secrets) and send the browser to the provider.
 */
export async function startExternalLogin(s: Services, login: ExternalLogin, request: LoginRequest, client: string): Promise<Response> {
  let location: string;
  if (login.kind === 'bundid') {
    const pending = await s.identity.begin(request, client);
    location = await login.bundid.authorizationUrl(pending.id);
  } else {
    const extra = login.oidc.prepare();
    const pending = await s.identity.begin({ ...request, extra }, client);
    location = await login.oidc.authorizationUrl(pending.id, extra);
  }
  return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } });
}

export function mountIdentityProviderRoutes(app: Hono<Env>, s: Services) {
  const login = s.externalLogin;
  if (!login) return;
  const langOf = (c: Context) => pickLang(c.req.query('lang'), c.req.header('Accept-Language'));
  const tooMany = async (c: Context) => {
    const wait = await s.rateLimit('login', clientAddress(c));
    if (!wait) return undefined;
    const lang = langOf(c);
    return lang === 'de'
      ? loginMessage(lang, 'Zu viele Versuche', ['Bitte warten Sie eine Minute und versuchen Sie es dann erneut.'], 429, { 'Retry-After': String(wait) })
      : loginMessage(lang, 'Too many attempts', ['Please wait a minute and try again.'], 429, { 'Retry-After': String(wait) });
  };
  const refuse = (c: Context, error: unknown) => {
    if (!(error instanceof LoginRefusal)) throw error;
    // Code and technical reason only: no attribute values, no ids of the person or the login.
    s.log(`login refused (${login.kind}): ${error.code} — ${error.reason}`);
    return refusedPage(langOf(c), error.code);
  };
  const identified = async (pendingId: string, identification: Identification) => {
    const pending = await s.identity.pending(pendingId);
    // Checked by the adapter a moment ago; gone now only if it expired in between.
    if (!pending) throw new LoginRefusal(login.kind === 'bundid' ? 'SAML_UNKNOWN_REQUEST' : 'OIDC_STATE_MISMATCH', 'pending login expired during the check');
    // A level below "hoch" still gets a code: the token exchange refuses it with C1_TRUST_LEVEL_TOO_LOW,
    // so the widget shows the same message as for the sandbox's "substantiell" login.
    s.log(`login identified (${login.kind}): trust level ${identification.trustLevel}`);
    const code = await s.identity.issueCode(pendingId, identification);
    if (!code) throw new LoginRefusal(login.kind === 'bundid' ? 'SAML_UNKNOWN_REQUEST' : 'OIDC_STATE_MISMATCH', 'pending login used up during the check');
    return backToWidget(pending, { 'vois-code': code, 'vois-state': pending.state });
  };
  const cancelled = async (pendingId: string, why: string) => {
    const pending = await s.identity.cancel(pendingId);
    if (!pending) throw new LoginRefusal(login.kind === 'bundid' ? 'SAML_UNKNOWN_REQUEST' : 'OIDC_STATE_MISMATCH', 'pending login expired during the check');
    s.log(`login cancelled (${login.kind}): ${why}`);
    return backToWidget(pending, { 'vois-error': 'AUTH_CANCELLED', 'vois-state': pending.state });
  };

  if (login.kind === 'bundid') {
    const adapter = login.bundid;
    app.get(BUNDID_METADATA_PATH, () => new Response(adapter.metadata(), { headers: { 'Content-Type': 'application/samlmetadata+xml; charset=utf-8', 'Cache-Control': 'max-age=3600' } }));

    // Assertion consumer service (HTTP-POST binding). A cross-site form post from the IdP by design.
    app.post(BUNDID_ACS_PATH, async (c) => {
      const limited = await tooMany(c);
      if (limited) return limited;
      try {
        if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(c.req.header('Content-Type') ?? '')) throw new LoginRefusal('SAML_MALFORMED', 'not a form post');
        const form = new URLSearchParams(await c.req.text());
        const outcome = await adapter.consume(form.get('SAMLResponse') ?? '');
        if (outcome.kind === 'cancelled') return await cancelled(outcome.pendingId, `IdP status ${outcome.status}`);
        return await identified(outcome.pendingId, outcome.identification);
      } catch (error) {
        return refuse(c, error);
      }
    });
  }

  if (login.kind === 'oidc') {
    const adapter = login.oidc;
    app.get(OIDC_CALLBACK_PATH, async (c) => {
      const limited = await tooMany(c);
      if (limited) return limited;
      try {
        const url = new URL(c.req.url);
        const pendingId = url.searchParams.get('state') ?? '';
        const pending = pendingId ? await s.identity.pending(pendingId) : undefined;
        if (!pending?.extra) throw new LoginRefusal('OIDC_STATE_MISMATCH');
        // The URL openid-client compares with the registered redirect_uri: the public one, not the socket's.
        const callback = new URL(`${s.config.publicUrl}${OIDC_CALLBACK_PATH}${url.search}`);
        const outcome = await adapter.complete(callback, pendingId, pending.extra);
        if (outcome.kind === 'cancelled') return await cancelled(pendingId, `provider error ${outcome.error.slice(0, 40)}`);
        return await identified(pendingId, outcome.identification);
      } catch (error) {
        return refuse(c, error);
      }
    });
  }
}
