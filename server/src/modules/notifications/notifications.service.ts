import {
  canSeeNotification,
  canSubscribeTo,
  NOTIFICATION_TYPES,
  type NotificationCategory,
  notificationPage,
  notificationPath,
  type NotificationViewer,
  notificationTypes,
  typesInCategories,
} from "@gatehouse/schema/notifications";
import { and, count, eq, gt, inArray, isNull, sql } from "drizzle-orm";
import type { Actor, UserActor } from "../../auth/actor.js";
import type { Config } from "../../config/config.js";
import type { Logger } from "../../config/logger.js";
import { type Database, type Executor, rowsOf } from "../../db/client.js";
import { rowsByIds } from "../../db/statement.js";
import { anonymousScope, inTenantTransaction } from "../../db/tenancy.js";
import { toGlobalId } from "../../graphql/node.js";
import { userError, type UserOutcome } from "../../graphql/user-error.js";
import { DELIVERY_TOPIC, type DeliveryQueue } from "../../jobs/deliveries.js";
import type { ScheduledTask } from "../../jobs/scheduler.js";
import type { DomainEvent } from "../events/events.service.js";
import type { AuditEntryRow } from "../events/events.tables.js";
import { users } from "../team/team.tables.js";
import { tenants } from "../tenants/tenants.tables.js";
import { adminUrlOf, portalUrlOf, createMailSender, type MailSender, renderNotificationMail } from "./mail.js";
import { NotificationErrorCode } from "./notifications.errors.js";
import {
  type NotificationRow,
  type NotificationType,
  notificationPreferences,
  notifications,
  outboxMessages,
  type OutboxMessageRow,
} from "./notifications.tables.js";
import { type NotificationListArgs, notificationListing, type OutboxListArgs, outboxListing } from "./notifications.type.js";
import { ofTenant } from "../../kit/listing.js";

/** The relay topic of new notifications; the key is the user's id. */
export const NOTIFICATION_TOPIC = "NOTIFICATION";
export const OUTBOX_QUEUE = "outbox";

/** What a notification's summary is cut to. */
const MAX_SUMMARY = 1000;

/**
 * How this process renders mail and whether it sends it (SMTP_URL): set by the module's `configure`,
 * which the bootstrap and the app's start call before anything is emitted. One configuration per
 * process (two apps with different mail settings in one process would share the last one).
 */
let mailConfig: Pick<Config, "baseDomain" | "publicUrl" | "mail"> | null = null;

export function configureNotifications(config: Config): void {
  mailConfig = config;
}

/** The admin path about an event's object, or the notifications page when there is none to show. */
function pathOf(event: DomainEvent, type: NotificationType): string {
  const target = event.target;
  const page = target ? notificationPage({ type, targetType: target.type, targetId: toGlobalId(target.type, target.id) }) : null;
  return page ? notificationPath(page) : "/notifications";
}

/**
 * The event sink of notifications (registered by the module): when an event carries `notify`, writes
 * in the event's own transaction a notification for each team user who may see it (`canSeeNotification`;
 * not the user who did it, who knows), an outbox email for each of them who wants it by email, and the
 * signals that push the notifications to subscribers and wake the mail workers once the transaction
 * commits. Four statements, however many users.
 */
export async function notifyOfEvent(tx: Executor, actor: Actor, event: DomainEvent, entry: AuditEntryRow): Promise<void> {
  const notify = event.notify;
  if (!notify) return;
  const tenantId = entry.tenantId;
  const recipients = rowsOf<{
    id: string;
    email: string;
    role: "ADMIN" | "MEMBER";
    member_areas: string[];
    member_service_ids: string[] | null;
    email_pref: boolean | null;
    tenant_name: string;
    subdomain: string;
  }>(
    await tx.execute(sql`
      select u.id, u.email, u.role, u.member_areas, u.member_service_ids, p.email as email_pref, t.name as tenant_name, t.subdomain
      from ${users} u
      join ${tenants} t on t.id = u.tenant_id
      left join ${notificationPreferences} p on p.user_id = u.id and p.type = ${notify.type}
      where u.tenant_id = ${tenantId}`),
  );
  const actorUserId = actor.kind === "user" ? actor.userId : null;
  const subject = { type: notify.type, serviceId: notify.serviceId ?? null, recipientId: notify.recipientId ?? null };
  const chosen = recipients.filter(
    (u) =>
      (subject.recipientId || u.id !== actorUserId) &&
      canSeeNotification({ userId: u.id, role: u.role, memberAreas: toArray(u.member_areas), memberServiceIds: u.member_service_ids === null ? null : toArray(u.member_service_ids) }, subject),
  );
  if (chosen.length === 0) return;
  const { title } = NOTIFICATION_TYPES[notify.type];
  const summary = cut(notify.summary ?? event.summary, MAX_SUMMARY);
  const written = await tx
    .insert(notifications)
    .values(
      chosen.map((u) => ({
        tenantId,
        userId: u.id,
        type: notify.type,
        title,
        summary,
        targetType: event.target?.type ?? null,
        targetId: event.target?.id ?? null,
        targetName: event.target ? cut(event.target.name, 300) : null,
        serviceId: notify.serviceId ?? null,
        auditEntryId: entry.id,
      })),
    )
    .returning({ id: notifications.id, userId: notifications.userId });
  const signals = chosen.map((u) => JSON.stringify({ t: NOTIFICATION_TOPIC, i: u.id }));

  const emailed = chosen.filter((u) => u.email_pref ?? NOTIFICATION_TYPES[notify.type].emailByDefault);
  if (emailed.length) {
    const settings = mailConfig;
    const held = !settings?.mail.smtpUrl;
    const idOf = new Map(written.map((w) => [w.userId, w.id]));
    const path = pathOf(event, notify.type);
    await tx.insert(outboxMessages).values(
      emailed.map((u) => {
        const base = settings ? adminUrlOf(settings, u.subdomain) : "";
        const rendered = renderNotificationMail({
          type: notify.type,
          tenantName: u.tenant_name,
          summary,
          link: `${base}${path}`,
          preferencesLink: `${base}/settings/notifications`,
        });
        return {
          tenantId,
          userId: u.id,
          notificationId: idOf.get(u.id) ?? null,
          type: notify.type,
          toAddress: u.email,
          subject: rendered.subject,
          textBody: rendered.text,
          htmlBody: rendered.html,
          status: held ? ("HELD" as const) : ("PENDING" as const),
          nextAttemptAt: held ? null : sql`clock_timestamp()`,
        };
      }),
    );
    if (!held) signals.push(JSON.stringify({ t: DELIVERY_TOPIC, i: OUTBOX_QUEUE }));
  }
  // NOTIFY is transactional: sent when this transaction commits, never if it rolls back.
  await tx.execute(sql`select pg_notify('gatehouse_events', s) from unnest(${toPgArray(signals)}::text[]) as s`);
}

/** A page of a tenant's developer portal (an invitation's link), as this process's configuration places it. */
export function portalLink(subdomain: string, path: string): string {
  return `${mailConfig ? portalUrlOf(mailConfig, subdomain) : ""}${path}`;
}

/** An email to someone who is not a team user (a developer account's admins): rendered, with its address. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Puts mail in the tenant's outbox in the caller's transaction: sent after commit by the mail workers,
 * or HELD when no mail server is configured, exactly like notification mail. Two statements at most.
 */
export async function queueMail(tx: Executor, tenantId: string, mails: readonly Mail[]): Promise<void> {
  if (!mails.length) return;
  const held = !mailConfig?.mail.smtpUrl;
  await tx.insert(outboxMessages).values(
    mails.map((m) => ({
      tenantId,
      toAddress: m.to,
      subject: m.subject,
      textBody: m.text,
      htmlBody: m.html,
      status: held ? ("HELD" as const) : ("PENDING" as const),
      nextAttemptAt: held ? null : sql`clock_timestamp()`,
    })),
  );
  if (!held) await tx.execute(sql`select pg_notify('gatehouse_events', ${JSON.stringify({ t: DELIVERY_TOPIC, i: OUTBOX_QUEUE })})`);
}

/** postgres.js and PGlite answer text[] as arrays; a driver answering the literal is handled too. */
function toArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  const inner = value.replace(/^\{|\}$/g, "");
  return inner ? inner.split(",") : [];
}

/** A text[] literal for one parameter (both drivers send it as text). */
function toPgArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

export const notificationsByIds = rowsByIds(notifications);
export const outboxMessagesByIds = rowsByIds(outboxMessages);

/**
 * Only notifications of these categories (an access token reads those its scopes cover,
 * `categoriesForToken`); null: all.
 */
export type CategoryLimit = readonly NotificationCategory[] | null;

function categoryCondition(categories: CategoryLimit) {
  if (categories === null) return undefined;
  return categories.length ? inArray(notifications.type, typesInCategories(categories)) : sql`false`;
}

/** The caller's notifications, newest first. */
export function listNotifications(tx: Executor, actor: UserActor, categories: CategoryLimit, args: NotificationListArgs) {
  return notificationListing.list(tx, args, and(eq(notifications.tenantId, actor.tenantId), eq(notifications.userId, actor.userId), categoryCondition(categories)));
}

export async function unreadCount(tx: Executor, actor: UserActor, categories: CategoryLimit): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.tenantId, actor.tenantId), eq(notifications.userId, actor.userId), isNull(notifications.readAt), categoryCondition(categories)));
  return Number(row?.n ?? 0);
}

/**
 * How far back a live subscription looks on each read. Notifications are stamped inside their
 * transaction, so one that commits late can be older than one already pushed; reading a window rather
 * than "after the last one" still finds it, as long as its transaction took less than this.
 */
export const LIVE_LOOKBACK_SECONDS = 120;
/** At most this many of a window are read: a user told more than this in two minutes finds the rest in the list. */
const LIVE_WINDOW_LIMIT = 500;

/**
 * The user's notifications of the last LIVE_LOOKBACK_SECONDS (database time: `now()`, the start of the
 * short transaction this runs in), oldest first, of the given categories (null: all). Reads the
 * user's index by tenant, user and time.
 */
export async function recentNotifications(tx: Executor, actor: UserActor, categories: readonly NotificationCategory[] | null): Promise<{ rows: NotificationRow[]; complete: boolean }> {
  const rows = await tx
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.tenantId, actor.tenantId),
        eq(notifications.userId, actor.userId),
        gt(notifications.createdAt, sql`now() - ${LIVE_LOOKBACK_SECONDS}::integer * interval '1 second'`),
        categoryCondition(categories),
      ),
    )
    .orderBy(sql`${notifications.createdAt} desc, ${notifications.id} desc`)
    .limit(LIVE_WINDOW_LIMIT);
  return { rows: rows.reverse(), complete: rows.length < LIVE_WINDOW_LIMIT };
}

type MarkReadError = (typeof NotificationErrorCode)[keyof typeof NotificationErrorCode];

/**
 * Marks the caller's notifications read: the given ones (others' or unknown ids are ignored: a user
 * can only ever touch their own) or all. Returns how many changed and how many stay unread.
 */
export async function markRead(
  tx: Executor,
  actor: UserActor,
  categories: CategoryLimit,
  target: { ids: string[] } | { all: true },
): Promise<UserOutcome<{ changed: number; unread: number }, MarkReadError>> {
  const own = and(eq(notifications.tenantId, actor.tenantId), eq(notifications.userId, actor.userId), isNull(notifications.readAt), categoryCondition(categories));
  const where = "all" in target ? own : target.ids.length ? and(own, inArray(notifications.id, target.ids)) : sql`false`;
  const changed = await tx.update(notifications).set({ readAt: sql`clock_timestamp()` }).where(where).returning({ id: notifications.id });
  return { ok: true, changed: changed.length, unread: await unreadCount(tx, actor, categories) };
}

/** A viewer as `canSeeNotification` wants it, from the user's row. */
export async function viewerOf(tx: Executor, actor: UserActor): Promise<NotificationViewer> {
  const [row] = await tx
    .select({ role: users.role, memberAreas: users.memberAreas, memberServiceIds: users.memberServiceIds })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!row) throw new Error("The signed-in user no longer exists.");
  return { userId: actor.userId, role: row.role, memberAreas: row.memberAreas, memberServiceIds: row.memberServiceIds };
}

export interface PreferenceView {
  type: NotificationType;
  email: boolean;
}

/** Every type the user may subscribe to, with their choice (or the default). */
export async function preferencesOf(tx: Executor, actor: UserActor): Promise<PreferenceView[]> {
  const viewer = await viewerOf(tx, actor);
  const rows = await tx
    .select({ type: notificationPreferences.type, email: notificationPreferences.email })
    .from(notificationPreferences)
    .where(eq(notificationPreferences.userId, actor.userId));
  const chosen = new Map(rows.map((r) => [r.type, r.email]));
  return notificationTypes.filter((type) => canSubscribeTo(viewer, type)).map((type) => ({ type, email: chosen.get(type) ?? NOTIFICATION_TYPES[type].emailByDefault }));
}

/**
 * Sets the user's email choices for the given types (the others keep theirs). A type the user may not
 * see is refused, as is one given twice; nothing is changed then.
 */
export async function updatePreferences(
  tx: Executor,
  actor: UserActor,
  choices: PreferenceView[],
): Promise<UserOutcome<{ preferences: PreferenceView[]; changed: string[] }, MarkReadError>> {
  const viewer = await viewerOf(tx, actor);
  const seen = new Set<string>();
  for (const [index, choice] of choices.entries()) {
    if (seen.has(choice.type)) {
      return { ok: false, userErrors: [userError(NotificationErrorCode.DUPLICATE, `${choice.type} is given twice.`, ["input", "preferences", String(index), "type"])] };
    }
    seen.add(choice.type);
    if (!canSubscribeTo(viewer, choice.type)) {
      return {
        ok: false,
        userErrors: [userError(NotificationErrorCode.NOT_ALLOWED, `You cannot get ${choice.type} notifications: its area is not one of yours.`, ["input", "preferences", String(index), "type"])],
      };
    }
  }
  const before = new Map((await preferencesOf(tx, actor)).map((p) => [p.type, p.email]));
  const changed = choices.filter((c) => before.get(c.type) !== c.email);
  if (choices.length) {
    await tx
      .insert(notificationPreferences)
      .values(choices.map((c) => ({ tenantId: actor.tenantId, userId: actor.userId, type: c.type, email: c.email })))
      .onConflictDoUpdate({ target: [notificationPreferences.userId, notificationPreferences.type], set: { email: sql`excluded.email` } });
  }
  return { ok: true, preferences: await preferencesOf(tx, actor), changed: changed.map((c) => `${c.type}: ${c.email ? "email" : "no email"}`) };
}

/** The outbox of the caller's tenant (the master: every tenant's), newest first. */
export function listOutbox(tx: Executor, actor: UserActor, args: OutboxListArgs) {
  return outboxListing.list(tx, args, actor.master ? undefined : ofTenant(outboxMessages.tenantId, actor.tenantId));
}

/** Mail claimed at once by one worker. */
const OUTBOX_BATCH = 20;

interface ClaimedMail {
  id: string;
  tenant_id: string;
  is_master: boolean;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  /** Counting this one: the claim counts the attempt, so one that kills its process is counted too. */
  attempts: number;
}

/**
 * The outbox as a delivery queue: claims due mail of every tenant (the SECURITY DEFINER function of
 * drizzle/0018, which counts the attempt), and for each message renews its lease, sends it holding no
 * transaction (within SMTP_SEND_DEADLINE_MS), then records the outcome in the message's tenant: SENT,
 * or PENDING again after the next retry delay, or FAILED after the last. A message claimed more times
 * than there are attempts (its sends kept killing the process) fails without another send. When the
 * process stops, the messages not yet sent are handed back at once.
 */
export function outboxQueue(sender: MailSender, retryDelaysMs: readonly number[], leaseMs: number): DeliveryQueue {
  const maxAttempts = retryDelaysMs.length + 1;
  return {
    name: OUTBOX_QUEUE,
    async runBatch(db, owner, logger, stopping) {
      const claimed = rowsOf<ClaimedMail>(
        await inTenantTransaction(db, anonymousScope, (tx) =>
          tx.execute(sql`select * from gatehouse_claim_outbox(${owner}, ${leaseMs}::integer, ${OUTBOX_BATCH}::integer)`),
        ),
      );
      const send = async (message: ClaimedMail) => {
        const scope = { tenantId: message.tenant_id, master: message.is_master };
        if (stopping()) {
          await inTenantTransaction(db, scope, (tx) => releaseMail(tx, message, owner));
          return;
        }
        if (message.attempts > maxAttempts) {
          const error = "Gave up: the server stopped during every attempt to send it.";
          await inTenantTransaction(db, scope, (tx) => recordSend(tx, message, owner, error, []));
          return;
        }
        // The lease covers this send from now on; a message no longer ours is left alone.
        if (!(await inTenantTransaction(db, scope, (tx) => renewLease(tx, message, owner, leaseMs)))) return;
        let error: string | null = null;
        try {
          await sender.send({ to: message.to_address, subject: message.subject, text: message.text_body, html: message.html_body });
        } catch (e) {
          error = (e instanceof Error ? e.message : String(e)).replaceAll("\u0000", "\uFFFD").slice(0, 1000);
          logger.warn({ messageId: message.id, attempt: message.attempts, err: error }, "sending mail failed");
        }
        await inTenantTransaction(db, scope, (tx) => recordSend(tx, message, owner, error, retryDelaysMs));
      };
      // One message's failure to be recorded (the database, a value it refuses) does not stop the others:
      // that message is taken again once its lease has passed.
      for (const message of claimed) {
        await send(message).catch((error: unknown) => logger.error({ err: error, messageId: message.id }, "a mail could not be processed; it is taken again after its lease"));
      }
      return claimed.length;
    },
  };
}

async function renewLease(tx: Executor, message: ClaimedMail, owner: string, leaseMs: number): Promise<boolean> {
  const rows = await tx
    .update(outboxMessages)
    .set({ leaseExpiresAt: sql`clock_timestamp() + ${leaseMs}::integer * interval '1 millisecond'` })
    .where(and(eq(outboxMessages.id, message.id), eq(outboxMessages.leaseOwner, owner), eq(outboxMessages.status, "PENDING")))
    .returning({ id: outboxMessages.id });
  return rows.length === 1;
}

/** Hands a claimed message back unsent (its attempt uncounted): the process is stopping. */
async function releaseMail(tx: Executor, message: ClaimedMail, owner: string): Promise<void> {
  await tx
    .update(outboxMessages)
    .set({ attempts: sql`${outboxMessages.attempts} - 1`, leaseOwner: null, leaseExpiresAt: null })
    .where(and(eq(outboxMessages.id, message.id), eq(outboxMessages.leaseOwner, owner)));
}

async function recordSend(tx: Executor, message: ClaimedMail, owner: string, error: string | null, retryDelaysMs: readonly number[]): Promise<void> {
  const retryIn = error === null ? null : (retryDelaysMs[message.attempts - 1] ?? null);
  await tx
    .update(outboxMessages)
    .set({
      status: error === null ? "SENT" : retryIn === null ? "FAILED" : "PENDING",
      sentAt: error === null ? sql`clock_timestamp()` : null,
      lastError: error,
      nextAttemptAt: retryIn === null ? null : sql`clock_timestamp() + ${retryIn}::integer * interval '1 millisecond'`,
      leaseOwner: null,
      leaseExpiresAt: null,
    })
    .where(and(eq(outboxMessages.id, message.id), eq(outboxMessages.leaseOwner, owner)));
}

/** Read notifications and finished mail are kept this long. */
const KEEP_READ_NOTIFICATIONS_DAYS = 90;
const KEEP_MAIL_DAYS = 30;

/** Daily: read notifications older than 90 days and sent, failed or held mail older than 30 days go. */
export const purgeNotifications: ScheduledTask = {
  name: "notifications.purge",
  everyMs: 24 * 60 * 60 * 1000,
  async run(database) {
    await inTenantTransaction(database.db, anonymousScope, (tx) =>
      tx.execute(sql`select gatehouse_purge_notifications(${KEEP_READ_NOTIFICATIONS_DAYS}::integer, ${KEEP_MAIL_DAYS}::integer)`),
    );
  },
};

/** The module's background work: the outbox queue when mail is sent, the purge. */
export function notificationsBackground(config: Config, _database: Database, _logger: Logger) {
  const sender = createMailSender(config.mail);
  return { queues: sender ? [outboxQueue(sender, config.mail.retryDelaysMs, config.deliveries.leaseMs)] : [], tasks: [purgeNotifications], close: () => sender?.close() };
}

export type { OutboxMessageRow };
