/**
 * Tenant subdomains: a tenant's admin host is `<subdomain>.<base domain>`. The server derives one
 * from the organization name when none is given and checks a given one; the create-tenant form
 * previews what the server will derive; the mock store does both. Which subdomains are already
 * taken only the server knows: collisions are resolved there, with `derivedSubdomainCandidate`.
 */

/** A DNS label holds at most 63 characters (RFC 1035 §2.3.4). */
export const MAX_SUBDOMAIN_LENGTH = 63;

/** Lowercase ASCII letters, digits and dashes, 1–63 characters, no dash at either end. */
export const SUBDOMAIN_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Subdomains that would clash with the deployment's own host names. */
export const RESERVED_SUBDOMAINS: ReadonlySet<string> = new Set(["www", "api", "admin", "master", "mail", "static", "assets"]);

/**
 * The subdomain derived from an organization name: accents dropped, lowercase ASCII, every run of
 * other characters becomes one dash, no leading or trailing dash, at most 63 characters. Empty
 * when the name has no ASCII letter or digit; not checked against the reserved names (see
 * `derivedSubdomainCandidate`).
 */
export function deriveSubdomain(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_SUBDOMAIN_LENGTH)
    .replace(/-+$/g, "");
}

/** Why a subdomain someone typed cannot be used, or null when it can (it may still be taken). */
export function subdomainProblem(subdomain: string): string | null {
  if (!SUBDOMAIN_PATTERN.test(subdomain)) {
    return `Use 1–${MAX_SUBDOMAIN_LENGTH} characters: lowercase letters, digits and dashes, not starting or ending with a dash.`;
  }
  if (RESERVED_SUBDOMAINS.has(subdomain)) return `"${subdomain}" is reserved.`;
  return null;
}

/**
 * The subdomain tried on the nth attempt (from 1) for a tenant created without one: the derived
 * `base` itself, then `base-2`, `base-3`… with the base cut so the suffix fits in 63 characters.
 * A reserved name is skipped as if it were taken. `base` is a non-empty `deriveSubdomain` result.
 */
export function derivedSubdomainCandidate(base: string, attempt: number): string {
  const suffix = attempt === 1 ? "" : `-${attempt}`;
  const candidate = base.slice(0, MAX_SUBDOMAIN_LENGTH - suffix.length).replace(/-+$/, "") + suffix;
  return RESERVED_SUBDOMAINS.has(candidate) ? derivedSubdomainCandidate(base, attempt + 1) : candidate;
}

/**
 * The subdomain a tenant named `name` gets when created without one, unless another tenant holds
 * it already (then the server adds a suffix). Empty when nothing can be derived from the name.
 */
export function subdomainForName(name: string): string {
  const base = deriveSubdomain(name);
  return base && derivedSubdomainCandidate(base, 1);
}
