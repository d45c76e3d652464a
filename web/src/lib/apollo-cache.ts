import { InMemoryCache, type FieldPolicy, type TypePolicies } from '@apollo/client';
import introspection from '../gql/possible-types';

/** The Relay window: with the other arguments, each page of a listing is its own cache entry. */
const WINDOW_ARGS = ['first', 'after', 'last', 'before'];

/**
 * Listings page through Relay connections one page at a time (the DataTable shows a page, not an
 * infinite list), so every combination of filter, order and cursor window is its own cache entry.
 * Naming the field's own arguments explicitly keeps unrelated arguments from splitting entries later.
 */
function connectionPage(...fieldArgs: string[]): FieldPolicy {
  return { keyArgs: [...WINDOW_ARGS, ...fieldArgs] };
}

/**
 * Every field returning a `*Connection` needs a policy here, keyed by all its arguments;
 * src/lib/graphql-documents.test.ts checks both against the schema.
 */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      tenants: connectionPage('filter', 'orderBy'),
      accessTokens: connectionPage('filter', 'orderBy'),
      notifications: connectionPage('filter', 'orderBy'),
      alerts: connectionPage('filter', 'orderBy'),
      outbox: connectionPage('filter', 'orderBy'),
      services: connectionPage('filter', 'orderBy'),
      accountPlans: connectionPage('filter', 'orderBy'),
      auditLog: connectionPage('filter', 'orderBy'),
      webhookDeliveries: connectionPage('filter', 'orderBy'),
      accounts: connectionPage('filter', 'orderBy'),
      applications: connectionPage('filter', 'orderBy'),
      serviceSubscriptions: connectionPage('filter', 'orderBy'),
      planChangeRequests: connectionPage('filter', 'orderBy'),
    },
  },
  // One per tenant and no id: singletons, so the settings a mutation answers replace the ones read.
  WebhookSettings: { keyFields: [] },
  SignupSettings: { keyFields: [] },
  Account: {
    fields: {
      users: connectionPage('orderBy'),
      messages: connectionPage('filter', 'orderBy'),
      invitations: connectionPage('orderBy'),
      applications: connectionPage('filter', 'orderBy'),
      serviceSubscriptions: connectionPage('filter', 'orderBy'),
    },
  },
  Service: {
    fields: {
      applicationPlans: connectionPage('filter', 'orderBy'),
      servicePlans: connectionPage('filter', 'orderBy'),
    },
  },
  Tenant: {
    fields: {
      users: connectionPage('orderBy'),
    },
  },
  Job: {
    fields: {
      failures: connectionPage(),
    },
  },
};

export function createApolloCache(): InMemoryCache {
  // possibleTypes is generated from the schema (`pnpm codegen`), so a new interface member is not missed.
  return new InMemoryCache({ typePolicies, possibleTypes: introspection.possibleTypes });
}
