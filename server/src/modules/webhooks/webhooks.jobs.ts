import { and, asc, count, eq, gt, notInArray } from "drizzle-orm";
import { z } from "zod";
import type { Actor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { defineJobKind } from "../../jobs/job-kind.js";
import type { ItemOutcome } from "../../kit/bulk.js";
import { deleteDelivery, retryDelivery } from "./webhooks.service.js";
import { WebhookDeliveryStatus, webhookDeliveries } from "./webhooks.tables.js";
import { webhookDeliveryListing } from "./webhooks.type.js";

const params = z.object({
  filter: z.object({
    statuses: z.array(z.enum(WebhookDeliveryStatus.values)).nullish(),
    event: z.string().nullish(),
    from: z.coerce.date().nullish(),
    to: z.coerce.date().nullish(),
  }),
  exceptIds: z.array(z.uuid()),
});
type Params = z.output<typeof params>;

function selection(actor: Actor, p: Params) {
  return and(eq(webhookDeliveries.tenantId, actor.tenantId), webhookDeliveryListing.where(p.filter), p.exceptIds.length ? notInArray(webhookDeliveries.id, p.exceptIds) : undefined);
}

/** A bulk action over the deliveries a filter matches, in chunks (`retryWebhookDeliveries`, `deleteWebhookDeliveries` with `filter`). */
function deliveriesJob(kind: string, apply: (tx: Executor, actor: Actor, rowId: string) => Promise<ItemOutcome<string>>) {
  return defineJobKind({
    kind,
    bulk: true,
    chunkSize: 100,
    itemType: "WebhookDelivery",
    params,
    async count(tx, actor, p) {
      return (await tx.select({ n: count() }).from(webhookDeliveries).where(selection(actor, p)))[0]?.n ?? 0;
    },
    async items(tx, actor, p, after, limit) {
      const rows = await tx
        .select({ id: webhookDeliveries.id })
        .from(webhookDeliveries)
        .where(and(selection(actor, p), after ? gt(webhookDeliveries.id, after) : undefined))
        .orderBy(asc(webhookDeliveries.id))
        .limit(limit);
      return rows.map((r) => r.id);
    },
    async apply(tx, actor, _p, itemId) {
      const outcome = await apply(tx, actor, itemId);
      return outcome.ok ? { ok: true } : { ok: false, code: outcome.error.code, message: outcome.error.message };
    },
  });
}

export const retryWebhookDeliveriesJob = deliveriesJob("webhooks.retryDeliveries", retryDelivery);
export const deleteWebhookDeliveriesJob = deliveriesJob("webhooks.deleteDeliveries", deleteDelivery);
