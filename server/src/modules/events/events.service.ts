import type { NotificationType } from "@gatehouse/schema/notifications";
import type { WebhookEvent } from "@gatehouse/schema/webhooks";
import type { Actor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { rowsByIds } from "../../db/statement.js";
import { type AuditChange, type AuditEntryRow, auditEntries } from "./events.tables.js";
import { type AuditListArgs, auditListing } from "./events.type.js";
import { ofTenant } from "../../kit/listing.js";

/**
 * Something that happened to an object of a tenant, as a module's service reports it from inside the
 * transaction that made it happen (`emit`).
 */
export interface DomainEvent {
  /** The kind of object, snake_case: `service`, `plan`, `access_token`. */
  type: string;
  /** What happened, snake_case past tense: `created`, `updated`, `deleted`, `published`. */
  action: string;
  /** The object: its GraphQL type (for its global ID), row id and name as it is now (or was, when deleted). */
  target: { type: string; id: string; name: string } | null;
  /** One sentence for people: `Created the application plan "Gold" of Email API.` */
  summary: string;
  /** What changed, field by field, for updates. */
  changes?: AuditChange[];
  /** The tenant it happened in, when not the actor's (the master creating a tenant records it in both). */
  tenantId?: string;
  /**
   * The team users to notify (modules/notifications): each user who may see this type (and product)
   * gets a notification, and an email when they want one. Omitted: the event is only recorded.
   */
  notify?: {
    type: NotificationType;
    /** The product it concerns: members given other products do not see it. */
    serviceId?: string | null;
    /** Only this user is notified (work they started). */
    recipientId?: string | null;
    /** For the notification, when the audit summary does not read well there (it is written for the actor's log). */
    summary?: string;
  };
  /**
   * Posts the event to the tenant's webhook (modules/webhooks) when it listens to it: `object` is the
   * object as the GraphQL API returns it; `developerAction` says a developer did it (admin actions fire
   * webhooks only when the tenant says so).
   */
  webhook?: { event: WebhookEvent; developerAction: boolean; object: Record<string, unknown> };
}

/**
 * What else happens when an event is emitted, in the same transaction: notifications and their mail
 * (modules/notifications), later webhook deliveries. A sink that throws rolls the change back.
 */
export type EventSink = (tx: Executor, actor: Actor, event: DomainEvent, entry: AuditEntryRow) => Promise<void>;
const sinks: EventSink[] = [];

export function registerEventSink(sink: EventSink): void {
  sinks.push(sink);
}

/** Bounds on what an entry keeps: names and summaries are for reading, not storage. */
const MAX_NAME = 300;
const MAX_SUMMARY = 1000;
const MAX_CHANGE_VALUE = 500;
const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * Records an event: the audit entry (with the actor's and target's names as they are now, and the
 * request's ID), then each registered sink. Call it inside the transaction of the change, after the
 * change: if the transaction rolls back, nothing of the event remains; if it commits, all of it does.
 * One statement for the entry.
 */
export async function emit(tx: Executor, actor: Actor, event: DomainEvent): Promise<AuditEntryRow> {
  const user = actor.kind === "user" ? actor : null;
  const who = user ? (user.email ?? `user ${user.userId}`) : null;
  const actorName = actor.kind === "system" ? actor.name : user!.tokenId ? `${who} (access token)` : who!;
  const [entry] = await tx
    .insert(auditEntries)
    .values({
      tenantId: event.tenantId ?? actor.tenantId,
      type: event.type,
      action: event.action,
      actorKind: actor.kind === "system" ? "SYSTEM" : actor.tokenId ? "TOKEN" : "USER",
      actorUserId: user?.userId ?? (actor.kind === "system" ? actor.onBehalfOf : null),
      actorTokenId: user?.tokenId ?? null,
      actorName,
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
    })
    .returning();
  for (const sink of sinks) await sink(tx, actor, event, entry!);
  return entry!;
}

/**
 * The changes between an object's values before and after an update, for the fields given: only those
 * that differ, as text (dates in ISO 8601).
 */
export function changesOf<T extends Record<string, unknown>>(before: T, after: T, fields: readonly (keyof T & string)[]): AuditChange[] {
  const text = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : Array.isArray(v) ? v.join(", ") : String(v));
  return fields.filter((f) => text(before[f]) !== text(after[f])).map((f) => ({ field: f, from: text(before[f]), to: text(after[f]) }));
}

export const auditEntriesByIds = rowsByIds(auditEntries);

/**
 * A page of the audit log: the caller's tenant's entries, or every tenant's for the master (row-level
 * security holds either way; the tenant condition is also what lets the database use its indexes).
 */
export function auditLog(tx: Executor, actor: Actor, args: AuditListArgs) {
  return auditListing.list(tx, args, actor.master ? undefined : ofTenant(auditEntries.tenantId, actor.tenantId));
}
