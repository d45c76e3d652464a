import type { ApplicationFilter, BulkApplicationOperation, ServiceSubscriptionFilter } from '../../gql/schema-types';
import type { JobFixture } from '../../testing/factories';
import { checkMessage, sendMessage } from '../accounts/messages';
import type { AccountError } from '../accounts/field-definitions';
import { invalidOperation, type ItemOutcome } from '../bulk';
import { userActor, type MockActor } from '../events/events';
import { rowIdOf, toGlobalId } from '../global-id';
import type { JobItemResult, MockJobKind } from '../jobs/jobs';
import { findPlan } from '../plans/plans';
import { findApplication, findSubscription } from './application-store';
import { applicationMatcher, changeApplicationPlan, changeApplicationState, type State } from './applications';
import { applicationError, changeSubscriptionPlan, changeSubscriptionState, notFound, subscriptionMatcher, type ApplicationError } from './subscriptions';

/**
 * Bulk operations on applications and service subscriptions (server/src/modules/applications/
 * applications.jobs.ts): send an email to the owning accounts, change the plan, accept, suspend or
 * resume — the parameters checked before any item (INVALID_OPERATION), then each item as the single
 * mutations change it, by `ids` at once or by filter as a job.
 */
/** Both take the same operations (the enums list the same values). */
export type BulkOperationKind = BulkApplicationOperation;

/** What a bulk operation does to each item, with its parameters (the plan's global ID). */
export interface BulkOperationParameters {
  operation: BulkOperationKind;
  planId?: string | null;
  subject?: string | null;
  body?: string | null;
}

type Checked = { ok: true; operation: BulkOperationParameters } | { ok: false; payload: ReturnType<typeof invalidOperation> };

/**
 * The operation's parameters (server: `checkOperation`): a plan change needs a plan of the kind (any
 * of the tenant's — each item then needs it to be of its own product), an email a subject and a body.
 */
export function checkOperation(state: State, tenantId: string, input: BulkOperationParameters, planKind: 'APPLICATION' | 'SERVICE'): Checked {
  const words = planKind === 'APPLICATION' ? 'application plan' : 'service plan';
  if (input.operation === 'CHANGE_PLAN') {
    if (!input.planId) return { ok: false, payload: invalidOperation(`Choose the ${words} to move them to.`, ['input', 'planId']) };
    const plan = findPlan(state, tenantId, input.planId);
    if (!plan || plan.kind !== planKind) return { ok: false, payload: invalidOperation(`No such ${words} in this tenant.`, ['input', 'planId']) };
    return { ok: true, operation: { operation: 'CHANGE_PLAN', planId: plan.id } };
  }
  if (input.operation === 'SEND_EMAIL') {
    const errors: AccountError[] = [];
    const message = checkMessage({ subject: input.subject ?? '', body: input.body ?? '' }, errors);
    if (errors.length) return { ok: false, payload: invalidOperation(errors[0]!.message, errors[0]!.field ?? ['input']) };
    return { ok: true, operation: { operation: 'SEND_EMAIL', ...message } };
  }
  return { ok: true, operation: { operation: input.operation } };
}

type Outcome = ItemOutcome<ApplicationError>;
/** An item's first problem, in the applications' error type, with no field. */
const firstError = (r: { ok: true } | { ok: false; userErrors: { code: string; message: string }[] }): Outcome =>
  r.ok ? { ok: true } : { ok: false, error: applicationError(r.userErrors[0]!.code as ApplicationError['code'], r.userErrors[0]!.message, null) };
const missing = (what: string): Outcome => ({ ok: false, error: { ...notFound(what, []), field: null } });

/** Applies the operation to one application (a global ID), as the single-item mutations do. */
export function applyApplicationOperation(state: State, actor: MockActor, op: BulkOperationParameters, id: string, now: Date): Outcome {
  if (op.operation === 'SEND_EMAIL') {
    const app = findApplication(state, actor.tenantId, id);
    if (!app) return missing('application');
    return firstError(sendMessage(state, actor, app.accountId, { subject: op.subject ?? '', body: op.body ?? '' }, now));
  }
  if (op.operation === 'CHANGE_PLAN') return firstError(changeApplicationPlan(state, actor, id, op.planId, now));
  return firstError(changeApplicationState(state, actor, id, op.operation, now));
}

/** Applies the operation to one service subscription (a global ID). */
export function applySubscriptionOperation(state: State, actor: MockActor, op: BulkOperationParameters, id: string, now: Date): Outcome {
  if (op.operation === 'SEND_EMAIL') {
    const subscription = findSubscription(state, actor.tenantId, id);
    if (!subscription) return missing('service subscription');
    return firstError(sendMessage(state, actor, subscription.accountId, { subject: op.subject ?? '', body: op.body ?? '' }, now));
  }
  if (op.operation === 'CHANGE_PLAN') return firstError(changeSubscriptionPlan(state, actor, id, op.planId, now));
  return firstError(changeSubscriptionState(state, actor, id, op.operation, now));
}

/** What the filter jobs enqueue: the operation, the filter, and the excepted row keys. */
export interface BulkJobParams<F> extends BulkOperationParameters {
  filter: F;
  exceptIds: string[];
}

/** A bulk job over a tenant's rows that match a listing filter, keyset by row key, acting as the admin who asked. */
function bulkJob<F, R extends { id: string; tenantId: string }>(options: {
  kind: string;
  itemType: 'Application' | 'ServiceSubscription';
  rows: (state: State) => R[];
  matcher: (state: State, filter: F) => (row: R) => boolean;
  apply: (state: State, actor: MockActor, op: BulkOperationParameters, id: string, now: Date) => Outcome;
}): MockJobKind<State> {
  const selection = (state: State, job: JobFixture) => {
    const { filter, exceptIds } = job.params as BulkJobParams<F>;
    const excepted = new Set(exceptIds);
    const matches = options.matcher(state, filter);
    return options
      .rows(state)
      .filter((r) => r.tenantId === job.tenantId && matches(r))
      .map((r) => rowIdOf(r.id, options.itemType)!)
      .filter((rowId) => !excepted.has(rowId))
      .sort();
  };
  return {
    kind: options.kind,
    chunkSize: 100,
    itemType: options.itemType,
    count: (state, job) => selection(state, job).length,
    // An item the job changed may leave the filter (its state): the cursor is a key, so later pages do not shift.
    items: (state, job, after, limit) => selection(state, job).filter((id) => after === null || id > after).slice(0, limit),
    apply: (state, job, itemId, now): JobItemResult => {
      const user = state.users.find((u) => u.id === job.actorUserId && u.tenantId === job.tenantId);
      if (!user) return { ok: false, code: 'NOT_FOUND', message: 'No such item.' };
      const outcome = options.apply(state, userActor(user, job.actorRequestId), job.params as BulkOperationParameters, toGlobalId(options.itemType, itemId), now);
      return outcome.ok ? { ok: true } : { ok: false, code: outcome.error.code, message: outcome.error.message };
    },
  };
}

/** The server's `applications.bulkOperation` kind. */
export const bulkApplicationOperationJob = bulkJob<ApplicationFilter, State['applications'][number]>({
  kind: 'applications.bulkOperation',
  itemType: 'Application',
  rows: (state) => state.applications,
  matcher: (state, filter) => applicationMatcher(state, filter),
  apply: applyApplicationOperation,
});

/** The server's `applications.bulkSubscriptionOperation` kind. */
export const bulkSubscriptionOperationJob = bulkJob<ServiceSubscriptionFilter, State['serviceSubscriptions'][number]>({
  kind: 'applications.bulkSubscriptionOperation',
  itemType: 'ServiceSubscription',
  rows: (state) => state.serviceSubscriptions,
  matcher: (_state, filter) => subscriptionMatcher(filter),
  apply: applySubscriptionOperation,
});
