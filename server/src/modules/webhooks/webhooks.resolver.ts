import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Access } from "../../graphql/access.js";
import { actorOf, type Context } from "../../graphql/context.js";
import { runBulkAction } from "../../kit/bulk.js";
import {
  DeleteWebhookDeliveries,
  PingWebhookPayload,
  RetryWebhookDeliveries,
  RotateWebhookSecretInput,
  RotateWebhookSecretPayload,
  UpdateWebhookSettingsInput,
  UpdateWebhookSettingsPayload,
} from "./webhooks.input.js";
import { deleteWebhookDeliveriesJob, retryWebhookDeliveriesJob } from "./webhooks.jobs.js";
import { deleteDeliveryItem, findSettings, listDeliveries, ping, retryDeliveryItem, rotateSecret, settingsView, updateSettings } from "./webhooks.service.js";
import type { WebhookDeliveryRow } from "./webhooks.tables.js";
import { WebhookAttempt, WebhookDelivery, type WebhookDeliveryListArgs, webhookDeliveryListing, WebhookSettings } from "./webhooks.type.js";

/** Webhooks are the tenant's admins' (001 ch.10): every field here is for admins, with ACCOUNT_MANAGEMENT on a token. */
const ADMIN = { scope: "ACCOUNT_MANAGEMENT", admin: true } as const;

@Resolver(() => WebhookSettings)
export class WebhookSettingsResolver {
  @Query(() => WebhookSettings, { description: "Your tenant's webhook: URL, events, whether admin actions fire it, and its signing secret. Admins only." })
  @Access(ADMIN)
  async webhookSettings(@Ctx() ctx: Context) {
    return settingsView(await findSettings(ctx.tx, actorOf(ctx).tenantId));
  }

  @Mutation(() => UpdateWebhookSettingsPayload, { description: "Changes the webhook. The first save also makes its signing secret." })
  @Access(ADMIN)
  async updateWebhookSettings(@Arg("input", () => UpdateWebhookSettingsInput, { description: "What to change." }) input: UpdateWebhookSettingsInput, @Ctx() ctx: Context) {
    const result = await updateSettings(ctx.tx, actorOf(ctx), input);
    return result.ok ? { settings: settingsView(result.settings), userErrors: [] } : { settings: null, userErrors: result.userErrors };
  }

  @Mutation(() => RotateWebhookSecretPayload, { description: "Makes a new signing secret; the previous one also signs for the hours asked (default 24)." })
  @Access(ADMIN)
  async rotateWebhookSecret(
    @Arg("input", () => RotateWebhookSecretInput, { nullable: true, description: "How long the previous secret keeps signing." }) input: RotateWebhookSecretInput | null,
    @Ctx() ctx: Context,
  ) {
    const result = await rotateSecret(ctx.tx, actorOf(ctx), input?.keepPreviousHours ?? 24);
    return result.ok ? { settings: settingsView(result.settings), userErrors: [] } : { settings: null, userErrors: result.userErrors };
  }

  @Mutation(() => PingWebhookPayload, { description: "Posts a test event (`webhook.ping`) to the webhook's URL, enabled or not." })
  @Access(ADMIN)
  async pingWebhook(@Ctx() ctx: Context) {
    const result = await ping(ctx.tx, actorOf(ctx));
    return result.ok ? { delivery: result.delivery, userErrors: [] } : { delivery: null, userErrors: result.userErrors };
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @Query(() => webhookDeliveryListing.Connection, { description: "What was posted, or is to be posted, to your webhook, newest first; with each attempt. Admins only." })
  @Access(ADMIN)
  webhookDeliveries(@Args(() => webhookDeliveryListing.Args) args: WebhookDeliveryListArgs, @Ctx() ctx: Context) {
    return listDeliveries(ctx.tx, actorOf(ctx), args);
  }

  @Mutation(() => RetryWebhookDeliveries.Payload, {
    description: "Posts failed deliveries again, with the same body and event id: some (`ids`) or all a filter matches (`filter: { statuses: [FAILED] }` retries every failed one).",
  })
  @Access(ADMIN)
  retryWebhookDeliveries(
    @Arg("input", () => RetryWebhookDeliveries.Input, { description: "The deliveries." }) input: InstanceType<typeof RetryWebhookDeliveries.Input>,
    @Ctx() ctx: Context,
  ) {
    const actor = actorOf(ctx);
    return runBulkAction(ctx.tx, actor, input, {
      itemType: "WebhookDelivery",
      apply: (tx, id) => retryDeliveryItem(tx, actor, id),
      job: retryWebhookDeliveriesJob,
      where: webhookDeliveryListing.where,
    });
  }

  @Mutation(() => DeleteWebhookDeliveries.Payload, { description: "Deletes deliveries with their attempts (a pending one is then not posted, unless it is being posted at that moment): some (`ids`) or all a filter matches." })
  @Access(ADMIN)
  deleteWebhookDeliveries(
    @Arg("input", () => DeleteWebhookDeliveries.Input, { description: "The deliveries." }) input: InstanceType<typeof DeleteWebhookDeliveries.Input>,
    @Ctx() ctx: Context,
  ) {
    const actor = actorOf(ctx);
    return runBulkAction(ctx.tx, actor, input, {
      itemType: "WebhookDelivery",
      apply: (tx, id) => deleteDeliveryItem(tx, actor, id),
      job: deleteWebhookDeliveriesJob,
      where: webhookDeliveryListing.where,
    });
  }

  @FieldResolver(() => [WebhookAttempt], { description: "Each attempt, oldest first." })
  attemptLog(@Root() delivery: WebhookDeliveryRow, @Ctx() ctx: Context) {
    return ctx.loaders.webhooks.attemptsByDelivery.load(delivery.id);
  }
}
