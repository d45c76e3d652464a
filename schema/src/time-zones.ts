/**
 * Time zones as the server, the admin and the mocks accept them: IANA names (and `UTC`) that the
 * runtime's Intl knows. A tenant's time zone is stored in its canonical spelling.
 */

/** Whether a time zone is one the runtime knows (IANA names, `UTC`). */
export function isTimeZone(zone: string): boolean {
  return canonicalTimeZone(zone) !== null;
}

/** Answers already looked up: making an Intl.DateTimeFormat costs a third of a millisecond, and few zones are asked for. */
const known = new Map<string, string | null>();

/** The zone's canonical spelling (`europe/madrid` → `Europe/Madrid`), or null when it is not a time zone. */
export function canonicalTimeZone(zone: string): string | null {
  if (zone.length === 0 || zone.length > 64) return null;
  const seen = known.get(zone);
  if (seen !== undefined) return seen;
  let canonical: string | null;
  try {
    canonical = new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    canonical = null;
  }
  if (known.size >= 1000) known.clear();
  known.set(zone, canonical);
  return canonical;
}

/** Every zone the runtime knows, UTC first: what a time zone picker offers. */
export function timeZoneNames(): string[] {
  const names = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return ["UTC", ...names.filter((name) => name !== "UTC")];
}
