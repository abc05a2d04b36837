import type { Context, Hono } from 'hono';
import * as z from 'zod/mini';
import type { TrustLevel } from '../../identity/port.ts';
import { LOGIN_PAGE_PATH } from '../../identity/sandbox.ts';
import { loginPage } from '../../pages/login.ts';
import { pickLang, type Lang } from '../../pages/i18n.ts';
import { RuleViolation } from '../../rules/violation.ts';
import { clientAddress } from '../client-address.ts';
import type { Env, Services } from '../context.ts';
import { htmlResponse } from '../html-response.ts';
import { message, safeEqual } from './auth.ts';
import { mountSandboxTsaRoute } from './sandbox-tsa.ts';

export const SANDBOX_CLOCK_PATH = '/v1/sandbox/clock';

/**
 * Everything that only a sandbox has, each mounted only when configured:
 *  - the persona picker of the sandbox identity provider (instead of the BundID pages),
 *  - the sandbox time-stamping authority (`/sandbox/tsa`, while no VOIS_TSA_URL is set),
 *  - the sandbox clock hook (`VOIS_SANDBOX_CLOCK=1`, tests only).
 */
export function mountSandboxRoutes(app: Hono<Env>, s: Services) {
  if (s.identity.kind === 'sandbox' && s.personas) mountPersonaPicker(app, s, s.personas);
  if (s.sandboxTsa) mountSandboxTsaRoute(app, s.sandboxTsa);
  if (s.config.sandboxClock) mountSandboxClock(app, s);
}

/** Which of the sandbox routes are mounted (for telling 405 from 404). */
export function sandboxRoutes(s: Services): Array<[string, string]> {
  const list: Array<[string, string]> = [];
  if (s.identity.kind === 'sandbox' && s.personas) list.push(['GET', `${LOGIN_PAGE_PATH}/:p`], ['POST', `${LOGIN_PAGE_PATH}/:p`]);
  if (s.sandboxTsa) list.push(['POST', '/sandbox/tsa']);
  if (s.config.sandboxClock) list.push(['POST', SANDBOX_CLOCK_PATH]);
  return list;
}

function mountPersonaPicker(app: Hono<Env>, s: Services, personas: NonNullable<Services['personas']>) {
  const ownOrigin = new URL(s.config.publicUrl).origin;
  const langOf = (c: Context) => pickLang(c.req.query('lang'), c.req.header('Accept-Language'));

  const renderPicker = async (c: Context, lang: Lang, id: string, error?: 'persona') => {
    const pending = (await s.identity.pending(id))!;
    const kommune = s.register.kommune(pending.kommune)!;
    const body = loginPage({
      lang, kommune, personas: await personas.list(), action: `${LOGIN_PAGE_PATH}/${id}${lang === 'en' ? '?lang=en' : ''}`, nonce: pending.nonce,
      returnOrigin: new URL(pending.redirectUri).origin, langSwitch: `${LOGIN_PAGE_PATH}/${id}?lang=${lang === 'de' ? 'en' : 'de'}`,
      ...(error && { error }),
    });
    // form-action must allow the 303 to the return origin (browsers apply it to redirects).
    return htmlResponse(body, error ? 400 : 200, {}, { formAction: [new URL(pending.redirectUri).origin] });
  };

  app.get(`${LOGIN_PAGE_PATH}/:id`, async (c) => {
    const lang = langOf(c);
    if (!(await s.identity.pending(c.req.param('id')))) return message(c, lang, 'expired', 410);
    return renderPicker(c, lang, c.req.param('id'));
  });

  // The tester's choice → 303 back to the widget page with the code (or the cancel) in the fragment.
  app.post(`${LOGIN_PAGE_PATH}/:id`, async (c) => {
    const lang = langOf(c);
    const wait = await s.rateLimit('login', clientAddress(c));
    if (wait) return message(c, lang, 'rate', 429, { 'Retry-After': String(wait) });
    const id = c.req.param('id');
    const pending = await s.identity.pending(id);
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
      await s.identity.cancel(id);
      return back({ 'vois-error': 'AUTH_CANCELLED', 'vois-state': pending.state });
    }
    const persona = await personas.get(form.get('persona') ?? '');
    const trustLevel: TrustLevel = action === 'low' ? 'substantiell' : 'hoch';
    if (!persona && trustLevel === 'hoch') return renderPicker(c, lang, id, 'persona');
    const attributes = persona?.eid ?? { familyName: '', givenNames: '', dateOfBirth: '', placeOfResidence: { street: '', postalCode: '', city: '' } };
    const code = await s.identity.issueCode(id, { attributes, trustLevel });
    // Taken meanwhile (a double submit, another tab): the same page as for an expired login.
    if (!code) return message(c, lang, 'expired', 410);
    return back({ 'vois-code': code, 'vois-state': pending.state });
  });
}

/** Test hook: moves the register's date for A3/A4 tests. */
function mountSandboxClock(app: Hono<Env>, s: Services) {
  const ClockBody = z.object({ today: z.nullable(z.iso.date()) });
  app.post(SANDBOX_CLOCK_PATH, async (c) => {
    let raw: unknown;
    try {
      raw = JSON.parse(await c.req.text());
    } catch {
      throw new RuleViolation('BAD_REQUEST', 400);
    }
    const parsed = ClockBody.safeParse(raw);
    if (!parsed.success) throw new RuleViolation('BAD_REQUEST', 400, { fields: [{ pointer: '/today' }] });
    s.clock.setToday(parsed.data.today ?? undefined);
    return c.json({ today: s.clock.today() });
  });
}
