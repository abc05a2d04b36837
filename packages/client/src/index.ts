// The browser entry: no zod at run time. The contract's types are here; its zod schemas are at
// `@vois-online/client/contract` (server, tests). `./openapi.ts` and `./wire-source.ts` are
// build-time only and must stay out of browser bundles (`@vois-online/client/openapi`).
export type * from './contract/index.ts';
export * from './contract/values.ts';
export * from './errors.ts';
export * from './client.ts';
export * from './pkce.ts';
export * from './login.ts';
export * from './messages.ts';
export { mismatch, type JsonSchema } from './json-schema.ts';
