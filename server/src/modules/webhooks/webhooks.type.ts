import { eq, gte, inArray, like, lte, type SQL } from "drizzle-orm";
import { escapeLike } from "../../db/like.js";
import { Field, Int, ObjectType } from "type-graphql";
import { Access } from "../../graphql/access.js";
import { Node } from "../../graphql/node.js";
import { defineListing, filter, type ListingArgsOf } from "../../kit/listing.js";
import { WebhookDeliveryStatus, type WebhookDeliveryRow, webhookDeliveries, WebhookEvent } from "./webhooks.tables.js";

@ObjectType("WebhookSettings", { description: "The tenant's webhook: where events are posted and which (001 ch.10)." })
export class WebhookSettings {
  @Field(() => String, { nullable: true, description: "Where events are posted (http or https)." })
  url: string | null;
  @Field(() => Boolean, { description: "Events are posted." })
  enabled: boolean;
  @Field(() => Boolean, { description: "Actions of your team fire webhooks too; off: only what developers do." })
  adminActionsFire: boolean;
  @Field(() => [WebhookEvent.graphql], { description: "The events posted." })
  events: WebhookEvent[];
  @Field(() => String, {
    nullable: true,
    description:
      "The secret that signs each body (`Gatehouse-Signature`); null until the webhook is first saved. Keep it on your receiver only. Needs a signed-in session: an access token cannot read it.",
  })
  @Access({ sessionOnly: true })
  secret: string | null;
  @Field(() => Date, { nullable: true, description: "Until when the secret before the last rotation still signs too (a second `v1`); null when it does not." })
  previousSecretExpiresAt: Date | null;
}

@ObjectType("WebhookAttempt", { description: "One attempt at posting a webhook delivery." })
export class WebhookAttempt {
  @Field(() => Date, { description: "When it was made." })
  attemptedAt: Date;
  @Field(() => Int, { nullable: true, description: "The HTTP status the endpoint answered; null when it did not answer." })
  statusCode: number | null;
  @Field(() => Int, { description: "How long it took, in milliseconds." })
  durationMs: number;
  @Field(() => String, { nullable: true, description: "The start of the response body (at most 2 KB)." })
  response: string | null;
  @Field(() => String, { nullable: true, description: "Why it failed; null when it was delivered." })
  error: string | null;
}

@ObjectType("WebhookDelivery", { implements: Node, description: "One event posted, or to be posted, to the tenant's webhook." })
export class WebhookDelivery extends Node {
  @Field(() => String, { description: "The body's `id`, the same for every attempt: receivers deduplicate on it." })
  eventId: string;
  @Field(() => String, { description: "`<type>.<action>`: `account.created`, `webhook.ping`." })
  event: string;
  @Field(() => String, { description: "Where it is posted (the webhook's URL when it was made)." })
  url: string;
  @Field(() => String, { description: "The JSON body, as posted." })
  body: string;
  @Field(() => WebhookDeliveryStatus.graphql, { description: "Where it is." })
  status: WebhookDeliveryStatus;
  @Field(() => Int, { description: "Attempts so far in this round (a manual retry starts a new one), counting one in progress; `attemptLog` lists the finished ones." })
  attempts: number;
  @Field(() => Date, { nullable: true, description: "When the next attempt is due (PENDING only)." })
  nextAttemptAt: Date | null;
  @Field(() => Int, { nullable: true, description: "The HTTP status of the last attempt." })
  lastStatusCode: number | null;
  @Field(() => String, { nullable: true, description: "Why the last attempt failed." })
  lastError: string | null;
  @Field(() => Date, { description: "When the event happened." })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: "When the endpoint took it." })
  deliveredAt: Date | null;
}

/** `account` or `account.created`: every event of a kind, or one. */
function eventCondition(event: string): SQL | undefined {
  return event.includes(".") ? eq(webhookDeliveries.event, event) : like(webhookDeliveries.event, `${escapeLike(event)}.%`);
}

export const webhookDeliveryListing = defineListing({
  name: "WebhookDelivery",
  things: "webhook deliveries",
  node: WebhookDelivery,
  table: webhookDeliveries,
  id: webhookDeliveries.id,
  row: {} as WebhookDeliveryRow,
  orders: { CREATED_AT: { column: webhookDeliveries.createdAt, description: "When the event happened." } },
  defaultOrder: { field: "CREATED_AT", direction: "DESC" },
  filters: {
    statuses: filter.anyOf<WebhookDeliveryStatus>(WebhookDeliveryStatus, "Only deliveries in these states.", (statuses) => inArray(webhookDeliveries.status, statuses)),
    event: filter.text("An event kind (`account`) or one event (`account.created`).", eventCondition),
    from: filter.time("Only deliveries of events at or after this time.", (time) => gte(webhookDeliveries.createdAt, time)),
    to: filter.time("Only deliveries of events at or before this time.", (time) => lte(webhookDeliveries.createdAt, time)),
  },
});
export type WebhookDeliveryListArgs = ListingArgsOf<typeof webhookDeliveryListing>;
