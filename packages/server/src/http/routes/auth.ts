import { timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { AuthorizeQuery } from '@vois-online/client/contract';
import { originsFor } from '../../config.ts';
import { sha256Base64Url } from '../../ids.ts';
import { messagePage } from '../../pages/message.ts';
import { pickLang, type Lang } from '../../pages/i18n.ts';
import { identify } from '../../rules/identification.ts';
import { nfc } from '../../rules/names.ts';
import { RuleViolation } from '../../rules/violation.ts';
import { clientAddress } from '../client-address.ts';
import type { Env, Services } from '../context.ts';
import { mountOperation } from '../operation.ts';
import { htmlResponse } from '../html-response.ts';
import { startExternalLogin } from './identity-providers.ts';

export { LOGIN_PAGE_PATH } from '../../identity/sandbox.ts';

/** Normalised redirect target: absolute http(s), no credentials, no fragment. */
function cleanRedirect(value: string): URL | undefined {
  try {
    const url = new URL(value);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return undefined;
    url.hash = '';
    return url;
  } catch {
    return undefined;
  }
}

export const safeEqual = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

const MESSAGES = {
  invalid: {
    de: { title: 'Die Anmeldung kann nicht gestartet werden', text: 'Der Aufruf enthält ungültige oder fehlende Angaben. Bitte starten Sie die Anmeldung erneut auf der Seite Ihrer Stadt.' },
    en: { title: 'The login cannot start', text: 'The request has invalid or missing parameters. Please start the login again on your town’s website.' },
  },
  kommune: {
    de: { title: 'Unbekannte Kommune', text: 'Für diese Kommune ist der Dienst nicht eingerichtet. Bitte starten Sie die Anmeldung erneut auf der Seite Ihrer Stadt.' },
    en: { title: 'Unknown municipality', text: 'The service is not set up for this municipality. Please start the login again on your town’s website.' },
  },
  redirect: {
    de: { title: 'Rücksprungadresse nicht zugelassen', text: 'Die Seite, zu der Sie nach der Anmeldung zurückkehren sollen, ist für diese Kommune nicht freigegeben. Aus Sicherheitsgründen wird die Anmeldung nicht fortgesetzt.' },
    en: { title: 'Return address not allowed', text: 'The page you would return to after login is not approved for this municipality. For your safety the login does not continue.' },
  },
  expired: {
    de: { title: 'Die Anmeldung ist abgelaufen', text: 'Diese Anmeldeseite ist nicht mehr gültig. Kehren Sie zur Seite Ihrer Stadt zurück und starten Sie die Anmeldung erneut.' },
    en: { title: 'The login has expired', text: 'This login page is no longer valid. Go back to your town’s website and start the login again.' },
  },
  forbidden: {
    de: { title: 'Anfrage abgelehnt', text: 'Das Formular wurde nicht von dieser Anmeldeseite gesendet. Bitte starten Sie die Anmeldung erneut.' },
    en: { title: 'Request refused', text: 'The form was not sent from this login page. Please start the login again.' },
  },
  rate: {
    de: { title: 'Zu viele Versuche', text: 'Bitte warten Sie eine Minute und versuchen Sie es dann erneut.' },
    en: { title: 'Too many attempts', text: 'Please wait a minute and try again.' },
  },
} as const;

export function message(c: Context, lang: Lang, kind: keyof typeof MESSAGES, status: 400 | 403 | 404 | 410 | 429, headers: Record<string, string> = {}) {
  const m = MESSAGES[kind][lang];
  return htmlResponse(messagePage({ lang, title: m.title, paragraphs: [m.text] }), status, { ...headers });
}

export function mountAuthRoutes(app: Hono<Env>, s: Services) {
  const ownOrigin = new URL(s.config.publicUrl).origin;
  const langOf = (c: Context) => pickLang(c.req.query('lang'), c.req.header('Accept-Language'));

  // 1. Start of the login: validate, remember, send the browser to the identity provider's page.
  app.get('/v1/auth/authorize', async (c) => {
    const lang = langOf(c);
    const wait = await s.rateLimit('login', clientAddress(c));
    if (wait) return message(c, lang, 'rate', 429, { 'Retry-After': String(wait) });
    const query = AuthorizeQuery.safeParse(Object.fromEntries(Object.entries(c.req.queries()).map(([k, v]) => [k, v.length === 1 ? v[0] : v])));
    if (!query.success) {
      const badRedirect = query.error.issues.some((i) => i.path[0] === 'redirect_uri');
      return message(c, lang, badRedirect ? 'redirect' : 'invalid', 400);
    }
    const q = query.data;
    if (!s.register.kommune(q.kommune)) return message(c, lang, 'kommune', 400);
    const redirect = cleanRedirect(q.redirect_uri);
    // Never redirect to a foreign origin: a 400 page instead.
    if (!redirect || !originsFor(s.config, q.kommune).includes(redirect.origin)) return message(c, lang, 'redirect', 400);
    const request = { kommune: q.kommune, state: q.state, codeChallenge: q.code_challenge, redirectUri: redirect.href };
    // Real login (VOIS_IDENTITY=bundid|oidc): on to the identity provider instead of the persona picker.
    if (s.externalLogin) return startExternalLogin(s, s.externalLogin, request, clientAddress(c));
    const pending = await s.identity.begin(request, clientAddress(c));
    return c.redirect(s.identity.loginLocation(pending, c.req.query('lang') ? lang : undefined), 303);
  });

  // 2. The identity provider's pages (sandbox: routes/sandbox.ts) end with a one-time code.
  // 3. Token exchange: one-time code + PKCE → session; identification (C1, C2) happens here.
  mountOperation(app, s, 'exchangeCode', async ({ c, body }) => {
    const wait = await s.rateLimit('token', clientAddress(c));
    if (wait) throw new RuleViolation('RATE_LIMITED', 429, { headers: { 'Retry-After': String(wait) } });
    const origin = c.req.header('Origin');
    if (origin && origin !== ownOrigin && !originsFor(s.config, body.kommune).includes(origin)) throw new RuleViolation('ORIGIN_NOT_ALLOWED', 403);

    const redemption = await s.identity.redeemCode(body.code);
    if (redemption.status === 'replayed') {
      // A replayed code may mean it was stolen: end whatever the first use produced.
      for (const hash of redemption.sessionHashes) await s.sessions.revoke(hash);
      throw new RuleViolation('AUTH_CODE_INVALID', 400);
    }
    if (redemption.status === 'unknown') throw new RuleViolation('AUTH_CODE_INVALID', 400);
    const grant = redemption.grant;
    if (grant.kommune !== body.kommune) throw new RuleViolation('AUTH_CODE_INVALID', 400);
    if (cleanRedirect(body.redirectUri)?.href !== grant.redirectUri) throw new RuleViolation('AUTH_REDIRECT_NOT_ALLOWED', 400);
    if (!safeEqual(sha256Base64Url(body.codeVerifier), grant.codeChallenge)) throw new RuleViolation('AUTH_PKCE_MISMATCH', 400);
    // C1: eIDAS level "hoch" only.
    if (grant.identification.trustLevel !== 'hoch') throw new RuleViolation('C1_TRUST_LEVEL_TOO_LOW', 403);
    // C2: exact match after NFC, or nothing. The answer reveals nothing about the register.
    const eid = grant.identification.attributes;
    const candidates = await s.register.findByIdentity(nfc(eid.familyName), eid.dateOfBirth);
    const person = identify(eid, () => candidates, s.register.today());
    if (!person) throw new RuleViolation('C2_IDENTIFICATION_FAILED', 403);
    const { session, tokenHash } = await s.sessions.create(person.id, grant.kommune);
    await s.identity.bindSession(grant.codeHash, tokenHash);
    await s.logAccess({ personId: person.id, at: new Date(s.clock.now()).toISOString(), kind: 'ONLINE_DIENST', service: 'anmeldung', recipient: 'Online-Dienst (betroffene Person)', categories: ['NAMEN', 'GEBURT', 'ANSCHRIFTEN'], securityAuthority: false });
    return session;
  });

  mountOperation(app, s, 'extendSession', async ({ auth }) => {
    const record = await s.sessions.extend(auth.token);
    if (record === 'expired') throw new RuleViolation('SESSION_EXPIRED', 401);
    if (record === 'unknown') throw new RuleViolation('UNAUTHENTICATED', 401);
    return { expiresAt: new Date(record.expiresAt).toISOString() };
  });

  mountOperation(app, s, 'logout', async ({ auth }) => {
    await s.sessions.end(auth.token);
  });
}
