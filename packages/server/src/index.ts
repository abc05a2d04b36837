/** Entry points for running the server in-process (tests, benchmark, integrators). */
export { createApp, type AppOptions, type AppPorts, type VoisApp } from './app.ts';
// The ports, for adapters (server README, "Ports").
export type { Store } from './store/port.ts';
export type { Register } from './register/port.ts';
export type { IdentityProvider, LoginStore, SessionStore, PendingAuthorization } from './identity/port.ts';
export { DatabaseUnavailable } from './db/sql.ts';
export { startServer, type RunningServer } from './server.ts';
export { defaultConfig, loadConfig, ConfigError, type Config } from './config.ts';
/** Sandbox seal and TSA keys, shared by many in-process apps (test and scenario suites skip key generation). */
export { createSealer, type Sealer } from './documents/index.ts';
export { loadSandboxTsa, type SandboxTsa } from './documents/timestamp/index.ts';
