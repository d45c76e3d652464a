/**
 * Naming rules of the catalog (services, metrics and methods), shared by the server, the admin's forms
 * (which preview a derived system name) and the mocks. Which names are taken only the server knows.
 */

export const MAX_SERVICE_NAME_LENGTH = 200;
export const MAX_SYSTEM_NAME_LENGTH = 100;
export const MAX_DESCRIPTION_LENGTH = 2000;
export const MAX_METRIC_NAME_LENGTH = 200;
export const MAX_UNIT_LENGTH = 50;
/** Credential parameter names (`user_key`, SendGrid's `api_user`/`api_key`): what gateways read from requests. */
export const MAX_PARAMETER_NAME_LENGTH = 64;
export const PARAMETER_NAME_PATTERN = /^[A-Za-z0-9_.-]+$/;
/** Bounds that keep one service's catalog something a person can manage and a gateway can load. */
export const MAX_METRICS_PER_SERVICE = 1000;
export const MAX_MAPPING_RULES_PER_SERVICE = 2000;
export const MAX_MAPPING_RULE_DELTA = 1_000_000;

/** Service system names: `[a-z0-9_-]`, 1–100 characters (003 ch.18; porta's rule). */
export const SERVICE_SYSTEM_NAME_PATTERN = /^[a-z0-9_-]{1,100}$/;
/** Metric and method system names: `[A-Za-z0-9_/-]`, no spaces (003 §19.1–19.2). */
export const METRIC_SYSTEM_NAME_PATTERN = /^[A-Za-z0-9_/-]{1,100}$/;

/** The built-in metric every service has; methods are its children. */
export const HITS = "hits";

function ascii(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
}

/** The system name derived from a service's name: lowercase, other characters become `_`. Empty when nothing is left. */
export function deriveServiceSystemName(name: string): string {
  return ascii(name)
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, MAX_SYSTEM_NAME_LENGTH);
}

/** The system name derived from a metric's or method's friendly name (case kept, other characters become `_`). */
export function deriveMetricSystemName(friendlyName: string): string {
  return ascii(friendlyName)
    .replace(/[^A-Za-z0-9_/-]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, MAX_SYSTEM_NAME_LENGTH);
}

/** A numbered variant of a derived system name for the attempt-th try (1 = the name itself). */
export function systemNameCandidate(base: string, attempt: number): string {
  if (attempt <= 1) return base;
  const suffix = `_${attempt}`;
  return base.slice(0, MAX_SYSTEM_NAME_LENGTH - suffix.length) + suffix;
}

export function serviceSystemNameProblem(systemName: string): string | null {
  return SERVICE_SYSTEM_NAME_PATTERN.test(systemName)
    ? null
    : `Use 1–${MAX_SYSTEM_NAME_LENGTH} characters: lowercase letters, digits, underscores and dashes.`;
}

export function metricSystemNameProblem(systemName: string): string | null {
  return METRIC_SYSTEM_NAME_PATTERN.test(systemName)
    ? null
    : `Use 1–${MAX_SYSTEM_NAME_LENGTH} characters: letters, digits, underscores, dashes and slashes, no spaces.`;
}

export function parameterNameProblem(name: string): string | null {
  if (!name) return "Give the parameter a name.";
  if (name.length > MAX_PARAMETER_NAME_LENGTH) return `Use at most ${MAX_PARAMETER_NAME_LENGTH} characters.`;
  return PARAMETER_NAME_PATTERN.test(name) ? null : "Use letters, digits, underscores, dots and dashes.";
}
