import * as z from 'zod/mini';
import { Ags, IsoDateTime, KommuneRef, PersonName, ServiceId } from './common.ts';
import { ProblemCode } from './problem.ts';

/** Query of `GET /v1/auth/authorize`, the full-page login redirect (authorization code + PKCE). */
export const AuthorizeQuery = z.object({
  kommune: Ags,
  state: z.string().check(z.regex(/^[A-Za-z0-9_-]{22,128}$/)),
  code_challenge: z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/)),
  code_challenge_method: z.literal('S256'),
  redirect_uri: z.url(),
});
export type AuthorizeQuery = z.infer<typeof AuthorizeQuery>;

export const TokenRequest = z.object({
  kommune: Ags,
  code: z.string().check(z.minLength(16), z.maxLength(128)),
  codeVerifier: z.string().check(z.regex(/^[A-Za-z0-9._~-]{43,128}$/)),
  redirectUri: z.url(),
});
export type TokenRequest = z.infer<typeof TokenRequest>;

/** A session: the bearer token lives in memory only. */
export const Session = z.object({
  accessToken: z.string().check(z.minLength(32)),
  tokenType: z.literal('Bearer'),
  expiresAt: IsoDateTime,
});
export type Session = z.infer<typeof Session>;

export const SessionExpiry = z.object({ expiresAt: IsoDateTime });
export type SessionExpiry = z.infer<typeof SessionExpiry>;

export const ServiceAvailability = z.object({
  service: ServiceId,
  available: z.boolean(),
  /** Why not, when not available (e.g. `M1_NOT_MAIN_RESIDENCE`). */
  reason: z.optional(ProblemCode),
});
export type ServiceAvailability = z.infer<typeof ServiceAvailability>;

/** The identified person, as much as the widgets need to greet and route. */
export const Me = z.object({
  name: PersonName,
  kommune: KommuneRef,
  services: z.array(ServiceAvailability),
});
export type Me = z.infer<typeof Me>;
