import type { ApolloCache } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { UsageAlertFilter, UsageAlertForListFragment, UsageAlertIdsQuery } from '../../gql/graphql';
import type { BulkMutation, BulkOutcome } from '../../components/ui/data-table/bulk-action';
import { formatCount, perPeriod } from './analytics-format';

/** The most alerts one `markAlertsRead` or `deleteAlerts` takes (server: MAX_ALERTS_PER_CALL). */
export const MAX_ALERTS_PER_CALL = 100;

export const UsageAlertForList = graphql(`
  fragment UsageAlertForList on UsageAlert {
    id
    kind
    level
    period
    max
    current
    raisedAt
    readAt
    application {
      id
      name
    }
    account {
      id
      orgName
    }
    service {
      id
      name
    }
    metric {
      id
      friendlyName
    }
  }
`);

const UsageAlertIdsQuery = graphql(`
  query UsageAlertIds($first: Int!, $after: String, $filter: UsageAlertFilter) {
    alerts(first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
      }
    }
  }
`);

const MarkAlertsReadMutation = graphql(`
  mutation MarkAlertsRead($input: MarkAlertsReadInput!) {
    markAlertsRead(input: $input) {
      alerts {
        id
        readAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const DeleteAlertsMutation = graphql(`
  mutation DeleteAlerts($input: DeleteAlertsInput!) {
    deleteAlerts(input: $input) {
      deletedAlertIds
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** An alert in words, as the team's notification says it: `"Alpha" used 90 % of its hits per day: 9 of 10.` */
export function alertSentence(alert: UsageAlertForListFragment): string {
  const application = alert.application ? `“${alert.application.name}”` : 'A deleted application';
  const verb = alert.kind === 'VIOLATION' ? 'reached' : 'used';
  const metric = alert.metric?.friendlyName.toLowerCase() ?? 'a deleted metric';
  return `${application} ${verb} ${alert.level} % of its ${metric} limit ${perPeriod[alert.period]}: ${formatCount(alert.current)} of ${formatCount(alert.max)}.`;
}

/** Alerts were read, unread or deleted: every cached listing page and count of them is stale. */
export function forgetAlertListings(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'alerts' });
  cache.gc();
}

/** What one call did: how many alerts it changed, and why the others were not. */
interface CallOutcome {
  done: number;
  failures: string[];
}

/** `markAlertsRead` (read or unread again) and `deleteAlerts` for ids, at most MAX_ALERTS_PER_CALL at a time. */
export function useUsageAlertActions() {
  const client = useApolloClient();

  const markRead = async (ids: string[], read: boolean): Promise<CallOutcome> => {
    const { data } = await client.mutate({ mutation: MarkAlertsReadMutation, variables: { input: { ids, read } } });
    const payload = data?.markAlertsRead;
    if (!payload) throw new Error('The server sent no result.');
    return { done: payload.alerts.length, failures: payload.userErrors.map((e) => e.message) };
  };

  const remove = async (ids: string[]): Promise<CallOutcome> => {
    const { data } = await client.mutate({
      mutation: DeleteAlertsMutation,
      variables: { input: { ids } },
      update: (cache, result) => {
        for (const id of result.data?.deleteAlerts.deletedAlertIds ?? []) cache.evict({ id: cache.identify({ __typename: 'UsageAlert', id }) });
      },
    });
    const payload = data?.deleteAlerts;
    if (!payload) throw new Error('The server sent no result.');
    return { done: payload.deletedAlertIds.length, failures: payload.userErrors.map((e) => e.message) };
  };

  /** The ids of every alert a filter matches but the excepted ones, read before anything changes (the matches shift while marking). */
  const matchingIds = async (filter: UsageAlertFilter, exceptIds: readonly string[]) => {
    const except = new Set(exceptIds);
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const result: { data?: UsageAlertIdsQuery } = await client.query({
        query: UsageAlertIdsQuery,
        variables: { first: MAX_ALERTS_PER_CALL, after, filter },
        fetchPolicy: 'no-cache',
      });
      const page = result.data?.alerts;
      if (!page) throw new Error('The server returned no data.');
      ids.push(...page.nodes.map((n) => n.id).filter((id) => !except.has(id)));
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    } while (after);
    return ids;
  };

  /** A bulk action of the listing over one of the calls: picked rows by id, or every matching one, in chunks. */
  const bulk =
    (call: (ids: string[]) => Promise<CallOutcome>): BulkMutation<UsageAlertFilter> =>
    async (input, { signal, progress }) => {
      const outcome: BulkOutcome = { succeeded: 0, failures: [] };
      try {
        const ids = 'ids' in input ? input.ids : await matchingIds(input.filter, input.exceptIds);
        progress({ done: 0, total: ids.length });
        for (let start = 0; start < ids.length && !signal.aborted; start += MAX_ALERTS_PER_CALL) {
          const result = await call(ids.slice(start, start + MAX_ALERTS_PER_CALL));
          outcome.succeeded += result.done;
          outcome.failures.push(...result.failures);
          progress({ done: Math.min(ids.length, start + MAX_ALERTS_PER_CALL), total: ids.length });
        }
        return outcome;
      } catch (error) {
        return { ...outcome, error };
      }
    };

  return {
    markRead,
    remove,
    /** Bulk actions for the alerts listing. */
    bulkMarkRead: bulk((ids) => markRead(ids, true)),
    bulkMarkUnread: bulk((ids) => markRead(ids, false)),
    bulkDelete: bulk(remove),
    /** After a change outside a listing's bulk run (the dashboard card): listings and counts fetch again. */
    forgetListings: () => forgetAlertListings(client.cache),
  };
}
