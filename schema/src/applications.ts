/**
 * Rules of applications, their credentials and service subscriptions (porta's, 003 ch.7–16), shared by
 * the server, the admin's forms and the mocks.
 */

export const MAX_APPLICATION_NAME_LENGTH = 200;
export const MAX_APPLICATION_DESCRIPTION_LENGTH = 2000;
/** `user_key`, `app_key`, `client_secret`: only `[0-9A-Za-z-]`, 5 to 256 characters (003 §7.2). */
export const KEY_PATTERN = /^[0-9A-Za-z-]{5,256}$/;
/** `app_id`, `client_id`: at most 140 characters (003 §7.2). */
export const MAX_APP_ID_LENGTH = 140;
/** Application keys kept in rotation per application (000 "Access control"). */
export const MAX_APP_KEYS = 5;
export const MAX_REDIRECT_URL_LENGTH = 2000;

export function keyProblem(value: string): string | null {
  return KEY_PATTERN.test(value) ? null : "Use 5–256 characters: letters, digits and `-`.";
}

export function redirectUrlProblem(value: string): string | null {
  if (value.length > MAX_REDIRECT_URL_LENGTH) return `Use at most ${MAX_REDIRECT_URL_LENGTH} characters.`;
  let url: { protocol: string };
  try {
    url = new (globalThis as unknown as { URL: new (s: string) => { protocol: string } }).URL(value);
  } catch {
    return "Give an absolute URL, e.g. https://app.example.com/callback.";
  }
  return url.protocol === "https:" || url.protocol === "http:" ? null : "Use an http or https URL.";
}

// ── states ───────────────────────────────────────────────────────────────────────────────────

export const APPLICATION_STATES = ["PENDING", "LIVE", "SUSPENDED"] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

/** Application state changes; rejecting a pending application deletes it (003 §9.3). */
export const APPLICATION_ACTIONS = {
  ACCEPT: { from: ["PENDING"], to: "LIVE", verb: "accepted" },
  SUSPEND: { from: ["LIVE"], to: "SUSPENDED", verb: "suspended" },
  RESUME: { from: ["SUSPENDED"], to: "LIVE", verb: "resumed" },
} as const satisfies Record<string, { from: readonly ApplicationState[]; to: ApplicationState; verb: string }>;
export type ApplicationAction = keyof typeof APPLICATION_ACTIONS;

export const SUBSCRIPTION_STATES = ["PENDING", "LIVE", "SUSPENDED"] as const;
export type SubscriptionState = (typeof SUBSCRIPTION_STATES)[number];
export const SUBSCRIPTION_ACTIONS = APPLICATION_ACTIONS;
export type SubscriptionAction = ApplicationAction;

type Rules = Record<string, { from: readonly string[]; to: string; verb: string }>;

/** The state after `action`, or null when `state` does not allow it. */
export function transition<S extends string>(rules: Rules, state: S, action: string): S | null {
  const rule = rules[action];
  return rule && rule.from.includes(state) ? (rule.to as S) : null;
}

/** The words of a refused transition, naming the current state. */
export function transitionRefusal(what: string, rules: Rules, state: string, action: string): string {
  const rule = rules[action]!;
  return `The ${what} is ${state.toLowerCase()}; it can be ${rule.verb} only when ${rule.from.map((s) => s.toLowerCase()).join(", ")}.`;
}

/** The actions `state` allows, for the admin's buttons. */
export function actionsFrom(rules: Rules, state: string): string[] {
  return Object.keys(rules).filter((a) => rules[a]!.from.includes(state));
}

/** When a trial of `days` days that starts at `start` ends; null without a trial. */
export function trialEnd(start: Date, days: number | null): Date | null {
  return days && days > 0 ? new Date(start.getTime() + days * 86_400_000) : null;
}
