import { actionsFrom, APPLICATION_ACTIONS, type ApplicationAction as Action, SUBSCRIPTION_ACTIONS } from "@gatehouse/schema/applications";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Access } from "../../graphql/access.js";
import { actorOf, type Context } from "../../graphql/context.js";
import { notFound } from "../../graphql/errors.js";
import { rowIdOf, toGlobalId } from "../../graphql/node.js";
import { Account } from "../accounts/account.type.js";
import type { AccountRow } from "../accounts/accounts.tables.js";
import { Service } from "../catalog/service.type.js";
import { Plan } from "../plans/plan.type.js";
import type { PlanRow } from "../plans/plans.tables.js";
import {
  ApplicationIdInput,
  ApplicationKeyPayload,
  ApplicationPayload,
  ChangeApplicationPlanInput,
  ChangeServiceSubscriptionPlanInput,
  CreateApplicationInput,
  CreateApplicationKeyInput,
  CreateServiceSubscriptionInput,
  DecustomizeApplicationPlanInput,
  DeleteApplicationKeyInput,
  DeleteApplicationPayload,
  DeleteServiceSubscriptionPayload,
  RunBulkApplicationOperation,
  RunBulkServiceSubscriptionOperation,
  ServiceSubscriptionIdInput,
  ServiceSubscriptionPayload,
  PlanChangeRequestIdInput,
  PlanChangeRequestPayload,
  RejectPlanChangeRequestInput,
  RequestApplicationPlanChangeInput,
  SetUserKeyInput,
  SignupExpressInput,
  SignupExpressPayload,
  UpdateApplicationInput,
} from "./application.input.js";
import * as apps from "./application.service.js";
import {
  Application,
  ApplicationAction,
  ApplicationKey,
  type ApplicationListArgs,
  applicationListing,
  PlanChangeRequest,
  type PlanChangeRequestListArgs,
  planChangeRequestListing,
  ServiceSubscription,
  ServiceSubscriptionAction,
  type ServiceSubscriptionListArgs,
  serviceSubscriptionListing,
} from "./application.type.js";
import type { ApplicationRow, PlanChangeRequestRow, ServiceSubscriptionRow } from "./applications.tables.js";
import * as subscriptions from "./subscription.service.js";
import * as planChanges from "./plan-change.service.js";
import { signupExpress } from "./signup.service.js";
import { SignupErrorCode } from "./signup.errors.js";
import { hashPassword, passwordProblem } from "../../auth/password.js";
import { userError } from "../../graphql/user-error.js";
import { runBulkAction } from "../../kit/bulk.js";
import {
  applyApplicationOperation,
  applySubscriptionOperation,
  type BulkOperationParameters,
  bulkApplicationOperationJob,
  bulkSubscriptionOperationJob,
  checkOperation,
} from "./applications.jobs.js";
import { Reads } from "../../kit/reads.js";

type AppResult = Awaited<ReturnType<typeof apps.updateApplication>>;
const appPayload = (r: AppResult) => (r.ok ? { application: r.application, userErrors: [] } : { application: null, userErrors: r.userErrors });
type SubResult = Awaited<ReturnType<typeof subscriptions.changeSubscriptionPlan>>;
const subPayload = (r: SubResult) => (r.ok ? { serviceSubscription: r.subscription, userErrors: [] } : { serviceSubscription: null, userErrors: r.userErrors });
type KeyResult = Awaited<ReturnType<typeof apps.createApplicationKey>>;
const keyPayload = (r: KeyResult) => (r.ok ? { key: r.key, application: r.application, userErrors: [] } : { key: null, application: null, userErrors: r.userErrors });

@Resolver(() => Application)
export class ApplicationResolver {
  @Query(() => applicationListing.Connection, { description: "The tenant's applications, newest first by default." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  applications(@Args(() => applicationListing.Args) args: ApplicationListArgs, @Ctx() ctx: Context) {
    return apps.listApplications(ctx.tx, actorOf(ctx), args);
  }

  @Query(() => Application, { description: "One application by ID (NOT_FOUND when the tenant has none with it)." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async application(@Arg("id", () => ID, { description: "Global ID of the application." }) id: string, @Ctx() ctx: Context) {
    const rowId = rowIdOf(id, "Application");
    const application = rowId ? await ctx.loaders.applications.applicationById.load(rowId) : null;
    if (!application) throw notFound("Application");
    return application;
  }

  @FieldResolver(() => Account, { description: "The developer account it belongs to." })
  @Reads("accountId")
  async account(@Root() app: ApplicationRow, @Ctx() ctx: Context) {
    return ctx.loaders.accounts.accountById.load(app.accountId);
  }

  @FieldResolver(() => Service, { description: "The product it gives access to." })
  @Reads("serviceId")
  service(@Root() app: ApplicationRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    // At once when a listing fetched it ahead with what the query reads of it (graphql/loader.ts `rowById`).
    return ctx.loaders.catalog.serviceById.row(app.serviceId, info);
  }

  @FieldResolver(() => Plan, { description: "Its application plan." })
  @Reads("planId")
  plan(@Root() app: ApplicationRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.plans.planById.row(app.planId, info);
  }

  @FieldResolver(() => Boolean, { description: "Its plan costs something: a setup fee, a monthly cost or pricing rules." })
  @Reads("planId")
  async paid(@Root() app: ApplicationRow, @Ctx() ctx: Context) {
    const plan = await ctx.loaders.plans.planById.load(app.planId);
    if (!plan) return false;
    if (Number(plan.setupFee) > 0 || Number(plan.costPerMonth) > 0) return true;
    return (await ctx.loaders.plans.pricingRulesOfPlan.load(plan.id)).length > 0;
  }

  @FieldResolver(() => String, { description: "Its OpenID Connect client ID (OIDC services): its application ID." })
  @Reads("appId")
  clientId(@Root() app: ApplicationRow) {
    return app.appId;
  }

  @FieldResolver(() => String, { description: "Its OpenID Connect client secret (OIDC services)." })
  @Reads("clientSecret")
  clientSecret(@Root() app: ApplicationRow) {
    return app.clientSecret;
  }

  @FieldResolver(() => [ApplicationKey], { description: "Its app keys (APP_ID_APP_KEY services), oldest first." })
  @Reads("id")
  keys(@Root() app: ApplicationRow, @Ctx() ctx: Context) {
    return ctx.loaders.applications.keysOfApplication.load(app.id);
  }

  @FieldResolver(() => [ApplicationAction.graphql], { description: "The state changes its state allows now (REJECT of a pending one is `rejectApplication`)." })
  @Reads("state")
  availableActions(@Root() app: ApplicationRow) {
    return actionsFrom(APPLICATION_ACTIONS, app.state);
  }

  @Mutation(() => ApplicationPayload, {
    description: "Creates an application for a developer account, subscribing the account to the product if needed. Pending when its plan requires approval, else live.",
  })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async createApplication(@Arg("input", () => CreateApplicationInput, { description: "The application." }) input: CreateApplicationInput, @Ctx() ctx: Context) {
    return appPayload(
      await apps.createApplication(ctx.tx, actorOf(ctx), {
        ...input,
        accountId: rowIdOf(input.accountId, "Account"),
        serviceId: rowIdOf(input.serviceId, "Service"),
        planId: input.planId == null ? undefined : rowIdOf(input.planId, "Plan"),
      }),
    );
  }

  @Mutation(() => ApplicationPayload, { description: "Changes an application's name, description or redirect URL." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async updateApplication(@Arg("input", () => UpdateApplicationInput, { description: "The changes." }) input: UpdateApplicationInput, @Ctx() ctx: Context) {
    const { id, ...changes } = input;
    return appPayload(await apps.updateApplication(ctx.tx, actorOf(ctx), rowIdOf(id, "Application"), changes));
  }

  @Mutation(() => ApplicationPayload, { description: "Accepts a pending application: it goes live." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  acceptApplication(@Arg("input", () => ApplicationIdInput, { description: "The application." }) input: ApplicationIdInput, @Ctx() ctx: Context) {
    return this.transition(ctx, input.id, "ACCEPT");
  }

  @Mutation(() => ApplicationPayload, { description: "Suspends a live application: calls with its credentials are refused at once." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  suspendApplication(@Arg("input", () => ApplicationIdInput, { description: "The application." }) input: ApplicationIdInput, @Ctx() ctx: Context) {
    return this.transition(ctx, input.id, "SUSPEND");
  }

  @Mutation(() => ApplicationPayload, { description: "Resumes a suspended application." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  resumeApplication(@Arg("input", () => ApplicationIdInput, { description: "The application." }) input: ApplicationIdInput, @Ctx() ctx: Context) {
    return this.transition(ctx, input.id, "RESUME");
  }

  @Mutation(() => DeleteApplicationPayload, { description: "Rejects a pending application, which deletes it (003 §9.3)." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async rejectApplication(@Arg("input", () => ApplicationIdInput, { description: "The application." }) input: ApplicationIdInput, @Ctx() ctx: Context) {
    return this.deleted(await apps.deleteApplication(ctx.tx, actorOf(ctx), rowIdOf(input.id, "Application"), true));
  }

  @Mutation(() => DeleteApplicationPayload, { description: "Deletes an application with its keys." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async deleteApplication(@Arg("input", () => ApplicationIdInput, { description: "The application." }) input: ApplicationIdInput, @Ctx() ctx: Context) {
    return this.deleted(await apps.deleteApplication(ctx.tx, actorOf(ctx), rowIdOf(input.id, "Application")));
  }

  @Mutation(() => ApplicationPayload, { description: "Moves an application to another application plan of its product." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async changeApplicationPlan(@Arg("input", () => ChangeApplicationPlanInput, { description: "The application and its new plan." }) input: ChangeApplicationPlanInput, @Ctx() ctx: Context) {
    return appPayload(await apps.changeApplicationPlan(ctx.tx, actorOf(ctx), rowIdOf(input.id, "Application"), rowIdOf(input.planId, "Plan")));
  }

  @Mutation(() => ApplicationPayload, {
    description: "Gives an application a custom plan: a copy of its plan, \"<plan> (custom)\", bound to it alone, to edit its limits and pricing. Later edits of the original do not reach it.",
  })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async customizeApplicationPlan(@Arg("input", () => ApplicationIdInput, { description: "The application." }) input: ApplicationIdInput, @Ctx() ctx: Context) {
    return appPayload(await apps.customizeApplicationPlan(ctx.tx, actorOf(ctx), rowIdOf(input.id, "Application")));
  }

  @Mutation(() => ApplicationPayload, { description: "Moves an application from its custom plan back to a standard plan of its product, and deletes the custom plan." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async decustomizeApplicationPlan(@Arg("input", () => DecustomizeApplicationPlanInput, { description: "The application and, optionally, the plan." }) input: DecustomizeApplicationPlanInput, @Ctx() ctx: Context) {
    return appPayload(await apps.decustomizeApplicationPlan(ctx.tx, actorOf(ctx), rowIdOf(input.id, "Application"), input.planId == null ? undefined : rowIdOf(input.planId, "Plan")));
  }

  @Mutation(() => ApplicationPayload, { description: "Gives an application a new generated user key; the old one stops working." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async regenerateUserKey(@Arg("input", () => ApplicationIdInput, { description: "The application." }) input: ApplicationIdInput, @Ctx() ctx: Context) {
    return appPayload(await apps.setUserKey(ctx.tx, actorOf(ctx), rowIdOf(input.id, "Application"), null));
  }

  @Mutation(() => ApplicationPayload, { description: "Sets a custom user key, when the product allows custom keys." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async setUserKey(@Arg("input", () => SetUserKeyInput, { description: "The application and its key." }) input: SetUserKeyInput, @Ctx() ctx: Context) {
    return appPayload(await apps.setUserKey(ctx.tx, actorOf(ctx), rowIdOf(input.id, "Application"), input.userKey));
  }

  @Mutation(() => ApplicationKeyPayload, { description: "Adds an app key (at most 5 are kept in rotation)." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async createApplicationKey(@Arg("input", () => CreateApplicationKeyInput, { description: "The application and, optionally, a custom key." }) input: CreateApplicationKeyInput, @Ctx() ctx: Context) {
    return keyPayload(await apps.createApplicationKey(ctx.tx, actorOf(ctx), rowIdOf(input.applicationId, "Application"), input.value ?? null));
  }

  @Mutation(() => ApplicationKeyPayload, { description: "Deletes an app key; an APP_ID_APP_KEY product's application keeps its last one." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async deleteApplicationKey(@Arg("input", () => DeleteApplicationKeyInput, { description: "The key." }) input: DeleteApplicationKeyInput, @Ctx() ctx: Context) {
    return keyPayload(await apps.deleteApplicationKey(ctx.tx, actorOf(ctx), rowIdOf(input.id, "ApplicationKey")));
  }

  @Mutation(() => ApplicationPayload, { description: "Gives an application a new client secret (OIDC); the old one stops working." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async regenerateClientSecret(@Arg("input", () => ApplicationIdInput, { description: "The application." }) input: ApplicationIdInput, @Ctx() ctx: Context) {
    return appPayload(await apps.regenerateClientSecret(ctx.tx, actorOf(ctx), rowIdOf(input.id, "Application")));
  }

  @Mutation(() => RunBulkApplicationOperation.Payload, {
    description:
      "Sends an email to the owners of, changes the plan of, or accepts, suspends or resumes several applications: given `ids`, at once with a result per application " +
      "(one that cannot be changed does not stop the others); given a `filter` (minus `exceptIds`), every matching application, as a job.",
  })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async runBulkApplicationOperation(
    @Arg("input", () => RunBulkApplicationOperation.Input, { description: "The applications and the operation." })
    input: InstanceType<typeof RunBulkApplicationOperation.Input> & BulkOperationParameters,
    @Ctx() ctx: Context,
  ) {
    const actor = actorOf(ctx);
    const checked = await checkOperation(ctx.tx, input, "APPLICATION");
    if (!checked.ok) return checked.payload;
    return runBulkAction(ctx.tx, actor, input, {
      itemType: "Application",
      apply: (tx, id) => applyApplicationOperation(tx, actor, checked.operation, rowIdOf(id, "Application")),
      job: bulkApplicationOperationJob,
      where: applicationListing.where,
      jobParams: { ...checked.operation },
    });
  }

  private async transition(ctx: Context, id: string, action: Action) {
    return appPayload(await apps.changeApplicationState(ctx.tx, actorOf(ctx), rowIdOf(id, "Application"), action));
  }

  private deleted(result: Awaited<ReturnType<typeof apps.deleteApplication>>) {
    return result.ok ? { deletedApplicationId: toGlobalId("Application", result.application.id), userErrors: [] } : { deletedApplicationId: null, userErrors: result.userErrors };
  }
}

@Resolver(() => ServiceSubscription)
export class ServiceSubscriptionResolver {
  @Query(() => serviceSubscriptionListing.Connection, { description: "Developer accounts' subscriptions to the tenant's products, newest first by default." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  serviceSubscriptions(@Args(() => serviceSubscriptionListing.Args) args: ServiceSubscriptionListArgs, @Ctx() ctx: Context) {
    return subscriptions.listSubscriptions(ctx.tx, actorOf(ctx), args);
  }

  @FieldResolver(() => Account, { description: "The subscribed developer account." })
  @Reads("accountId")
  async account(@Root() s: ServiceSubscriptionRow, @Ctx() ctx: Context) {
    return ctx.loaders.accounts.accountById.load(s.accountId);
  }

  @FieldResolver(() => Service, { description: "The product." })
  @Reads("serviceId")
  service(@Root() s: ServiceSubscriptionRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.catalog.serviceById.row(s.serviceId, info);
  }

  @FieldResolver(() => Plan, { description: "Its service plan." })
  @Reads("planId")
  plan(@Root() s: ServiceSubscriptionRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.loaders.plans.planById.row(s.planId, info);
  }

  @FieldResolver(() => [ServiceSubscriptionAction.graphql], { description: "The state changes its state allows now." })
  @Reads("state")
  availableActions(@Root() s: ServiceSubscriptionRow) {
    return actionsFrom(SUBSCRIPTION_ACTIONS, s.state);
  }

  @Mutation(() => ServiceSubscriptionPayload, { description: "Subscribes a developer account to a product; pending when the service plan requires approval." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async createServiceSubscription(@Arg("input", () => CreateServiceSubscriptionInput, { description: "The account, product and plan." }) input: CreateServiceSubscriptionInput, @Ctx() ctx: Context) {
    return subPayload(
      await subscriptions.createSubscription(ctx.tx, actorOf(ctx), {
        accountId: rowIdOf(input.accountId, "Account"),
        serviceId: rowIdOf(input.serviceId, "Service"),
        planId: input.planId == null ? undefined : rowIdOf(input.planId, "Plan"),
      }),
    );
  }

  @Mutation(() => ServiceSubscriptionPayload, { description: "Accepts a pending subscription." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  acceptServiceSubscription(@Arg("input", () => ServiceSubscriptionIdInput, { description: "The subscription." }) input: ServiceSubscriptionIdInput, @Ctx() ctx: Context) {
    return this.transition(ctx, input.id, "ACCEPT");
  }

  @Mutation(() => ServiceSubscriptionPayload, { description: "Suspends a live subscription." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  suspendServiceSubscription(@Arg("input", () => ServiceSubscriptionIdInput, { description: "The subscription." }) input: ServiceSubscriptionIdInput, @Ctx() ctx: Context) {
    return this.transition(ctx, input.id, "SUSPEND");
  }

  @Mutation(() => ServiceSubscriptionPayload, { description: "Resumes a suspended subscription." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  resumeServiceSubscription(@Arg("input", () => ServiceSubscriptionIdInput, { description: "The subscription." }) input: ServiceSubscriptionIdInput, @Ctx() ctx: Context) {
    return this.transition(ctx, input.id, "RESUME");
  }

  @Mutation(() => ServiceSubscriptionPayload, { description: "Moves a subscription to another service plan of its product." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async changeServiceSubscriptionPlan(
    @Arg("input", () => ChangeServiceSubscriptionPlanInput, { description: "The subscription and its new plan." }) input: ChangeServiceSubscriptionPlanInput,
    @Ctx() ctx: Context,
  ) {
    return subPayload(await subscriptions.changeSubscriptionPlan(ctx.tx, actorOf(ctx), rowIdOf(input.id, "ServiceSubscription"), rowIdOf(input.planId, "Plan")));
  }

  @Mutation(() => DeleteServiceSubscriptionPayload, { description: "Unsubscribes the account from the product; refused while it has applications of it." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async deleteServiceSubscription(@Arg("input", () => ServiceSubscriptionIdInput, { description: "The subscription." }) input: ServiceSubscriptionIdInput, @Ctx() ctx: Context) {
    const r = await subscriptions.deleteSubscription(ctx.tx, actorOf(ctx), rowIdOf(input.id, "ServiceSubscription"));
    return r.ok ? { deletedServiceSubscriptionId: toGlobalId("ServiceSubscription", r.subscription.id), userErrors: [] } : { deletedServiceSubscriptionId: null, userErrors: r.userErrors };
  }

  @Mutation(() => RunBulkServiceSubscriptionOperation.Payload, {
    description:
      "Sends an email to the subscribers of, changes the service plan of, or accepts, suspends or resumes several subscriptions: given `ids`, at once with a result per subscription; " +
      "given a `filter` (minus `exceptIds`), every matching subscription, as a job.",
  })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async runBulkServiceSubscriptionOperation(
    @Arg("input", () => RunBulkServiceSubscriptionOperation.Input, { description: "The subscriptions and the operation." })
    input: InstanceType<typeof RunBulkServiceSubscriptionOperation.Input> & BulkOperationParameters,
    @Ctx() ctx: Context,
  ) {
    const actor = actorOf(ctx);
    const checked = await checkOperation(ctx.tx, input, "SERVICE");
    if (!checked.ok) return checked.payload;
    return runBulkAction(ctx.tx, actor, input, {
      itemType: "ServiceSubscription",
      apply: (tx, id) => applySubscriptionOperation(tx, actor, checked.operation, rowIdOf(id, "ServiceSubscription")),
      job: bulkSubscriptionOperationJob,
      where: serviceSubscriptionListing.where,
      jobParams: { ...checked.operation },
    });
  }

  private async transition(ctx: Context, id: string, action: Action) {
    return subPayload(await subscriptions.changeSubscriptionState(ctx.tx, actorOf(ctx), rowIdOf(id, "ServiceSubscription"), action));
  }
}

/** The applications module says which application a custom plan belongs to. */
@Resolver(() => Plan)
export class PlanApplicationResolver {
  @FieldResolver(() => Application, { nullable: true, description: "The application whose custom plan this is; null for a standard plan." })
  async customForApplication(@Root() plan: PlanRow, @Ctx() ctx: Context) {
    return plan.customForApplicationId ? ctx.loaders.applications.applicationById.load(plan.customForApplicationId) : null;
  }
}

/** The applications module adds an account's applications and subscriptions to the accounts module's Account. */
@Resolver(() => Account)
export class AccountApplicationsResolver {
  @FieldResolver(() => applicationListing.Connection, { description: "Its applications." })
  @Reads("id")
  applications(@Root() account: AccountRow, @Args(() => applicationListing.Args) args: ApplicationListArgs, @Ctx() ctx: Context) {
    return ctx.loaders.applications.applicationsOfAccount(account.id, args);
  }

  @FieldResolver(() => Int, { description: "How many applications it has." })
  @Reads("id")
  applicationCount(@Root() account: AccountRow, @Ctx() ctx: Context) {
    return ctx.loaders.applications.applicationCount.get(account.id);
  }

  @FieldResolver(() => serviceSubscriptionListing.Connection, { description: "Its subscriptions to products." })
  @Reads("id")
  serviceSubscriptions(@Root() account: AccountRow, @Args(() => serviceSubscriptionListing.Args) args: ServiceSubscriptionListArgs, @Ctx() ctx: Context) {
    return ctx.loaders.applications.subscriptionsOfAccount(account.id, args);
  }
}

@Resolver()
export class SignupResolver {
  @Mutation(() => SignupExpressPayload, {
    description:
      "Signs a developer up in one call: the account, its admin user, its subscriptions and applications, all or nothing. For the provider's own signup code. " +
      "Refused while self-signup is off.",
  })
  // The password is hashed holding no transaction or connection (it takes tens of milliseconds); the
  // request's transaction opens for the signup itself.
  @Access({ scope: "ACCOUNT_MANAGEMENT", alone: true, ownTransaction: true })
  async signupExpress(@Arg("input", () => SignupExpressInput, { description: "The developer and the plans." }) input: SignupExpressInput, @Ctx() ctx: Context) {
    const refused = (userErrors: SignupExpressPayload["userErrors"]) => ({ account: null, user: null, applications: [], serviceSubscriptions: [], userErrors });
    const problem = input.password != null ? passwordProblem(input.password) : null;
    if (problem) return refused([userError(SignupErrorCode.INVALID, problem, ["input", "password"])]);
    const passwordHash = input.password != null ? await hashPassword(input.password) : null;
    if (!ctx.openRequestTransaction) throw new Error("signupExpress runs as an ownTransaction mutation (graphql/operation-mode.ts)");
    const tx = await ctx.openRequestTransaction(ctx);
    const ids = (list: string[] | null | undefined) => (list == null ? undefined : list.map((id) => rowIdOf(id, "Plan")));
    const result = await signupExpress(
      tx,
      actorOf(ctx),
      {
        ...input,
        accountPlanId: input.accountPlanId == null ? undefined : rowIdOf(input.accountPlanId, "Plan"),
        applicationPlanIds: ids(input.applicationPlanIds),
        servicePlanIds: ids(input.servicePlanIds),
      },
      passwordHash,
    );
    return result.ok
      ? { account: result.account, user: result.user, applications: result.applications, serviceSubscriptions: result.subscriptions, userErrors: [] }
      : refused(result.userErrors);
  }
}

type RequestResult = Awaited<ReturnType<typeof planChanges.approvePlanChange>>;
const requestPayload = (r: RequestResult) => (r.ok ? { planChangeRequest: r.request, userErrors: [] } : { planChangeRequest: null, userErrors: r.userErrors });

@Resolver(() => PlanChangeRequest)
export class PlanChangeRequestResolver {
  @Query(() => planChangeRequestListing.Connection, { description: "Developers' requests to move applications to other plans, newest first." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  planChangeRequests(@Args(() => planChangeRequestListing.Args) args: PlanChangeRequestListArgs, @Ctx() ctx: Context) {
    return planChanges.listPlanChangeRequests(ctx.tx, actorOf(ctx), args);
  }

  @FieldResolver(() => Application, { description: "The application." })
  @Reads("applicationId")
  async application(@Root() r: PlanChangeRequestRow, @Ctx() ctx: Context) {
    return ctx.loaders.applications.applicationById.load(r.applicationId);
  }

  @FieldResolver(() => Plan, { nullable: true, description: "The plan it was on when asked; null once that plan is gone (a custom plan goes when its application leaves it)." })
  @Reads("fromPlanId")
  async fromPlan(@Root() r: PlanChangeRequestRow, @Ctx() ctx: Context) {
    return r.fromPlanId ? ctx.loaders.plans.planById.load(r.fromPlanId) : null;
  }

  @FieldResolver(() => Plan, { description: "The plan asked for." })
  @Reads("toPlanId")
  async toPlan(@Root() r: PlanChangeRequestRow, @Ctx() ctx: Context) {
    return ctx.loaders.plans.planById.load(r.toPlanId);
  }

  @Mutation(() => PlanChangeRequestPayload, {
    description: "Asks, for a developer, to move an application to another plan of its product: the admins are notified and approve or reject it. One pending request per application.",
  })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async requestApplicationPlanChange(@Arg("input", () => RequestApplicationPlanChangeInput, { description: "The application and the plan." }) input: RequestApplicationPlanChangeInput, @Ctx() ctx: Context) {
    return requestPayload(
      await planChanges.requestPlanChange(ctx.tx, actorOf(ctx), { applicationId: rowIdOf(input.applicationId, "Application"), planId: rowIdOf(input.planId, "Plan"), message: input.message }),
    );
  }

  @Mutation(() => PlanChangeRequestPayload, { description: "Approves a pending request: the application moves to the plan, and the developer account is told." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async approvePlanChangeRequest(@Arg("input", () => PlanChangeRequestIdInput, { description: "The request." }) input: PlanChangeRequestIdInput, @Ctx() ctx: Context) {
    return requestPayload(await planChanges.approvePlanChange(ctx.tx, actorOf(ctx), rowIdOf(input.id, "PlanChangeRequest")));
  }

  @Mutation(() => PlanChangeRequestPayload, { description: "Rejects a pending request; the developer account is told, with the reason when given." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async rejectPlanChangeRequest(@Arg("input", () => RejectPlanChangeRequestInput, { description: "The request and why." }) input: RejectPlanChangeRequestInput, @Ctx() ctx: Context) {
    return requestPayload(await planChanges.rejectPlanChange(ctx.tx, actorOf(ctx), rowIdOf(input.id, "PlanChangeRequest"), input.reason));
  }
}
