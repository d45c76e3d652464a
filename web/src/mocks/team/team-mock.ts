import { runBulkAction } from '../bulk';
import { connection } from '../connection';
import { rowIdOf } from '../global-id';
import { assertListingFilter } from '../listing-filter';
import type { MockModule } from '../mock-module';
import { enqueueJob } from '../jobs/jobs';
import { actorOf, isMasterViewer, requireViewer } from '../viewer';
import { revokeAccessTokensJob } from './access-token-jobs';
import { accessTokenState, createAccessToken, listAccessTokens, revokeAccessToken, revokeAccessTokenItem } from './access-tokens';
import { changePassword, login, logout, unlockLogin } from './auth';
import { userOrder } from './users';

/** The team domain (server/src/modules/team): logins and sessions, team users, personal access tokens. */
export const teamMock: MockModule = {
  name: 'team',
  resolvers: {
    Query: {
      viewer: (_, __, ctx) => ctx.viewer,
      accessTokens: (_, args, ctx) => {
        const { items, order } = listAccessTokens(ctx.state, requireViewer(ctx), args.filter, args.orderBy, ctx.now);
        return connection(items, args, 'AccessToken', order);
      },
    },
    Mutation: {
      login: (_, { input }, ctx) => ({ __typename: 'LoginPayload', ...login(ctx.state, input, ctx.now, ctx.requestId) }),
      logout: (_, { input }, ctx) => logout(ctx.state, input?.clientMutationId, ctx.now, ctx.requestId),
      changePassword: (_, { input }, ctx) => ({ __typename: 'ChangePasswordPayload', ...changePassword(ctx.state, actorOf(ctx), input, ctx.now) }),
      unlockLogin: (_, { input }, ctx) => ({ __typename: 'UnlockLoginPayload', ...unlockLogin(ctx.state, actorOf(ctx), input.userId, ctx.now) }),
      createAccessToken: (_, { input }, ctx) => ({
        __typename: 'CreateAccessTokenPayload',
        ...createAccessToken(ctx.state, actorOf(ctx), input, ctx.now),
      }),
      revokeAccessToken: (_, { input }, ctx) => ({
        __typename: 'RevokeAccessTokenPayload',
        ...revokeAccessToken(ctx.state, actorOf(ctx), input.id, ctx.now),
      }),
      revokeAccessTokens: (_, { input }, ctx) => {
        const owner = actorOf(ctx);
        return {
          __typename: 'RevokeAccessTokensPayload',
          ...runBulkAction(input, {
            resultTypename: 'RevokeAccessTokensItemResult',
            itemType: 'AccessToken',
            apply: (id) => revokeAccessTokenItem(ctx.state, owner, id, ctx.now),
            assertFilter: assertListingFilter,
            enqueue: (params) =>
              enqueueJob(ctx.state, revokeAccessTokensJob, { tenantId: owner.tenantId, userId: owner.user.id, requestId: owner.requestId }, params, ctx.now),
          }),
        };
      },
    },
    User: {
      tenant: (user, _, ctx) => {
        const tenant = ctx.state.tenants.find((t) => t.id === user.tenantId);
        if (!tenant) throw new Error(`Mock data: user ${user.email} has no tenant ${user.tenantId}`);
        return tenant;
      },
    },
    AccessToken: {
      state: (token, _, ctx) => accessTokenState(token, ctx.now),
      owner: (token, _, ctx) => {
        const owner = ctx.state.users.find((u) => u.id === token.ownerId);
        if (!owner) throw new Error(`Mock data: token ${token.name} has no owner ${token.ownerId}`);
        return owner;
      },
    },
    // The team module adds `users` to the tenants module's Tenant, as on the server.
    Tenant: {
      users: (tenant, args, ctx) =>
        connection(
          ctx.state.users.filter((u) => u.tenantId === tenant.id),
          args,
          'User',
          userOrder(args.orderBy),
        ),
    },
  },
  nodes: {
    User: (ctx, rowId) =>
      ctx.state.users.find((u) => rowIdOf(u.id, 'User') === rowId && (isMasterViewer(ctx) || u.tenantId === ctx.viewer?.tenantId)) ?? null,
    // Access tokens are personal: only their owner sees them.
    AccessToken: (ctx, rowId) =>
      ctx.state.accessTokens.find((t) => rowIdOf(t.id, 'AccessToken') === rowId && t.ownerId === ctx.viewer?.id) ?? null,
  },
  access: {
    Query: { viewer: { public: true } },
    Mutation: {
      login: { public: true, alone: true },
      logout: { public: true },
      changePassword: { personal: true },
      unlockLogin: { master: true },
      createAccessToken: { personal: true },
      revokeAccessToken: { personal: true },
      revokeAccessTokens: { personal: true },
    },
  },
  jobs: [revokeAccessTokensJob],
};
