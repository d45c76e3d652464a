import { useState } from 'react';
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

/** What to revoke: named tokens, or every token the current filter matches. */
export type RevokeTarget =
  | { kind: 'tokens'; tokens: { id: string; name: string }[] }
  | { kind: 'all-matching'; count: number; filter: AccessTokenFilter };

interface RevokeAccessTokensModalProps {
  target: RevokeTarget | null;
  onClose: () => void;
  onRevoked: () => void;
}

const ID_PAGE_SIZE = 100;

export function RevokeAccessTokensModal({ target, onClose, onRevoked }: RevokeAccessTokensModalProps) {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);

  const collectIds = async (t: RevokeTarget): Promise<string[]> => {
    if (t.kind === 'tokens') return t.tokens.map((token) => token.id);
    const ids: string[] = [];
    let after: string | null | undefined;
    do {
      const { data } = await client.query({
        query: AccessTokenIdsQuery,
        variables: { first: ID_PAGE_SIZE, after, filter: t.filter },
        fetchPolicy: 'network-only',
      });
      const page = data?.accessTokens;
      if (!page) break;
      ids.push(...page.nodes.map((n) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    return ids;
  };

  const confirm = async () => {
    if (!target) return;
    setBusy(true);
    try {
      // No bulk mutation in the API yet: one revoke per token; the payload updates each cached row.
      const ids = await collectIds(target);
      const failures: string[] = [];
      for (const id of ids) {
        const { data } = await client.mutate({ mutation: RevokeAccessTokenMutation, variables: { input: { id } } });
        failures.push(...(data?.revokeAccessToken.userErrors.map((e) => e.message) ?? []));
      }
      const revoked = ids.length - failures.length;
      if (revoked > 0) {
        notifications.show({
          color: 'green',
          title: revoked === 1 ? 'Access token revoked' : `${revoked} access tokens revoked`,
          message: 'Requests using it are refused from now on.',
        });
      }
      if (failures.length > 0) {
        notifications.show({ color: 'red', title: 'Some tokens were not revoked', message: failures.join('\n') });
      }
      onRevoked();
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not revoke', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const count = target?.kind === 'tokens' ? target.tokens.length : (target?.count ?? 0);
  const single = target?.kind === 'tokens' && target.tokens.length === 1 ? target.tokens[0] : undefined;

  return (
    <Modal opened={target !== null} onClose={onClose} title={count === 1 ? 'Revoke access token' : 'Revoke access tokens'}>
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button color="red" onClick={() => void confirm()} loading={busy}>
            Confirm revoke
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
