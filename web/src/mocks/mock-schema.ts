import type { GraphQLSchema } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { addMocksToSchema } from '@graphql-tools/mock';
import schemaSdl from '../../../schema/schema.graphql?raw';
import type { Resolvers } from '../gql/resolver-types';
import type { MockContext } from './mock-context';
import { badUserInput, notFound } from './mock-errors';
import { fromGlobalId } from './global-id';
import type { AccessRules, MockModule, NodeTypeName, TypeAccessRules } from './mock-module';
import { assertTypeAllowed } from './access';
import { accountsMock } from './accounts/accounts-mock';
import { applicationsMock } from './applications/applications-mock';
import { catalogMock } from './catalog/catalog-mock';
import { eventsMock } from './events/events-mock';
import { exportsMock } from './exports/exports-mock';
import { heartbeatResolvers } from './heartbeat';
import { jobsMock } from './jobs/jobs-mock';
import { notificationsMock } from './notifications/notifications-mock';
import { plansMock } from './plans/plans-mock';
import { DateTimeScalar, DecimalScalar, EmailAddressScalar, LongTextScalar } from './scalars';
import { teamMock } from './team/team-mock';
import { tenantsMock } from './tenants/tenants-mock';
import { usageMock } from './usage/usage-mock';
import { webhooksMock } from './webhooks/webhooks-mock';
import { isMasterViewer } from './viewer';

/** Every domain of the mock, as server/src/modules/registry.ts lists the server's; a new domain is one line. */
export const mockModules: readonly MockModule[] = [jobsMock, tenantsMock, teamMock, eventsMock, notificationsMock, webhooksMock, catalogMock, plansMock, accountsMock, applicationsMock, exportsMock, usageMock];

export const MAX_NODES = 100;

/** `node(id:)` and `nodes(ids:)` over the Node types the modules declare (server/src/graphql/node.resolver.ts). */
function nodeResolvers(modules: readonly MockModule[]): Resolvers {
  const loaders = Object.assign({}, ...modules.map((m) => m.nodes ?? {})) as NonNullable<MockModule['nodes']>;
  const typeRules = typeAccessRules(modules);
  const resolve = (ctx: MockContext, id: string) => {
    const parsed = fromGlobalId(id);
    const load = parsed && loaders[parsed.typeName as NodeTypeName];
    // Type-level rules (admin-only types) apply as if the type had been selected directly.
    if (parsed && load) {
      const caller = { authenticated: !!ctx.viewer, master: isMasterViewer(ctx), role: ctx.viewer?.role ?? null };
      assertTypeAllowed(caller, typeRules, parsed.typeName);
    }
    const node = parsed && load ? load(ctx, parsed.rowId) : null;
    if (!node) throw notFound('Node');
    return node as never;
  };
  return {
    Query: {
      node: (_, { id }, ctx) => resolve(ctx, id),
      nodes: (_, { ids }, ctx) => {
        if (ids.length > MAX_NODES) throw badUserInput(`Ask for at most ${MAX_NODES} IDs at a time.`, 'ids');
        // One error per unreadable id, each in its own list item.
        return ids.map((id) => Promise.resolve().then(() => resolve(ctx, id)));
      },
    },
  };
}

/** The access rules of every module's fields, by type and field. */
export function accessRules(modules: readonly MockModule[] = mockModules): AccessRules {
  const rules: Record<string, Record<string, unknown>> = {};
  for (const module of modules) {
    for (const [type, fields] of Object.entries(module.access ?? {})) rules[type] = { ...rules[type], ...fields };
  }
  return rules as AccessRules;
}

/** The rules of whole types, as the modules declare them. */
export function typeAccessRules(modules: readonly MockModule[] = mockModules): TypeAccessRules {
  return Object.assign({}, ...modules.map((m) => m.typeAccess ?? {})) as TypeAccessRules;
}

let schema: GraphQLSchema | undefined;

/**
 * The contract made executable: the modules' resolvers answer from the store, and
 * @graphql-tools/mock invents schema-valid data for every field no module resolves yet, so a new
 * field renders before anyone mocks it (the parity test shows where that differs from the server).
 */
export function mockSchema(): GraphQLSchema {
  schema ??= addMocksToSchema({
    schema: makeExecutableSchema<MockContext>({
      typeDefs: schemaSdl,
      resolvers: [
        { DateTime: DateTimeScalar, EmailAddress: EmailAddressScalar, Decimal: DecimalScalar, LongText: LongTextScalar },
        heartbeatResolvers,
        ...mockModules.map((m) => m.resolvers),
        nodeResolvers(mockModules),
      ],
    }),
    preserveResolvers: true,
    mocks: {
      DateTime: () => '2026-01-15T09:00:00.000Z',
      EmailAddress: () => 'someone@example.test',
      Decimal: () => '0.00',
      LongText: () => '',
      // A resolved object is merged with what the mock store invents for its field; for `node` that is
      // a Node of an arbitrary type, whose store would then answer the fields the loaded object derives
      // (`Metric.kind`, `Tenant.adminDomain`) and fail. `node` has a resolver: invent nothing for it.
      Query: () => ({ node: null }),
    },
  });
  return schema;
}
