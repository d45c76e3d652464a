import { registerServiceCascade, serviceOf } from '../catalog/catalog';
import { notFound } from '../mock-errors';
import type { MockModule } from '../mock-module';
import { actorOf, requireViewer } from '../viewer';
import { createServiceToken, findServiceToken, revokeServiceToken, serviceTokensOf, type ServiceTokensState } from './service-tokens';

// A deleted product takes its service tokens along (the server's foreign key cascades).
registerServiceCascade((state, serviceId) => {
  const store = state as typeof state & ServiceTokensState;
  store.serviceTokens = store.serviceTokens.filter((t) => t.serviceId !== serviceId);
});

/**
 * The usage domain (server/src/modules/usage), as far as the admin API goes: the service tokens
 * gateways authenticate with. Gateway credentials are for admins only — the fields, and the
 * ServiceToken type wherever it is selected (`node(id:)` too) — as on the server; members are
 * refused before anything runs.
 */
export const usageMock: MockModule = {
  name: 'usage',
  resolvers: {
    Query: {
      serviceTokens: (_, { serviceId }, ctx) => {
        const tokens = serviceTokensOf(ctx.state, requireViewer(ctx).tenantId, serviceId);
        if (!tokens) throw notFound('Service');
        return tokens;
      },
    },
    Mutation: {
      createServiceToken: (_, { input }, ctx) => {
        const result = createServiceToken(ctx.state, actorOf(ctx), input, ctx.now);
        return {
          __typename: 'CreateServiceTokenPayload',
          ...(result.ok
            ? { serviceToken: result.serviceToken, token: result.token, userErrors: [] }
            : { serviceToken: null, token: null, userErrors: result.userErrors }),
        };
      },
      revokeServiceToken: (_, { input }, ctx) => {
        const result = revokeServiceToken(ctx.state, actorOf(ctx), input.id, ctx.now);
        return {
          __typename: 'RevokeServiceTokenPayload',
          ...(result.ok ? { serviceToken: result.serviceToken, userErrors: [] } : { serviceToken: null, userErrors: result.userErrors }),
        };
      },
    },
    ServiceToken: {
      // A revoked token's product is still there (revoking deletes the token only).
      service: (token, _, ctx) => serviceOf(ctx.state, token.serviceId),
    },
  },
  // Row-level security: a tenant's own tokens only, the master's too.
  nodes: {
    ServiceToken: (ctx, rowId) => (ctx.viewer ? (findServiceToken(ctx.state, ctx.viewer.tenantId, rowId) ?? null) : null),
  },
  access: {
    Query: { serviceTokens: { admin: true } },
    Mutation: { createServiceToken: { admin: true }, revokeServiceToken: { admin: true } },
  },
  typeAccess: { ServiceToken: { admin: true } },
};
