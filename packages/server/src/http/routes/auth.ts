import { timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { AuthorizeQuery } from '@vois-online/client/contract';
import { originsFor } from '../../config.ts';
import { sha256Base64Url } from '../../ids.ts';
import type { TrustLevel } from '../../identity/port.ts';
import { loginPage } from '../../pages/login.ts';
import { messagePage } from '../../pages/message.ts';
import { pickLang, type Lang } from '../../pages/i18n.ts';
import { identify } from '../../rules/identification.ts';
import { RuleViolation } from '../../rules/violation.ts';
import { clientAddress } from '../client-address.ts';
import type { Env, Services } from '../context.ts';
import { mountOperation } from '../operation.ts';
import { htmlResponse } from '../html-response.ts';
import { startExternalLogin } from './identity-providers.ts';

export const LOGIN_PAGE_PATH = '/sandbox-eid/anmeldung';

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

const safeEqual = (a: string, b: string) => {
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

function message(c: Context, lang: Lang, kind: keyof typeof MESSAGES, status: 400 | 403 | 404 | 410 | 429, headers: Record<string, string> = {}) {
  const m = MESSAGES[kind][lang];
  return htmlResponse(messagePage({ lang, title: m.title, paragraphs: [m.text] }), status, { ...headers });
}

export function mountAuthRoutes(app: Hono<Env>, s: Services) {
  const ownOrigin = new URL(s.config.publicUrl).origin;
  const langOf = (c: Context) => pickLang(c.req.query('lang'), c.req.header('Accept-Language'));

  // 1. Start of the login: validate, remember, show the persona picker (on its own clean URL).
  app.get('/v1/auth/authorize', (c) => {
    const lang = langOf(c);
    const wait = s.rateLimit('login', clientAddress(c));
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
    if (s.externalLogin) return startExternalLogin(s, s.externalLogin, request);
    const pending = s.identity.begin(request);
    return c.redirect(`${LOGIN_PAGE_PATH}/${pending.id}${c.req.query('lang') ? `?lang=${lang}` : ''}`, 303);
  });

  const renderPicker = (c: Context, lang: Lang, id: string, error?: 'persona') => {
    const pending = s.identity.pending(id)!;
    const kommune = s.register.kommune(pending.kommune)!;
    const body = loginPage({
      lang, kommune, personas: s.personas.list(), action: `${LOGIN_PAGE_PATH}/${id}${lang === 'en' ? '?lang=en' : ''}`, nonce: pending.nonce,
      returnOrigin: new URL(pending.redirectUri).origin, langSwitch: `${LOGIN_PAGE_PATH}/${id}?lang=${lang === 'de' ? 'en' : 'de'}`,
      ...(error && { error }),
    });
    // form-action must allow the 303 to the return origin (browsers apply it to redirects).
    return htmlResponse(body, error ? 400 : 200, {}, { formAction: [new URL(pending.redirectUri).origin] });
  };

  app.get(`${LOGIN_PAGE_PATH}/:id`, (c) => {
    const lang = langOf(c);
    if (!s.identity.pending(c.req.param('id'))) return message(c, lang, 'expired', 410);
    return renderPicker(c, lang, c.req.param('id'));
  });

  // 2. The tester's choice → 303 back to the widget page with the code (or the cancel) in the fragment.
  app.post(`${LOGIN_PAGE_PATH}/:id`, async (c) => {
    const lang = langOf(c);
    const wait = s.rateLimit('login', clientAddress(c));
    if (wait) return message(c, lang, 'rate', 429, { 'Retry-After': String(wait) });
    const id = c.req.param('id');
    const pending = s.identity.pending(id);
    if (!pending) return message(c, lang, 'expired', 410);
    const origin = c.req.header('Origin');
    if (origin && origin !== ownOrigin && origin !== new URL(c.req.url).origin) return message(c, lang, 'forbidden', 403);
    if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(c.req.header('Content-Type') ?? '')) return message(c, lang, 'forbidden', 403);
    const form = new URLSearchParams(await c.req.text());
    if (!safeEqual(form.get('nonce') ?? '', pending.nonce)) return message(c, lang, 'forbidden', 403);

    const back = (fragment: Record<string, string>) => {
      const url = `${pending.redirectUri}#${new URLSearchParams(fragment).toString()}`;
      return new Response(null, { status: 303, headers: { Location: url, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } });
    };
    const action = form.get('action');
    if (action === 'cancel') {
      s.identity.cancel(id);
      return back({ 'vois-error': 'AUTH_CANCELLED', 'vois-state': pending.state });
    }
    const persona = s.personas.get(form.get('persona') ?? '');
    const trustLevel: TrustLevel = action === 'low' ? 'substantiell' : 'hoch';
    if (!persona && trustLevel === 'hoch') return renderPicker(c, lang, id, 'persona');
    const attributes = persona?.eid ?? { familyName: '', givenNames: '', dateOfBirth: '', placeOfResidence: { street: '', postalCode: '', city: '' } };
    const code = s.identity.issueCode(id, { attributes, trustLevel });
    return back({ 'vois-code': code, 'vois-state': pending.state });
  });

  // 3. Token exchange: one-time code + PKCE → session; identification (C1, C2) happens here.
  mountOperation(app, s, 'exchangeCode', ({ c, body }) => {
    const wait = s.rateLimit('token', clientAddress(c));
    if (wait) throw new RuleViolation('RATE_LIMITED', 429, { headers: { 'Retry-After': String(wait) } });
    const origin = c.req.header('Origin');
    if (origin && origin !== ownOrigin && !originsFor(s.config, body.kommune).includes(origin)) throw new RuleViolation('ORIGIN_NOT_ALLOWED', 403);

    const redemption = s.identity.redeemCode(body.code);
    if (redemption.status === 'replayed') {
      // A replayed code may mean it was stolen: end whatever the first use produced.
      for (const hash of redemption.sessionHashes) s.sessions.revoke(hash);
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
    const person = identify(grant.identification.attributes, s.register.findByIdentity, s.register.today());
    if (!person) throw new RuleViolation('C2_IDENTIFICATION_FAILED', 403);
    const { session, tokenHash } = s.sessions.create(person.id, grant.kommune);
    grant.sessionHashes.add(tokenHash);
    s.register.logAccess({ personId: person.id, at: new Date(s.clock.now()).toISOString(), kind: 'ONLINE_DIENST', service: 'anmeldung', recipient: 'Online-Dienst (betroffene Person)', categories: ['NAMEN', 'GEBURT', 'ANSCHRIFTEN'], securityAuthority: false });
    return session;
  });

  mountOperation(app, s, 'extendSession', ({ auth }) => {
    const record = s.sessions.extend(auth.token);
    if (record === 'expired') throw new RuleViolation('SESSION_EXPIRED', 401);
    if (record === 'unknown') throw new RuleViolation('UNAUTHENTICATED', 401);
    return { expiresAt: new Date(record.expiresAt).toISOString() };
  });

  mountOperation(app, s, 'logout', ({ auth }) => {
    s.sessions.end(auth.token);
  });
}
