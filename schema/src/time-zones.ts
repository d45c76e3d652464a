/**
 * Time zones as the server, the admin and the mocks accept them: IANA names (and `UTC`) that the
 * runtime's Intl knows. A tenant's time zone is stored in its canonical spelling.
 */

/** Whether a time zone is one the runtime knows (IANA names, `UTC`). */
export function isTimeZone(zone: string): boolean {
  return canonicalTimeZone(zone) !== null;
}

/** The zone's canonical spelling (`europe/madrid` → `Europe/Madrid`), or null when it is not a time zone. */
export function canonicalTimeZone(zone: string): string | null {
  if (zone.length === 0 || zone.length > 64) return null;
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
