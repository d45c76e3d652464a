/**
 * Tenant subdomains as server/src/modules/tenants/tenant.service.ts derives and checks them
 * (003 §30.3): lowercase ASCII, every run of other characters one dash, at most 63 characters.
 */
export const SUBDOMAIN_MAX_LENGTH = 63;
const SUBDOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** Subdomains that would clash with the deployment's own host names. */
export const RESERVED_SUBDOMAINS = new Set(['www', 'api', 'admin', 'master', 'mail', 'static', 'assets']);

export function deriveSubdomain(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SUBDOMAIN_MAX_LENGTH)
    .replace(/-+$/g, '');
}

export function subdomainProblem(subdomain: string): string | null {
  if (!SUBDOMAIN.test(subdomain)) {
    return 'Use 1–63 characters: lowercase letters, digits and dashes, not starting or ending with a dash.';
  }
  if (RESERVED_SUBDOMAINS.has(subdomain)) return `"${subdomain}" is reserved.`;
  return null;
}
