/**
 * Admin portals live on `<subdomain>-admin.<base domain>`; the master portal has no such prefix.
 * Returns the tenant subdomain inferred from a host name, or undefined.
 */
export function tenantFromHost(hostname: string): string | undefined {
  const first = hostname.split('.')[0] ?? '';
  const match = /^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)-admin$/.exec(first);
  return match?.[1];
}
