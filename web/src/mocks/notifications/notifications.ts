import { MAX_BULK_IDS } from '@gatehouse/schema/bulk';
import {
  canSeeNotification,
  canSubscribeTo,
  NOTIFICATION_TYPES,
  notificationPage,
  notificationPath,
  notificationTypes,
  type NotificationType,
  type NotificationViewer,
} from '@gatehouse/schema/notifications';
import type {
  MarkNotificationsReadInput,
  Notification,
  NotificationFilter,
  NotificationOrder,
  NotificationPreference,
  NotificationPreferenceInput,
  OutboxMessage,
  OutboxMessageFilter,
  OutboxMessageOrder,
} from '../../gql/schema-types';
import type { AuditEntryFixture } from '../../testing/factories';
import { MOCK_BASE_DOMAIN } from '../base-domain';
import type { KeysetOrder } from '../connection';
import { emit, type AuditState, type DomainEvent, type MockActor, type UserActor } from '../events/events';
import { rowIdOf, toGlobalId } from '../global-id';
import { assertListingFilter } from '../listing-filter';
import { userError } from '../mock-errors';
import type { TeamUser, UsersState } from '../team/users';
import type { TenantsState } from '../tenants/tenants';
import { adminUrlOf, renderNotificationMail } from './mail';

/**
 * Notifications of team users (server/src/modules/notifications): an event that carries `notify`
 * becomes, in the same request, a notification for each team user who may see it
 * (`canSeeNotification`, shared with the server; not the user who did it, who knows) and a HELD
 * email in the outbox for each of them who wants it by email — the mock has no mail server, as the
 * server has none without SMTP_URL. Each user reads and marks only their own; the outbox is the
 * admins'. New notifications are pushed to the recipient's `notificationReceived` subscriptions
 * once the request that made them has kept them (a failed request keeps nothing, pushes nothing).
 */

/** One user's copy of a notification, as the server's `notifications` row holds it (ids are global). */
export interface NotificationFixture {
  __typename: 'Notification';
  id: string;
  tenantId: string;
  userId: string;
  type: NotificationType;
  createdAt: string;
  title: string;
  summary: string;
  targetType: string | null;
  /** The object's global ID, kept after it is deleted. */
  targetId: string | null;
  targetName: string | null;
  /** The product it concerns (a Service global ID), kept after it is deleted. */
  serviceId: string | null;
  /** The audit entry of the event (an AuditEntry global ID). */
  auditEntryId: string | null;
  readAt: string | null;
}

/** A user's choice to get (or not) a type by email; types without one use their default. */
export interface NotificationPreferenceFixture {
  tenantId: string;
  userId: string;
  type: NotificationType;
  email: boolean;
}

/** An email to a team user, rendered when written, as the server's `outbox_messages` row holds it. */
export type OutboxMessageFixture = Omit<OutboxMessage, 'type'> & {
  tenantId: string;
  /** The user it is for. */
  userId: string | null;
  notificationId: string | null;
  type: NotificationType | null;
};

export interface NotificationsState {
  notifications: NotificationFixture[];
  notificationPreferences: NotificationPreferenceFixture[];
  outboxMessages: OutboxMessageFixture[];
}

type Store = AuditState & NotificationsState & UsersState & TenantsState;

/** What a notification's summary is cut to, as on the server. */
const MAX_SUMMARY = 1000;
const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** A viewer as `canSeeNotification` wants it, from the user's row (absent rights are the columns' defaults). */
export function notificationViewerOf(user: TeamUser): NotificationViewer {
  return { userId: user.id, role: user.role, memberAreas: user.memberAreas ?? [], memberServiceIds: user.memberServiceIds ?? null };
}

/** The signed-in user's row, with their rights (the session's user is one of the store's). */
function userRow(state: UsersState, user: { id: string }): TeamUser {
  const row = state.users.find((u) => u.id === user.id);
  if (!row) throw new Error('The signed-in user no longer exists.');
  return row;
}

// ── writing: the event sink ────────────────────────────────────────────────────────────────────

/** The admin path about an event's object, or the notifications page when there is none to show (the server's `pathOf`). */
function pathOf(event: DomainEvent, type: NotificationType): string {
  const target = event.target;
  const page = target ? notificationPage({ type, targetType: target.type, targetId: target.id }) : null;
  return page ? notificationPath(page) : '/notifications';
}

/** Rows written one after another keep their order, a millisecond apart at least (the server's `clock_timestamp()`). */
function nextTime<T extends { createdAt: string }>(rows: readonly T[], now: Date): Date {
  const last = rows.at(-1);
  return new Date(Math.max(now.getTime(), last ? Date.parse(last.createdAt) + 1 : 0));
}

type Listener = (notification: NotificationFixture) => void;
/** By store (a reset store, or the seed's, tells no one listening to the live one), then by user. */
const listeners = new WeakMap<NotificationsState, Map<string, Set<Listener>>>();

/** Each notification of this user written in this store from now on, once its request has kept it; returns the unsubscribe. */
export function onNotification(state: NotificationsState, userId: string, listener: Listener): () => void {
  const ofStore = listeners.get(state) ?? new Map<string, Set<Listener>>();
  listeners.set(state, ofStore);
  const forUser = ofStore.get(userId) ?? new Set<Listener>();
  ofStore.set(userId, forUser);
  forUser.add(listener);
  return () => {
    forUser.delete(listener);
    if (forUser.size === 0) ofStore.delete(userId);
  };
}

/**
 * The server pushes after commit: the mock waits until the request is over, then pushes what is
 * still in the store (a failed request rolls the store back, and its notifications with it).
 */
function publishAfterRequest(state: NotificationsState, written: readonly NotificationFixture[]): void {
  if (written.length === 0 || !listeners.has(state)) return;
  setTimeout(() => {
    for (const { id, userId } of written) {
      const kept = state.notifications.find((n) => n.id === id);
      if (!kept) continue;
      for (const listener of listeners.get(state)?.get(userId) ?? []) listener({ ...kept });
    }
  }, 0);
}

/**
 * The event sink (the server's `notifyOfEvent`): when an event carries `notify`, a notification for
 * each user of the event's tenant who may see it (not the actor, unless it is addressed to them),
 * and a HELD email for each of them who wants it by email.
 */
export function notifyOfEvent(state: AuditState, actor: MockActor, event: DomainEvent, entry: AuditEntryFixture, now: Date): void {
  const notify = event.notify;
  if (!notify) return;
  const store = state as Partial<Store> & AuditState;
  if (!store.notifications || !store.outboxMessages || !store.notificationPreferences || !store.users || !store.tenants) {
    throw new Error(`Mock data: the event ${event.type}.${event.action} notifies, but its store has no users, tenants or notifications.`);
  }
  const full = store as Store;
  const tenantId = entry.tenantId;
  const tenant = full.tenants.find((t) => t.id === tenantId);
  if (!tenant) throw new Error(`Mock data: no tenant ${tenantId} to notify in.`);
  const actorUserId = actor.kind === 'user' ? actor.user.id : null;
  const subject = { type: notify.type, serviceId: notify.serviceId ?? null, recipientId: notify.recipientId ?? null };
  const chosen = full.users.filter(
    (u) => u.tenantId === tenantId && (subject.recipientId || u.id !== actorUserId) && canSeeNotification(notificationViewerOf(u), subject),
  );
  if (chosen.length === 0) return;
  const { title, emailByDefault } = NOTIFICATION_TYPES[notify.type];
  const summary = cut(notify.summary ?? event.summary, MAX_SUMMARY);
  const written = chosen.map((u) => {
    const row: NotificationFixture = {
      __typename: 'Notification',
      id: toGlobalId('Notification', crypto.randomUUID()),
      tenantId,
      userId: u.id,
      type: notify.type,
      createdAt: nextTime(full.notifications, now).toISOString(),
      title,
      summary,
      targetType: event.target?.type ?? null,
      targetId: event.target?.id ?? null,
      targetName: event.target ? cut(event.target.name, 300) : null,
      serviceId: notify.serviceId ?? null,
      auditEntryId: entry.id,
      readAt: null,
    };
    full.notifications.push(row);
    return row;
  });

  const emailed = chosen.filter((u) => full.notificationPreferences.find((p) => p.userId === u.id && p.type === notify.type)?.email ?? emailByDefault);
  const base = adminUrlOf(MOCK_BASE_DOMAIN, tenant.subdomain);
  const path = pathOf(event, notify.type);
  for (const u of emailed) {
    const rendered = renderNotificationMail({
      type: notify.type,
      tenantName: tenant.name,
      summary,
      link: `${base}${path}`,
      preferencesLink: `${base}/settings/notifications`,
    });
    full.outboxMessages.push({
      __typename: 'OutboxMessage',
      id: toGlobalId('OutboxMessage', crypto.randomUUID()),
      tenantId,
      userId: u.id,
      notificationId: written.find((n) => n.userId === u.id)?.id ?? null,
      type: notify.type,
      toAddress: u.email,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      // No mail server: kept in the outbox, never attempted.
      status: 'HELD',
      attempts: 0,
      nextAttemptAt: null,
      lastError: null,
      createdAt: nextTime(full.outboxMessages, now).toISOString(),
      sentAt: null,
    });
  }
  publishAfterRequest(full, written);
}

/** An email to someone who is not a team user (a developer account's admins): rendered, with its address (the server's `Mail`). */
export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * Puts mail in the tenant's outbox in the request (the server's `queueMail`): HELD, as the server
 * holds it without a mail server; for no team user, of no notification type.
 */
export function queueMail(state: NotificationsState, tenantId: string, mails: readonly Mail[], now: Date): void {
  for (const mail of mails) {
    state.outboxMessages.push({
      __typename: 'OutboxMessage',
      id: toGlobalId('OutboxMessage', crypto.randomUUID()),
      tenantId,
      userId: null,
      notificationId: null,
      type: null,
      toAddress: mail.to,
      subject: mail.subject,
      textBody: mail.text,
      htmlBody: mail.html,
      status: 'HELD',
      attempts: 0,
      nextAttemptAt: null,
      lastError: null,
      createdAt: nextTime(state.outboxMessages, now).toISOString(),
      sentAt: null,
    });
  }
}

// ── reading ────────────────────────────────────────────────────────────────────────────────────

/** A notification as the API shows it: its category, `read`, and its target's global ID. */
export function notificationNode(row: NotificationFixture): Notification {
  return {
    __typename: 'Notification',
    id: row.id,
    type: row.type,
    category: NOTIFICATION_TYPES[row.type].category,
    createdAt: row.createdAt,
    title: row.title,
    summary: row.summary,
    targetType: row.targetType,
    targetId: row.targetType && row.targetId ? row.targetId : null,
    targetName: row.targetName,
    readAt: row.readAt,
    read: row.readAt !== null,
  };
}

const byCreatedAt = (direction: 'ASC' | 'DESC' | undefined): KeysetOrder<{ createdAt: string }> => ({
  key: 'CREATED_AT',
  kind: 'timestamp',
  value: (row) => row.createdAt,
  direction: direction ?? 'DESC',
});

const typesOfCategories = (categories: readonly string[]) => notificationTypes.filter((type) => categories.includes(NOTIFICATION_TYPES[type].category));

function matchesNotificationFilter(row: NotificationFixture, filter: NotificationFilter): boolean {
  if (filter.unread != null && (row.readAt === null) !== filter.unread) return false;
  // An empty list narrows nothing, as the server's `filter.anyOf`.
  if (filter.categories?.length && !typesOfCategories(filter.categories).includes(row.type)) return false;
  if (filter.types?.length && !filter.types.includes(row.type)) return false;
  return true;
}

/** `notifications`: the caller's own, newest first unless ordered otherwise. */
export function listNotifications(state: NotificationsState, user: { id: string; tenantId: string }, filter: NotificationFilter | null | undefined, orderBy: NotificationOrder | null | undefined) {
  const items = state.notifications.filter((n) => n.tenantId === user.tenantId && n.userId === user.id && (!filter || matchesNotificationFilter(n, filter)));
  return { items, order: byCreatedAt(orderBy?.direction) };
}

export function unreadCount(state: NotificationsState, user: { id: string; tenantId: string }): number {
  return state.notifications.filter((n) => n.tenantId === user.tenantId && n.userId === user.id && n.readAt === null).length;
}

/** `node(id:)` of a Notification: its user's alone; others of the tenant do not find it. */
export function findNotification(state: NotificationsState, user: { id: string }, rowId: string): NotificationFixture | undefined {
  return state.notifications.find((n) => rowIdOf(n.id, 'Notification') === rowId && n.userId === user.id);
}

// ── marking read ───────────────────────────────────────────────────────────────────────────────

type NotificationErrorCode = 'INVALID' | 'TOO_MANY' | 'DUPLICATE' | 'NOT_ALLOWED';
const notificationError = (code: NotificationErrorCode, message: string, field: string[]) => userError('NotificationUserError', code, message, field);

/**
 * `markNotificationsRead`: the given ones of the caller's (others' and unknown ids are ignored: a
 * user only ever touches their own) or all; `notification.read` is recorded when any changed.
 */
export function markNotificationsRead(state: Store, actor: UserActor, input: MarkNotificationsReadInput, now: Date) {
  const invalid = (code: NotificationErrorCode, message: string) => ({ markedCount: 0, unreadCount: 0, userErrors: [notificationError(code, message, ['input'])] });
  const hasIds = input.ids !== null && input.ids !== undefined;
  if (hasIds === Boolean(input.all)) return invalid('INVALID', 'Give either `ids` or `all: true`.');
  if (input.all === false) return invalid('INVALID', '`all` can only be true; give `ids` to mark some.');
  if (hasIds && input.ids!.length > MAX_BULK_IDS) return invalid('TOO_MANY', `Name at most ${MAX_BULK_IDS} notifications per request.`);
  const user = actor.user;
  const wanted = hasIds ? new Set(input.ids!.map((id) => rowIdOf(id, 'Notification')).filter((id): id is string => id !== null)) : null;
  const changed = state.notifications.filter(
    (n) => n.tenantId === user.tenantId && n.userId === user.id && n.readAt === null && (!wanted || wanted.has(rowIdOf(n.id, 'Notification')!)),
  );
  const readAt = now.toISOString();
  for (const n of changed) n.readAt = readAt;
  if (changed.length > 0) {
    const summary = changed.length === 1 ? 'Marked a notification read.' : `Marked ${changed.length} notifications read.`;
    emit(state, actor, { type: 'notification', action: 'read', target: null, summary }, now);
  }
  return { markedCount: changed.length, unreadCount: unreadCount(state, user), userErrors: [] };
}

// ── email preferences ──────────────────────────────────────────────────────────────────────────

export interface PreferenceView {
  type: NotificationType;
  email: boolean;
}

/** Every type the user may subscribe to, in the catalogue's order, with their choice (or the default). */
export function preferencesOf(state: NotificationsState & UsersState, user: { id: string }): PreferenceView[] {
  const viewer = notificationViewerOf(userRow(state, user));
  const chosen = new Map(state.notificationPreferences.filter((p) => p.userId === user.id).map((p) => [p.type, p.email]));
  return notificationTypes.filter((type) => canSubscribeTo(viewer, type)).map((type) => ({ type, email: chosen.get(type) ?? NOTIFICATION_TYPES[type].emailByDefault }));
}

/** A preference as the API shows it: with its type's category, title, description and default. */
export function preferenceNode({ type, email }: PreferenceView): NotificationPreference {
  const info = NOTIFICATION_TYPES[type];
  return { __typename: 'NotificationPreference', type, email, category: info.category, title: info.title, description: info.description, emailByDefault: info.emailByDefault };
}

/**
 * `updateNotificationPreferences`: the given types' choices (the others keep theirs). A type given
 * twice, or of an area the user was not given, is refused and nothing changes. What changed is
 * recorded (`notification_preferences.updated`), when anything did.
 */
export function updateNotificationPreferences(state: Store, actor: UserActor, choices: readonly NotificationPreferenceInput[], now: Date) {
  const user = actor.user;
  const viewer = notificationViewerOf(userRow(state, user));
  const seen = new Set<string>();
  for (const [index, choice] of choices.entries()) {
    const field = ['input', 'preferences', String(index), 'type'];
    if (seen.has(choice.type)) return { preferences: null, userErrors: [notificationError('DUPLICATE', `${choice.type} is given twice.`, field)] };
    seen.add(choice.type);
    if (!canSubscribeTo(viewer, choice.type)) {
      return { preferences: null, userErrors: [notificationError('NOT_ALLOWED', `You cannot get ${choice.type} notifications: its area is not one of yours.`, field)] };
    }
  }
  const before = new Map(preferencesOf(state, user).map((p) => [p.type, p.email]));
  const changed = choices.filter((c) => before.get(c.type) !== c.email);
  for (const choice of choices) {
    const row = state.notificationPreferences.find((p) => p.userId === user.id && p.type === choice.type);
    if (row) row.email = choice.email;
    else state.notificationPreferences.push({ tenantId: user.tenantId, userId: user.id, type: choice.type, email: choice.email });
  }
  if (changed.length) {
    const summary = `Changed email notifications: ${changed.map((c) => `${c.type}: ${c.email ? 'email' : 'no email'}`).join(', ')}.`;
    emit(state, actor, { type: 'notification_preferences', action: 'updated', target: { type: 'User', id: user.id, name: user.email }, summary }, now);
  }
  return { preferences: preferencesOf(state, user).map(preferenceNode), userErrors: [] };
}

// ── the outbox ─────────────────────────────────────────────────────────────────────────────────

/** Whose mail a caller sees (row-level security): its tenant's, or every tenant's for the master. */
export interface OutboxScope {
  tenantId: string;
  master: boolean;
}

const inScope = (scope: OutboxScope) => (message: OutboxMessageFixture) => scope.master || message.tenantId === scope.tenantId;

function matchesOutboxFilter(message: OutboxMessageFixture, filter: OutboxMessageFilter): boolean {
  if (filter.statuses?.length && !filter.statuses.includes(message.status)) return false;
  const search = filter.search?.trim().toLowerCase();
  if (search && ![message.toAddress, message.subject].some((text) => text.toLowerCase().includes(search))) return false;
  return true;
}

/** `outbox`: the mail of the caller's tenant (the master: every tenant's), newest first unless ordered otherwise. */
export function listOutbox(state: NotificationsState, scope: OutboxScope, filter: OutboxMessageFilter | null | undefined, orderBy: OutboxMessageOrder | null | undefined) {
  assertListingFilter(filter, ['search']);
  const items = state.outboxMessages.filter((m) => inScope(scope)(m) && (!filter || matchesOutboxFilter(m, filter)));
  return { items, order: byCreatedAt(orderBy?.direction) };
}

/** An outbox message as the API shows it. */
export function outboxMessageNode(message: OutboxMessageFixture): OutboxMessage {
  const { tenantId: _tenant, userId: _user, notificationId: _notification, ...fields } = message;
  return fields;
}

/** `node(id:)` of an OutboxMessage the caller may see. */
export function findOutboxMessage(state: NotificationsState, scope: OutboxScope, rowId: string): OutboxMessageFixture | undefined {
  return state.outboxMessages.find((m) => rowIdOf(m.id, 'OutboxMessage') === rowId && inScope(scope)(m));
}
