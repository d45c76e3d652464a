import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ApplicationFilter, BulkApplicationOperation, BulkServiceSubscriptionOperation, ServiceSubscriptionFilter } from '../../gql/graphql';
import type { BulkOperationsConfig } from '../../components/ui/data-table/bulk-operations';
import { usePlansByProduct } from './product-options-query';

const RunBulkApplicationOperation = graphql(`
  mutation RunBulkApplicationOperation($input: RunBulkApplicationOperationInput!) {
    runBulkApplicationOperation(input: $input) {
      results {
        id
        status
        error {
          field
          message
          code
        }
      }
      job {
        id
        ...JobForProgress
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const RunBulkServiceSubscriptionOperation = graphql(`
  mutation RunBulkServiceSubscriptionOperation($input: RunBulkServiceSubscriptionOperationInput!) {
    runBulkServiceSubscriptionOperation(input: $input) {
      results {
        id
        status
        error {
          field
          message
          code
        }
      }
      job {
        id
        ...JobForProgress
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** Applications and subscriptions change state alike (PENDING → LIVE ⇄ SUSPENDED). */
const stateOperations = [
  { operation: 'ACCEPT', label: 'Accept', done: 'accepted' },
  { operation: 'SUSPEND', label: 'Suspend', done: 'suspended' },
  { operation: 'RESUME', label: 'Resume', done: 'resumed' },
];

/** The applications listing's bulk operations: email to their accounts, another plan of their product, accept / suspend / resume. */
export function useApplicationBulkOperations(): BulkOperationsConfig<ApplicationFilter> {
  const client = useApolloClient();
  const plans = usePlansByProduct('application');
  return {
    things: { one: 'application', many: 'applications' },
    emailNote: "Each application's developer account gets it in its inbox, and its admin users by email.",
    plans: { label: 'Application plan', ...plans },
    states: stateOperations,
    send: async ({ operation, ...input }) => {
      const { data } = await client.mutate({
        mutation: RunBulkApplicationOperation,
        variables: { input: { ...input, operation: operation as BulkApplicationOperation } },
      });
      return data?.runBulkApplicationOperation;
    },
  };
}

/** The subscriptions listing's bulk operations: email to the subscribed accounts, another service plan, accept / suspend / resume. */
export function useSubscriptionBulkOperations(): BulkOperationsConfig<ServiceSubscriptionFilter> {
  const client = useApolloClient();
  const plans = usePlansByProduct('service');
  return {
    things: { one: 'subscription', many: 'subscriptions' },
    emailNote: 'Each subscribed account gets it in its inbox, and its admin users by email.',
    plans: { label: 'Service plan', ...plans },
    states: stateOperations,
    send: async ({ operation, ...input }) => {
      const { data } = await client.mutate({
        mutation: RunBulkServiceSubscriptionOperation,
        variables: { input: { ...input, operation: operation as BulkServiceSubscriptionOperation } },
      });
      return data?.runBulkServiceSubscriptionOperation;
    },
  };
}
