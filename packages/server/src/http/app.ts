import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { routePath } from 'hono/route';
import { operations } from '@vois-online/client/contract';
import { allOrigins } from '../config.ts';
import { RuleViolation } from '../rules/violation.ts';
import type { Env, Services } from './context.ts';
import { problemResponse, violationResponse } from './problem.ts';
import { mountAuthRoutes } from './routes/auth.ts';
import { ACS_BODY_LIMIT_BYTES, IDENTITY_PROVIDER_ROUTES, mountIdentityProviderRoutes } from './routes/identity-providers.ts';
import { BUNDID_ACS_PATH } from '../identity/saml/bundid.ts';
import { mountPublicRoutes } from './routes/public.ts';
import { mountSandboxRoutes, sandboxRoutes } from './routes/sandbox.ts';
import { mountServiceRoutes } from './routes/services.ts';

const EXPOSED = 'Retry-After, Content-Disposition, Idempotent-Replayed, WWW-Authenticate';

/** Routes per method, for telling 405 from 404. */
function knownRoutes(s: Services) {
  const list: Array<[string, string]> = Object.values(operations).map((o) => [o.method, o.path.replace(/\{\w+\}/g, ':p')]);
  list.push(['GET', '/v1/auth/authorize'], ['GET', '/pruefung'], ['GET', '/pruefung/:p'], ['GET', '/openapi.json'], ['GET', '/'], ...sandboxRoutes(s), ...IDENTITY_PROVIDER_ROUTES);
  return list.map(([method, path]) => ({ method, regex: new RegExp(`^${path.replace(/:p/g, '[^/]+')}$`) }));
}

/** The hono application: middleware (log, headers, CORS, size limit) and all routes. */
export function buildHttpApp(s: Services): Hono<Env> {
  const app = new Hono<Env>();
  const ownOrigin = new URL(s.config.publicUrl).origin;
  const origins = allOrigins(s.config);
  const https = ownOrigin.startsWith('https:');
  const routes = knownRoutes(s);

  // Access line: method, route template, status, duration — no query strings, ids, tokens or names.
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    if (!s.config.logRequests) return;
    const template = routePath(c, -1);
    s.log(`${c.req.method} ${template === '/*' || template === '*' ? '(unmatched)' : template} ${c.res.status} ${(performance.now() - started).toFixed(1)}ms`);
  });

  // Security headers on everything; HTML pages bring their own CSP (pages/*).
  app.use('*', async (c, next) => {
    await next();
    const h = c.res.headers;
    const set = (k: string, v: string) => {
      if (!h.has(k)) h.set(k, v);
    };
    set('X-Content-Type-Options', 'nosniff');
    // same-origin, not no-referrer: with no-referrer a browser sends `Origin: null` on the login form's POST.
    set('Referrer-Policy', 'same-origin');
    set('X-Frame-Options', 'DENY');
    set('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
    set('Cache-Control', 'no-store');
    if (https) set('Strict-Transport-Security', 'max-age=31536000');
  });

  // CORS allow-list (credentials are never used: tokens travel in the Authorization header).
  app.use('*', async (c, next) => {
    const origin = c.req.header('Origin');
    const api = c.req.path.startsWith('/v1/') || c.req.path === '/openapi.json';
    if (!api || !origin) return next();
    const allowed = origin === ownOrigin || origins.has(origin);
    if (c.req.method === 'OPTIONS') {
      // Preflights succeed even for unknown origins: the real request is then refused with a
      // readable ORIGIN_NOT_ALLOWED problem, so a misconfigured widget can say what is wrong.
      return new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': 'GET, POST, PUT',
          'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, Accept, Accept-Language',
          'Access-Control-Max-Age': '600',
          Vary: 'Origin',
        },
      });
    }
    if (!allowed) {
      const res = problemResponse('ORIGIN_NOT_ALLOWED', 403);
      res.headers.set('Access-Control-Allow-Origin', origin);
      res.headers.set('Vary', 'Origin');
      return res;
    }
    await next();
    c.res.headers.set('Access-Control-Allow-Origin', origin);
    c.res.headers.append('Vary', 'Origin');
    c.res.headers.set('Access-Control-Expose-Headers', EXPOSED);
  });

  const limitBody = bodyLimit({ maxSize: s.config.bodyLimitBytes, onError: () => problemResponse('PAYLOAD_TOO_LARGE', 413) });
  // GET and HEAD carry no body; measuring one anyway costs ~8 % of every read call (bench/README.md).
  const limitAcs = bodyLimit({ maxSize: ACS_BODY_LIMIT_BYTES, onError: () => problemResponse('PAYLOAD_TOO_LARGE', 413) });
  app.use('*', (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : c.req.path === BUNDID_ACS_PATH ? limitAcs(c, next) : limitBody(c, next)));

  mountPublicRoutes(app, s);
  mountAuthRoutes(app, s);
  mountIdentityProviderRoutes(app, s);
  mountServiceRoutes(app, s);
  mountSandboxRoutes(app, s);

  app.notFound((c) => {
    const others = routes.filter((r) => r.regex.test(c.req.path)).map((r) => r.method);
    if (others.length && !others.includes(c.req.method)) return problemResponse('METHOD_NOT_ALLOWED', 405, { headers: { Allow: [...new Set(others)].join(', ') } });
    return problemResponse('NOT_FOUND', 404);
  });

  app.onError((err) => {
    if (err instanceof RuleViolation) return violationResponse(err);
    if (err instanceof HTTPException && err.status === 413) return problemResponse('PAYLOAD_TOO_LARGE', 413);
    // No signature timestamp, so no document (yet): the TSA may be back in a moment, and the
    // idempotent request can simply be repeated. The message is ours (TSA origin and status only).
    if (err.name === 'TimestampError') {
      s.log(`sealing without timestamp refused: ${err.message}`);
      return problemResponse('SERVICE_UNAVAILABLE', 503, { headers: { 'Retry-After': '30' } });
    }
    // The database is away (restart, failover): nothing was committed, the request may be repeated.
    if (err.name === 'DatabaseUnavailable') {
      s.log('database unavailable: answered 503');
      return problemResponse('SERVICE_UNAVAILABLE', 503, { headers: { 'Retry-After': '5' } });
    }
    // Name only: messages and stacks may carry request data.
    // (plus a database's SQLSTATE, which names a class of failure, never data)
    const sqlState = (err as { code?: unknown }).code;
    s.log(`internal error: ${err.name}${typeof sqlState === 'string' && /^[0-9A-Z]{5}$/.test(sqlState) ? ` (SQLSTATE ${sqlState})` : ''}`);
    return problemResponse('INTERNAL', 500);
  });

  return app;
}
