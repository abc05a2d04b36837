/**
 * `node --import tsx with-postgres.ts <command …>`: runs the command with a throwaway PostgreSQL
 * server (support/postgres.ts) whose superuser URL is in VOIS_TEST_DATABASE_URL; the server is
 * stopped and its cluster deleted at the end, also when the command fails or we are interrupted.
 * Called by scripts/with-postgres.sh, which first installs PostgreSQL when missing.
 */
import { spawn } from 'node:child_process';
import { startPostgres } from './postgres.ts';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: with-postgres.ts <command> [args…]');
  process.exit(2);
}
const pg = await startPostgres({ log: (line) => console.error(`› ${line}`) });
let stopping: Promise<void> | undefined;
const stop = () => (stopping ??= pg.stop().catch((error: unknown) => console.error('could not stop PostgreSQL:', error)));
const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, VOIS_TEST_DATABASE_URL: pg.url } });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    child.kill(signal);
  });
}
child.on('error', async (error) => {
  console.error(`could not run ${command}: ${error.message}`);
  await stop();
  process.exit(127);
});
child.on('exit', async (code, signal) => {
  await stop();
  process.exit(code ?? (signal ? 1 : 0));
});
