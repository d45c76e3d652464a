import { useApolloClient } from '@apollo/client/react';
import { MAX_BULK_IDS } from '@gatehouse/schema/bulk';
import { graphql } from '../../gql';
import type { NotificationFilter, UnreadNotificationIdsQuery as UnreadNotificationIds } from '../../gql/graphql';
import type { BulkMutation, BulkOutcome } from '../../components/ui/data-table/bulk-action';
import { useMarkNotificationsRead } from './notification-feed';

const UnreadNotificationIdsQuery = graphql(`
  query UnreadNotificationIds($first: Int!, $after: String, $filter: NotificationFilter) {
    notifications(first: $first, after: $after, filter: $filter) {
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

/** Neither a category nor a type: the filter matches every notification (read or not). */
const matchesAll = (filter: NotificationFilter) => !filter.categories?.length && !filter.types?.length;

/**
 * The listing's "Mark read" bulk action. `markNotificationsRead` takes ids (at most MAX_BULK_IDS
 * per request) or `all`, not a filter: picked rows go by id in chunks; "all matching" is `all` when
 * the filter is every notification and nothing is left out, otherwise the matching unread ids are
 * read first (they would shift while marking) and marked in chunks.
 */
export function useMarkNotificationsReadInBulk(): BulkMutation<NotificationFilter> {
  const client = useApolloClient();
  const markRead = useMarkNotificationsRead();

  const unreadIds = async (filter: NotificationFilter, exceptIds: readonly string[]) => {
    const except = new Set(exceptIds);
    const ids: string[] = [];
    let after: string | null = null;
    do {
      const result: { data?: UnreadNotificationIds } = await client.query({
        query: UnreadNotificationIdsQuery,
        variables: { first: MAX_BULK_IDS, after, filter: { ...filter, unread: true } },
        fetchPolicy: 'no-cache',
      });
      const page = result.data?.notifications;
      if (!page) throw new Error('The server returned no data.');
      ids.push(...page.nodes.map((n) => n.id).filter((id) => !except.has(id)));
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    } while (after);
    return ids;
  };

  return async (input, { signal, progress }) => {
    const outcome: BulkOutcome = { succeeded: 0, failures: [] };
    try {
      if ('filter' in input && matchesAll(input.filter) && input.exceptIds.length === 0) {
        const { markedCount } = await markRead({ all: true });
        outcome.succeeded = markedCount;
        progress({ done: markedCount, total: markedCount });
        return outcome;
      }
      const ids = 'ids' in input ? input.ids : await unreadIds(input.filter, input.exceptIds);
      progress({ done: 0, total: ids.length });
      for (let start = 0; start < ids.length && !signal.aborted; start += MAX_BULK_IDS) {
        const chunk = ids.slice(start, start + MAX_BULK_IDS);
        await markRead({ ids: chunk });
        // Already read ones (read elsewhere meanwhile) are read all the same: done, not failed.
        outcome.succeeded += chunk.length;
        progress({ done: outcome.succeeded, total: ids.length });
      }
      return outcome;
    } catch (error) {
      return { ...outcome, error };
    }
  };
}
