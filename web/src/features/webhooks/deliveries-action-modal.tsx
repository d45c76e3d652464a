import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { WebhookDeliveryFilter } from '../../gql/graphql';
import type { BulkRunner, BulkTarget } from '../../components/ui/data-table/bulk-action';
import { errorMessage } from '../../lib/graphql-errors';
import type { DeliveryWithDetails } from './webhook-delivery-modal';
import { retryableFilter, useDeleteWebhookDeliveries, useRetryWebhookDeliveries } from './webhook-delivery-actions';

type Row = DeliveryWithDetails;

/** Deliveries named by id (a row, or rows picked by hand), or every one a filter matches but the excepted ones. */
export type DeliveriesTarget = BulkTarget<Row, WebhookDeliveryFilter>;

/** What the admin asked to do, on which deliveries. */
export interface DeliveriesAction {
  kind: 'retry' | 'delete';
  target: DeliveriesTarget;
}

interface DeliveriesActionModalProps {
  action: DeliveriesAction | null;
  /** The listing's bulk runner: it clears the selection and refreshes the log after a run. */
  runner: BulkRunner<Row, WebhookDeliveryFilter>;
  onClose: () => void;
}

const deliveries = (n: number) => (n === 1 ? '1 delivery' : `${n} deliveries`);

/** Each distinct reason once, with how many deliveries it concerns: a job over a filter can fail thousands alike. */
function failureSummary(failures: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const message of failures) counts.set(message, (counts.get(message) ?? 0) + 1);
  return [...counts].map(([message, n]) => (n === 1 ? message : `${message} (${n} deliveries)`)).join('\n');
}

/**
 * What a retry applies to: only failed deliveries can be retried, so picked rows that are not are
 * left out (and said so), and a filter is narrowed to failed deliveries. Null: none is retryable.
 */
function retryTarget(target: DeliveriesTarget): { target: DeliveriesTarget | null; skipped: number } {
  if ('ids' in target.input) {
    const failed = target.rows.filter((row) => row.status === 'FAILED');
    const skipped = target.rows.length - failed.length;
    if (failed.length === 0) return { target: null, skipped };
    return { target: { ...target, input: { ids: failed.map((row) => row.id) }, count: failed.length, rows: failed }, skipped };
  }
  const filter = retryableFilter(target.input.filter);
  return { target: filter ? { ...target, input: { filter, exceptIds: target.input.exceptIds } } : null, skipped: 0 };
}

/** Only FAILED, as "Retry all failed" and the Failed preset ask: the count is exactly the failed ones. */
const onlyFailed = (target: DeliveriesTarget) =>
  'filter' in target.input && target.input.filter.statuses?.length === 1 && target.input.filter.statuses[0] === 'FAILED';

function retryQuestion(target: DeliveriesTarget | null, requested: DeliveriesTarget, skipped: number): string {
  if (!target) return 'None of these deliveries failed: only failed deliveries can be retried (a pending one will be tried, a delivered one was).';
  const again = 'They are posted again now, with the same body and event id, and retried on failure as before.';
  if ('ids' in target.input) {
    const left = skipped > 0 ? ` ${deliveries(skipped)} of the selection did not fail and ${skipped === 1 ? 'is' : 'are'} left alone.` : '';
    return `Retry ${target.count === 1 ? 'this failed delivery' : `${target.count} failed deliveries`}? ${again}${left}`;
  }
  if (onlyFailed(requested)) return `Retry ${target.count === 1 ? 'the failed delivery' : `all ${target.count} failed deliveries`}? ${again}`;
  return `Retry the failed deliveries among the ${requested.count} selected? ${again}`;
}

function deleteQuestion(target: DeliveriesTarget): string {
  const subject = target.count === 1 ? 'this delivery' : `${target.count} deliveries`;
  return `Delete ${subject} with ${target.count === 1 ? 'its' : 'their'} attempt log? A pending delivery is then not posted. This cannot be undone.`;
}

/** Confirms a retry or a delete of deliveries and runs it: by id at once, or by filter as a job with its progress. */
export function DeliveriesActionModal({ action, runner, onClose }: DeliveriesActionModalProps) {
  const retry = useRetryWebhookDeliveries();
  const remove = useDeleteWebhookDeliveries();
  const { progress } = runner;
  const retrying = action?.kind === 'retry';
  const { target, skipped } = !action ? { target: null, skipped: 0 } : retrying ? retryTarget(action.target) : { target: action.target, skipped: 0 };

  const close = () => {
    // Closing stops a run in flight: it processes no further delivery.
    runner.stop();
    onClose();
  };

  const confirm = async () => {
    if (!target) return;
    const { succeeded, failures, error, stopped } = await runner.run(retrying ? retry : remove, target);
    if (error) notifications.show({ color: 'red', title: retrying ? 'Could not retry' : 'Could not delete', message: errorMessage(error) });
    if (succeeded > 0) {
      notifications.show({
        color: 'green',
        title: retrying ? `${deliveries(succeeded)} queued again` : `${deliveries(succeeded)} deleted`,
        message: stopped ? 'Stopped before the rest.' : retrying ? 'Follow them in the delivery log.' : null,
      });
    }
    if (failures.length > 0) {
      notifications.show({
        color: 'red',
        title: `${deliveries(failures.length)} ${retrying ? 'not retried' : 'not deleted'}`,
        message: failureSummary(failures),
      });
    }
    // After an error the modal stays open to try again.
    if (!stopped && !error) onClose();
  };

  const one = action?.target.count === 1;
  const title = retrying ? (one ? 'Retry delivery' : 'Retry deliveries') : one ? 'Delete delivery' : 'Delete deliveries';
  return (
    <Modal opened={action !== null} onClose={close} title={title}>
      <Stack>
        <Text size="sm">{action && (retrying ? retryQuestion(target, action.target, skipped) : deleteQuestion(action.target))}</Text>
        {progress && progress.total > 1 && (
          <Text size="sm" c="dimmed" role="status">
            {retrying ? 'Retried' : 'Deleted'} {progress.done} of {progress.total}… Closing this stops the rest.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {progress ? 'Stop' : 'Cancel'}
          </Button>
          <Button color={retrying ? undefined : 'red'} onClick={() => void confirm()} loading={progress !== null} disabled={!target}>
            {retrying ? 'Confirm retry' : 'Confirm delete'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
