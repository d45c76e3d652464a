import { Group, Progress, Table, Text } from '@mantine/core';
import { formatDate } from '../../components/ui/format-date';
import { graphql } from '../../gql';
import type { LimitUtilizationForTableFragment } from '../../gql/graphql';
import { formatCount, periodLabels, utilizationColor } from './analytics-format';

export const LimitUtilizationForTable = graphql(`
  fragment LimitUtilizationForTable on LimitUtilization {
    metric {
      id
      friendlyName
      systemName
    }
    period
    max
    current
    percent
    periodStart
    resetAt
  }
`);

/** How much of each limit of its plan an application has used in the current period, and when each resets. */
export function UtilizationTable({ limits, caption }: { limits: readonly LimitUtilizationForTableFragment[]; caption: string }) {
  return (
    <Table striped captionSide="top">
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Metric</Table.Th>
          <Table.Th scope="col">Period</Table.Th>
          <Table.Th scope="col" ta="right">
            Current / max
          </Table.Th>
          <Table.Th scope="col">Used</Table.Th>
          <Table.Th scope="col">Resets at</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {limits.map((limit) => {
          const name = limit.metric?.friendlyName ?? 'Deleted metric';
          return (
            <Table.Tr key={`${limit.metric?.id ?? 'deleted'}-${limit.period}`}>
              <Table.Td>{name}</Table.Td>
              <Table.Td>{periodLabels[limit.period]}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {`${formatCount(limit.current)} / ${formatCount(limit.max)}`}
              </Table.Td>
              <Table.Td miw={180}>
                {limit.percent === null || limit.percent === undefined ? (
                  <Text size="sm" c="dimmed">
                    Disabled (limit 0)
                  </Text>
                ) : (
                  <Group gap="xs" wrap="nowrap">
                    <Progress
                      value={Math.min(100, limit.percent)}
                      color={utilizationColor(limit.percent)}
                      w={100}
                      aria-label={`${name} per ${periodLabels[limit.period].toLowerCase()}: ${limit.percent} % used`}
                    />
                    <Text size="sm" span>
                      {`${formatCount(limit.percent)} %`}
                    </Text>
                  </Group>
                )}
              </Table.Td>
              <Table.Td>{limit.resetAt ? formatDate(limit.resetAt) : 'Never (all time)'}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
