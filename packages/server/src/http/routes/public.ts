import { readFileSync } from 'node:fs';
import type { Context, Hono } from 'hono';
import { buildOpenApi } from '@vois-online/client/openapi';
import { parseVerificationCode } from '../../documents/index.ts';
import { indexPage } from '../../pages/index-page.ts';
import { pickLang } from '../../pages/i18n.ts';
import { STYLESHEET_PATH } from '../../pages/layout.ts';
import { verificationPage, type VerificationOutcome } from '../../pages/verification.ts';
import { RuleViolation } from '../../rules/violation.ts';
import { clientAddress } from '../client-address.ts';
import type { Env, Services } from '../context.ts';
import { htmlResponse } from '../html-response.ts';
import { mountOperation } from '../operation.ts';
import { ENABLED_SERVICES } from './services.ts';

const css = readFileSync(new URL('../../pages/pages.css', import.meta.url), 'utf8');

export function mountPublicRoutes(app: Hono<Env>, s: Services) {
  mountOperation(app, s, 'getKommune', ({ params }) => {
    const k = s.register.kommune(params.ags);
    if (!k) throw new RuleViolation('UNKNOWN_KOMMUNE', 404);
    return { ags: k.ags, name: k.name, county: k.county, buergerbuero: k.buergerbuero, privacyUrl: k.privacyUrl, accessibilityUrl: k.accessibilityUrl, services: [...ENABLED_SERVICES] };
    // Public, non-personal configuration: cacheable.
  }, { cacheControl: 'public, max-age=300' });

  mountOperation(app, s, 'verifyDocument', async ({ c, params }) => {
    const wait = await s.rateLimit('verification', clientAddress(c));
    if (wait) throw new RuleViolation('RATE_LIMITED', 429, { headers: { 'Retry-After': String(wait) } });
    const verification = await s.documents.verify(params.code);
    if (!verification) throw new RuleViolation('VERIFICATION_NOT_FOUND', 404);
    return verification;
  });

  // Public verification page (the URL printed on every document and in its QR code).
  const verificationHtml = async (c: Context<Env>, raw: string | undefined) => {
    const lang = pickLang(c.req.query('lang'), c.req.header('Accept-Language'));
    const fingerprint = (s.sealer as { certificateFingerprint?: string }).certificateFingerprint;
    const render = (outcome: VerificationOutcome, status: 200 | 400 | 404 | 429, code = raw ?? '', headers: Record<string, string> = {}) =>
      htmlResponse(verificationPage({ lang, code, outcome, sealFingerprint: fingerprint, langSwitch: `/pruefung${code ? `/${encodeURIComponent(code)}` : ''}?lang=${lang === 'de' ? 'en' : 'de'}` }), status, headers);
    if (raw === undefined || raw.trim() === '') return render({ kind: 'form' }, 200, '');
    const wait = await s.rateLimit('verification', clientAddress(c));
    if (wait) return render({ kind: 'rate-limited' }, 429, raw, { 'Retry-After': String(wait) });
    const code = parseVerificationCode(raw);
    if (!code) return render({ kind: 'invalid' }, 400);
    const verification = await s.documents.verify(code);
    return verification ? render({ kind: 'valid', verification }, 200, code) : render({ kind: 'not-found' }, 404, code);
  };
  app.get('/pruefung', (c) => verificationHtml(c, c.req.query('code')));
  app.get('/pruefung/:code', (c) => verificationHtml(c, c.req.param('code')));

  let openapi: string | undefined;
  app.get('/openapi.json', (c) => {
    openapi ??= JSON.stringify(buildOpenApi({ servers: [{ url: s.config.publicUrl, description: 'VOIS-Online reference server' }] }));
    return c.body(openapi, 200, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'public, max-age=300' });
  });

  app.get(STYLESHEET_PATH, (c) => c.body(css, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }));
  app.get('/', (c) => htmlResponse(indexPage(pickLang(c.req.query('lang'), c.req.header('Accept-Language')), s.register.kommunen())));
  // For the load balancer: an instance whose database is away answers 503 (http/app.ts) and gets no traffic.
  app.get('/healthz', async (c) => {
    await s.store.ping();
    return c.json({ status: 'ok' });
  });
  // Browsers ask for it on every page; an empty answer keeps the log free of 404 noise.
  app.get('/favicon.ico', (c) => c.body(null, 204));
}
