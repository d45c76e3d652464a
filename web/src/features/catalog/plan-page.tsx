import { Alert, Anchor, Badge, Button, Checkbox, Group, Loader, NumberInput, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { Link } from '@tanstack/react-router';
import { MAX_DESCRIPTION_LENGTH, MAX_SERVICE_NAME_LENGTH } from '@gatehouse/schema/catalog';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';
import { planKindLabels } from './catalog-labels';
import { approvalLabel, feeProblem } from './create-plan-modal';
import { CostCalculator } from './plan-cost-calculator';
import { PlanFeatures } from './plan-features';
import { PlanMetricsTable } from './plan-metrics-table';
import { type LoadedPlan, PlanQuery } from './plan-query';


const UpdatePlan = graphql(`
  mutation UpdatePlan($input: UpdatePlanInput!) {
    updatePlan(input: $input) {
      plan {
        id
        ...PlanRow
        description
        updatedAt
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** One plan: its settings, and for application plans the limits and pricing per metric, its features, and a cost calculator. */
export function PlanPage({ planId }: { planId: string }) {
  const { data, loading, error } = useQuery(PlanQuery, { variables: { id: planId } });
  const plan = data?.plan;
  if (loading && !plan) return <Loader aria-label="Loading the plan" />;
  if (!plan) {
    return (
      <Alert color="red" title="This plan cannot be shown">
        {error ? errorMessage(error) : 'It does not exist.'}
      </Alert>
    );
  }
  return (
    <Stack>
      <Group gap="xs">
        {plan.service ? (
          <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/products/$productId" params={{ productId: plan.service!.id }} search={{ tab: plan.kind === 'SERVICE' ? 'service-plans' : 'application-plans' }} />}>
            {plan.service.name}
          </Anchor>
        ) : (
          <Anchor component={Link} to="/account-plans" size="sm">
            Account plans
          </Anchor>
        )}
        <Text size="sm" c="dimmed">
          / {planKindLabels[plan.kind]}
        </Text>
      </Group>
      <Group gap="sm" align="baseline">
        <Title order={2}>{plan.name}</Title>
        <Badge color={plan.state === 'PUBLISHED' ? 'green' : 'gray'} variant="light">
          {plan.state === 'PUBLISHED' ? 'published' : 'hidden'}
        </Badge>
        {plan.isDefault && <Badge variant="light">default</Badge>}
      </Group>
      {/* Keyed by the plan's version: a refetch after someone else's edit, or another plan, starts a fresh form. */}
      <PlanSettings key={`${plan.id}:${plan.updatedAt}`} plan={plan} />
      {plan.kind === 'APPLICATION' && (
        <>
          <Title order={3}>Metrics, methods, limits and pricing</Title>
          <PlanMetricsTable plan={plan} />
        </>
      )}
      <Title order={3}>Features</Title>
      <PlanFeatures plan={plan} />
      {plan.kind === 'APPLICATION' && (
        <>
          <Title order={3}>Cost calculator</Title>
          {/* A new answer is needed once prices or fees change. */}
          <CostCalculator key={JSON.stringify([plan.setupFee, plan.costPerMonth, plan.metrics.map((m) => [m.tierMode, m.pricingRules])])} plan={plan} />
        </>
      )}
    </Stack>
  );
}

function PlanSettings({ plan }: { plan: LoadedPlan }) {
  const [updatePlan, { loading }] = useMutation(UpdatePlan);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: plan.name,
      description: plan.description ?? '',
      setupFee: plan.setupFee,
      costPerMonth: plan.costPerMonth,
      trialPeriodDays: (plan.trialPeriodDays ?? 0) as number | '',
      approvalRequired: plan.approvalRequired,
    },
    validate: { name: (v) => (v.trim() ? null : 'Enter a name'), setupFee: feeProblem, costPerMonth: feeProblem },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      const { data } = await updatePlan({
        variables: {
          input: {
            id: plan.id,
            name: values.name.trim(),
            description: values.description.trim(),
            setupFee: values.setupFee || '0',
            costPerMonth: values.costPerMonth || '0',
            trialPeriodDays: plan.kind === 'ACCOUNT' ? null : values.trialPeriodDays === '' ? 0 : values.trialPeriodDays,
            approvalRequired: values.approvalRequired,
          },
        },
      });
      const payload = data?.updatePlan;
      if (!payload || applyUserErrors(payload.userErrors, form.setFieldError, ['name', 'description', 'setupFee', 'costPerMonth', 'trialPeriodDays'])) return;
      form.resetDirty();
      notifications.show({ color: 'green', title: 'Plan saved', message: payload.plan?.name ?? plan.name });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not save the plan', message: errorMessage(error) });
    }
  });
  return (
    <Paper withBorder p="md" maw={720}>
      <form onSubmit={submit} noValidate aria-label="Plan settings">
        <Stack>
          <TextInput label="Name" aria-label="Name" required maxLength={MAX_SERVICE_NAME_LENGTH} {...form.getInputProps('name')} />
          <Textarea label="Description" rows={2} maxLength={MAX_DESCRIPTION_LENGTH} {...form.getInputProps('description')} />
          <SimpleGrid cols={plan.kind === 'ACCOUNT' ? 2 : 3}>
            <TextInput label="Setup fee" inputMode="decimal" {...form.getInputProps('setupFee')} />
            <TextInput label="Cost per month" inputMode="decimal" {...form.getInputProps('costPerMonth')} />
            {plan.kind !== 'ACCOUNT' && <NumberInput label="Trial period (days)" min={0} max={3650} allowDecimal={false} allowNegative={false} {...form.getInputProps('trialPeriodDays')} />}
          </SimpleGrid>
          <Checkbox label={approvalLabel(plan.kind)} {...form.getInputProps('approvalRequired', { type: 'checkbox' })} />
          <Group>
            <Button type="submit" loading={loading} disabled={!form.isDirty()}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
