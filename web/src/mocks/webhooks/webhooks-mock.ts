import { runBulkAction } from '../bulk';
import { connection } from '../connection';
import { enqueueJob } from '../jobs/jobs';
import type { MockModule } from '../mock-module';
import { actorOf, requireViewer } from '../viewer';
import { deleteWebhookDeliveriesJob, retryWebhookDeliveriesJob } from './webhook-jobs';
import {
  assertDeliveryFilter,
  deleteDeliveryItem,
  deliveryNode,
  findDelivery,
  findSettings,
  listDeliveries,
  pingWebhook,
  retryDeliveryItem,
  rotateWebhookSecret,
  settingsView,
  updateWebhookSettings,
} from './webhooks';

/** Webhooks are the tenant's admins' (001 ch.10): every field, and both types wherever selected. */
const ADMIN = { admin: true } as const;

/**
 * The webhooks domain (server/src/modules/webhooks): the tenant's webhook settings and signing
 * secret, the test ping, and the deliveries — listed, retried and deleted by ids or by filter (a
 * job) — for admins only, as `node(id:)` of a WebhookDelivery.
 */
export const webhooksMock: MockModule = {
  name: 'webhooks',
  resolvers: {
    Query: {
      webhookSettings: (_, __, ctx) => settingsView(findSettings(ctx.state, requireViewer(ctx).tenantId), ctx.now),
      webhookDeliveries: (_, args, ctx) => {
        const { items, order } = listDeliveries(ctx.state, requireViewer(ctx).tenantId, args.filter, args.orderBy);
        return connection(
          items.map((d) => deliveryNode(ctx.state, d)),
          args,
          'WebhookDelivery',
          order,
        );
      },
    },
    Mutation: {
      updateWebhookSettings: (_, { input }, ctx) => ({
        __typename: 'UpdateWebhookSettingsPayload',
        ...updateWebhookSettings(ctx.state, actorOf(ctx), input, ctx.now),
      }),
      rotateWebhookSecret: (_, { input }, ctx) => ({
        __typename: 'RotateWebhookSecretPayload',
        ...rotateWebhookSecret(ctx.state, actorOf(ctx), input?.keepPreviousHours ?? 24, ctx.now),
      }),
      pingWebhook: (_, __, ctx) => ({ __typename: 'PingWebhookPayload', ...pingWebhook(ctx.state, actorOf(ctx), ctx.now) }),
      retryWebhookDeliveries: (_, { input }, ctx) => {
        const actor = actorOf(ctx);
        return {
          __typename: 'RetryWebhookDeliveriesPayload',
          ...runBulkAction(input, {
            resultTypename: 'RetryWebhookDeliveriesItemResult',
            itemType: 'WebhookDelivery',
            apply: (id) => retryDeliveryItem(ctx.state, actor, id, ctx.now),
            assertFilter: assertDeliveryFilter,
            enqueue: (params) =>
              enqueueJob(ctx.state, retryWebhookDeliveriesJob, { tenantId: actor.tenantId, userId: actor.user.id, requestId: actor.requestId }, params, ctx.now),
          }),
        };
      },
      deleteWebhookDeliveries: (_, { input }, ctx) => {
        const actor = actorOf(ctx);
        return {
          __typename: 'DeleteWebhookDeliveriesPayload',
          ...runBulkAction(input, {
            resultTypename: 'DeleteWebhookDeliveriesItemResult',
            itemType: 'WebhookDelivery',
            apply: (id) => deleteDeliveryItem(ctx.state, actor, id, ctx.now),
            assertFilter: assertDeliveryFilter,
            enqueue: (params) =>
              enqueueJob(ctx.state, deleteWebhookDeliveriesJob, { tenantId: actor.tenantId, userId: actor.user.id, requestId: actor.requestId }, params, ctx.now),
          }),
        };
      },
    },
  },
  nodes: {
    // Row-level security: a tenant's deliveries only, for the master too.
    WebhookDelivery: (ctx, rowId) => {
      const found = ctx.viewer ? findDelivery(ctx.state, ctx.viewer.tenantId, rowId) : undefined;
      return found ? deliveryNode(ctx.state, found) : null;
    },
  },
  access: {
    Query: { webhookSettings: ADMIN, webhookDeliveries: ADMIN },
    Mutation: {
      updateWebhookSettings: ADMIN,
      rotateWebhookSecret: ADMIN,
      pingWebhook: ADMIN,
      retryWebhookDeliveries: ADMIN,
      deleteWebhookDeliveries: ADMIN,
    },
  },
  typeAccess: { WebhookSettings: ADMIN, WebhookDelivery: ADMIN },
  jobs: [retryWebhookDeliveriesJob, deleteWebhookDeliveriesJob],
};
