import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ApplicationPlanDetailsFragment, UsagePeriod } from '../../gql/graphql';

const periodLabels: Record<UsagePeriod, string> = {
  MINUTE: 'per minute',
  HOUR: 'per hour',
  DAY: 'per day',
  WEEK: 'per week',
  MONTH: 'per month',
  YEAR: 'per year',
  ETERNITY: 'in total',
};

/**
 * The plan's fees, trial, and each metric's limits and pricing, read-only (the plan page edits them:
 * a change there applies to every application on the plan).
 */
export function ApplicationPlanLimits({ plan }: { plan: ApplicationPlanDetailsFragment }) {
  const rows = plan.metrics.filter((row) => !row.enabled || row.usageLimits.length > 0 || row.pricingRules.length > 0);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="application-plan">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={3} size="h4" id="application-plan">
            Plan: {plan.name}
          </Title>
          <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/plans/$planId" params={{ planId: plan.id }} />}>
            Edit the plan
          </Anchor>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <Text size="sm">Setup fee: {plan.setupFee}</Text>
          <Text size="sm">Cost per month: {plan.costPerMonth}</Text>
          <Text size="sm">Trial: {plan.trialPeriodDays ? `${plan.trialPeriodDays} days` : 'none'}</Text>
        </SimpleGrid>
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            No limits and no pricing rules: every call is allowed and free.
          </Text>
        ) : (
          <Table aria-label="Limits and pricing" verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Metric or method</Table.Th>
                <Table.Th>Limits</Table.Th>
                <Table.Th>Pricing</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.metric.id} data-metric={row.metric.systemName}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {row.metric.friendlyName}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {row.metric.systemName}
                      {row.metric.kind === 'METHOD' ? ' · method' : ` · ${row.metric.unit}`}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {!row.enabled ? (
                      <Badge size="sm" variant="light" color="red">
                        disabled
                      </Badge>
                    ) : (
                      <Group gap={4}>
                        {row.usageLimits.map((limit) => (
                          <Badge key={limit.id} size="sm" variant="light" tt="none">
                            {limit.value} {periodLabels[limit.period]}
                          </Badge>
                        ))}
                        {row.usageLimits.length === 0 && (
                          <Text size="xs" c="dimmed">
                            none
                          </Text>
                        )}
                      </Group>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {row.pricingRules.map((rule) => (
                        <Badge key={rule.id} size="sm" variant="light" color="grape" tt="none">
                          {rule.from}–{rule.to ?? '∞'} @ {rule.costPerUnit}
                        </Badge>
                      ))}
                      {row.pricingRules.length > 1 && (
                        <Text size="xs" c="dimmed">
                          {row.tierMode === 'VOLUME' ? 'volume tiers' : 'graduated tiers'}
                        </Text>
                      )}
                      {row.pricingRules.length === 0 && (
                        <Text size="xs" c="dimmed">
                          free
                        </Text>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
