/** Entry points for running the server in-process (tests, benchmark, integrators). */
export { createApp, type AppOptions, type VoisApp } from './app.ts';
export { startServer, type RunningServer } from './server.ts';
export { defaultConfig, loadConfig, ConfigError, type Config } from './config.ts';
/** Sandbox seal and TSA keys, shared by many in-process apps (test and scenario suites skip key generation). */
export { createSealer, type Sealer } from './documents/index.ts';
export { loadSandboxTsa, type SandboxTsa } from './documents/timestamp/index.ts';
