import * as z from 'zod/mini';
import type { JsonSchema } from '../json-schema.ts';
import { Abmeldung, AbmeldungOptions, AbmeldungRequest } from './abmeldung.ts';
import { Me, Session, SessionExpiry, TokenRequest } from './auth.ts';
import { DocumentParams, Verification, VerificationParams } from './documents.ts';
import { KommuneConfig, KommuneParams } from './kommune.ts';
import { Meldebescheinigung, MeldebescheinigungOptions, MeldebescheinigungRequest } from './meldebescheinigung.ts';
import { Selbstauskunft } from './selbstauskunft.ts';
import { DocumentRef } from './documents.ts';
import { SperrenReceipt, SperrenRequest, SperrenState } from './sperren.ts';

type Schema = z.ZodMiniType;

/**
 * One HTTP operation of the contract. The same table drives the client's methods, the
 * server's routes and validation, and the OpenAPI document.
 */
export interface Operation {
  method: 'GET' | 'POST' | 'PUT';
  /** Path with `{name}` placeholders filled from `params`. */
  path: string;
  summary: string;
  /** Needs `Authorization: Bearer …`. */
  auth: boolean;
  /** Has legal or lasting effect: needs an `Idempotency-Key` header; repeats return the first result. */
  idempotent: boolean;
  params?: Schema;
  body?: Schema;
  /** JSON schema of a 200 answer, `'pdf'` for a document, `null` for 204. */
  response: Schema | 'pdf' | null;
}

/** An operation as the browser client sees it (`wire.generated.ts`): no zod, the answer as JSON Schema. */
export interface WireOperation extends Pick<Operation, 'method' | 'path' | 'auth' | 'idempotent'> {
  /** Sends a JSON body. */
  body: boolean;
  response: JsonSchema | 'pdf' | null;
}

const op = <const O extends Operation>(o: O) => o;

export const operations = {
  getKommune: op({
    method: 'GET', path: '/v1/kommunen/{ags}', summary: 'Public configuration of a municipality',
    auth: false, idempotent: false, params: KommuneParams, response: KommuneConfig,
  }),
  exchangeCode: op({
    method: 'POST', path: '/v1/auth/token', summary: 'Exchange the one-time login code (PKCE) for a session',
    auth: false, idempotent: false, body: TokenRequest, response: Session,
  }),
  extendSession: op({
    method: 'POST', path: '/v1/auth/session/extend', summary: 'Extend the session',
    auth: true, idempotent: false, response: SessionExpiry,
  }),
  logout: op({
    method: 'POST', path: '/v1/auth/logout', summary: 'End the session',
    auth: true, idempotent: false, response: null,
  }),
  getMe: op({
    method: 'GET', path: '/v1/me', summary: 'The identified person and the services open to them',
    auth: true, idempotent: false, response: Me,
  }),
  getMeldebescheinigungOptions: op({
    method: 'GET', path: '/v1/meldebescheinigung/optionen', summary: 'Extra items available for an extended certificate',
    auth: true, idempotent: false, response: MeldebescheinigungOptions,
  }),
  createMeldebescheinigung: op({
    method: 'POST', path: '/v1/meldebescheinigung', summary: 'Issue a sealed registration certificate',
    auth: true, idempotent: true, body: MeldebescheinigungRequest, response: Meldebescheinigung,
  }),
  getAbmeldungOptions: op({
    method: 'GET', path: '/v1/abmeldung-nebenwohnung/optionen', summary: 'Secondary residences and children that can be deregistered',
    auth: true, idempotent: false, response: AbmeldungOptions,
  }),
  createAbmeldung: op({
    method: 'POST', path: '/v1/abmeldung-nebenwohnung', summary: 'Deregister a secondary residence',
    auth: true, idempotent: true, body: AbmeldungRequest, response: Abmeldung,
  }),
  getSperren: op({
    method: 'GET', path: '/v1/uebermittlungssperren', summary: 'Current state of the transmission blocks',
    auth: true, idempotent: false, response: SperrenState,
  }),
  changeSperren: op({
    method: 'PUT', path: '/v1/uebermittlungssperren', summary: 'Set or remove transmission blocks',
    auth: true, idempotent: true, body: SperrenRequest, response: SperrenReceipt,
  }),
  getSelbstauskunft: op({
    method: 'GET', path: '/v1/selbstauskunft', summary: 'Everything the register stores about the person',
    auth: true, idempotent: false, response: Selbstauskunft,
  }),
  createSelbstauskunftDocument: op({
    method: 'POST', path: '/v1/selbstauskunft/dokument', summary: 'Issue the self-disclosure as a sealed PDF',
    auth: true, idempotent: true, response: DocumentRef,
  }),
  getDocumentPdf: op({
    method: 'GET', path: '/v1/dokumente/{id}/pdf', summary: 'Download one of the person\'s sealed PDFs',
    auth: true, idempotent: false, params: DocumentParams, response: 'pdf',
  }),
  verifyDocument: op({
    method: 'GET', path: '/v1/pruefung/{code}', summary: 'Public check of a verification code',
    auth: false, idempotent: false, params: VerificationParams, response: Verification,
  }),
} as const satisfies Record<string, Operation>;

export type Operations = typeof operations;
export type OperationId = keyof Operations;
