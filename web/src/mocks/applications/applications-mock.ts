import type { ResolversParentTypes, ResolversTypes } from '../../gql/resolver-types';
import type { ApplicationKey } from '../../gql/schema-types';
import type { AccountFixture } from '../accounts/account-store';
import { runBulkAction } from '../bulk';
import { serviceOf } from '../catalog/catalog';
import { connection } from '../connection';
import { toGlobalId } from '../global-id';
import { enqueueJob } from '../jobs/jobs';
import type { MockContext } from '../mock-context';
import { notFound } from '../mock-errors';
import type { MockModule } from '../mock-module';
import { customPlanOwner } from '../plans/plan-store';
import { planOf } from '../plans/plans';
import { actorOf, requireViewer } from '../viewer';
import {
  bulkApplicationOperationJob,
  bulkSubscriptionOperationJob,
  checkOperation,
  applyApplicationOperation,
  applySubscriptionOperation,
  type BulkOperationParameters,
} from './application-jobs';
import {
  applicationOf,
  findApplication,
  findApplicationKey,
  findPlanChangeRequest,
  findSubscription,
  keysOf,
  type ApplicationFixture,
  type ApplicationKeyFixture,
  type PlanChangeRequestFixture,
  type ServiceSubscriptionFixture,
} from './application-store';
import {
  applicationActions,
  applicationMatcher,
  changeApplicationPlan,
  changeApplicationState,
  createApplication,
  createApplicationKey,
  customizeApplicationPlan,
  decustomizeApplicationPlan,
  deleteApplication,
  deleteApplicationKey,
  isPaidPlan,
  listApplications,
  regenerateClientSecret,
  setUserKey,
  updateApplication,
  type Outcome,
} from './applications';
import './cascades';
import { approvePlanChange, listPlanChangeRequests, rejectPlanChange, requestPlanChange } from './plan-changes';
import { signupExpress } from './signup';
import {
  changeSubscriptionPlan,
  changeSubscriptionState,
  createSubscription,
  deleteSubscription,
  listSubscriptions,
  subscriptionActions,
  subscriptionMatcher,
} from './subscriptions';

/**
 * Applications, subscriptions and plan change requests resolve from their rows, as accounts from
 * theirs: codegen maps no fixture to them (codegen.config.ts), so the rows stand in for the generated
 * parent types here, and the field resolvers below derive the rest (account, product, plan, keys,
 * paid, actions), as the server's do.
 */
const asApplication = (row: ApplicationFixture) => row as unknown as ResolversTypes['Application'];
const asKey = (row: ApplicationKeyFixture): ApplicationKey => row;
const asSubscription = (row: ServiceSubscriptionFixture) => row as unknown as ResolversTypes['ServiceSubscription'];
const asRequest = (row: PlanChangeRequestFixture) => row as unknown as ResolversTypes['PlanChangeRequest'];
const asAccount = (row: AccountFixture) => row as unknown as ResolversTypes['Account'];
const applicationRow = (parent: ResolversParentTypes['Application']) => parent as unknown as ApplicationFixture;
const subscriptionRow = (parent: ResolversParentTypes['ServiceSubscription']) => parent as unknown as ServiceSubscriptionFixture;
const requestRow = (parent: ResolversParentTypes['PlanChangeRequest']) => parent as unknown as PlanChangeRequestFixture;
const accountRow = (parent: ResolversParentTypes['Account']) => parent as unknown as AccountFixture;

const tenantOf = (ctx: MockContext) => requireViewer(ctx).tenantId;
const accountOfRow = (ctx: MockContext, accountId: string) => {
  const account = ctx.state.accounts.find((a) => a.id === accountId);
  if (!account) throw new Error(`Mock data: no account ${accountId}`);
  return asAccount(account);
};

const applicationPayload = (result: Outcome<{ application: ApplicationFixture }>) => ({
  __typename: 'ApplicationPayload' as const,
  ...(result.ok ? { application: asApplication(result.application), userErrors: [] } : { application: null, userErrors: result.userErrors }),
});
const deletedPayload = (result: Outcome<{ application: ApplicationFixture }>) => ({
  __typename: 'DeleteApplicationPayload' as const,
  ...(result.ok ? { deletedApplicationId: result.application.id, userErrors: [] } : { deletedApplicationId: null, userErrors: result.userErrors }),
});
const keyPayload = (result: Outcome<{ application: ApplicationFixture; key: ApplicationKeyFixture }>) => ({
  __typename: 'ApplicationKeyPayload' as const,
  ...(result.ok
    ? { key: asKey(result.key), application: asApplication(result.application), userErrors: [] }
    : { key: null, application: null, userErrors: result.userErrors }),
});
const subscriptionPayload = (result: Outcome<{ subscription: ServiceSubscriptionFixture }>) => ({
  __typename: 'ServiceSubscriptionPayload' as const,
  ...(result.ok ? { serviceSubscription: asSubscription(result.subscription), userErrors: [] } : { serviceSubscription: null, userErrors: result.userErrors }),
});
const requestPayload = (result: Outcome<{ request: PlanChangeRequestFixture }>) => ({
  __typename: 'PlanChangeRequestPayload' as const,
  ...(result.ok ? { planChangeRequest: asRequest(result.request), userErrors: [] } : { planChangeRequest: null, userErrors: result.userErrors }),
});
const jobActor = (ctx: MockContext) => {
  const actor = actorOf(ctx);
  return { tenantId: actor.tenantId, userId: actor.user.id, requestId: actor.requestId };
};

/**
 * The applications domain (server/src/modules/applications): developer accounts' subscriptions to
 * products, their applications and credentials, custom plans, plan change requests, bulk operations
 * (by ids or by filter as jobs) and `signupExpress`; `Account.applications`, `applicationCount` and
 * `serviceSubscriptions`, `Plan.customForApplication`. Members read them all; every mutation is
 * refused to them by the access check, as on the server.
 */
export const applicationsMock: MockModule = {
  name: 'applications',
  resolvers: {
    Query: {
      applications: (_, args, ctx) => {
        const { items, order } = listApplications(ctx.state, tenantOf(ctx), args.filter, args.orderBy);
        return connection(items, args, 'Application', order) as unknown as ResolversTypes['ApplicationConnection'];
      },
      application: (_, { id }, ctx) => {
        const application = findApplication(ctx.state, tenantOf(ctx), id);
        if (!application) throw notFound('Application');
        return asApplication(application);
      },
      serviceSubscriptions: (_, args, ctx) => {
        const { items, order } = listSubscriptions(ctx.state, tenantOf(ctx), args.filter, args.orderBy);
        return connection(items, args, 'ServiceSubscription', order) as unknown as ResolversTypes['ServiceSubscriptionConnection'];
      },
      planChangeRequests: (_, args, ctx) => {
        const { items, order } = listPlanChangeRequests(ctx.state, tenantOf(ctx), args.filter, args.orderBy);
        return connection(items, args, 'PlanChangeRequest', order) as unknown as ResolversTypes['PlanChangeRequestConnection'];
      },
    },
    Mutation: {
      createApplication: (_, { input }, ctx) =>
        applicationPayload(createApplication(ctx.state, actorOf(ctx), { ...input, planId: input.planId ?? undefined }, ctx.now)),
      updateApplication: (_, { input: { id, ...changes } }, ctx) => applicationPayload(updateApplication(ctx.state, actorOf(ctx), id, changes, ctx.now)),
      acceptApplication: (_, { input }, ctx) => applicationPayload(changeApplicationState(ctx.state, actorOf(ctx), input.id, 'ACCEPT', ctx.now)),
      suspendApplication: (_, { input }, ctx) => applicationPayload(changeApplicationState(ctx.state, actorOf(ctx), input.id, 'SUSPEND', ctx.now)),
      resumeApplication: (_, { input }, ctx) => applicationPayload(changeApplicationState(ctx.state, actorOf(ctx), input.id, 'RESUME', ctx.now)),
      rejectApplication: (_, { input }, ctx) => deletedPayload(deleteApplication(ctx.state, actorOf(ctx), input.id, ctx.now, true)),
      deleteApplication: (_, { input }, ctx) => deletedPayload(deleteApplication(ctx.state, actorOf(ctx), input.id, ctx.now)),
      changeApplicationPlan: (_, { input }, ctx) => applicationPayload(changeApplicationPlan(ctx.state, actorOf(ctx), input.id, input.planId, ctx.now)),
      customizeApplicationPlan: (_, { input }, ctx) => applicationPayload(customizeApplicationPlan(ctx.state, actorOf(ctx), input.id, ctx.now)),
      decustomizeApplicationPlan: (_, { input }, ctx) =>
        applicationPayload(decustomizeApplicationPlan(ctx.state, actorOf(ctx), input.id, input.planId ?? undefined, ctx.now)),
      regenerateUserKey: (_, { input }, ctx) => applicationPayload(setUserKey(ctx.state, actorOf(ctx), input.id, null, ctx.now)),
      setUserKey: (_, { input }, ctx) => applicationPayload(setUserKey(ctx.state, actorOf(ctx), input.id, input.userKey, ctx.now)),
      createApplicationKey: (_, { input }, ctx) => keyPayload(createApplicationKey(ctx.state, actorOf(ctx), input.applicationId, input.value ?? null, ctx.now)),
      deleteApplicationKey: (_, { input }, ctx) => keyPayload(deleteApplicationKey(ctx.state, actorOf(ctx), input.id, ctx.now)),
      regenerateClientSecret: (_, { input }, ctx) => applicationPayload(regenerateClientSecret(ctx.state, actorOf(ctx), input.id, ctx.now)),
      runBulkApplicationOperation: (_, { input }, ctx) => {
        const actor = actorOf(ctx);
        const checked = checkOperation(ctx.state, actor.tenantId, input, 'APPLICATION');
        if (!checked.ok) return { __typename: 'RunBulkApplicationOperationPayload', ...checked.payload };
        return {
          __typename: 'RunBulkApplicationOperationPayload',
          ...runBulkAction(input, {
            resultTypename: 'RunBulkApplicationOperationItemResult',
            itemType: 'Application',
            apply: (id) => applyApplicationOperation(ctx.state, actor, checked.operation, id, ctx.now),
            assertFilter: (filter) => applicationMatcher(ctx.state, filter),
            enqueue: (params) => enqueueJob(ctx.state, bulkApplicationOperationJob, jobActor(ctx), { ...checked.operation, ...params }, ctx.now),
          }),
        };
      },
      createServiceSubscription: (_, { input }, ctx) =>
        subscriptionPayload(createSubscription(ctx.state, actorOf(ctx), { ...input, planId: input.planId ?? undefined }, ctx.now)),
      acceptServiceSubscription: (_, { input }, ctx) => subscriptionPayload(changeSubscriptionState(ctx.state, actorOf(ctx), input.id, 'ACCEPT', ctx.now)),
      suspendServiceSubscription: (_, { input }, ctx) => subscriptionPayload(changeSubscriptionState(ctx.state, actorOf(ctx), input.id, 'SUSPEND', ctx.now)),
      resumeServiceSubscription: (_, { input }, ctx) => subscriptionPayload(changeSubscriptionState(ctx.state, actorOf(ctx), input.id, 'RESUME', ctx.now)),
      changeServiceSubscriptionPlan: (_, { input }, ctx) => subscriptionPayload(changeSubscriptionPlan(ctx.state, actorOf(ctx), input.id, input.planId, ctx.now)),
      deleteServiceSubscription: (_, { input }, ctx) => {
        const result = deleteSubscription(ctx.state, actorOf(ctx), input.id, ctx.now);
        return {
          __typename: 'DeleteServiceSubscriptionPayload',
          ...(result.ok ? { deletedServiceSubscriptionId: result.subscription.id, userErrors: [] } : { deletedServiceSubscriptionId: null, userErrors: result.userErrors }),
        };
      },
      runBulkServiceSubscriptionOperation: (_, { input }, ctx) => {
        const actor = actorOf(ctx);
        const checked = checkOperation(ctx.state, actor.tenantId, input as BulkOperationParameters, 'SERVICE');
        if (!checked.ok) return { __typename: 'RunBulkServiceSubscriptionOperationPayload', ...checked.payload };
        return {
          __typename: 'RunBulkServiceSubscriptionOperationPayload',
          ...runBulkAction(input, {
            resultTypename: 'RunBulkServiceSubscriptionOperationItemResult',
            itemType: 'ServiceSubscription',
            apply: (id) => applySubscriptionOperation(ctx.state, actor, checked.operation, id, ctx.now),
            assertFilter: (filter) => subscriptionMatcher(filter),
            enqueue: (params) => enqueueJob(ctx.state, bulkSubscriptionOperationJob, jobActor(ctx), { ...checked.operation, ...params }, ctx.now),
          }),
        };
      },
      signupExpress: (_, { input }, ctx) => {
        const result = signupExpress(ctx.state, actorOf(ctx), input, ctx.now);
        return {
          __typename: 'SignupExpressPayload',
          ...(result.ok
            ? {
                account: asAccount(result.account),
                user: result.user as unknown as ResolversTypes['AccountUser'],
                applications: result.applications.map(asApplication),
                serviceSubscriptions: result.subscriptions.map(asSubscription),
                userErrors: [],
              }
            : { account: null, user: null, applications: [], serviceSubscriptions: [], userErrors: result.userErrors }),
        };
      },
      requestApplicationPlanChange: (_, { input }, ctx) => requestPayload(requestPlanChange(ctx.state, actorOf(ctx), input, ctx.now)),
      approvePlanChangeRequest: (_, { input }, ctx) => requestPayload(approvePlanChange(ctx.state, actorOf(ctx), input.id, ctx.now)),
      rejectPlanChangeRequest: (_, { input }, ctx) => requestPayload(rejectPlanChange(ctx.state, actorOf(ctx), input.id, input.reason, ctx.now)),
    },
    Application: {
      account: (parent, _, ctx) => accountOfRow(ctx, applicationRow(parent).accountId),
      service: (parent, _, ctx) => serviceOf(ctx.state, applicationRow(parent).serviceId),
      plan: (parent, _, ctx) => planOf(ctx.state, applicationRow(parent).planId),
      paid: (parent, _, ctx) => isPaidPlan(ctx.state, applicationRow(parent).planId),
      clientId: (parent) => applicationRow(parent).appId,
      keys: (parent, _, ctx) => keysOf(ctx.state, applicationRow(parent).id).map(asKey),
      availableActions: (parent) => applicationActions(applicationRow(parent)),
    },
    ServiceSubscription: {
      account: (parent, _, ctx) => accountOfRow(ctx, subscriptionRow(parent).accountId),
      service: (parent, _, ctx) => serviceOf(ctx.state, subscriptionRow(parent).serviceId),
      plan: (parent, _, ctx) => planOf(ctx.state, subscriptionRow(parent).planId),
      availableActions: (parent) => subscriptionActions(subscriptionRow(parent)),
    },
    PlanChangeRequest: {
      application: (parent, _, ctx) => asApplication(applicationOf(ctx.state, requestRow(parent).applicationId)),
      fromPlan: (parent, _, ctx) => {
        const { fromPlanId } = requestRow(parent);
        return fromPlanId ? planOf(ctx.state, fromPlanId) : null;
      },
      toPlan: (parent, _, ctx) => planOf(ctx.state, requestRow(parent).toPlanId),
    },
    // The applications domain says which application a custom plan belongs to, as on the server.
    Plan: {
      customForApplication: (plan, _, ctx) => {
        const owner = customPlanOwner(plan);
        const application = owner ? ctx.state.applications.find((a) => a.id === owner) : undefined;
        return application ? asApplication(application) : null;
      },
    },
    // And an account's applications and subscriptions to the accounts domain's Account.
    Account: {
      applications: (parent, args, ctx) => {
        const account = accountRow(parent);
        const { items, order } = listApplications(ctx.state, account.tenantId, args.filter, args.orderBy, account.id);
        return connection(items, args, 'Application', order) as unknown as ResolversTypes['ApplicationConnection'];
      },
      applicationCount: (parent, _, ctx) => ctx.state.applications.filter((a) => a.accountId === accountRow(parent).id).length,
      serviceSubscriptions: (parent, args, ctx) => {
        const account = accountRow(parent);
        const { items, order } = listSubscriptions(ctx.state, account.tenantId, args.filter, args.orderBy, account.id);
        return connection(items, args, 'ServiceSubscription', order) as unknown as ResolversTypes['ServiceSubscriptionConnection'];
      },
    },
  },
  // Row-level security: a tenant's own only, for the master too.
  nodes: {
    Application: (ctx, rowId) => (ctx.viewer ? (findApplication(ctx.state, ctx.viewer.tenantId, toGlobalId('Application', rowId)) ?? null) : null),
    ApplicationKey: (ctx, rowId) => (ctx.viewer ? (findApplicationKey(ctx.state, ctx.viewer.tenantId, toGlobalId('ApplicationKey', rowId)) ?? null) : null),
    ServiceSubscription: (ctx, rowId) => (ctx.viewer ? (findSubscription(ctx.state, ctx.viewer.tenantId, toGlobalId('ServiceSubscription', rowId)) ?? null) : null),
    PlanChangeRequest: (ctx, rowId) => (ctx.viewer ? (findPlanChangeRequest(ctx.state, ctx.viewer.tenantId, toGlobalId('PlanChangeRequest', rowId)) ?? null) : null),
  },
  // `signupExpress` runs in a transaction of its own (the server's `alone: true`): it must be its operation's only field.
  access: { Mutation: { signupExpress: { alone: true } } },
  jobs: [bulkApplicationOperationJob, bulkSubscriptionOperationJob],
};
