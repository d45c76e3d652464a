import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Modal, Select, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconX } from '@tabler/icons-react';
import { graphql } from '../../gql';
import type { TierMode, UsagePeriod } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { usagePeriodLabels } from './catalog-labels';
import { inTreeOrder } from './metric-tree';
import type { LoadedPlan } from './plan-query';

type PlanMetricRow = LoadedPlan['metrics'][number];

const SetUsageLimit = graphql(`
  mutation SetUsageLimit($input: SetUsageLimitInput!) {
    setUsageLimit(input: $input) {
      usageLimit {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const DeleteUsageLimit = graphql(`
  mutation DeleteUsageLimit($input: DeleteUsageLimitInput!) {
    deleteUsageLimit(input: $input) {
      deletedUsageLimitId
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const CreatePricingRule = graphql(`
  mutation CreatePricingRule($input: CreatePricingRuleInput!) {
    createPricingRule(input: $input) {
      pricingRule {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const DeletePricingRule = graphql(`
  mutation DeletePricingRule($input: DeletePricingRuleInput!) {
    deletePricingRule(input: $input) {
      deletedPricingRuleId
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const SetTierMode = graphql(`
  mutation SetTierMode($input: SetTierModeInput!) {
    setTierMode(input: $input) {
      plan {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const periods = Object.keys(usagePeriodLabels) as UsagePeriod[];

type Mutate = (action: string, run: () => Promise<{ userErrors: readonly { message: string }[] } | undefined>) => Promise<boolean>;

/** One table of the plan's service's metrics and methods: enabled, limits per period, pricing rules and their tier mode, edited in place. */
export function PlanMetricsTable({ plan }: { plan: LoadedPlan }) {
  const options = { refetchQueries: ['Plan'], awaitRefetchQueries: true };
  const [setLimit] = useMutation(SetUsageLimit, options);
  const [deleteLimit] = useMutation(DeleteUsageLimit, options);
  const [createRule] = useMutation(CreatePricingRule, options);
  const [deleteRule] = useMutation(DeletePricingRule, options);
  const [setTierMode] = useMutation(SetTierMode, options);

  const mutate: Mutate = async (action, run) => {
    try {
      const result = await run();
      if (result?.userErrors.length) {
        notifications.show({ color: 'red', title: `Could not ${action}`, message: result.userErrors.map((e) => e.message).join(' ') });
        return false;
      }
      return true;
    } catch (error) {
      notifications.show({ color: 'red', title: `Could not ${action}`, message: errorMessage(error) });
      return false;
    }
  };

  const toggle = async (row: PlanMetricRow, enabled: boolean) => {
    if (!enabled) {
      await mutate('disable the metric', async () => (await setLimit({ variables: { input: { planId: plan.id, metricId: row.metric.id, period: 'ETERNITY', value: '0' } } })).data?.setUsageLimit);
      return;
    }
    // Enabled again: the limits of 0 that disabled it go.
    for (const limit of row.usageLimits.filter((l) => l.value === '0')) {
      await mutate('enable the metric', async () => (await deleteLimit({ variables: { input: { id: limit.id } } })).data?.deleteUsageLimit);
    }
  };

  return (
    <Table aria-label="Limits and pricing" verticalSpacing="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Metric or method</Table.Th>
          <Table.Th>Enabled</Table.Th>
          <Table.Th>Limits</Table.Th>
          <Table.Th>Pricing rules</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {inTreeOrder(plan.metrics, (r) => r.metric).map(({ item: row, depth }) => (
          <Table.Tr key={row.metric.id} data-metric={row.metric.systemName}>
            <Table.Td pl={depth ? 32 : undefined}>
              <Text size="sm" fw={depth ? 400 : 500}>
                {row.metric.friendlyName}
              </Text>
              <Text size="xs" c="dimmed">
                {row.metric.systemName}
                {row.metric.kind === 'METHOD' ? ' · method' : ` · ${row.metric.unit}`}
              </Text>
            </Table.Td>
            <Table.Td>
              <Switch checked={row.enabled} aria-label={`${row.metric.friendlyName} enabled`} onChange={(e) => void toggle(row, e.currentTarget.checked)} />
            </Table.Td>
            <Table.Td>
              <Group gap={6}>
                {row.usageLimits.map((limit) => (
                  <Badge
                    key={limit.id}
                    variant="light"
                    color={limit.value === '0' ? 'red' : 'blue'}
                    rightSection={
                      <ActionIcon size="xs" variant="transparent" aria-label={`Remove the limit ${limit.value} ${usagePeriodLabels[limit.period]} on ${row.metric.friendlyName}`} onClick={() => void mutate('remove the limit', async () => (await deleteLimit({ variables: { input: { id: limit.id } } })).data?.deleteUsageLimit)}>
                        <IconX size={10} />
                      </ActionIcon>
                    }
                  >
                    {limit.value} {usagePeriodLabels[limit.period]}
                  </Badge>
                ))}
                <AddLimit
                  metric={row.metric.friendlyName}
                  onAdd={(period, value) => mutate('set the limit', async () => (await setLimit({ variables: { input: { planId: plan.id, metricId: row.metric.id, period, value } } })).data?.setUsageLimit)}
                />
              </Group>
            </Table.Td>
            <Table.Td>
              <Stack gap={4}>
                <Group gap={6}>
                  {row.pricingRules.map((rule) => (
                    <Badge
                      key={rule.id}
                      variant="light"
                      color="grape"
                      rightSection={
                        <ActionIcon size="xs" variant="transparent" aria-label={`Remove the price ${rule.from}–${rule.to ?? '∞'} on ${row.metric.friendlyName}`} onClick={() => void mutate('remove the pricing rule', async () => (await deleteRule({ variables: { input: { id: rule.id } } })).data?.deletePricingRule)}>
                          <IconX size={10} />
                        </ActionIcon>
                      }
                    >
                      {rule.from}–{rule.to ?? '∞'} @ {rule.costPerUnit}
                    </Badge>
                  ))}
                  <AddPrice
                    metric={row.metric.friendlyName}
                    onAdd={(from, to, costPerUnit) => mutate('add the pricing rule', async () => (await createRule({ variables: { input: { planId: plan.id, metricId: row.metric.id, from, to, costPerUnit } } })).data?.createPricingRule)}
                  />
                </Group>
                {row.pricingRules.length > 1 && (
                  <Select
                    size="xs"
                    w={190}
                    aria-label={`Tiers of ${row.metric.friendlyName}`}
                    allowDeselect={false}
                    value={row.tierMode}
                    data={[
                      { value: 'GRADUATED', label: 'Graduated tiers' },
                      { value: 'VOLUME', label: 'Volume tiers' },
                    ]}
                    onChange={(mode) => mode && void mutate('change the tiers', async () => (await setTierMode({ variables: { input: { planId: plan.id, metricId: row.metric.id, tierMode: mode as TierMode } } })).data?.setTierMode)}
                  />
                )}
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function AddLimit({ metric, onAdd }: { metric: string; onAdd: (period: UsagePeriod, value: string) => Promise<boolean> }) {
  const [opened, setOpened] = useState(false);
  const [period, setPeriod] = useState<UsagePeriod>('DAY' as UsagePeriod);
  const [value, setValue] = useState('');
  const valid = /^\d{1,16}$/.test(value);
  return (
    <>
      <ActionIcon variant="subtle" size="sm" aria-label={`Add a limit on ${metric}`} onClick={() => setOpened(true)}>
        <IconPlus size={14} />
      </ActionIcon>
      <Modal opened={opened} onClose={() => setOpened(false)} title={`Limit on ${metric}`} size="sm">
        <form
          aria-label={`Limit on ${metric}`}
          onSubmit={(e) => {
            e.preventDefault();
            if (!valid) return;
            void onAdd(period, value).then((ok) => {
              if (!ok) return;
              setOpened(false);
              setValue('');
            });
          }}
        >
          <Stack gap="xs">
            <TextInput label="Units" size="xs" inputMode="numeric" value={value} onChange={(e) => setValue(e.currentTarget.value.trim())} error={value && !valid ? 'A whole number ≥ 0' : null} data-autofocus />
            <Select label="Period" size="xs" allowDeselect={false} value={period} onChange={(p) => p && setPeriod(p as UsagePeriod)} data={periods.map((p) => ({ value: p, label: usagePeriodLabels[p] }))} />
            <Button type="submit" size="xs" disabled={!valid}>
              Set limit
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}

function AddPrice({ metric, onAdd }: { metric: string; onAdd: (from: string, to: string | null, costPerUnit: string) => Promise<boolean> }) {
  const [opened, setOpened] = useState(false);
  const [from, setFrom] = useState('1');
  const [to, setTo] = useState('');
  const [cost, setCost] = useState('');
  const valid = /^\d{1,16}$/.test(from) && (to === '' || /^\d{1,16}$/.test(to)) && /^\d{1,15}(\.\d{1,10})?$/.test(cost);
  return (
    <>
      <ActionIcon variant="subtle" size="sm" color="grape" aria-label={`Add a price on ${metric}`} onClick={() => setOpened(true)}>
        <IconPlus size={14} />
      </ActionIcon>
      <Modal opened={opened} onClose={() => setOpened(false)} title={`Price on ${metric}`} size="sm">
        <form
          aria-label={`Price on ${metric}`}
          onSubmit={(e) => {
            e.preventDefault();
            if (!valid) return;
            void onAdd(from, to || null, cost).then((ok) => {
              if (!ok) return;
              setOpened(false);
              setTo('');
              setCost('');
            });
          }}
        >
          <Stack gap="xs">
            <Group gap="xs" grow>
              <TextInput label="From unit" size="xs" inputMode="numeric" value={from} onChange={(e) => setFrom(e.currentTarget.value.trim())} />
              <TextInput label="To unit" size="xs" inputMode="numeric" placeholder="no end" value={to} onChange={(e) => setTo(e.currentTarget.value.trim())} />
            </Group>
            <TextInput label="Price per unit" size="xs" inputMode="decimal" value={cost} onChange={(e) => setCost(e.currentTarget.value.trim())} data-autofocus />
            <Text size="xs" c="dimmed">
              Prices are rounded to 4 decimals. Leave “To unit” empty for no end.
            </Text>
            <Button type="submit" size="xs" disabled={!valid}>
              Add price
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
