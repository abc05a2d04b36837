/**
 * The `links` attribute of `<vois-dienste>`: a JSON object that maps a service to the page
 * where the town already embeds it, e.g.
 * `links='{"meldebescheinigung":"/buergerservice/meldebescheinigung"}'`.
 *
 * Validated entry by entry, so one typo does not throw away the good entries and the
 * webmaster message can name exactly what is wrong. Only http(s) targets (absolute, or relative
 * to the page) are accepted: a `javascript:` URL in a CMS field must never become a link.
 */
import { SERVICE_IDS, isOneOf, type ServiceId } from '@vois-online/client';

export type ServiceLinks = Partial<Record<ServiceId, string>>;

export interface LinksIssue {
  /** `json`: not a JSON object; `service`: unknown service name; `url`: not an http(s) address. */
  reason: 'json' | 'service' | 'url';
  /** The whole attribute value (`json`), the bad key (`service`) or the bad address (`url`). */
  value: string;
  /** The service whose address is bad (`url`). */
  service?: string;
}

export const LINKS_EXAMPLE = '{"meldebescheinigung":"/buergerservice/meldebescheinigung"}';

/** Any base works for the check: relative targets resolve against it, schemes stay as written. */
const CHECK_BASE = 'https://vois.invalid/';

function isLinkTarget(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    const { protocol } = new URL(value.trim(), CHECK_BASE);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export function parseLinks(raw: unknown): { links: ServiceLinks; issues: LinksIssue[] } {
  if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) return { links: {}, issues: [] };
  let data: unknown = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch {
      return { links: {}, issues: [{ reason: 'json', value: raw }] };
    }
  }
  // A plain JSON object (not an array, not null); its entries are checked one by one.
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { links: {}, issues: [{ reason: 'json', value: typeof raw === 'string' ? raw : JSON.stringify(raw) }] };

  const links: ServiceLinks = {};
  const issues: LinksIssue[] = [];
  for (const [key, target] of Object.entries(data)) {
    if (!isOneOf(SERVICE_IDS, key)) issues.push({ reason: 'service', value: key });
    else if (!isLinkTarget(target)) issues.push({ reason: 'url', value: String(target), service: key });
    else links[key] = target.trim();
  }
  return { links, issues };
}
