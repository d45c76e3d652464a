import { accountActionsFrom, type AccountAction, type FieldDefinitionView } from '@gatehouse/schema/accounts';
import type { ResolversParentTypes, ResolversTypes } from '../../gql/resolver-types';
import { connection } from '../connection';
import { toGlobalId } from '../global-id';
import type { MockContext } from '../mock-context';
import { notFound } from '../mock-errors';
import type { MockModule } from '../mock-module';
import { runBulkAction } from '../bulk';
import { enqueueJob } from '../jobs/jobs';
import { actorOf, requireViewer } from '../viewer';
import { applyAccountOperation, bulkAccountOperationJob, checkAccountOperation } from './account-jobs';
import { acceptInvitation, findInvitation, invitationsOf, invitationState, inviteAccountUser, resendInvitation, type AccountInvitationFixture } from './invitations';
import { findAccountMessage, messagesOf, sendMessage } from './messages';
import { signupSettingsOf, updateSignupSettings } from './signup-settings';
import { accountOf, adminUserOf, findAccount, findAccountUser, usersOfAccount, type AccountFixture, type AccountUserFixture } from './account-store';
import {
  accountUserOrder,
  changeAccountPlan,
  changeAccountState,
  createAccount,
  deleteAccount,
  listAccounts,
  planOfAccount,
  updateAccount,
} from './accounts';
import {
  createFieldDefinition,
  deleteFieldDefinition,
  fieldDefinitionNode,
  fieldDefinitionsOf,
  fieldValuesOf,
  updateFieldDefinition,
  type Outcome,
} from './field-definitions';

/**
 * Accounts and their users resolve from their rows, as plans from theirs: codegen maps no fixture to
 * them (codegen.config.ts), so the rows stand in for the generated parent types here, and the field
 * resolvers below derive the rest (plan, fields, admin user, users, actions), as the server's do.
 */
const asAccount = (row: AccountFixture) => row as unknown as ResolversTypes['Account'];
const asAccountUser = (row: AccountUserFixture) => row as unknown as ResolversTypes['AccountUser'];
const accountRow = (parent: ResolversParentTypes['Account']) => parent as unknown as AccountFixture;
const accountUserRow = (parent: ResolversParentTypes['AccountUser']) => parent as unknown as AccountUserFixture;

const tenantOf = (ctx: MockContext) => requireViewer(ctx).tenantId;

const accountPayload = (result: Outcome<{ account: AccountFixture }>) => ({
  __typename: 'AccountPayload' as const,
  ...(result.ok ? { account: asAccount(result.account), userErrors: [] } : { account: null, userErrors: result.userErrors }),
});
const fieldDefinitionPayload = (result: Outcome<{ definition: FieldDefinitionView }>) => ({
  __typename: 'FieldDefinitionPayload' as const,
  ...(result.ok ? { fieldDefinition: fieldDefinitionNode(result.definition), userErrors: [] } : { fieldDefinition: null, userErrors: result.userErrors }),
});
const asInvitation = (row: AccountInvitationFixture) => row as unknown as ResolversTypes['AccountInvitation'];
const invitationRow = (parent: ResolversParentTypes['AccountInvitation']) => parent as unknown as AccountInvitationFixture;
const invitationPayload = (result: Outcome<{ invitation: AccountInvitationFixture }>) => ({
  __typename: 'InvitationPayload' as const,
  ...(result.ok ? { invitation: asInvitation(result.invitation), userErrors: [] } : { invitation: null, userErrors: result.userErrors }),
});
const transition = (ctx: MockContext, id: string, action: AccountAction) => accountPayload(changeAccountState(ctx.state, actorOf(ctx), id, action, ctx.now));

/** Only the tenant's own accounts and users, for the master too (row-level security). */
const ownAccount = (ctx: MockContext, rowId: string) => (ctx.viewer ? findAccount(ctx.state, ctx.viewer.tenantId, toGlobalId('Account', rowId)) : undefined);
const ownAccountUser = (ctx: MockContext, rowId: string) => (ctx.viewer ? findAccountUser(ctx.state, ctx.viewer.tenantId, toGlobalId('AccountUser', rowId)) : undefined);

/** Field definitions and signup settings are the tenant's admins' to change (the server's `admin: true`); members read them. */
const ADMIN = { admin: true } as const;

/**
 * The accounts domain (server/src/modules/accounts): the tenant's developer accounts — listed,
 * searched, filtered and sorted; created with their admin user, changed, moved along porta's state
 * machine and to another account plan, deleted, messaged, changed in bulk (by ids, or by filter as a
 * job) — their users, the fields the tenant keeps on them, and how developers sign up. Members read
 * them all; every mutation is refused to them by the access check, as on the server.
 */
export const accountsMock: MockModule = {
  name: 'accounts',
  resolvers: {
    Query: {
      accounts: (_, args, ctx) => {
        const { items, order } = listAccounts(ctx.state, tenantOf(ctx), args.filter, args.orderBy);
        return connection(items, args, 'Account', order) as unknown as ResolversTypes['AccountConnection'];
      },
      account: (_, { id }, ctx) => {
        const account = findAccount(ctx.state, tenantOf(ctx), id);
        if (!account) throw notFound('Account');
        return asAccount(account);
      },
      fieldDefinitions: (_, { target }, ctx) => fieldDefinitionsOf(ctx.state, tenantOf(ctx), target).map(fieldDefinitionNode),
      signupSettings: (_, __, ctx) => signupSettingsOf(ctx.state, tenantOf(ctx)),
    },
    Mutation: {
      createAccount: (_, { input }, ctx) => {
        const result = createAccount(ctx.state, actorOf(ctx), input, ctx.now);
        return {
          __typename: 'CreateAccountPayload',
          ...(result.ok
            ? { account: asAccount(result.account), user: asAccountUser(result.user), userErrors: [] }
            : { account: null, user: null, userErrors: result.userErrors }),
        };
      },
      updateAccount: (_, { input: { id, ...changes } }, ctx) => accountPayload(updateAccount(ctx.state, actorOf(ctx), id, changes, ctx.now)),
      approveAccount: (_, { input }, ctx) => transition(ctx, input.id, 'APPROVE'),
      rejectAccount: (_, { input }, ctx) => transition(ctx, input.id, 'REJECT'),
      makeAccountPending: (_, { input }, ctx) => transition(ctx, input.id, 'MAKE_PENDING'),
      suspendAccount: (_, { input }, ctx) => transition(ctx, input.id, 'SUSPEND'),
      resumeAccount: (_, { input }, ctx) => transition(ctx, input.id, 'RESUME'),
      changeAccountPlan: (_, { input }, ctx) => accountPayload(changeAccountPlan(ctx.state, actorOf(ctx), input.id, input.planId, ctx.now)),
      deleteAccount: (_, { input }, ctx) => {
        const result = deleteAccount(ctx.state, actorOf(ctx), input.id, ctx.now);
        return {
          __typename: 'DeleteAccountPayload',
          ...(result.ok ? { deletedAccountId: result.account.id, userErrors: [] } : { deletedAccountId: null, userErrors: result.userErrors }),
        };
      },
      createFieldDefinition: (_, { input }, ctx) => fieldDefinitionPayload(createFieldDefinition(ctx.state, actorOf(ctx), input, ctx.now)),
      updateFieldDefinition: (_, { input: { target, name, ...settings } }, ctx) =>
        fieldDefinitionPayload(updateFieldDefinition(ctx.state, actorOf(ctx), target, name, settings, ctx.now)),
      deleteFieldDefinition: (_, { input }, ctx) => fieldDefinitionPayload(deleteFieldDefinition(ctx.state, actorOf(ctx), input.target, input.name, ctx.now)),
      sendMessage: (_, { input }, ctx) => {
        const result = sendMessage(ctx.state, actorOf(ctx), input.accountId, input, ctx.now);
        return { __typename: 'SendMessagePayload', ...(result.ok ? { message: result.message, userErrors: [] } : { message: null, userErrors: result.userErrors }) };
      },
      runBulkAccountOperation: (_, { input }, ctx) => {
        const actor = actorOf(ctx);
        const checked = checkAccountOperation(ctx.state, actor.tenantId, input);
        if (!checked.ok) return { __typename: 'RunBulkAccountOperationPayload', ...checked.payload };
        return {
          __typename: 'RunBulkAccountOperationPayload',
          ...runBulkAction(input, {
            resultTypename: 'RunBulkAccountOperationItemResult',
            itemType: 'Account',
            apply: (id) => applyAccountOperation(ctx.state, actor, checked.operation, id, ctx.now),
            assertFilter: (filter) => listAccounts(ctx.state, actor.tenantId, filter, null),
            enqueue: (params) =>
              enqueueJob(ctx.state, bulkAccountOperationJob, { tenantId: actor.tenantId, userId: actor.user.id, requestId: actor.requestId }, { ...checked.operation, ...params }, ctx.now),
          }),
        };
      },
      updateSignupSettings: (_, { input }, ctx) => updateSignupSettings(ctx.state, actorOf(ctx), input, ctx.now),
      inviteAccountUser: (_, { input }, ctx) => invitationPayload(inviteAccountUser(ctx.state, actorOf(ctx), input, ctx.now)),
      resendInvitation: (_, { input }, ctx) => invitationPayload(resendInvitation(ctx.state, actorOf(ctx), input.id, ctx.now)),
      acceptInvitation: (_, { input }, ctx) => {
        const result = acceptInvitation(ctx.state, actorOf(ctx), input, ctx.now);
        return { __typename: 'AcceptInvitationPayload', ...(result.ok ? { user: asAccountUser(result.user), userErrors: [] } : { user: null, userErrors: result.userErrors }) };
      },
    },
    Account: {
      plan: (parent, _, ctx) => planOfAccount(ctx.state, accountRow(parent)),
      fields: (parent, _, ctx) => {
        const account = accountRow(parent);
        return fieldValuesOf(fieldDefinitionsOf(ctx.state, account.tenantId, 'ACCOUNT'), account.values);
      },
      adminUser: (parent, _, ctx) => {
        const admin = adminUserOf(ctx.state, accountRow(parent).id);
        return admin ? asAccountUser(admin) : null;
      },
      users: (parent, args, ctx) =>
        connection(usersOfAccount(ctx.state, accountRow(parent).id), args, 'AccountUser', accountUserOrder(args.orderBy)) as unknown as ResolversTypes['AccountUserConnection'],
      availableActions: (parent) => accountActionsFrom(accountRow(parent).state),
      invitations: (parent, args, ctx) => {
        const { items, order } = invitationsOf(ctx.state, accountRow(parent).id, args.orderBy);
        return connection(items, args, 'AccountInvitation', order) as unknown as ResolversTypes['AccountInvitationConnection'];
      },
      messages: (parent, args, ctx) => {
        const { items, order } = messagesOf(ctx.state, accountRow(parent).id, args.filter, args.orderBy);
        return connection(items, args, 'AccountMessage', order);
      },
    },
    AccountInvitation: {
      state: (parent, _, ctx) => invitationState(invitationRow(parent), ctx.now),
      account: (parent, _, ctx) => asAccount(accountOf(ctx.state, invitationRow(parent).accountId)),
    },
    AccountUser: {
      account: (parent, _, ctx) => asAccount(accountOf(ctx.state, accountUserRow(parent).accountId)),
      fields: (parent, _, ctx) => {
        const user = accountUserRow(parent);
        return fieldValuesOf(fieldDefinitionsOf(ctx.state, user.tenantId, 'USER'), user.values);
      },
    },
  },
  nodes: {
    Account: (ctx, rowId) => ownAccount(ctx, rowId) ?? null,
    AccountUser: (ctx, rowId) => ownAccountUser(ctx, rowId) ?? null,
    AccountMessage: (ctx, rowId) => (ctx.viewer ? (findAccountMessage(ctx.state, ctx.viewer.tenantId, rowId) ?? null) : null),
    AccountInvitation: (ctx, rowId) => (ctx.viewer ? (findInvitation(ctx.state, ctx.viewer.tenantId, toGlobalId('AccountInvitation', rowId)) ?? null) : null),
  },
  access: {
    // `acceptInvitation` runs in a transaction of its own (the server's `alone: true`).
    Mutation: { createFieldDefinition: ADMIN, updateFieldDefinition: ADMIN, deleteFieldDefinition: ADMIN, updateSignupSettings: ADMIN, acceptInvitation: { alone: true } },
  },
  jobs: [bulkAccountOperationJob],
};
