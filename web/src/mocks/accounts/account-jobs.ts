import type { AccountFilter, BulkAccountOperation } from '../../gql/schema-types';
import type { JobFixture } from '../../testing/factories';
import { invalidOperation, type ItemOutcome } from '../bulk';
import type { CatalogState } from '../catalog/catalog';
import { userActor, type AuditState, type MockActor } from '../events/events';
import { rowIdOf, toGlobalId } from '../global-id';
import type { JobItemResult, MockJobKind } from '../jobs/jobs';
import type { NotificationsState } from '../notifications/notifications';
import { findPlan, type PlansState } from '../plans/plans';
import type { UsersState } from '../team/users';
import type { TenantsState } from '../tenants/tenants';
import type { AccountsState } from './account-store';
import { changeAccountPlan, changeAccountState, listAccounts } from './accounts';
import type { AccountError } from './field-definitions';
import { checkMessage, sendMessage } from './messages';

/**
 * Bulk operations on developer accounts (server/src/modules/accounts/account.jobs.ts): the operation's
 * parameters checked before any account (INVALID_OPERATION), then each account as the single-item
 * mutations change it — by `ids` at once, or by filter as the `accounts.bulkOperation` job.
 */
type State = AccountsState & PlansState & CatalogState & AuditState & NotificationsState & TenantsState & UsersState;

/** What a bulk operation does to each account, with its parameters (the plan's global ID). */
export interface AccountOperation {
  operation: BulkAccountOperation;
  planId?: string | null;
  subject?: string | null;
  body?: string | null;
}

/**
 * The operation's parameters (server: `checkAccountOperation`): a plan change needs one of the
 * tenant's account plans, an email a subject and a body; the first problem refuses the whole action.
 */
export function checkAccountOperation(state: State, tenantId: string, input: AccountOperation): { ok: true; operation: AccountOperation } | { ok: false; payload: ReturnType<typeof invalidOperation> } {
  if (input.operation === 'CHANGE_PLAN') {
    if (!input.planId) return { ok: false, payload: invalidOperation('Choose the account plan to move the accounts to.', ['input', 'planId']) };
    const plan = findPlan(state, tenantId, input.planId);
    if (plan?.kind !== 'ACCOUNT') return { ok: false, payload: invalidOperation('No such account plan in this tenant.', ['input', 'planId']) };
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

/** Applies the operation to one account (a global ID), as the single-item mutations do; its first problem, with no field, when refused. */
export function applyAccountOperation(state: State, actor: MockActor, op: AccountOperation, accountId: string, now: Date): ItemOutcome<AccountError> {
  const result =
    op.operation === 'SEND_EMAIL'
      ? sendMessage(state, actor, accountId, { subject: op.subject ?? '', body: op.body ?? '' }, now)
      : op.operation === 'CHANGE_PLAN'
        ? changeAccountPlan(state, actor, accountId, op.planId ?? '', now)
        : changeAccountState(state, actor, accountId, op.operation, now);
  return result.ok ? { ok: true } : { ok: false, error: { ...result.userErrors[0]!, field: null } };
}

/** What `runBulkAccountOperation(input: { filter, exceptIds, operation… })` enqueues; `exceptIds` are row keys. */
export interface BulkAccountJobParams extends AccountOperation {
  filter: AccountFilter;
  exceptIds: string[];
}

const actorOfJob = (state: State, job: JobFixture) => {
  const user = state.users.find((u) => u.id === job.actorUserId && u.tenantId === job.tenantId);
  return user ? userActor(user, job.actorRequestId) : null;
};

/** Row keys of the job's tenant's accounts the filter matches, minus the excepted ones, in key order (the server's keyset by id). */
function selection(state: State, job: JobFixture): string[] {
  const { filter, exceptIds } = job.params as BulkAccountJobParams;
  const excepted = new Set(exceptIds);
  return listAccounts(state, job.tenantId, filter, null)
    .items.map((a) => rowIdOf(a.id, 'Account')!)
    .filter((rowId) => !excepted.has(rowId))
    .sort();
}

/** The server's `accounts.bulkOperation` kind: each account as the admin who asked, through the request that enqueued it. */
export const bulkAccountOperationJob: MockJobKind<State> = {
  kind: 'accounts.bulkOperation',
  chunkSize: 100,
  itemType: 'Account',
  count: (state, job) => selection(state, job).length,
  // An account the job changed may leave the filter (its state): the cursor is a key, so later pages do not shift.
  items: (state, job, after, limit) => selection(state, job).filter((id) => after === null || id > after).slice(0, limit),
  apply: (state, job, itemId, now): JobItemResult => {
    const actor = actorOfJob(state, job);
    if (!actor) return { ok: false, code: 'NOT_FOUND', message: 'No such account.' };
    const outcome = applyAccountOperation(state, actor, job.params as BulkAccountJobParams, toGlobalId('Account', itemId), now);
    return outcome.ok ? { ok: true } : { ok: false, code: outcome.error.code, message: outcome.error.message };
  },
};
