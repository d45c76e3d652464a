import { eq, isNotNull, isNull, or } from "drizzle-orm";
import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../../graphql/node.js";
import { DecimalScalar } from "../../graphql/scalars.js";
import { defineListing, filter, type ListingArgsOf } from "../../kit/listing.js";
import { UsagePeriod } from "../plans/plans.tables.js";
import { type UsageAlertRow, UsageAlertKind, usageAlerts } from "./usage.tables.js";

/** A usage alert (usage-alert.service.ts). */
@ObjectType("UsageAlert", {
  implements: Node,
  description: "An application's most-used limit reached a level (50, 80, 90, 100, 120, 150, 200 or 300 %): at most one per application and level in 24 hours.",
})
export class UsageAlert extends Node {
  @Field(() => UsageAlertKind.graphql, { description: "ALERT below 100 %, VIOLATION from 100 %." })
  kind: UsageAlertKind;
  @Field(() => Int, { description: "The level reached, in percent of the limit." })
  level: number;
  @Field(() => UsagePeriod.graphql, { description: "The limit's period." })
  period: UsagePeriod;
  @Field(() => DecimalScalar, { description: "The limit's value (units per period) when the alert was raised: a whole number, as a string." })
  max: number;
  @Field(() => DecimalScalar, { description: "The count in the period when the alert was raised: a whole number, as a string." })
  current: number;
  @Field(() => Date, { description: "When it was raised." })
  raisedAt: Date;
  @Field(() => Date, { nullable: true, description: "When the team marked it read; null while unread." })
  readAt: Date | null;
}

export const usageAlertListing = defineListing({
  name: "UsageAlert",
  things: "usage alerts",
  node: UsageAlert,
  table: usageAlerts,
  id: usageAlerts.id,
  row: {} as UsageAlertRow,
  orders: {
    RAISED_AT: { column: usageAlerts.raisedAt, description: "When it was raised." },
    LEVEL: { column: usageAlerts.level, description: "The level reached." },
  },
  defaultOrder: { field: "RAISED_AT", direction: "DESC" },
  filters: {
    service: filter.node("Only alerts of this product's applications.", (id) => eq(usageAlerts.serviceId, id), ["Service"]),
    application: filter.node("Only this application's alerts.", (id) => eq(usageAlerts.applicationId, id), ["Application"]),
    account: filter.node("Only the alerts of this developer account's applications.", (id) => eq(usageAlerts.accountId, id), ["Account"]),
    unread: filter.flag("True: only unread alerts; false: only read ones.", (unread) => (unread ? isNull(usageAlerts.readAt) : isNotNull(usageAlerts.readAt))),
    kinds: filter.anyOf<UsageAlertKind>(UsageAlertKind, "Only alerts of these kinds.", (kinds) => or(...kinds.map((k) => eq(usageAlerts.kind, k)))),
  },
});
export type UsageAlertListArgs = ListingArgsOf<typeof usageAlertListing>;

