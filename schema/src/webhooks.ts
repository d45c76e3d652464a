/**
 * Webhooks (001 ch.10): the events a tenant's webhook can listen to, shared by the server and the mock.
 * Each is `<type>.<action>` in the body; most concern the developer side (accounts, their users,
 * applications and keys) and fire for admin actions too only when the tenant says so.
 */
export const WEBHOOK_EVENTS = {
  ACCOUNT_CREATED: { type: "account", action: "created", description: "A developer account was created." },
  ACCOUNT_UPDATED: { type: "account", action: "updated", description: "A developer account was changed." },
  ACCOUNT_DELETED: { type: "account", action: "deleted", description: "A developer account was deleted." },
  ACCOUNT_PLAN_CHANGED: { type: "account", action: "plan_changed", description: "A developer account moved to another account plan." },
  USER_CREATED: { type: "user", action: "created", description: "A user of a developer account was created." },
  USER_UPDATED: { type: "user", action: "updated", description: "A user of a developer account was changed." },
  USER_DELETED: { type: "user", action: "deleted", description: "A user of a developer account was deleted." },
  APPLICATION_CREATED: { type: "application", action: "created", description: "An application was created." },
  APPLICATION_UPDATED: { type: "application", action: "updated", description: "An application was changed." },
  APPLICATION_SUSPENDED: { type: "application", action: "suspended", description: "An application was suspended." },
  APPLICATION_PLAN_CHANGED: { type: "application", action: "plan_changed", description: "An application moved to another plan." },
  APPLICATION_USER_KEY_CHANGED: { type: "application", action: "user_key_changed", description: "An application's user key changed." },
  APPLICATION_DELETED: { type: "application", action: "deleted", description: "An application was deleted." },
  KEY_CREATED: { type: "application_key", action: "created", description: "An application key was added." },
  KEY_UPDATED: { type: "application_key", action: "updated", description: "An application key was changed." },
  KEY_DELETED: { type: "application_key", action: "deleted", description: "An application key was deleted." },
} as const satisfies Record<string, { type: string; action: string; description: string }>;
export type WebhookEvent = keyof typeof WEBHOOK_EVENTS;
export const webhookEvents = Object.keys(WEBHOOK_EVENTS) as WebhookEvent[];

/** The longest webhook URL accepted. */
export const MAX_WEBHOOK_URL_LENGTH = 2000;
/** How long the previous secret may stay valid after a rotation, at most (hours). */
export const MAX_KEEP_PREVIOUS_SECRET_HOURS = 168;

/** The WHATWG URL parser, global in browsers and Node alike (this package's types know neither). */
declare const URL: new (input: string) => { protocol: string; hostname: string; username: string; password: string };

/** Why a webhook URL cannot be used (null: it can): http or https, a host, no more than the bound. */
export function webhookUrlProblem(url: string): string | null {
  if (url.length > MAX_WEBHOOK_URL_LENGTH) return `Use at most ${MAX_WEBHOOK_URL_LENGTH} characters.`;
  let parsed: InstanceType<typeof URL>;
  try {
    parsed = new URL(url);
  } catch {
    return "Give an absolute URL, such as https://example.com/webhooks.";
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return "Use an http or https URL.";
  if (!parsed.hostname) return "Give the URL's host.";
  if (parsed.username || parsed.password) return "Leave credentials out of the URL; verify the signature instead.";
  return null;
}
