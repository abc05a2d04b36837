import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The peer address for rate limits. Forwarded headers are not trusted (a reverse proxy setup
 * would configure that explicitly). In-process calls without a socket share one bucket.
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}
