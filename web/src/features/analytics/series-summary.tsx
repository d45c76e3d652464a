import { Badge, Group, Text } from '@mantine/core';
import { Fact } from '../../components/ui/fact';
import { changeColor, formatChange, formatCount } from './analytics-format';

interface SeriesSummaryProps {
  total: string | number;
  previousTotal: string | number;
  changePercent: number | null | undefined;
  /** The time zone the buckets are in: said beside the numbers, so nobody reads them in their own. */
  timeZone: string;
}

/** A series' total, the previous period's, and the change between them. */
export function SeriesSummary({ total, previousTotal, changePercent, timeZone }: SeriesSummaryProps) {
  const change = formatChange(changePercent);
  return (
    <Group gap="xl" align="flex-start">
      <Fact label="Total">
        <Text fw={700} size="xl" data-testid="series-total">
          {formatCount(total)}
        </Text>
      </Fact>
      <Fact label="Previous period">
        <Text size="xl" data-testid="series-previous-total">
          {formatCount(previousTotal)}
        </Text>
      </Fact>
      <Fact label="Change">
        {change ? (
          <Badge size="lg" variant="light" color={changeColor(changePercent)} data-testid="series-change">
            {change}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed" data-testid="series-change">
            Nothing to compare with: the previous period had none.
          </Text>
        )}
      </Fact>
      <Fact label="Time zone">
        <Badge size="lg" variant="outline" color="gray" tt="none" data-testid="series-time-zone">
          {timeZone}
        </Badge>
      </Fact>
    </Group>
  );
}
