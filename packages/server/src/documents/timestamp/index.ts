/**
 * Signature timestamps (PAdES B-T): RFC 3161 messages, the sandbox TSA and the HTTP client.
 */
import { httpTimeStamper } from './http-client.ts';
import { loadSandboxTsa, type SandboxTsa } from './sandbox-tsa.ts';
import type { TimeStamper } from './rfc3161.ts';

export { httpTimeStamper, type HttpTimeStamperOptions } from './http-client.ts';
export { loadSandboxTsa, SANDBOX_TSA_POLICY, SandboxTsa } from './sandbox-tsa.ts';
export { parseResponse, parseToken, TimestampError, type TimeStamper, type TstInfo } from './rfc3161.ts';

/**
 * The stamper the configuration asks for: the TSA at `tsaUrl`, or (empty/unset) the in-process
 * sandbox TSA of `dataDir`. `sandbox` is set in the second case.
 */
export async function timeStamperFor(options: { dataDir: string; tsaUrl?: string | undefined }): Promise<{ stamper: TimeStamper; sandbox?: SandboxTsa }> {
  if (options.tsaUrl) return { stamper: httpTimeStamper(options.tsaUrl) };
  const sandbox = await loadSandboxTsa(options.dataDir);
  return { stamper: sandbox, sandbox };
}
