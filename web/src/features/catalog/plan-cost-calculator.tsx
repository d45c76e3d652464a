import { useState } from 'react';
import { Button, Code, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { useLazyQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import type { LoadedPlan } from './plan-query';

const CostPreviewQuery = graphql(`
  query CostPreview($planId: ID!, $usage: [MetricUsageInput!]!) {
    costPreview(planId: $planId, usage: $usage) {
      setupFee
      costPerMonth
      total
      variable {
        quantity
        cost
        metric {
          id
          friendlyName
          systemName
        }
      }
    }
  }
`);

/** What a month with a given usage would cost on the plan, priced by the server (`costPreview`). */
export function CostCalculator({ plan }: { plan: LoadedPlan }) {
  const priced = plan.metrics.filter((m) => m.pricingRules.length > 0);
  const [quantities, setQuantities] = useState<Record<string, string>>({});
  const [preview, { data, loading, error }] = useLazyQuery(CostPreviewQuery, { fetchPolicy: 'network-only' });
  const valid = priced.every((m) => /^\d{0,30}$/.test(quantities[m.metric.id] ?? ''));
  const result = data?.costPreview;
  return (
    <Paper withBorder p="md" maw={720}>
      <form
        aria-label="Cost calculator"
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid) return;
          void preview({ variables: { planId: plan.id, usage: priced.map((m) => ({ metricId: m.metric.id, quantity: quantities[m.metric.id] || '0' })) } });
        }}
      >
        <Stack>
          {priced.length === 0 ? (
            <Text size="sm" c="dimmed">
              No pricing rules: a month costs the setup fee and the monthly cost.
            </Text>
          ) : (
            <SimpleGrid cols={2}>
              {priced.map((m) => (
                <TextInput
                  key={m.metric.id}
                  label={`${m.metric.friendlyName} (units in a month)`}
                  inputMode="numeric"
                  placeholder="0"
                  value={quantities[m.metric.id] ?? ''}
                  onChange={(e) => setQuantities({ ...quantities, [m.metric.id]: e.currentTarget.value.trim() })}
                  error={/^\d{0,30}$/.test(quantities[m.metric.id] ?? '') ? null : 'A whole number'}
                />
              ))}
            </SimpleGrid>
          )}
          <Group>
            <Button type="submit" variant="light" loading={loading} disabled={!valid}>
              Calculate
            </Button>
          </Group>
          {error && (
            <Text size="sm" c="red">
              {errorMessage(error)}
            </Text>
          )}
          {result && (
            <Table aria-label="Cost of the month" data-testid="cost-preview">
              <Table.Tbody>
                <Table.Tr>
                  <Table.Td>Setup fee</Table.Td>
                  <Table.Td ta="right">{result.setupFee}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Td>Cost per month</Table.Td>
                  <Table.Td ta="right">{result.costPerMonth}</Table.Td>
                </Table.Tr>
                {result.variable.map((v) => (
                  <Table.Tr key={v.metric.id}>
                    <Table.Td>
                      {v.metric.friendlyName} <Code>{v.quantity}</Code> units
                    </Table.Td>
                    <Table.Td ta="right">{v.cost}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Td fw={700}>Total</Table.Td>
                  <Table.Td ta="right" fw={700} data-testid="cost-total">
                    {result.total}
                  </Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
