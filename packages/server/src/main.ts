import { ConfigError, loadConfig } from './config.ts';
import { startServer } from './server.ts';

/** `pnpm start`: validate the environment, start, print where things are, stop cleanly. */
async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  let server;
  try {
    server = await startServer(config);
  } catch (error) {
    // Unreachable database, wrong credentials, a schema from a newer server: one line naming the variable.
    if (error instanceof ConfigError) {
      console.error(`failed to start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const base = server.config.publicUrl;
  const towns = server.app.services.register.kommunen();
  console.log(`VOIS-Online reference server listening on ${server.url}${server.app.seeded ? ' (new sandbox register seeded)' : ''}`);
  console.log(`  data directory   ${config.dataDir}`);
  console.log(`  database         ${server.app.services.store.description}${config.databaseUrl ? ' (VOIS_DATABASE_URL)' : ''}`);
  console.log(`  API              ${base}/v1/…   (OpenAPI: ${base}/openapi.json)`);
  console.log(`  verification     ${base}/pruefung`);
  console.log(`  allowed origins  ${config.allowedOrigins.join(', ')}`);
  console.log(`  timestamps       ${config.tsaUrl ? `TSA ${new URL(config.tsaUrl).origin} (VOIS_TSA_URL)` : `sandbox TSA, also at ${base}/sandbox/tsa (RFC 3161)`}`);
  const login = config.identity;
  console.log(`  login            ${login.kind === 'bundid' ? `BundID, IdP ${login.bundid.idp.entityId}; SP metadata ${base}/auth/bundid/metadata` : login.kind === 'oidc' ? `OpenID Connect, issuer ${login.oidc.issuer}` : 'sandbox persona picker (VOIS_IDENTITY=sandbox)'}`);
  console.log(`  municipalities   ${towns.map((t) => `${t.name} ${t.ags}`).join(', ')}`);
  if (config.sandboxClock) console.log('  sandbox clock    POST /v1/sandbox/clock enabled (test hook)');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    const force = setTimeout(() => process.exit(1), 5000);
    force.unref();
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
