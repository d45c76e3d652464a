/** The subdomain the server derives when none is given: lowercase, runs of non [a-z0-9] → '-', trimmed. */
export function subdomainFromName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
