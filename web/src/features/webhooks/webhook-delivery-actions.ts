import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { WebhookDeliveryFilter } from '../../gql/graphql';
import type { BulkInput, BulkMutation } from '../../components/ui/data-table/bulk-action';
import { bulkMutation } from '../../lib/bulk-mutation';

const RetryWebhookDeliveriesMutation = graphql(`
  mutation RetryWebhookDeliveries($input: RetryWebhookDeliveriesInput!) {
    retryWebhookDeliveries(input: $input) {
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

const DeleteWebhookDeliveriesMutation = graphql(`
  mutation DeleteWebhookDeliveries($input: DeleteWebhookDeliveriesInput!) {
    deleteWebhookDeliveries(input: $input) {
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

/** What "Retry all failed" retries: every failed delivery, as one job on the server. */
export const ALL_FAILED: WebhookDeliveryFilter = { statuses: ['FAILED'] };

/**
 * Only a failed delivery can be retried (a pending one will be tried, a delivered one was): the
 * filter narrowed to failed deliveries, or null when it matches none.
 */
export function retryableFilter(filter: WebhookDeliveryFilter): WebhookDeliveryFilter | null {
  if (filter.statuses?.length && !filter.statuses.includes('FAILED')) return null;
  return { ...filter, statuses: ['FAILED'] };
}

type DeliveriesInput = BulkInput<WebhookDeliveryFilter>;

/**
 * Queues failed deliveries again with `retryWebhookDeliveries` (same body, same event id): picked
 * ones by id, in chunks the API accepts, each answered; or every one a filter matches but the
 * excepted ones, as a job followed to its end.
 */
export function useRetryWebhookDeliveries(): BulkMutation<WebhookDeliveryFilter> {
  const client = useApolloClient();
  const retry = async (input: DeliveriesInput) => {
    const { data } = await client.mutate({ mutation: RetryWebhookDeliveriesMutation, variables: { input } });
    return data?.retryWebhookDeliveries;
  };
  return bulkMutation(client, {
    byIds: (ids) => retry({ ids }),
    byFilter: (filter, exceptIds) => retry({ filter, exceptIds }),
  });
}

/** Deletes deliveries with their attempt logs (a pending one is then not posted), by id or by filter as a job. */
export function useDeleteWebhookDeliveries(): BulkMutation<WebhookDeliveryFilter> {
  const client = useApolloClient();
  const remove = async (input: DeliveriesInput) => {
    const { data } = await client.mutate({ mutation: DeleteWebhookDeliveriesMutation, variables: { input } });
    return data?.deleteWebhookDeliveries;
  };
  return bulkMutation(client, {
    byIds: (ids) => remove({ ids }),
    byFilter: (filter, exceptIds) => remove({ filter, exceptIds }),
  });
}
