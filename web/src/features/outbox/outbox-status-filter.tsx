import { ChipFilter } from '../../components/ui/chip-filter';
import type { OutboxStatus } from '../../gql/graphql';
import { outboxStatuses, outboxStatusLabels } from './outbox-labels';

/** Multi-select of mail statuses as toggle chips; none picked means every status. */
export function OutboxStatusFilter(props: { value: OutboxStatus[] | undefined; onChange: (value: OutboxStatus[] | undefined) => void }) {
  return <ChipFilter label="Status" options={outboxStatuses} labels={outboxStatusLabels} {...props} />;
}
