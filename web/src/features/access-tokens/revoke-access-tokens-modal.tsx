import { useRef, useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useApolloClient } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { graphql } from '../../gql';
import type { AccessTokenFilter } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';

const RevokeAccessTokenMutation = graphql(`
  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {
    revokeAccessToken(input: $input) {
      accessToken {
        id
        state
        revokedAt
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const AccessTokenIdsQuery = graphql(`
  query AccessTokenIds($first: Int!, $after: String, $filter: AccessTokenFilter) {
    accessTokens(first: $first, after: $after, filter: $filter) {
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

/**
 * Only an active token can be revoked: the filter narrowed to active tokens, or null when it
 * matches none (a filter on revoked or expired tokens only).
 */
export function revocableFilter(filter: AccessTokenFilter): AccessTokenFilter | null {
  if (filter.states?.length && !filter.states.includes('ACTIVE')) return null;
  return { ...filter, states: ['ACTIVE'] };
}

/**
 * What to revoke: named tokens, or every active token a filter matches but the excluded ones
 * (`count` of them, as the table counted).
 */
export type RevokeTarget =
  | { kind: 'tokens'; tokens: { id: string; name: string }[] }
  | { kind: 'all'; filter: AccessTokenFilter; excludedIds: string[]; count: number };

interface RevokeAccessTokensModalProps {
  target: RevokeTarget | null;
  onClose: () => void;
  /** After a run, also one stopped half-way by closing the modal: some tokens may have changed. */
  onRevoked: () => void;
}

const ID_PAGE_SIZE = 100;

interface Progress {
  done: number;
  total: number;
}

export function RevokeAccessTokensModal({ target, onClose, onRevoked }: RevokeAccessTokensModalProps) {
  const client = useApolloClient();
  const [progress, setProgress] = useState<Progress | null>(null);
  // The run in flight; closing the modal marks it stopped, and it revokes no further token.
  const run = useRef<{ stopped: boolean } | null>(null);
  const count = target?.kind === 'tokens' ? target.tokens.length : (target?.count ?? 0);
  const single = target?.kind === 'tokens' && target.tokens.length === 1 ? target.tokens[0] : undefined;

  const collectIds = async (t: RevokeTarget): Promise<string[]> => {
    if (t.kind === 'tokens') return t.tokens.map((token) => token.id);
    const filter = revocableFilter(t.filter);
    if (!filter) return [];
    const excluded = new Set(t.excludedIds);
    const ids: string[] = [];
    let after: string | null | undefined;
    do {
      const { data } = await client.query({
        query: AccessTokenIdsQuery,
        variables: { first: ID_PAGE_SIZE, after, filter },
        fetchPolicy: 'network-only',
      });
      const page = data?.accessTokens;
      if (!page) break;
      ids.push(...page.nodes.map((n) => n.id).filter((id) => !excluded.has(id)));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    return ids;
  };

  const close = () => {
    if (run.current) run.current.stopped = true;
    onClose();
  };

  const confirm = async () => {
    if (!target) return;
    const current = { stopped: false };
    run.current = current;
    setProgress({ done: 0, total: count });
    let revoked = 0;
    let failed = false;
    const failures: string[] = [];
    try {
      const ids = await collectIds(target);
      setProgress({ done: 0, total: ids.length });
      // No bulk mutation in the API yet: one revoke per token; the payload updates each cached row.
      for (const id of ids) {
        if (current.stopped) break;
        const { data } = await client.mutate({ mutation: RevokeAccessTokenMutation, variables: { input: { id } } });
        const errors = data?.revokeAccessToken.userErrors ?? [];
        failures.push(...errors.map((e) => e.message));
        if (errors.length === 0) revoked += 1;
        setProgress({ done: revoked + failures.length, total: ids.length });
      }
    } catch (error) {
      failed = true;
      notifications.show({ color: 'red', title: 'Could not revoke', message: errorMessage(error) });
    } finally {
      if (run.current === current) run.current = null;
      setProgress(null);
    }
    if (revoked > 0) {
      notifications.show({
        color: 'green',
        title: revoked === 1 ? 'Access token revoked' : `${revoked} access tokens revoked`,
        message: current.stopped
          ? 'Stopped before the rest: the others are still active.'
          : `Requests using ${revoked === 1 ? 'it' : 'them'} are refused from now on.`,
      });
    }
    if (failures.length > 0) {
      notifications.show({ color: 'red', title: 'Some tokens were not revoked', message: failures.join('\n') });
    }
    if (revoked > 0 || failures.length > 0) onRevoked();
    // After an error the modal stays open to try again (the tokens revoked already are skipped or reported).
    if (!current.stopped && !failed) onClose();
  };

  return (
    <Modal opened={target !== null} onClose={close} title={count === 1 ? 'Revoke access token' : 'Revoke access tokens'}>
      <Stack>
        <Text size="sm">
          {single ? (
            <>
              Revoke <strong>{single.name}</strong>? Integrations using it stop working immediately. This cannot be
              undone.
            </>
          ) : (
            <>Revoke {count} access tokens? Integrations using them stop working immediately. This cannot be undone.</>
          )}
        </Text>
        {progress && progress.total > 1 && (
          <Text size="sm" c="dimmed" role="status">
            Revoked {progress.done} of {progress.total}… Closing this stops the rest.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {progress ? 'Stop' : 'Cancel'}
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={progress !== null}>
            Confirm revoke
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
