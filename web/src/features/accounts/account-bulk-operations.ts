import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { AccountFilter, BulkAccountOperation } from '../../gql/graphql';
import type { BulkOperationsConfig } from '../../components/ui/data-table/bulk-operations';
import { useAccountPlans } from './account-plans-query';

const RunBulkAccountOperation = graphql(`
  mutation RunBulkAccountOperation($input: RunBulkAccountOperationInput!) {
    runBulkAccountOperation(input: $input) {
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

/** The accounts listing's bulk operations: email to the accounts, another account plan, approve / reject / make pending. */
export function useAccountBulkOperations(): BulkOperationsConfig<AccountFilter> {
  const client = useApolloClient();
  const { options, loading } = useAccountPlans();
  return {
    things: { one: 'account', many: 'accounts' },
    emailNote: 'Each account gets it in its inbox, and its admin users by email.',
    plans: { label: 'Account plan', data: options, loading },
    states: [
      { operation: 'APPROVE', label: 'Approve', done: 'approved' },
      { operation: 'REJECT', label: 'Reject', done: 'rejected' },
      { operation: 'MAKE_PENDING', label: 'Make pending', done: 'made pending' },
    ],
    send: async ({ operation, ...input }) => {
      const { data } = await client.mutate({
        mutation: RunBulkAccountOperation,
        variables: { input: { ...input, operation: operation as BulkAccountOperation } },
      });
      return data?.runBulkAccountOperation;
    },
  };
}
