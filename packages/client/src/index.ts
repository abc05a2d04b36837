export * from './contract/index.ts';
export * from './errors.ts';
export * from './client.ts';
export * from './pkce.ts';
export * from './login.ts';
export * from './messages.ts';
// `./openapi.ts` is deliberately not here: it is build-time only and must stay out of browser
// bundles. Import it as `@vois-online/client/openapi`.
