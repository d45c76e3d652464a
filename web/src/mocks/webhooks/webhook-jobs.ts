import type { WebhookDeliveryFilter } from '../../gql/schema-types';
import type { JobFixture } from '../../testing/factories';
import { userActor, type AuditState } from '../events/events';
import { rowIdOf } from '../global-id';
import type { JobItemResult, MockJobKind } from '../jobs/jobs';
import type { TenantsState } from '../tenants/tenants';
import type { UsersState } from '../team/users';
import { deleteDelivery, matchesDeliveryFilter, retryDelivery, type WebhooksState } from './webhooks';

/** What `retryWebhookDeliveries` / `deleteWebhookDeliveries` with `filter` enqueue; `exceptIds` are row keys. */
export interface DeliveriesJobParams {
  filter: WebhookDeliveryFilter;
  exceptIds: string[];
}

type State = WebhooksState & AuditState & TenantsState & UsersState;

/** Row keys of the job's tenant's deliveries the filter matches, minus the excepted ones, in key order (the server's keyset by id). */
function selection(state: State, job: JobFixture): string[] {
  const { filter, exceptIds } = job.params as DeliveriesJobParams;
  const excepted = new Set(exceptIds);
  return state.webhookDeliveries
    .filter((d) => d.tenantId === job.tenantId && matchesDeliveryFilter(d, filter))
    .map((d) => rowIdOf(d.id, 'WebhookDelivery')!)
    .filter((rowId) => !excepted.has(rowId))
    .sort();
}

/**
 * A bulk action over the deliveries a filter matches, in chunks of 100 (server/src/modules/webhooks/
 * webhooks.jobs.ts): each item acts as the admin who asked, through the request that enqueued it.
 */
function deliveriesJob(kind: string, apply: typeof retryDelivery): MockJobKind<State> {
  return {
    kind,
    chunkSize: 100,
    itemType: 'WebhookDelivery',
    count: (state, job) => selection(state, job).length,
    // A retried delivery may leave the filter (FAILED): the cursor is a key, so later pages do not shift.
    items: (state, job, after, limit) => selection(state, job).filter((id) => after === null || id > after).slice(0, limit),
    apply: (state, job, itemId, now): JobItemResult => {
      const user = state.users.find((u) => u.id === job.actorUserId && u.tenantId === job.tenantId);
      if (!user) return { ok: false, code: 'NOT_FOUND', message: 'No such webhook delivery of your tenant.' };
      const outcome = apply(state, userActor(user, job.actorRequestId), itemId, now);
      return outcome.ok ? { ok: true } : { ok: false, code: outcome.error.code, message: outcome.error.message };
    },
  };
}

/** The server's `webhooks.retryDeliveries` kind. */
export const retryWebhookDeliveriesJob = deliveriesJob('webhooks.retryDeliveries', retryDelivery);
/** The server's `webhooks.deleteDeliveries` kind. */
export const deleteWebhookDeliveriesJob = deliveriesJob('webhooks.deleteDeliveries', deleteDelivery);
