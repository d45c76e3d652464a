import { MAX_KEEP_PREVIOUS_SECRET_HOURS, WEBHOOK_EVENTS, webhookUrlProblem, type WebhookEvent } from '@gatehouse/schema/webhooks';
import type {
  UpdateWebhookSettingsInput,
  WebhookAttempt,
  WebhookDelivery,
  WebhookDeliveryFilter,
  WebhookDeliveryOrder,
  WebhookDeliveryStatus,
  WebhookSettings,
} from '../../gql/schema-types';
import type { AuditEntryFixture } from '../../testing/factories';
import { randomBase64Url } from '../base64url';
import type { ItemOutcome } from '../bulk';
import type { KeysetOrder } from '../connection';
import { changesOf, emit, type AuditState, type DomainEvent, type MockActor, type UserActor } from '../events/events';
import { rowIdOf, toGlobalId } from '../global-id';
import { assertListingFilter } from '../listing-filter';
import { userError } from '../mock-errors';
import type { TenantsState } from '../tenants/tenants';
import { privateHostProblem } from './private-address';

/**
 * Webhooks (server/src/modules/webhooks): each tenant's webhook — its URL, whether it is enabled,
 * whether admin actions fire it, the events it listens to, and the secret that signs the bodies —
 * and the deliveries made for it, with the server's rules, user errors, audit entries and bulk
 * actions. An event that carries `webhook` is queued, in the request that records it, when the
 * tenant's webhook is enabled, listens to it, and a developer did it or admin actions fire it.
 *
 * What the mock cannot do alike: it never posts anything. A delivery stays as it was made — PENDING,
 * never attempted — unless a test or the demo seed puts it in another state with its attempts; the
 * server's delivery workers post it after commit, retry it and log each attempt. Private addresses
 * are refused at save as on a server without GATEHOUSE_WEBHOOKS_ALLOW_PRIVATE (IP literals and
 * `localhost`); the connect-time check of names that resolve to one is the server's alone.
 */

/** The server's `webhook_settings` row: one per tenant that saved (or rotated) anything. */
export interface WebhookSettingsFixture {
  tenantId: string;
  url: string | null;
  enabled: boolean;
  adminActionsFire: boolean;
  events: WebhookEvent[];
  secret: string;
  /** The secret before the last rotation, still signing until `previousSecretExpiresAt`. */
  previousSecret: string | null;
  previousSecretExpiresAt: string | null;
  updatedAt: string;
}

/** The server's `webhook_deliveries` row (the id is global); its attempts are rows of their own. */
export type WebhookDeliveryFixture = Omit<WebhookDelivery, 'attemptLog'> & { tenantId: string };

/** One attempt at posting a delivery (the server's `webhook_attempts` row). */
export type WebhookAttemptFixture = Omit<WebhookAttempt, '__typename'> & {
  /** A row key: attempts are not Nodes. */
  id: string;
  tenantId: string;
  /** The delivery's global ID. */
  deliveryId: string;
};

export interface WebhooksState {
  webhookSettings: WebhookSettingsFixture[];
  webhookDeliveries: WebhookDeliveryFixture[];
  webhookAttempts: WebhookAttemptFixture[];
}

type Store = WebhooksState & AuditState & TenantsState;

type WebhookErrorCode = 'INVALID_URL' | 'PRIVATE_ADDRESS' | 'URL_REQUIRED' | 'DUPLICATE_EVENT' | 'INVALID' | 'NOT_FOUND' | 'PING_PENDING' | 'NOT_RETRYABLE';
export const webhookError = (code: WebhookErrorCode, message: string, field: string[] | null) => userError('WebhookUserError', code, message, field);
export type WebhookError = ReturnType<typeof webhookError>;

/** A new signing secret: `whsec_` and 32 random bytes, base64url (the server's `generateWebhookSecret`). */
export function generateWebhookSecret(): string {
  return `whsec_${randomBase64Url(32)}`;
}

/** Rows written one after another keep their order, a millisecond apart at least (the server's `clock_timestamp()`). */
function nextTime(rows: readonly { createdAt: string }[], now: Date): Date {
  const last = rows.at(-1);
  return new Date(Math.max(now.getTime(), last ? Date.parse(last.createdAt) + 1 : 0));
}

export function findSettings(state: WebhooksState, tenantId: string): WebhookSettingsFixture | null {
  return state.webhookSettings.find((s) => s.tenantId === tenantId) ?? null;
}

/** The settings as the API shows them: a tenant that never saved any has a disabled webhook with no URL. */
export function settingsView(row: WebhookSettingsFixture | null, now: Date): WebhookSettings {
  const previousActive = row?.previousSecretExpiresAt && Date.parse(row.previousSecretExpiresAt) > now.getTime() ? row.previousSecretExpiresAt : null;
  return {
    __typename: 'WebhookSettings',
    url: row?.url ?? null,
    enabled: row?.enabled ?? false,
    adminActionsFire: row?.adminActionsFire ?? false,
    events: row?.events ?? [],
    secret: row?.secret ?? null,
    previousSecretExpiresAt: previousActive,
  };
}

// ── settings ───────────────────────────────────────────────────────────────────────────────────

/** A URL's problem as a user error, or null: its form first (shared with the server), then a private host. */
function urlError(url: string): WebhookError | null {
  const problem = webhookUrlProblem(url);
  if (problem) return webhookError('INVALID_URL', problem, ['input', 'url']);
  const privateProblem = privateHostProblem(url);
  return privateProblem ? webhookError('PRIVATE_ADDRESS', privateProblem, ['input', 'url']) : null;
}

/**
 * `updateWebhookSettings`: the given fields (the others keep theirs; `url: null` removes it, which
 * needs the webhook disabled). Every problem of the input at once (the URL's, each repeated event),
 * then whether an enabled webhook has a URL. The first save makes the signing secret and is recorded
 * as set up; later saves are recorded with what changed, and not at all when nothing did.
 */
export function updateWebhookSettings(state: Store, actor: UserActor, input: UpdateWebhookSettingsInput, now: Date) {
  const refuse = (userErrors: WebhookError[]) => ({ settings: null, userErrors });
  const errors: WebhookError[] = [];
  const url = input.url === undefined ? undefined : input.url === null ? null : input.url.trim();
  if (url) {
    const problem = urlError(url);
    if (problem) errors.push(problem);
  } else if (url === '') errors.push(webhookError('INVALID_URL', 'Give a URL, or null to remove it.', ['input', 'url']));
  if (input.events) {
    const seen = new Set<string>();
    for (const [index, event] of input.events.entries()) {
      if (seen.has(event)) errors.push(webhookError('DUPLICATE_EVENT', `${event} is listed twice.`, ['input', 'events', String(index)]));
      seen.add(event);
    }
  }
  if (errors.length) return refuse(errors);

  const tenantId = actor.tenantId;
  const before = findSettings(state, tenantId);
  const next = {
    url: url === undefined ? (before?.url ?? null) : url,
    enabled: input.enabled ?? before?.enabled ?? false,
    adminActionsFire: input.adminActionsFire ?? before?.adminActionsFire ?? false,
    events: [...(input.events ?? before?.events ?? [])],
  };
  if (next.enabled && !next.url) {
    return refuse([webhookError('URL_REQUIRED', 'Give the webhook a URL before enabling it.', ['input', input.url === null ? 'url' : 'enabled'])]);
  }
  const beforeView = settingsView(before, now);
  let settings: WebhookSettingsFixture;
  if (before) {
    settings = Object.assign(before, next, { updatedAt: now.toISOString() });
  } else {
    settings = { tenantId, ...next, secret: generateWebhookSecret(), previousSecret: null, previousSecretExpiresAt: null, updatedAt: now.toISOString() };
    state.webhookSettings.push(settings);
  }
  const afterView = settingsView(settings, now);
  const changes = changesOf({ ...beforeView, events: beforeView.events.join(', ') }, { ...afterView, events: afterView.events.join(', ') }, [
    'url',
    'enabled',
    'adminActionsFire',
    'events',
  ]);
  if (!before || changes.length) {
    const summary = before ? 'Changed the webhook.' : `Set up the webhook${settings.url ? ` (${settings.url})` : ''}.`;
    emit(state, actor, { type: 'webhook', action: 'updated', target: null, summary, changes }, now);
  }
  return { settings: afterView, userErrors: [] };
}

/**
 * `rotateWebhookSecret`: a new signing secret; the previous one keeps signing for `keepPreviousHours`
 * (0: stops at once; default 24), so receivers can move to the new one without rejecting a delivery.
 * A tenant with no webhook yet gets one, disabled, with the secret.
 */
export function rotateWebhookSecret(state: Store, actor: UserActor, keepPreviousHours: number, now: Date) {
  if (!Number.isInteger(keepPreviousHours) || keepPreviousHours < 0 || keepPreviousHours > MAX_KEEP_PREVIOUS_SECRET_HOURS) {
    return {
      settings: null,
      userErrors: [webhookError('INVALID', `Keep the previous secret 0 to ${MAX_KEEP_PREVIOUS_SECRET_HOURS} hours.`, ['input', 'keepPreviousHours'])],
    };
  }
  const before = findSettings(state, actor.tenantId);
  const secret = generateWebhookSecret();
  const keeps = before !== null && keepPreviousHours > 0;
  const previous = keeps
    ? { previousSecret: before.secret, previousSecretExpiresAt: new Date(now.getTime() + keepPreviousHours * 3_600_000).toISOString() }
    : { previousSecret: null, previousSecretExpiresAt: null };
  let settings: WebhookSettingsFixture;
  if (before) {
    settings = Object.assign(before, { secret, ...previous, updatedAt: now.toISOString() });
  } else {
    settings = { tenantId: actor.tenantId, url: null, enabled: false, adminActionsFire: false, events: [], secret, ...previous, updatedAt: now.toISOString() };
    state.webhookSettings.push(settings);
  }
  const summary = keeps
    ? `Rotated the webhook secret; the previous one also signs for ${keepPreviousHours} hour${keepPreviousHours === 1 ? '' : 's'}.`
    : 'Rotated the webhook secret; the previous one no longer signs.';
  emit(state, actor, { type: 'webhook', action: 'secret_rotated', target: null, summary }, now);
  return { settings: settingsView(settings, now), userErrors: [] };
}

// ── deliveries ─────────────────────────────────────────────────────────────────────────────────

/** A delivery of an event, as it will be sent: the body with its own id, for receivers to deduplicate on. */
function enqueue(state: WebhooksState, tenantId: string, url: string, type: string, action: string, object: unknown, now: Date): WebhookDeliveryFixture {
  const eventId = crypto.randomUUID();
  const at = nextTime(state.webhookDeliveries, now).toISOString();
  const delivery: WebhookDeliveryFixture = {
    __typename: 'WebhookDelivery',
    id: toGlobalId('WebhookDelivery', crypto.randomUUID()),
    tenantId,
    eventId,
    event: `${type}.${action}`,
    url,
    body: JSON.stringify({ id: eventId, type, action, occurredAt: at, object }),
    status: 'PENDING',
    attempts: 0,
    // Due now: the server's workers would post it after commit; the mock never does.
    nextAttemptAt: at,
    lastStatusCode: null,
    lastError: null,
    createdAt: at,
    deliveredAt: null,
  };
  state.webhookDeliveries.push(delivery);
  return delivery;
}

/**
 * The event sink of webhooks (the server's `webhookOfEvent`): an event that carries `webhook` is
 * queued for its tenant's webhook when it is enabled, has a URL, listens to that event, and either a
 * developer did it or admin actions fire webhooks. In the event's request: kept only if it is.
 */
export function webhookOfEvent(state: AuditState, _actor: MockActor, event: DomainEvent, entry: AuditEntryFixture, now: Date): void {
  const hook = event.webhook;
  if (!hook) return;
  const store = state as Partial<WebhooksState> & AuditState;
  if (!store.webhookSettings || !store.webhookDeliveries) {
    throw new Error(`Mock data: the event ${event.type}.${event.action} fires webhooks, but its store has no webhooks.`);
  }
  const full = store as WebhooksState;
  const settings = findSettings(full, entry.tenantId);
  if (!settings?.enabled || !settings.url || !settings.events.includes(hook.event)) return;
  if (!hook.developerAction && !settings.adminActionsFire) return;
  const { type, action } = WEBHOOK_EVENTS[hook.event];
  enqueue(full, entry.tenantId, settings.url, type, action, hook.object, now);
}

const deliveryTarget = (d: WebhookDeliveryFixture) => ({ type: 'WebhookDelivery', id: d.id, name: d.event });

/**
 * `pingWebhook`: a test event (`webhook.ping`) for the webhook's URL, enabled or not; one at a time
 * (a tenant cannot fill the queue with pings: in the mock, a ping stays pending until it is deleted).
 */
export function pingWebhook(state: Store, actor: UserActor, now: Date) {
  const settings = findSettings(state, actor.tenantId);
  if (!settings?.url) return { delivery: null, userErrors: [webhookError('URL_REQUIRED', 'Give the webhook a URL first.', ['input'])] };
  if (state.webhookDeliveries.some((d) => d.tenantId === actor.tenantId && d.event === 'webhook.ping' && d.status === 'PENDING')) {
    return { delivery: null, userErrors: [webhookError('PING_PENDING', 'A test event is still on its way; wait for it to be delivered or fail.', ['input'])] };
  }
  const tenant = state.tenants.find((t) => t.id === actor.tenantId);
  if (!tenant) throw new Error(`Mock data: no tenant ${actor.tenantId} to ping for.`);
  const object = { tenant: { id: tenant.id, name: tenant.name, subdomain: tenant.subdomain }, message: 'This is a test event from Gatehouse.' };
  const delivery = enqueue(state, actor.tenantId, settings.url, 'webhook', 'ping', object, now);
  emit(state, actor, { type: 'webhook', action: 'pinged', target: deliveryTarget(delivery), summary: `Sent a test event to ${settings.url}.` }, now);
  return { delivery: deliveryNode(state, delivery), userErrors: [] };
}

/** A delivery's attempts, oldest first. */
function attemptsOf(state: WebhooksState, delivery: WebhookDeliveryFixture): WebhookAttemptFixture[] {
  return state.webhookAttempts
    .filter((a) => a.deliveryId === delivery.id)
    .sort((a, b) => Date.parse(a.attemptedAt) - Date.parse(b.attemptedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A delivery as the API shows it, with its attempt log. */
export function deliveryNode(state: WebhooksState, row: WebhookDeliveryFixture): WebhookDelivery {
  const { tenantId: _tenant, ...fields } = row;
  const attemptLog = attemptsOf(state, row).map(({ attemptedAt, statusCode, durationMs, response, error }) => ({
    __typename: 'WebhookAttempt' as const,
    attemptedAt,
    statusCode,
    durationMs,
    response,
    error,
  }));
  return { ...fields, attemptLog };
}

/** `account` or `account.created`: every event of a kind, or one (the server's `eventCondition`). */
function matchesEvent(delivery: WebhookDeliveryFixture, event: string): boolean {
  return event.includes('.') ? delivery.event === event : delivery.event.startsWith(`${event}.`);
}

/** Whether a delivery passes the filter, as the server's listing filters narrow it (an empty list or text narrows nothing). */
export function matchesDeliveryFilter(delivery: WebhookDeliveryFixture, filter: WebhookDeliveryFilter | null | undefined): boolean {
  if (!filter) return true;
  if (filter.statuses?.length && !filter.statuses.includes(delivery.status)) return false;
  const event = filter.event?.trim();
  if (event && !matchesEvent(delivery, event)) return false;
  if (filter.from != null && Date.parse(delivery.createdAt) < Date.parse(filter.from)) return false;
  if (filter.to != null && Date.parse(delivery.createdAt) > Date.parse(filter.to)) return false;
  return true;
}

/** The listing's check of its filter (BAD_USER_INPUT): its one free-text filter is bounded. */
export const assertDeliveryFilter = (filter: WebhookDeliveryFilter | null | undefined) => assertListingFilter(filter, ['event']);

const deliveryOrder = (orderBy: WebhookDeliveryOrder | null | undefined): KeysetOrder<{ createdAt: string }> => ({
  key: 'CREATED_AT',
  kind: 'timestamp',
  value: (d) => d.createdAt,
  direction: orderBy?.direction ?? 'DESC',
});

/** `webhookDeliveries`: the caller's tenant's, newest first unless ordered otherwise. */
export function listDeliveries(state: WebhooksState, tenantId: string, filter: WebhookDeliveryFilter | null | undefined, orderBy: WebhookDeliveryOrder | null | undefined) {
  assertDeliveryFilter(filter);
  const items = state.webhookDeliveries.filter((d) => d.tenantId === tenantId && matchesDeliveryFilter(d, filter));
  return { items, order: deliveryOrder(orderBy) };
}

/** `node(id:)` of a WebhookDelivery: its tenant's only (row-level security; the master's view included). */
export function findDelivery(state: WebhooksState, tenantId: string, rowId: string | null): WebhookDeliveryFixture | undefined {
  return rowId === null ? undefined : state.webhookDeliveries.find((d) => d.tenantId === tenantId && rowIdOf(d.id, 'WebhookDelivery') === rowId);
}

const notFound = (): ItemOutcome<WebhookError> => ({ ok: false, error: webhookError('NOT_FOUND', 'No such webhook delivery of your tenant.', null) });

/** Queues a failed delivery again, now, with the body it had (receivers see the same event id); the log keeps the earlier attempts. */
export function retryDelivery(state: Store, actor: MockActor, rowId: string | null, now: Date): ItemOutcome<WebhookError> {
  const delivery = findDelivery(state, actor.tenantId, rowId);
  if (!delivery) return notFound();
  if (delivery.status !== 'FAILED') {
    return { ok: false, error: webhookError('NOT_RETRYABLE', `Only failed deliveries can be retried; this one is ${delivery.status}.`, null) };
  }
  Object.assign(delivery, { status: 'PENDING' satisfies WebhookDeliveryStatus, attempts: 0, nextAttemptAt: now.toISOString() });
  emit(state, actor, { type: 'webhook_delivery', action: 'retried', target: deliveryTarget(delivery), summary: `Queued the webhook delivery ${delivery.event} again.` }, now);
  return { ok: true };
}

/** Deletes a delivery (a pending one is then not posted), with its attempts. */
export function deleteDelivery(state: Store, actor: MockActor, rowId: string | null, now: Date): ItemOutcome<WebhookError> {
  const delivery = findDelivery(state, actor.tenantId, rowId);
  if (!delivery) return notFound();
  state.webhookDeliveries = state.webhookDeliveries.filter((d) => d !== delivery);
  state.webhookAttempts = state.webhookAttempts.filter((a) => a.deliveryId !== delivery.id);
  emit(
    state,
    actor,
    { type: 'webhook_delivery', action: 'deleted', target: deliveryTarget(delivery), summary: `Deleted the webhook delivery ${delivery.event} (${delivery.status}).` },
    now,
  );
  return { ok: true };
}

/** One item of `retryWebhookDeliveries(input: { ids })`. */
export const retryDeliveryItem = (state: Store, actor: MockActor, globalId: string, now: Date) => retryDelivery(state, actor, rowIdOf(globalId, 'WebhookDelivery'), now);
/** One item of `deleteWebhookDeliveries(input: { ids })`. */
export const deleteDeliveryItem = (state: Store, actor: MockActor, globalId: string, now: Date) => deleteDelivery(state, actor, rowIdOf(globalId, 'WebhookDelivery'), now);
