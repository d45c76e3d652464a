import { accountActionsFrom } from "@gatehouse/schema/accounts";
import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { Access } from "../../graphql/access.js";
import { actorOf, type Context } from "../../graphql/context.js";
import { notFound } from "../../graphql/errors.js";
import { rowIdOf, toGlobalId } from "../../graphql/node.js";
import { DecimalScalar } from "../../graphql/scalars.js";
import { Plan } from "../plans/plan.type.js";
import {
  AcceptInvitationInput,
  AcceptInvitationPayload,
  AccountIdInput,
  AccountPayload,
  ChangeAccountPlanInput,
  CreateAccountInput,
  CreateAccountPayload,
  CreateFieldDefinitionInput,
  DeleteAccountPayload,
  DeleteFieldDefinitionInput,
  FieldDefinitionPayload,
  InvitationIdInput,
  InvitationPayload,
  InviteAccountUserInput,
  type BulkAccountOperationParameters,
  RunBulkAccountOperation,
  SendMessageInput,
  SendMessagePayload,
  UpdateAccountInput,
  UpdateFieldDefinitionInput,
  UpdateSignupSettingsInput,
} from "./account.input.js";
import * as accountsService from "./account.service.js";
import { Account, AccountAction, AccountInvitation, type AccountInvitationListArgs, accountInvitationListing, type AccountListArgs, accountListing, InvitationState, type AccountMessageListArgs, accountMessageListing, AccountUser, type AccountUserListArgs, accountUserListing, FieldDefinition, FieldValue, SignupSettings } from "./account.type.js";
import { type AccountRow, type AccountUserRow, FieldTarget } from "./accounts.tables.js";
import * as fieldsService from "./field-definition.service.js";
import * as messagesService from "./message.service.js";
import * as invitations from "./invitation.service.js";
import { hashPassword, passwordProblem } from "../../auth/password.js";
import { userError } from "../../graphql/user-error.js";
import { AccountErrorCode } from "./accounts.errors.js";
import type { AccountInvitationRow } from "./accounts.tables.js";
import { applyAccountOperationById, bulkAccountOperationJob, checkAccountOperation } from "./account.jobs.js";
import { runBulkAction } from "../../kit/bulk.js";
import type { AccountAction as Action } from "@gatehouse/schema/accounts";
import { Reads } from "../../kit/reads.js";

type Result = Awaited<ReturnType<typeof accountsService.updateAccount>>;
const payload = (result: Result) => (result.ok ? { account: result.account, userErrors: [] } : { account: null, userErrors: result.userErrors });

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => accountListing.Connection, { description: "The tenant's developer accounts, newest first by default." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  accounts(@Args(() => accountListing.Args) args: AccountListArgs, @Ctx() ctx: Context) {
    return accountsService.listAccounts(ctx.tx, actorOf(ctx), args);
  }

  @Query(() => Account, { description: "One developer account by ID (NOT_FOUND when the tenant has none with it)." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async account(@Arg("id", () => ID, { description: "Global ID of the account." }) id: string, @Ctx() ctx: Context) {
    const rowId = rowIdOf(id, "Account");
    const account = rowId ? await ctx.loaders.accounts.accountById.load(rowId) : null;
    if (!account) throw notFound("Account");
    return account;
  }

  @FieldResolver(() => Plan, { description: "Its account plan." })
  @Reads("planId")
  plan(@Root() account: AccountRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    // At once when the page fetched it ahead with what the query reads of it (graphql/loader.ts `rowById`).
    return ctx.loaders.plans.planById.row(account.planId, info);
  }

  @FieldResolver(() => DecimalScalar, { nullable: true, description: "VAT rate in percent (the `vat_rate` field), which billing adds to its invoices." })
  @Reads("vatRate")
  vatRate(@Root() account: AccountRow) {
    return account.vatRate;
  }

  @FieldResolver(() => [FieldValue], { description: "Its fields in form order, built-in and extra, with their values; hidden ones included." })
  @Reads("tenantId", "fields")
  async fields(@Root() account: AccountRow, @Ctx() ctx: Context) {
    const definitions = await ctx.loaders.accounts.fieldDefinitions.load(`${account.tenantId}:ACCOUNT`);
    return fieldsService.fieldValuesOf(definitions, account.fields);
  }

  @FieldResolver(() => AccountUser, { nullable: true, description: "Its first admin user: the one it signed up or was created with." })
  @Reads("id")
  adminUser(@Root() account: AccountRow, @Ctx() ctx: Context) {
    return ctx.loaders.accounts.adminUserOfAccount.get(account.id);
  }

  @FieldResolver(() => accountUserListing.Connection, { description: "Its users." })
  @Reads("id")
  users(@Root() account: AccountRow, @Args(() => accountUserListing.Args) args: AccountUserListArgs, @Ctx() ctx: Context) {
    return ctx.loaders.accounts.usersOfAccount(account.id, args);
  }

  @FieldResolver(() => accountMessageListing.Connection, { description: "Its messages with the tenant, newest first." })
  @Reads("id")
  messages(@Root() account: AccountRow, @Args(() => accountMessageListing.Args) args: AccountMessageListArgs, @Ctx() ctx: Context) {
    return ctx.loaders.accounts.messagesOfAccount(account.id, args);
  }

  @Mutation(() => SendMessagePayload, { description: "Sends a message to a developer account: to its inbox, and by email to its admin users." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async sendMessage(@Arg("input", () => SendMessageInput, { description: "The account and the message." }) input: SendMessageInput, @Ctx() ctx: Context) {
    const result = await messagesService.sendMessage(ctx.tx, actorOf(ctx), rowIdOf(input.accountId, "Account"), input);
    return result.ok ? { message: result.message, userErrors: [] } : { message: null, userErrors: result.userErrors };
  }

  @FieldResolver(() => accountInvitationListing.Connection, { description: "Invitations to join it, newest first." })
  @Reads("id")
  invitations(@Root() account: AccountRow, @Args(() => accountInvitationListing.Args) args: AccountInvitationListArgs, @Ctx() ctx: Context) {
    return ctx.loaders.accounts.invitationsOfAccount(account.id, args);
  }

  @Mutation(() => InvitationPayload, { description: "Invites someone to a developer account: an email with a link to accept it and set a password (valid 14 days)." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async inviteAccountUser(@Arg("input", () => InviteAccountUserInput, { description: "The account and whom." }) input: InviteAccountUserInput, @Ctx() ctx: Context) {
    const r = await invitations.inviteAccountUser(ctx.tx, actorOf(ctx), { ...input, accountId: rowIdOf(input.accountId, "Account") });
    return r.ok ? { invitation: r.invitation, userErrors: [] } : { invitation: null, userErrors: r.userErrors };
  }

  @Mutation(() => InvitationPayload, { description: "Sends an open invitation again, with a new link valid 14 days; the old link stops working." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async resendInvitation(@Arg("input", () => InvitationIdInput, { description: "The invitation." }) input: InvitationIdInput, @Ctx() ctx: Context) {
    const r = await invitations.resendInvitation(ctx.tx, actorOf(ctx), rowIdOf(input.id, "AccountInvitation"));
    return r.ok ? { invitation: r.invitation, userErrors: [] } : { invitation: null, userErrors: r.userErrors };
  }

  @Mutation(() => AcceptInvitationPayload, {
    description: "Accepts an invitation with the token of its link (for the provider's developer portal): the invitee becomes an active user of the account with this password.",
  })
  // The password is hashed holding no transaction; the request's transaction opens for the rest.
  @Access({ scope: "ACCOUNT_MANAGEMENT", alone: true, ownTransaction: true })
  async acceptInvitation(@Arg("input", () => AcceptInvitationInput, { description: "The token and the new user's password." }) input: AcceptInvitationInput, @Ctx() ctx: Context) {
    const problem = passwordProblem(input.password);
    if (problem) return { user: null, userErrors: [userError(AccountErrorCode.INVALID, problem, ["input", "password"])] };
    const passwordHash = await hashPassword(input.password);
    if (!ctx.openRequestTransaction) throw new Error("acceptInvitation runs as an ownTransaction mutation (graphql/operation-mode.ts)");
    const tx = await ctx.openRequestTransaction(ctx);
    const r = await invitations.acceptInvitation(tx, actorOf(ctx), { token: input.token, username: input.username, passwordHash });
    return r.ok ? { user: r.user, userErrors: [] } : { user: null, userErrors: r.userErrors };
  }

  @FieldResolver(() => [AccountAction.graphql], { description: "The state changes its state allows now." })
  @Reads("state")
  availableActions(@Root() account: AccountRow) {
    return accountActionsFrom(account.state);
  }

  @Mutation(() => CreateAccountPayload, { description: "Creates an approved developer account with its admin user (no password: invite the user to set one)." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async createAccount(@Arg("input", () => CreateAccountInput, { description: "The account." }) input: CreateAccountInput, @Ctx() ctx: Context) {
    const result = await accountsService.createAccount(ctx.tx, actorOf(ctx), { ...input, planId: input.planId == null ? undefined : rowIdOf(input.planId, "Plan") });
    return result.ok ? { account: result.account, user: result.user, userErrors: [] } : { account: null, user: null, userErrors: result.userErrors };
  }

  @Mutation(() => AccountPayload, { description: "Changes a developer account's name and field values." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async updateAccount(@Arg("input", () => UpdateAccountInput, { description: "The changes." }) input: UpdateAccountInput, @Ctx() ctx: Context) {
    const { id, ...changes } = input;
    return payload(await accountsService.updateAccount(ctx.tx, actorOf(ctx), rowIdOf(id, "Account"), changes));
  }

  @Mutation(() => AccountPayload, { description: "Approves an account that is created, pending or rejected." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  approveAccount(@Arg("input", () => AccountIdInput, { description: "The account." }) input: AccountIdInput, @Ctx() ctx: Context) {
    return this.transition(ctx, input.id, "APPROVE");
  }

  @Mutation(() => AccountPayload, { description: "Rejects an account that is created, pending or approved." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  rejectAccount(@Arg("input", () => AccountIdInput, { description: "The account." }) input: AccountIdInput, @Ctx() ctx: Context) {
    return this.transition(ctx, input.id, "REJECT");
  }

  @Mutation(() => AccountPayload, { description: "Makes an account that is created, approved or rejected wait for approval again." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  makeAccountPending(@Arg("input", () => AccountIdInput, { description: "The account." }) input: AccountIdInput, @Ctx() ctx: Context) {
    return this.transition(ctx, input.id, "MAKE_PENDING");
  }

  @Mutation(() => AccountPayload, { description: "Suspends an account (any state but suspended)." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  suspendAccount(@Arg("input", () => AccountIdInput, { description: "The account." }) input: AccountIdInput, @Ctx() ctx: Context) {
    return this.transition(ctx, input.id, "SUSPEND");
  }

  @Mutation(() => AccountPayload, { description: "Resumes a suspended account: it is approved again." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  resumeAccount(@Arg("input", () => AccountIdInput, { description: "The account." }) input: AccountIdInput, @Ctx() ctx: Context) {
    return this.transition(ctx, input.id, "RESUME");
  }

  @Mutation(() => AccountPayload, { description: "Moves a developer account to another of the tenant's account plans." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async changeAccountPlan(@Arg("input", () => ChangeAccountPlanInput, { description: "The account and its new plan." }) input: ChangeAccountPlanInput, @Ctx() ctx: Context) {
    return payload(await accountsService.changeAccountPlan(ctx.tx, actorOf(ctx), rowIdOf(input.id, "Account"), rowIdOf(input.planId, "Plan")));
  }

  @Mutation(() => DeleteAccountPayload, { description: "Deletes a developer account with its users, applications and subscriptions." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async deleteAccount(@Arg("input", () => AccountIdInput, { description: "The account." }) input: AccountIdInput, @Ctx() ctx: Context) {
    const result = await accountsService.deleteAccount(ctx.tx, actorOf(ctx), rowIdOf(input.id, "Account"));
    return result.ok ? { deletedAccountId: toGlobalId("Account", result.account.id), userErrors: [] } : { deletedAccountId: null, userErrors: result.userErrors };
  }

  @Mutation(() => RunBulkAccountOperation.Payload, {
    description:
      "Sends an email to, changes the plan of, or approves, rejects or makes pending several developer accounts: given `ids`, at once with a result per account " +
      "(one that cannot be changed does not stop the others); given a `filter` (minus `exceptIds`), every matching account, as a job.",
  })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async runBulkAccountOperation(
    @Arg("input", () => RunBulkAccountOperation.Input, { description: "The accounts and the operation." }) input: InstanceType<typeof RunBulkAccountOperation.Input> & BulkAccountOperationParameters,
    @Ctx() ctx: Context,
  ) {
    const actor = actorOf(ctx);
    const checked = await checkAccountOperation(ctx.tx, actor, input);
    if (!checked.ok) return checked.payload;
    return runBulkAction(ctx.tx, actor, input, {
      itemType: "Account",
      apply: (tx, id) => applyAccountOperationById(tx, actor, checked.operation, id),
      job: bulkAccountOperationJob,
      where: accountListing.where,
      jobParams: { ...checked.operation },
    });
  }

  private async transition(ctx: Context, id: string, action: Action) {
    return payload(await accountsService.changeAccountState(ctx.tx, actorOf(ctx), rowIdOf(id, "Account"), action));
  }
}

@Resolver(() => AccountUser)
export class AccountUserResolver {
  @FieldResolver(() => Account, { description: "The account the user belongs to." })
  @Reads("accountId")
  async account(@Root() user: AccountUserRow, @Ctx() ctx: Context) {
    return ctx.loaders.accounts.accountById.load(user.accountId);
  }

  @FieldResolver(() => [FieldValue], { description: "The user's fields in form order (`first_name`, `last_name`, extra fields), with their values." })
  @Reads("tenantId", "fields")
  async fields(@Root() user: AccountUserRow, @Ctx() ctx: Context) {
    const definitions = await ctx.loaders.accounts.fieldDefinitions.load(`${user.tenantId}:USER`);
    return fieldsService.fieldValuesOf(definitions, user.fields);
  }
}

@Resolver(() => FieldDefinition)
export class FieldDefinitionResolver {
  @Query(() => [FieldDefinition], { description: "The fields of developer accounts or of their users, built-in and extra, in form order." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  fieldDefinitions(@Arg("target", () => FieldTarget.graphql, { description: "Accounts or users." }) target: FieldTarget, @Ctx() ctx: Context) {
    return fieldsService.fieldDefinitionsOf(ctx.tx, actorOf(ctx), target);
  }

  @Mutation(() => FieldDefinitionPayload, { description: "Adds an extra field to developer accounts or their users." })
  @Access({ scope: "ACCOUNT_MANAGEMENT", admin: true })
  async createFieldDefinition(@Arg("input", () => CreateFieldDefinitionInput, { description: "The field." }) input: CreateFieldDefinitionInput, @Ctx() ctx: Context) {
    const result = await fieldsService.createFieldDefinition(ctx.tx, actorOf(ctx), input);
    return result.ok ? { fieldDefinition: result.definition, userErrors: [] } : { fieldDefinition: null, userErrors: result.userErrors };
  }

  @Mutation(() => FieldDefinitionPayload, { description: "Changes a field's label, whether it is required or hidden, its choices or position." })
  @Access({ scope: "ACCOUNT_MANAGEMENT", admin: true })
  async updateFieldDefinition(@Arg("input", () => UpdateFieldDefinitionInput, { description: "The field and its changes." }) input: UpdateFieldDefinitionInput, @Ctx() ctx: Context) {
    const { target, name, ...settings } = input;
    const result = await fieldsService.updateFieldDefinition(ctx.tx, actorOf(ctx), target, name, settings);
    return result.ok ? { fieldDefinition: result.definition, userErrors: [] } : { fieldDefinition: null, userErrors: result.userErrors };
  }

  @Mutation(() => FieldDefinitionPayload, { description: "Deletes an extra field with its values; built-in fields can only be hidden." })
  @Access({ scope: "ACCOUNT_MANAGEMENT", admin: true })
  async deleteFieldDefinition(@Arg("input", () => DeleteFieldDefinitionInput, { description: "The field." }) input: DeleteFieldDefinitionInput, @Ctx() ctx: Context) {
    const result = await fieldsService.deleteFieldDefinition(ctx.tx, actorOf(ctx), input.target, input.name);
    return result.ok ? { fieldDefinition: result.definition, userErrors: [] } : { fieldDefinition: null, userErrors: result.userErrors };
  }
}

@Resolver(() => SignupSettings)
export class SignupSettingsResolver {
  @Query(() => SignupSettings, { description: "How developers sign up: on their own or not, with approval or not." })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  signupSettings(@Ctx() ctx: Context) {
    return accountsService.signupSettingsOf(ctx.tx, actorOf(ctx));
  }

  @Mutation(() => SignupSettings, { description: "Changes the signup settings; returns them as they are now." })
  @Access({ scope: "ACCOUNT_MANAGEMENT", admin: true })
  updateSignupSettings(@Arg("input", () => UpdateSignupSettingsInput, { description: "The changes." }) input: UpdateSignupSettingsInput, @Ctx() ctx: Context) {
    return accountsService.updateSignupSettings(ctx.tx, actorOf(ctx), input);
  }
}

@Resolver(() => AccountInvitation)
export class AccountInvitationResolver {
  @FieldResolver(() => InvitationState.graphql, { description: "PENDING, ACCEPTED or EXPIRED." })
  @Reads("acceptedAt", "expiresAt")
  state(@Root() invitation: AccountInvitationRow) {
    return invitation.acceptedAt ? "ACCEPTED" : invitation.expiresAt.getTime() <= Date.now() ? "EXPIRED" : "PENDING";
  }

  @FieldResolver(() => Account, { description: "The account." })
  @Reads("accountId")
  async account(@Root() invitation: AccountInvitationRow, @Ctx() ctx: Context) {
    return ctx.loaders.accounts.accountById.load(invitation.accountId);
  }
}
