import { Button, Checkbox, Group, Modal, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { deriveServiceSystemName, MAX_SERVICE_NAME_LENGTH, MAX_SYSTEM_NAME_LENGTH, serviceSystemNameProblem } from '@gatehouse/schema/catalog';
import { graphql } from '../../gql';
import type { PlanKind } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';
import { planKindLabels } from './catalog-labels';

export const CreatedPlan = graphql(`
  fragment CreatedPlan on PlanPayload {
    plan {
      id
      name
      systemName
    }
    userErrors {
      field
      message
      code
    }
  }
`);
const CreateApplicationPlan = graphql(`
  mutation CreateApplicationPlan($input: CreateApplicationPlanInput!) {
    createApplicationPlan(input: $input) {
      ...CreatedPlan
    }
  }
`);
const CreateServicePlan = graphql(`
  mutation CreateServicePlan($input: CreateServicePlanInput!) {
    createServicePlan(input: $input) {
      ...CreatedPlan
    }
  }
`);
const CreateAccountPlan = graphql(`
  mutation CreateAccountPlan($input: CreateAccountPlanInput!) {
    createAccountPlan(input: $input) {
      ...CreatedPlan
    }
  }
`);

/** What approval applies to on a plan of this kind. */
export const approvalLabel = (kind: PlanKind) =>
  kind === 'APPLICATION' ? 'Applications require approval' : kind === 'SERVICE' ? 'Subscriptions require approval' : 'Accounts require approval';

/** A fee as typed: empty, or an amount with at most 2 decimals (the server's rule). */
export const feeProblem = (v: string) => (v === '' || /^\d{1,18}(\.\d{1,2})?$/.test(v) ? null : 'An amount ≥ 0 with at most 2 decimals');

interface CreatePlanModalProps {
  kind: PlanKind;
  serviceId?: string;
  refetch: string;
  onClose: () => void;
}

export function CreatePlanModal({ kind, serviceId, refetch, onClose }: CreatePlanModalProps) {
  const options = { refetchQueries: [refetch], awaitRefetchQueries: true };
  const [createApplicationPlan, app] = useMutation(CreateApplicationPlan, options);
  const [createServicePlan, svc] = useMutation(CreateServicePlan, options);
  const [createAccountPlan, acc] = useMutation(CreateAccountPlan, options);
  const what = planKindLabels[kind];
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', systemName: '', setupFee: '', costPerMonth: '', trialPeriodDays: '' as number | '', approvalRequired: false },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter a name'),
      systemName: (v) => (v ? serviceSystemNameProblem(v) : null),
      setupFee: feeProblem,
      costPerMonth: feeProblem,
    },
  });
  const derived = deriveServiceSystemName(form.values.name);

  const submit = form.onSubmit(async (values) => {
    const input = {
      name: values.name.trim(),
      systemName: values.systemName || null,
      setupFee: values.setupFee || null,
      costPerMonth: values.costPerMonth || null,
      approvalRequired: values.approvalRequired,
    };
    // Application and service plans belong to a service and may have a trial; account plans neither.
    const ofService = { ...input, serviceId: serviceId ?? '', trialPeriodDays: values.trialPeriodDays === '' ? null : values.trialPeriodDays };
    try {
      const result =
        kind === 'APPLICATION'
          ? (await createApplicationPlan({ variables: { input: ofService } })).data?.createApplicationPlan
          : kind === 'SERVICE'
            ? (await createServicePlan({ variables: { input: ofService } })).data?.createServicePlan
            : (await createAccountPlan({ variables: { input } })).data?.createAccountPlan;
      if (!result || applyUserErrors(result.userErrors, form.setFieldError, ['name', 'systemName', 'setupFee', 'costPerMonth', 'trialPeriodDays'])) return;
      notifications.show({ color: 'green', title: `${what} created`, message: `${result.plan?.name} is hidden until you publish it.` });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: `Could not create the ${what.toLowerCase()}`, message: errorMessage(error) });
    }
  });

  return (
    <Modal opened onClose={onClose} title={`Create ${what.toLowerCase()}`}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Name" aria-label="Name" required maxLength={MAX_SERVICE_NAME_LENGTH} data-autofocus {...form.getInputProps('name')} />
          <TextInput
            label="System name"
            description={
              <Text span size="xs">
                {form.values.systemName ? 'As entered' : derived ? `Leave empty to use “${derived}”` : 'Derived from the name when empty'}
              </Text>
            }
            placeholder={derived || undefined}
            maxLength={MAX_SYSTEM_NAME_LENGTH}
            {...form.getInputProps('systemName')}
          />
          <SimpleGrid cols={2}>
            <TextInput label="Setup fee" placeholder="0.00" inputMode="decimal" {...form.getInputProps('setupFee')} />
            <TextInput label="Cost per month" placeholder="0.00" inputMode="decimal" {...form.getInputProps('costPerMonth')} />
          </SimpleGrid>
          {kind !== 'ACCOUNT' && <NumberInput label="Trial period (days)" min={0} max={3650} allowDecimal={false} allowNegative={false} {...form.getInputProps('trialPeriodDays')} />}
          <Checkbox label={approvalLabel(kind)} {...form.getInputProps('approvalRequired', { type: 'checkbox' })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={app.loading || svc.loading || acc.loading}>
              Create plan
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
