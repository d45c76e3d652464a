import { randomUUID } from "node:crypto";
import { MAX_KEEP_PREVIOUS_SECRET_HOURS, WEBHOOK_EVENTS, webhookUrlProblem } from "@gatehouse/schema/webhooks";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Actor, UserActor } from "../../auth/actor.js";
import type { Config } from "../../config/config.js";
import { type Executor, rowsOf } from "../../db/client.js";
import { rowsByIds } from "../../db/statement.js";
import { anonymousScope, inTenantTransaction } from "../../db/tenancy.js";
import { rowIdOf, toGlobalId } from "../../graphql/node.js";
import { userError, type UserOutcome } from "../../graphql/user-error.js";
import type { ItemOutcome } from "../../kit/bulk.js";
import { type DeliveryQueue, wakeDeliveriesOnCommit } from "../../jobs/deliveries.js";
import type { ScheduledTask } from "../../jobs/scheduler.js";
import { changesOf, type DomainEvent, emit } from "../events/events.service.js";
import type { AuditEntryRow } from "../events/events.tables.js";
import { tenants } from "../tenants/tenants.tables.js";
import { generateWebhookSecret, signWebhook } from "./webhook-signature.js";
import { postWebhook, privateHostProblem } from "./webhook-http.js";
import { WebhookErrorCode } from "./webhooks.errors.js";
import { type WebhookDeliveryRow, webhookAttempts, webhookDeliveries, type WebhookEvent, type WebhookSettingsRow, webhookSettings } from "./webhooks.tables.js";
import { type WebhookDeliveryListArgs, webhookDeliveryListing } from "./webhooks.type.js";
import { ofTenant } from "../../kit/listing.js";

export const WEBHOOK_QUEUE = "webhooks";

type WebhookError = ReturnType<typeof userError<WebhookErrorCode>>;

/**
 * What the webhook settings need to know at run time: whether private addresses may be reached. Set by
 * the module's `configure` (bootstrap and app start), as the notifications' mail settings are.
 */
let allowPrivate = false;
export function configureWebhooks(config: Config): void {
  allowPrivate = config.webhooks.allowPrivate;
}

/** The tenant's webhook row; `forUpdate` locks it, so concurrent changes apply one after the other. */
export async function findSettings(tx: Executor, tenantId: string, forUpdate = false): Promise<WebhookSettingsRow | null> {
  const query = tx.select().from(webhookSettings).where(eq(webhookSettings.tenantId, tenantId));
  const [row] = forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

/** The settings as the API shows them: a tenant that never saved any has a disabled webhook with no URL. */
export function settingsView(row: WebhookSettingsRow | null) {
  const previousActive = row?.previousSecretExpiresAt && row.previousSecretExpiresAt > new Date() ? row.previousSecretExpiresAt : null;
  return {
    url: row?.url ?? null,
    enabled: row?.enabled ?? false,
    adminActionsFire: row?.adminActionsFire ?? false,
    events: row?.events ?? [],
    secret: row?.secret ?? null,
    previousSecretExpiresAt: previousActive,
  };
}

export interface WebhookSettingsInput {
  url?: string | null;
  enabled?: boolean | null;
  adminActionsFire?: boolean | null;
  events?: WebhookEvent[] | null;
}

/** A URL's problem as a user error, or null. */
function urlError(url: string): WebhookError | null {
  const problem = webhookUrlProblem(url);
  if (problem) return userError(WebhookErrorCode.INVALID_URL, problem, ["input", "url"]);
  const privateProblem = allowPrivate ? null : privateHostProblem(url);
  return privateProblem ? userError(WebhookErrorCode.PRIVATE_ADDRESS, privateProblem, ["input", "url"]) : null;
}

/**
 * Changes the tenant's webhook: the given fields (the others keep theirs; `url: null` removes it, which
 * needs the webhook disabled). The first save makes the signing secret.
 */
export async function updateSettings(tx: Executor, actor: UserActor, input: WebhookSettingsInput): Promise<UserOutcome<{ settings: WebhookSettingsRow }, WebhookErrorCode>> {
  const errors: WebhookError[] = [];
  const url = input.url === undefined ? undefined : input.url === null ? null : input.url.trim();
  if (url) {
    const problem = urlError(url);
    if (problem) errors.push(problem);
  } else if (url === "") errors.push(userError(WebhookErrorCode.INVALID_URL, "Give a URL, or null to remove it.", ["input", "url"]));
  if (input.events) {
    const seen = new Set<string>();
    for (const [index, event] of input.events.entries()) {
      if (seen.has(event)) errors.push(userError(WebhookErrorCode.DUPLICATE_EVENT, `${event} is listed twice.`, ["input", "events", String(index)]));
      seen.add(event);
    }
  }
  if (errors.length) return { ok: false, userErrors: errors };

  const before = await findSettings(tx, actor.tenantId, true);
  const next = {
    url: url === undefined ? (before?.url ?? null) : url,
    enabled: input.enabled ?? before?.enabled ?? false,
    adminActionsFire: input.adminActionsFire ?? before?.adminActionsFire ?? false,
    events: input.events ?? before?.events ?? [],
  };
  if (next.enabled && !next.url) {
    return { ok: false, userErrors: [userError(WebhookErrorCode.URL_REQUIRED, "Give the webhook a URL before enabling it.", ["input", input.url === null ? "url" : "enabled"])] };
  }
  const [settings] = await tx
    .insert(webhookSettings)
    .values({ tenantId: actor.tenantId, ...next, secret: generateWebhookSecret() })
    .onConflictDoUpdate({ target: webhookSettings.tenantId, set: { ...next, updatedAt: sql`clock_timestamp()` } })
    .returning();
  const changes = changesOf({ ...settingsView(before), events: settingsView(before).events.join(", ") }, { ...settingsView(settings!), events: settings!.events.join(", ") }, [
    "url",
    "enabled",
    "adminActionsFire",
    "events",
  ]);
  if (!before || changes.length) {
    await emit(tx, actor, {
      type: "webhook",
      action: "updated",
      target: null,
      summary: before ? "Changed the webhook." : `Set up the webhook${settings!.url ? ` (${settings!.url})` : ""}.`,
      changes,
    });
  }
  return { ok: true, settings: settings! };
}

/**
 * A new signing secret. The previous one keeps signing for `keepPreviousHours` (0: stops at once), so
 * receivers can move to the new one without rejecting a delivery.
 */
export async function rotateSecret(tx: Executor, actor: UserActor, keepPreviousHours: number): Promise<UserOutcome<{ settings: WebhookSettingsRow }, WebhookErrorCode>> {
  if (!Number.isInteger(keepPreviousHours) || keepPreviousHours < 0 || keepPreviousHours > MAX_KEEP_PREVIOUS_SECRET_HOURS) {
    return { ok: false, userErrors: [userError(WebhookErrorCode.INVALID, `Keep the previous secret 0 to ${MAX_KEEP_PREVIOUS_SECRET_HOURS} hours.`, ["input", "keepPreviousHours"])] };
  }
  const before = await findSettings(tx, actor.tenantId, true);
  const secret = generateWebhookSecret();
  const previous = before && keepPreviousHours > 0 ? { previousSecret: before.secret, previousSecretExpiresAt: sql`clock_timestamp() + ${keepPreviousHours}::integer * interval '1 hour'` } : { previousSecret: null, previousSecretExpiresAt: null };
  const [settings] = await tx
    .insert(webhookSettings)
    .values({ tenantId: actor.tenantId, secret })
    .onConflictDoUpdate({ target: webhookSettings.tenantId, set: { secret, ...previous, updatedAt: sql`clock_timestamp()` } })
    .returning();
  await emit(tx, actor, {
    type: "webhook",
    action: "secret_rotated",
    target: null,
    summary:
      before && keepPreviousHours > 0
        ? `Rotated the webhook secret; the previous one also signs for ${keepPreviousHours} hour${keepPreviousHours === 1 ? "" : "s"}.`
        : "Rotated the webhook secret; the previous one no longer signs.",
  });
  return { ok: true, settings: settings! };
}

/** A delivery row for an event: the body as it will be sent, with its own id for receivers to deduplicate on. */
async function enqueue(tx: Executor, tenantId: string, url: string, type: string, action: string, object: unknown): Promise<WebhookDeliveryRow> {
  const eventId = randomUUID();
  const body = JSON.stringify({ id: eventId, type, action, occurredAt: new Date().toISOString(), object });
  const [row] = await tx
    .insert(webhookDeliveries)
    .values({ tenantId, eventId, event: `${type}.${action}`, url, body, nextAttemptAt: sql`clock_timestamp()` })
    .returning();
  await wakeDeliveriesOnCommit(tx, WEBHOOK_QUEUE);
  return row!;
}

/**
 * The event sink of webhooks: an event that carries `webhook` is queued for the tenant's webhook when
 * it is enabled, listens to that event, and either a developer did it or admin actions fire webhooks.
 * In the event's transaction: posted only if it commits.
 */
export async function webhookOfEvent(tx: Executor, _actor: Actor, event: DomainEvent, entry: AuditEntryRow): Promise<void> {
  const hook = event.webhook;
  if (!hook) return;
  const settings = await findSettings(tx, entry.tenantId);
  if (!settings?.enabled || !settings.url || !settings.events.includes(hook.event)) return;
  if (!hook.developerAction && !settings.adminActionsFire) return;
  const { type, action } = WEBHOOK_EVENTS[hook.event];
  await enqueue(tx, entry.tenantId, settings.url, type, action, hook.object);
}

/** Posts a test event (`webhook.ping`) to the webhook's URL now, enabled or not. */
export async function ping(tx: Executor, actor: UserActor): Promise<UserOutcome<{ delivery: WebhookDeliveryRow }, WebhookErrorCode>> {
  const settings = await findSettings(tx, actor.tenantId, true);
  if (!settings?.url) return { ok: false, userErrors: [userError(WebhookErrorCode.URL_REQUIRED, "Give the webhook a URL first.", ["input"])] };
  // One test event at a time: a tenant cannot fill the queue with pings.
  const [waiting] = await tx
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.tenantId, actor.tenantId), eq(webhookDeliveries.event, "webhook.ping"), eq(webhookDeliveries.status, "PENDING")))
    .limit(1);
  if (waiting) return { ok: false, userErrors: [userError(WebhookErrorCode.PING_PENDING, "A test event is still on its way; wait for it to be delivered or fail.", ["input"])] };
  const [tenant] = await tx.select({ id: tenants.id, name: tenants.name, subdomain: tenants.subdomain }).from(tenants).where(eq(tenants.id, actor.tenantId));
  const delivery = await enqueue(tx, actor.tenantId, settings.url, "webhook", "ping", {
    tenant: { id: toGlobalId("Tenant", tenant!.id), name: tenant!.name, subdomain: tenant!.subdomain },
    message: "This is a test event from Gatehouse.",
  });
  await emit(tx, actor, { type: "webhook", action: "pinged", target: deliveryTarget(delivery), summary: `Sent a test event to ${settings.url}.` });
  return { ok: true, delivery };
}

const deliveryTarget = (d: WebhookDeliveryRow) => ({ type: "WebhookDelivery", id: d.id, name: d.event });

export function listDeliveries(tx: Executor, actor: UserActor, args: WebhookDeliveryListArgs) {
  return webhookDeliveryListing.list(tx, args, ofTenant(webhookDeliveries.tenantId, actor.tenantId));
}

export const webhookDeliveriesByIds = rowsByIds(webhookDeliveries);

export async function attemptsOf(tx: Executor, deliveryIds: readonly string[]) {
  if (deliveryIds.length === 0) return [];
  return tx
    .select()
    .from(webhookAttempts)
    .where(inArray(webhookAttempts.deliveryId, [...deliveryIds]))
    .orderBy(webhookAttempts.deliveryId, webhookAttempts.attemptedAt, webhookAttempts.id);
}

type ItemError = ItemOutcome<WebhookErrorCode>;

async function lockDelivery(tx: Executor, actor: Actor, rowId: string | null): Promise<WebhookDeliveryRow | null> {
  if (!rowId) return null;
  const [row] = await tx
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.tenantId, actor.tenantId), eq(webhookDeliveries.id, rowId)))
    .for("update");
  return row ?? null;
}

const notFound = (): ItemError => ({ ok: false, error: { code: "NOT_FOUND", message: "No such webhook delivery of your tenant.", field: null } });

/** Queues a failed delivery again, now (with the body it had: receivers see the same event id). */
export async function retryDelivery(tx: Executor, actor: Actor, rowId: string | null): Promise<ItemError> {
  const delivery = await lockDelivery(tx, actor, rowId);
  if (!delivery) return notFound();
  if (delivery.status !== "FAILED") {
    return { ok: false, error: { code: "NOT_RETRYABLE", message: `Only failed deliveries can be retried; this one is ${delivery.status}.`, field: null } };
  }
  await tx
    .update(webhookDeliveries)
    // A new round of attempts (the log keeps the earlier ones).
    .set({ status: "PENDING", attempts: 0, nextAttemptAt: sql`clock_timestamp()`, leaseOwner: null, leaseExpiresAt: null })
    .where(eq(webhookDeliveries.id, delivery.id));
  await wakeDeliveriesOnCommit(tx, WEBHOOK_QUEUE);
  await emit(tx, actor, { type: "webhook_delivery", action: "retried", target: deliveryTarget(delivery), summary: `Queued the webhook delivery ${delivery.event} again.` });
  return { ok: true };
}

/** Deletes a delivery (a pending one is then not posted), with its attempts. */
export async function deleteDelivery(tx: Executor, actor: Actor, rowId: string | null): Promise<ItemError> {
  const delivery = await lockDelivery(tx, actor, rowId);
  if (!delivery) return notFound();
  await tx.delete(webhookDeliveries).where(eq(webhookDeliveries.id, delivery.id));
  await emit(tx, actor, { type: "webhook_delivery", action: "deleted", target: deliveryTarget(delivery), summary: `Deleted the webhook delivery ${delivery.event} (${delivery.status}).` });
  return { ok: true };
}

export const retryDeliveryItem = (tx: Executor, actor: Actor, globalId: string) => retryDelivery(tx, actor, rowIdOf(globalId, "WebhookDelivery"));
export const deleteDeliveryItem = (tx: Executor, actor: Actor, globalId: string) => deleteDelivery(tx, actor, rowIdOf(globalId, "WebhookDelivery"));

/** Deliveries claimed at once by one worker, at most PER_TENANT of one tenant (drizzle/0019's claim). */
const WEBHOOK_BATCH = 20;
/** Tenants whose deliveries one worker posts at the same time; one tenant's are posted one after another. */
const PARALLEL_TENANTS = 8;

interface ClaimedDelivery {
  id: string;
  tenant_id: string;
  is_master: boolean;
  body: string;
  event_id: string;
  attempts: number;
}

/** Text PostgreSQL can store: no NUL (a binary or compressed response has them). */
const storable = (text: string | null, max: number) => (text === null ? null : text.replaceAll("\u0000", "\uFFFD").slice(0, max));

/**
 * Webhook deliveries as a delivery queue (jobs/deliveries.ts): claims due deliveries of every tenant
 * (`gatehouse_claim_webhooks`: counts the attempt, takes at most two of one tenant per batch), and
 * posts them, tenants side by side and each tenant's one after another, so one tenant's slow endpoint
 * does not hold the others up. For each: renews the lease and reads the webhook as it is now (its URL
 * and secrets; a disabled webhook posts nothing but pings), posts it signed with no transaction open,
 * then records the attempt: DELIVERED on 2xx, else PENDING again after the next retry delay, or FAILED
 * after the last. An error recording one delivery does not stop the others.
 */
export function webhookQueue(settings: Config["webhooks"], leaseMs: number): DeliveryQueue {
  const maxAttempts = settings.retryDelaysMs.length + 1;
  return {
    name: WEBHOOK_QUEUE,
    async runBatch(db, owner, logger, stopping) {
      const claimed = rowsOf<ClaimedDelivery>(
        await inTenantTransaction(db, anonymousScope, (tx) =>
          tx.execute(sql`select * from gatehouse_claim_webhooks(${owner}, ${leaseMs}::integer, ${WEBHOOK_BATCH}::integer)`),
        ),
      );
      const post = async (delivery: ClaimedDelivery) => {
        const scope = { tenantId: delivery.tenant_id, master: delivery.is_master };
        const record = (outcome: AttemptOutcome, retry: boolean) =>
          inTenantTransaction(db, scope, (tx) => recordAttempt(tx, delivery, owner, outcome, retry ? settings.retryDelaysMs : []));
        if (stopping()) {
          await inTenantTransaction(db, scope, (tx) =>
            tx
              .update(webhookDeliveries)
              .set({ attempts: sql`${webhookDeliveries.attempts} - 1`, leaseOwner: null, leaseExpiresAt: null })
              .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.leaseOwner, owner))),
          );
          return;
        }
        if (delivery.attempts > maxAttempts) {
          return record({ statusCode: null, body: null, error: `Gave up after ${maxAttempts} attempts that never finished (the server stopped or failed while posting).`, durationMs: 0 }, false);
        }
        const target = await inTenantTransaction(db, scope, async (tx) => {
          const [renewed] = await tx
            .update(webhookDeliveries)
            .set({ leaseExpiresAt: sql`clock_timestamp() + ${leaseMs}::integer * interval '1 millisecond'` })
            .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.leaseOwner, owner), eq(webhookDeliveries.status, "PENDING")))
            .returning({ event: webhookDeliveries.event, url: webhookDeliveries.url });
          if (!renewed) return null;
          const row = await findSettings(tx, delivery.tenant_id);
          if (!row?.url) return { problem: "The webhook has no URL any more.", url: null, secrets: [] };
          if (!row.enabled && renewed.event !== "webhook.ping") return { problem: "The webhook is disabled; enable it and retry.", url: null, secrets: [] };
          // Posted where the webhook points now: fixing the URL and retrying works.
          if (row.url !== renewed.url) await tx.update(webhookDeliveries).set({ url: row.url }).where(eq(webhookDeliveries.id, delivery.id));
          const secrets = [row.secret];
          if (row.previousSecret && row.previousSecretExpiresAt && row.previousSecretExpiresAt > new Date()) secrets.push(row.previousSecret);
          return { problem: null, url: row.url, secrets };
        });
        if (target === null) return;
        if (target.problem !== null || target.url === null) return record({ statusCode: null, body: null, error: target.problem, durationMs: 0 }, false);
        const outcome = await postWebhook(
          target.url,
          delivery.body,
          { "gatehouse-signature": signWebhook(delivery.body, target.secrets, Math.floor(Date.now() / 1000)), "gatehouse-event-id": delivery.event_id },
          { timeoutMs: settings.timeoutMs, allowPrivate: settings.allowPrivate },
        );
        if (outcome.error) logger.info({ deliveryId: delivery.id, attempt: delivery.attempts, err: outcome.error }, "webhook attempt failed");
        await record(outcome, true);
      };
      const byTenant = new Map<string, ClaimedDelivery[]>();
      for (const d of claimed) byTenant.set(d.tenant_id, [...(byTenant.get(d.tenant_id) ?? []), d]);
      const groups = [...byTenant.values()];
      const lanes = Array.from({ length: Math.min(PARALLEL_TENANTS, groups.length) }, async () => {
        for (let group = groups.shift(); group; group = groups.shift()) {
          for (const delivery of group) {
            await post(delivery).catch((error: unknown) => logger.error({ err: error, deliveryId: delivery.id }, "a webhook delivery could not be processed; it is taken again after its lease"));
          }
        }
      });
      await Promise.all(lanes);
      return claimed.length;
    },
  };
}

interface AttemptOutcome {
  statusCode: number | null;
  body: string | null;
  error: string | null;
  durationMs: number;
}

async function recordAttempt(tx: Executor, delivery: ClaimedDelivery, owner: string, outcome: AttemptOutcome, retryDelaysMs: readonly number[]): Promise<void> {
  const retryIn = outcome.error === null ? undefined : retryDelaysMs[delivery.attempts - 1];
  const error = storable(outcome.error, 1000);
  const updated = await tx
    .update(webhookDeliveries)
    .set({
      status: outcome.error === null ? "DELIVERED" : retryIn === undefined ? "FAILED" : "PENDING",
      deliveredAt: outcome.error === null ? sql`clock_timestamp()` : null,
      lastStatusCode: outcome.statusCode,
      lastError: error,
      nextAttemptAt: retryIn === undefined ? null : sql`clock_timestamp() + ${retryIn}::integer * interval '1 millisecond'`,
      leaseOwner: null,
      leaseExpiresAt: null,
    })
    .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.leaseOwner, owner)))
    .returning({ id: webhookDeliveries.id });
  // A delivery deleted meanwhile keeps no log.
  if (updated.length === 0) return;
  await tx.insert(webhookAttempts).values({
    tenantId: delivery.tenant_id,
    deliveryId: delivery.id,
    statusCode: outcome.statusCode,
    durationMs: outcome.durationMs,
    response: storable(outcome.body, 2048),
    error,
  });
}

/** Delivered deliveries are kept this long, failed ones longer (to be looked at and retried). */
const KEEP_DELIVERED_DAYS = 30;
const KEEP_FAILED_DAYS = 90;

/** Daily: old delivered and failed deliveries go, with their attempts. */
export const purgeWebhookDeliveries: ScheduledTask = {
  name: "webhooks.purge",
  everyMs: 24 * 60 * 60 * 1000,
  async run(database) {
    await inTenantTransaction(database.db, anonymousScope, (tx) =>
      tx.execute(sql`select gatehouse_purge_webhook_deliveries(${KEEP_DELIVERED_DAYS}::integer, ${KEEP_FAILED_DAYS}::integer)`),
    );
  },
};
