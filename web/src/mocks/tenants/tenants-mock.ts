import { connection } from '../connection';
import { rowIdOf } from '../global-id';
import { notFound } from '../mock-errors';
import type { MockModule } from '../mock-module';
import { actorOf, isMasterViewer } from '../viewer';
import { adminDomainOf, createTenant, listTenants, updateTenantSettings } from './tenants';

/** The tenants domain (server/src/modules/tenants): the master's listing and creation of tenants; a tenant's own settings. */
export const tenantsMock: MockModule = {
  name: 'tenants',
  resolvers: {
    Query: {
      tenants: (_, args, ctx) => {
        const { items, order } = listTenants(ctx.state, args.filter, args.orderBy);
        return connection(items, args, 'Tenant', order);
      },
      tenant: (_, { id }, ctx) => {
        const rowId = rowIdOf(id, 'Tenant');
        const tenant = rowId ? ctx.state.tenants.find((t) => rowIdOf(t.id, 'Tenant') === rowId) : undefined;
        if (!tenant) throw notFound('Tenant');
        return tenant;
      },
    },
    Mutation: {
      createTenant: (_, { input }, ctx) => ({ __typename: 'CreateTenantPayload', ...createTenant(ctx.state, actorOf(ctx), input, ctx.now) }),
      updateTenantSettings: (_, { input }, ctx) => ({ __typename: 'UpdateTenantSettingsPayload', ...updateTenantSettings(ctx.state, actorOf(ctx), input, ctx.now) }),
    },
    Tenant: {
      adminDomain: (tenant, _, ctx) => adminDomainOf(tenant, ctx.baseDomain),
    },
  },
  nodes: {
    // Row-level security: a tenant sees its own row, the master sees all.
    Tenant: (ctx, rowId) =>
      ctx.state.tenants.find((t) => rowIdOf(t.id, 'Tenant') === rowId && (isMasterViewer(ctx) || t.id === ctx.viewer?.tenantId)) ?? null,
  },
  access: {
    Query: { tenants: { master: true }, tenant: { master: true } },
    Mutation: { createTenant: { master: true }, updateTenantSettings: { admin: true } },
  },
};
