import { GraphQLError, type GraphQLSchema } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { addMocksToSchema } from '@graphql-tools/mock';
import schemaSdl from '../../../schema/schema.graphql?raw';
import type { AccessTokenFixture, TenantFixture, UserFixture } from '../testing/factories';
import * as store from './store';

function requireViewer(): UserFixture {
  const user = store.viewer();
  if (!user) throw new GraphQLError('Log in first.', { extensions: { code: 'UNAUTHENTICATED' } });
  return user;
}

function requireMaster(): UserFixture {
  const user = requireViewer();
  if (!store.tenantById(user.tenantId)?.isMaster) {
    throw new GraphQLError('Only master admins can do this.', { extensions: { code: 'FORBIDDEN' } });
  }
  return user;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- resolver arguments are validated by graphql-js */
const resolvers = {
  Query: {
    viewer: () => store.viewer(),
    accessTokens: (_: unknown, args: any) =>
      store.connection(
        store.listAccessTokens(requireViewer().id, args.filter, args.orderBy),
        args,
        'AccessToken',
        store.listOrder(args.orderBy),
      ),
    tenants: (_: unknown, args: any) => {
      requireMaster();
      return store.connection(store.listTenants(args.filter, args.orderBy), args, 'Tenant', store.listOrder(args.orderBy));
    },
    tenant: (_: unknown, args: { id: string }) => {
      requireMaster();
      return store.tenantById(args.id) ?? null;
    },
  },
  Mutation: {
    login: (_: unknown, { input }: any) => store.login(input),
    logout: () => store.logout(),
    changePassword: (_: unknown, { input }: any) => store.changePassword(requireViewer(), input),
    createAccessToken: (_: unknown, { input }: any) => store.createAccessTokenFor(requireViewer(), input),
    revokeAccessToken: (_: unknown, { input }: any) => store.revokeAccessTokenOf(requireViewer(), input.id),
    createTenant: (_: unknown, { input }: any) => {
      requireMaster();
      return store.createTenantWithAdmin(input);
    },
  },
  User: {
    tenant: (user: UserFixture) => store.tenantById(user.tenantId),
  },
  AccessToken: {
    owner: (token: AccessTokenFixture) => store.userById(token.ownerId),
  },
  Tenant: {
    users: (tenant: TenantFixture, args: any) => {
      const order = store.userOrder(args.orderBy);
      const users = store.state.users.filter((u) => u.tenantId === tenant.id);
      return store.connection(store.sortByKeyset(users, order), args, 'User', order);
    },
  },
};
/* eslint-enable @typescript-eslint/no-explicit-any */

let schema: GraphQLSchema | undefined;

/**
 * The draft contract made executable: the store answers the flows above, and @graphql-tools/mock
 * invents schema-valid data for everything else, so new fields render before anyone mocks them.
 */
export function mockSchema(): GraphQLSchema {
  schema ??= addMocksToSchema({
    schema: makeExecutableSchema({ typeDefs: schemaSdl, resolvers }),
    preserveResolvers: true,
    mocks: {
      DateTime: () => '2026-01-15T09:00:00.000Z',
      Decimal: () => '12.5000',
      EmailAddress: () => 'someone@example.test',
      URL: () => 'https://example.test',
      JSON: () => ({}),
    },
  });
  return schema;
}
