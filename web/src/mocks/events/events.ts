import type { NotificationType } from '@gatehouse/schema/notifications';
import type { WebhookEvent } from '@gatehouse/schema/webhooks';
import type { AuditEntryFilter, AuditEntryOrder } from '../../gql/schema-types';
import type { AuditEntryFixture, TenantFixture, UserFixture } from '../../testing/factories';
import type { KeysetOrder } from '../connection';
import { fromGlobalId, rowIdOf, toGlobalId } from '../global-id';
import { assertListingFilter } from '../listing-filter';

/**
 * The audit log (server/src/modules/events): every mutation the server audits records an entry here,
 * with the server's event, actor, target, summary and changes, under the same conditions (nothing on
 * user errors or when nothing changed; a failed request keeps nothing, as `executeOperation` rolls
 * the whole state back). Entries are only ever appended.
 *
 * What the mock cannot do alike: it has no access tokens as credentials (no TOKEN actor, no
 * `<email> (access token)`), and no client address — a sign-in is "from 127.0.0.1", where the
 * mock runs. Request ids it has: each request gets one (handlers.ts), as the server's X-Request-Id.
 */
export interface AuditState {
  auditEntries: AuditEntryFixture[];
}

/** A team user acting through a request (the mock knows sessions only: never a token). */
export interface UserActor {
  kind: 'user';
  tenantId: string;
  user: UserFixture;
  /** The request's id (X-Request-Id); a job's items keep the id of the request that enqueued it. */
  requestId: string | null;
}

/** Gatehouse itself: the setup of a new tenant ("tenant setup"), the demo seed ("demo-seed"). */
export interface SystemActor {
  kind: 'system';
  tenantId: string;
  name: string;
  /** The user it acts for, if any (the server's `onBehalfOf`). */
  onBehalfOf: string | null;
}

/** Who does a write (server/src/auth/actor.ts): its tenant is where the write happens. */
export type MockActor = UserActor | SystemActor;

export const userActor = (user: UserFixture, requestId: string | null = null): UserActor => ({ kind: 'user', tenantId: user.tenantId, user, requestId });
export const systemActor = (tenantId: string, name: string): SystemActor => ({ kind: 'system', tenantId, name, onBehalfOf: null });

export interface AuditChange {
  field: string;
  from: string | null;
  to: string | null;
}

/** Something that happened to an object of a tenant (the server's `DomainEvent`). */
export interface DomainEvent {
  /** The kind of object, snake_case: `service`, `plan`, `access_token`. */
  type: string;
  /** What happened, snake_case past tense: `created`, `updated`, `deleted`, `published`. */
  action: string;
  /** The object: its GraphQL type, its global ID and its name as it is now (or was, when deleted). */
  target: { type: string; id: string; name: string } | null;
  summary: string;
  changes?: AuditChange[];
  /** The tenant it happened in, when not the actor's (the master unlocking a user's login). */
  tenantId?: string;
  /**
   * The team users to notify (notifications/): each user who may see this type (and product) gets a
   * notification, and an email when they want one. Omitted: the event is only recorded.
   */
  notify?: {
    type: NotificationType;
    /** The product it concerns (a Service global ID): members given other products do not see it. */
    serviceId?: string | null;
    /** Only this user is notified (work they started): a User global ID. */
    recipientId?: string | null;
    /** For the notification, when the audit summary does not read well there. */
    summary?: string;
  };
  /**
   * Posts the event to the tenant's webhook (webhooks/) when it listens to it: `object` is the object
   * as the API returns it; `developerAction` says a developer did it (admin actions fire webhooks
   * only when the tenant says so).
   */
  webhook?: { event: WebhookEvent; developerAction: boolean; object: Record<string, unknown> };
}

/**
 * What else happens when an event is recorded, in the same request (the server's `EventSink`):
 * notifications and their mail (notifications/), webhook deliveries (webhooks/). It gets the whole
 * store the event was recorded in.
 */
export type EventSink = (state: AuditState, actor: MockActor, event: DomainEvent, entry: AuditEntryFixture, now: Date) => void;
const sinks: EventSink[] = [];

export function registerEventSink(sink: EventSink): void {
  if (!sinks.includes(sink)) sinks.push(sink);
}

/** Bounds on what an entry keeps, as the server's. */
const MAX_NAME = 300;
const MAX_SUMMARY = 1000;
const MAX_CHANGE_VALUE = 500;
const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * Records an event (the server's `emit`): the actor's and the target's names as they are now, the
 * request's id. Entries of one request get increasing times a millisecond apart, as the server's
 * `clock_timestamp()` keeps rows written one after another in order. Then each sink, as the server's
 * `emit` runs its sinks in the event's transaction.
 */
export function emit(state: AuditState, actor: MockActor, event: DomainEvent, now: Date): AuditEntryFixture {
  const last = state.auditEntries.at(-1);
  const at = Math.max(now.getTime(), last ? Date.parse(last.occurredAt) + 1 : 0);
  const user = actor.kind === 'user' ? actor : null;
  const entry: AuditEntryFixture = {
    __typename: 'AuditEntry',
    id: toGlobalId('AuditEntry', crypto.randomUUID()),
    tenantId: event.tenantId ?? actor.tenantId,
    occurredAt: new Date(at).toISOString(),
    type: event.type,
    action: event.action,
    actorKind: user ? 'USER' : 'SYSTEM',
    actorUserId: user ? user.user.id : (actor as SystemActor).onBehalfOf,
    actorName: user ? user.user.email : (actor as SystemActor).name,
    targetType: event.target?.type ?? null,
    targetId: event.target?.id ?? null,
    targetName: event.target ? cut(event.target.name, MAX_NAME) : null,
    summary: cut(event.summary, MAX_SUMMARY),
    changes: (event.changes ?? []).map((c) => ({
      field: c.field,
      from: c.from === null ? null : cut(c.from, MAX_CHANGE_VALUE),
      to: c.to === null ? null : cut(c.to, MAX_CHANGE_VALUE),
    })),
    requestId: user?.requestId ?? null,
  };
  state.auditEntries.push(entry);
  for (const sink of sinks) sink(state, actor, event, entry, new Date(at));
  return entry;
}

/** The server's `changesOf`: the fields whose values differ, before and after, as text (lists joined). */
export function changesOf<T extends object>(before: T, after: T, fields: readonly (keyof T & string)[]): AuditChange[] {
  const text = (v: unknown): string | null =>
    v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : Array.isArray(v) ? v.join(', ') : String(v as string | number | boolean);
  return fields.filter((f) => text(before[f]) !== text(after[f])).map((f) => ({ field: f, from: text(before[f]), to: text(after[f]) }));
}

// ── reading the log ────────────────────────────────────────────────────────────────────────────

/** Whose entries a caller sees (row-level security): its tenant's, or every tenant's for the master. */
export interface AuditScope {
  tenantId: string;
  master: boolean;
}

const visible = (scope: AuditScope) => (entry: AuditEntryFixture) => scope.master || entry.tenantId === scope.tenantId;

/** `service` or `service.created`: every event of a kind, or one action of it (the server's `eventCondition`). */
function matchesEvent(entry: AuditEntryFixture, event: string): boolean {
  const [type, action] = event.split('.', 2);
  if (!type) return true;
  return entry.type === type && (!action || entry.action === action);
}

const sameRow = (globalId: string | null, typeName: string, rowId: string) => globalId !== null && rowIdOf(globalId, typeName) === rowId;

/** Whether an entry passes the filter, as the server's `auditFilters` narrow the listing. */
function matchesFilter(entry: AuditEntryFixture, filter: AuditEntryFilter): boolean {
  const event = filter.event?.trim();
  if (event && !matchesEvent(entry, event)) return false;
  const search = filter.search?.trim().toLowerCase();
  if (search && ![entry.summary, entry.actorName, entry.targetName].some((text) => text?.toLowerCase().includes(search))) return false;
  // An ID of another type, or no global ID at all, names nothing: nothing matches.
  if (filter.actorId != null) {
    const actor = fromGlobalId(filter.actorId);
    if (!actor || actor.typeName !== 'User' || !sameRow(entry.actorUserId, 'User', actor.rowId)) return false;
  }
  if (filter.targetId != null) {
    const target = fromGlobalId(filter.targetId);
    if (!target || entry.targetType !== target.typeName || !sameRow(entry.targetId, target.typeName, target.rowId)) return false;
  }
  if (filter.from != null && Date.parse(entry.occurredAt) < Date.parse(filter.from)) return false;
  if (filter.to != null && Date.parse(entry.occurredAt) > Date.parse(filter.to)) return false;
  return true;
}

function auditOrder(orderBy: AuditEntryOrder | null | undefined): KeysetOrder<{ occurredAt: string }> {
  return { key: 'OCCURRED_AT', kind: 'timestamp', value: (e) => e.occurredAt, direction: orderBy?.direction ?? 'DESC' };
}

/**
 * `auditLog`: the entries the caller may see that match the filter, newest first unless ordered
 * otherwise. The free-text filters are bounded as the server's (`event` checked before `search`).
 */
export function listAuditLog(state: AuditState, scope: AuditScope, filter: AuditEntryFilter | null | undefined, orderBy: AuditEntryOrder | null | undefined) {
  assertListingFilter(filter, ['event', 'search']);
  const items = state.auditEntries.filter((e) => visible(scope)(e) && (!filter || matchesFilter(e, filter)));
  return { items, order: auditOrder(orderBy) };
}

/** The entry with this row key, if the caller may see it (`node(id:)`). */
export function findAuditEntry(state: AuditState, scope: AuditScope, rowId: string): AuditEntryFixture | undefined {
  return state.auditEntries.find((e) => rowIdOf(e.id, 'AuditEntry') === rowId && visible(scope)(e));
}

/**
 * An entry as the API shows it: `event` and `targetId` derived; the actor as a user the caller may
 * see (the master sees every tenant's users, others their own tenant's), else null; its tenant.
 */
export function auditEntryNode(
  state: { users: UserFixture[]; tenants: TenantFixture[] },
  scope: AuditScope,
  entry: AuditEntryFixture,
) {
  const { tenantId, type, action, actorUserId, targetId, changes, ...fields } = entry;
  const tenant = state.tenants.find((t) => t.id === tenantId);
  if (!tenant) throw new Error(`Mock data: audit entry ${entry.id} has no tenant ${tenantId}`);
  const actor = actorUserId ? state.users.find((u) => u.id === actorUserId && (scope.master || u.tenantId === scope.tenantId)) : undefined;
  return {
    ...fields,
    event: `${type}.${action}`,
    targetId: entry.targetType && targetId ? targetId : null,
    changes: changes.map((c) => ({ __typename: 'AuditChange' as const, ...c })),
    actor: actor ?? null,
    tenant,
  };
}
