import { and, eq, gte, ilike, lte, or, type SQL } from "drizzle-orm";
import { Field, ObjectType } from "type-graphql";
import { escapeLike } from "../../db/like.js";
import { Node } from "../../graphql/node.js";
import { defineListing, filter, type ListingArgsOf } from "../../kit/listing.js";
import { AuditActorKind, type AuditEntryRow, auditEntries } from "./events.tables.js";

@ObjectType("AuditChange", { description: "How one field changed." })
export class AuditChangeType {
  @Field(() => String, { description: "The field, as the API names it (`costPerMonth`)." })
  field: string;
  @Field(() => String, { nullable: true, description: "Its value before, as text; null when it had none." })
  from: string | null;
  @Field(() => String, { nullable: true, description: "Its value after, as text; null when it has none." })
  to: string | null;
}

@ObjectType("AuditEntry", { implements: Node, description: "Something a team user, an integration or Gatehouse did: one entry of the audit log." })
export class AuditEntry extends Node {
  @Field(() => Date, { description: "When it happened (the change's own time, inside its transaction)." })
  occurredAt: Date;
  @Field(() => String, { description: "The event, `<kind>.<action>`: `plan.created`, `service.deleted`, `access_token.revoked`…" })
  event: string;
  @Field(() => AuditActorKind.graphql, { description: "Who did it: a user in the admin, an access token, or the system." })
  actorKind: AuditActorKind;
  @Field(() => String, { description: "The actor as it was then: an email (with `(access token)` for a token), or what of the system acted." })
  actorName: string;
  @Field(() => String, { nullable: true, description: "The object's type (`Plan`); null for events about no one object." })
  targetType: string | null;
  @Field(() => String, { nullable: true, description: "The object's name as it was then." })
  targetName: string | null;
  @Field(() => String, { description: "What happened, in a sentence." })
  summary: string;
  @Field(() => [AuditChangeType], { description: "For updates: each field that changed, before and after." })
  changes: AuditChangeType[];
  @Field(() => String, { nullable: true, description: "The request that did it (`X-Request-Id` of its response), to find in the server's logs." })
  requestId: string | null;
}

/** `service` or `service.created`: every event of a kind, or one action of it. */
export function eventCondition(event: string): SQL | undefined {
  const [type, action] = event.split(".", 2);
  if (!type) return undefined;
  return action ? and(eq(auditEntries.type, type), eq(auditEntries.action, action)) : eq(auditEntries.type, type);
}

export const auditFilters = {
  event: filter.text("An event kind (`plan`) or one action of it (`plan.deleted`).", eventCondition),
  search: filter.text("Matches the summary, the actor's or the target's name, case-insensitive.", (search) => {
    const pattern = `%${escapeLike(search)}%`;
    return or(ilike(auditEntries.summary, pattern), ilike(auditEntries.actorName, pattern), ilike(auditEntries.targetName, pattern));
  }),
  actorId: filter.node("Only what this team user did (their access tokens included).", (id) => eq(auditEntries.actorUserId, id), ["User"]),
  targetId: filter.node("Only what happened to this object (a service, a plan…), also after it was deleted.", (id, typeName) =>
    and(eq(auditEntries.targetId, id), eq(auditEntries.targetType, typeName)),
  ),
  from: filter.time("Only entries at or after this time.", (time) => gte(auditEntries.occurredAt, time)),
  to: filter.time("Only entries at or before this time.", (time) => lte(auditEntries.occurredAt, time)),
};

export const auditListing = defineListing({
  name: "AuditEntry",
  things: "audit entries",
  node: AuditEntry,
  table: auditEntries,
  id: auditEntries.id,
  row: {} as AuditEntryRow,
  orders: { OCCURRED_AT: { column: auditEntries.occurredAt, description: "When it happened." } },
  defaultOrder: { field: "OCCURRED_AT", direction: "DESC" },
  filters: auditFilters,
});
export type AuditListArgs = ListingArgsOf<typeof auditListing>;
