/** Entry points for running the server in-process (tests, benchmark, integrators). */
export { createApp, type AppOptions, type VoisApp } from './app.ts';
export { startServer, type RunningServer } from './server.ts';
export { defaultConfig, loadConfig, ConfigError, type Config } from './config.ts';
