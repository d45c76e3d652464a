import { MAX_KEEP_PREVIOUS_SECRET_HOURS, MAX_WEBHOOK_URL_LENGTH } from "@gatehouse/schema/webhooks";
import { Field, InputType, Int, ObjectType } from "type-graphql";
import { defineBulkAction } from "../../kit/bulk.js";
import { WebhookUserError } from "./webhooks.errors.js";
import { WebhookEvent } from "./webhooks.tables.js";
import { WebhookDelivery, webhookDeliveryListing, WebhookSettings } from "./webhooks.type.js";

@InputType("UpdateWebhookSettingsInput", { description: "What to change of the webhook; fields left out keep their value." })
export class UpdateWebhookSettingsInput {
  @Field(() => String, { nullable: true, description: `Where events are posted: an http or https URL (at most ${MAX_WEBHOOK_URL_LENGTH} characters); null removes it (the webhook must then be disabled).` })
  url?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Post events (needs a URL)." })
  enabled?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Your team's actions fire webhooks too (default: only developers' actions)." })
  adminActionsFire?: boolean | null;
  @Field(() => [WebhookEvent.graphql], { nullable: true, description: "The events to post, each once; the list replaces the current one." })
  events?: WebhookEvent[] | null;
}

@ObjectType("UpdateWebhookSettingsPayload", { description: "Result of `updateWebhookSettings`." })
export class UpdateWebhookSettingsPayload {
  @Field(() => WebhookSettings, { nullable: true, description: "The webhook as it is now." })
  settings: WebhookSettings | null;
  @Field(() => [WebhookUserError], { description: "Why nothing was changed." })
  userErrors: InstanceType<typeof WebhookUserError>[];
}

@InputType("RotateWebhookSecretInput", { description: "How to rotate the signing secret." })
export class RotateWebhookSecretInput {
  @Field(() => Int, { nullable: true, description: `Hours the previous secret still signs too (0–${MAX_KEEP_PREVIOUS_SECRET_HOURS}; default 24), so receivers can switch without rejecting a delivery.` })
  keepPreviousHours?: number | null;
}

@ObjectType("RotateWebhookSecretPayload", { description: "Result of `rotateWebhookSecret`." })
export class RotateWebhookSecretPayload {
  @Field(() => WebhookSettings, { nullable: true, description: "The webhook, with its new secret." })
  settings: WebhookSettings | null;
  @Field(() => [WebhookUserError], { description: "Why the secret was not rotated." })
  userErrors: InstanceType<typeof WebhookUserError>[];
}

@ObjectType("PingWebhookPayload", { description: "Result of `pingWebhook`." })
export class PingWebhookPayload {
  @Field(() => WebhookDelivery, { nullable: true, description: "The test delivery: follow it in `webhookDeliveries` or with `node(id:)`." })
  delivery: WebhookDelivery | null;
  @Field(() => [WebhookUserError], { description: "Why nothing was sent." })
  userErrors: InstanceType<typeof WebhookUserError>[];
}

export const RetryWebhookDeliveries = defineBulkAction({
  name: "RetryWebhookDeliveries",
  things: "webhook deliveries",
  itemError: WebhookUserError,
  filter: webhookDeliveryListing.Filter!,
});

export const DeleteWebhookDeliveries = defineBulkAction({
  name: "DeleteWebhookDeliveries",
  things: "webhook deliveries",
  itemError: WebhookUserError,
  filter: webhookDeliveryListing.Filter!,
});
