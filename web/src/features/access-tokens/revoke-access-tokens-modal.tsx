import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AccessTokenFilter, AccessTokenForTokensTableFragment } from '../../gql/graphql';
import type { BulkRunner, BulkTarget } from '../../components/ui/data-table/bulk-action';
import { errorMessage } from '../../lib/graphql-errors';
import { useRevokeAccessTokens } from './revoke-access-tokens';

type Token = AccessTokenForTokensTableFragment;

/** Tokens named by id (a row, or rows picked by hand), or every active token a filter matches but the excepted ones. */
export type RevokeTarget = BulkTarget<Token, AccessTokenFilter>;

interface RevokeAccessTokensModalProps {
  target: RevokeTarget | null;
  /** The listing's bulk runner: it clears the selection and refreshes the listing after a run. */
  runner: BulkRunner<Token, AccessTokenFilter>;
  onClose: () => void;
}

/** Each distinct reason once, with how many tokens it concerns: a job over a filter can fail thousands alike. */
function failureSummary(failures: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const message of failures) counts.set(message, (counts.get(message) ?? 0) + 1);
  return [...counts].map(([message, n]) => (n === 1 ? message : `${message} (${n} tokens)`)).join('\n');
}

export function RevokeAccessTokensModal({ target, runner, onClose }: RevokeAccessTokensModalProps) {
  const revokeAccessTokens = useRevokeAccessTokens();
  const count = target?.count ?? 0;
  const single = target?.rows.length === 1 ? target.rows[0] : undefined;
  const { progress } = runner;

  const close = () => {
    // Closing stops a run in flight: it revokes no further token.
    runner.stop();
    onClose();
  };

  const confirm = async () => {
    if (!target) return;
    const { succeeded, failures, error, stopped } = await runner.run(revokeAccessTokens, target);
    if (error) notifications.show({ color: 'red', title: 'Could not revoke', message: errorMessage(error) });
    // A stop that came after the last token was done stopped nothing.
    const cutShort = stopped && succeeded + failures.length < count;
    if (succeeded > 0) {
      notifications.show({
        color: 'green',
        title: succeeded === 1 ? 'Access token revoked' : `${succeeded} access tokens revoked`,
        message: cutShort
          ? 'Stopped before the rest: the others are still active.'
          : `Requests using ${succeeded === 1 ? 'it' : 'them'} are refused from now on.`,
      });
    }
    if (failures.length > 0) {
      notifications.show({
        color: 'red',
        title: failures.length === 1 ? 'A token was not revoked' : `${failures.length} tokens were not revoked`,
        message: failureSummary(failures),
      });
    }
    // After an error the modal stays open to try again (the tokens revoked already are skipped or reported).
    if (!stopped && !error) onClose();
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
