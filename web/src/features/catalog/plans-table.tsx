import { useState } from 'react';
import { ActionIcon, Anchor, Badge, Button, Code, Group, Modal, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconEye, IconEyeOff, IconPlus, IconStar, IconStarFilled, IconTrash } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { graphql } from '../../gql';
import type { PlanKind, PlanRowFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { CreatePlanModal } from './create-plan-modal';
import { planKindLabels } from './catalog-labels';

export const PlanRow = graphql(`
  fragment PlanRow on Plan {
    id
    kind
    name
    systemName
    state
    isDefault
    setupFee
    costPerMonth
    trialPeriodDays
    approvalRequired
  }
`);

const PublishPlan = graphql(`
  mutation PublishPlan($input: PlanIdInput!) {
    publishPlan(input: $input) {
      plan {
        id
        state
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const HidePlan = graphql(`
  mutation HidePlan($input: PlanIdInput!) {
    hidePlan(input: $input) {
      plan {
        id
        state
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const SetDefaultPlan = graphql(`
  mutation SetDefaultPlan($input: PlanIdInput!) {
    setDefaultPlan(input: $input) {
      plan {
        id
        isDefault
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const CopyPlan = graphql(`
  mutation CopyPlan($input: CopyPlanInput!) {
    copyPlan(input: $input) {
      plan {
        id
        name
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const DeletePlan = graphql(`
  mutation DeletePlan($input: PlanIdInput!) {
    deletePlan(input: $input) {
      deletedPlanId
      userErrors {
        field
        message
        code
      }
    }
  }
`);

interface PlansTableProps {
  kind: PlanKind;
  /** The service of service and application plans; none for account plans. */
  serviceId?: string;
  plans: readonly PlanRowFragment[];
  /** The query to refetch after a change (its operation name). */
  refetch: string;
}

/** A list of plans of one kind and owner: the default, publish or hide, copy, delete, and creating one. */
export function PlansTable({ kind, serviceId, plans, refetch }: PlansTableProps) {
  const options = { refetchQueries: [refetch], awaitRefetchQueries: true };
  const [publish] = useMutation(PublishPlan, options);
  const [hide] = useMutation(HidePlan, options);
  const [setDefault] = useMutation(SetDefaultPlan, options);
  const [copy] = useMutation(CopyPlan, options);
  const [remove] = useMutation(DeletePlan, options);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<PlanRowFragment | null>(null);
  const what = planKindLabels[kind];

  const run = async (action: string, mutate: () => Promise<{ userErrors: readonly { message: string }[] } | undefined>, done: string) => {
    try {
      const result = await mutate();
      if (result?.userErrors.length) notifications.show({ color: 'red', title: `Could not ${action}`, message: result.userErrors.map((e) => e.message).join(' ') });
      else notifications.show({ color: 'green', title: done, message: '' });
    } catch (error) {
      notifications.show({ color: 'red', title: `Could not ${action}`, message: errorMessage(error) });
    }
  };

  return (
    <Stack>
      <Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          Create {what.toLowerCase()}
        </Button>
      </Group>
      <Table aria-label={`${what}s`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>System name</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>Setup fee</Table.Th>
            <Table.Th>Per month</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((plan) => (
            <Table.Tr key={plan.id}>
              <Table.Td>
                <Group gap="xs">
                  <Anchor fw={500} renderRoot={(props) => <Link {...props} to="/plans/$planId" params={{ planId: plan.id }} />}>
                    {plan.name}
                  </Anchor>
                  {plan.isDefault && (
                    <Badge size="xs" variant="light">
                      default
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <Code>{plan.systemName}</Code>
              </Table.Td>
              <Table.Td>
                <Badge size="sm" color={plan.state === 'PUBLISHED' ? 'green' : 'gray'} variant="light">
                  {plan.state === 'PUBLISHED' ? 'published' : 'hidden'}
                </Badge>
              </Table.Td>
              <Table.Td>{plan.setupFee}</Table.Td>
              <Table.Td>{plan.costPerMonth}</Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Tooltip label={plan.isDefault ? 'The default plan' : 'Make it the default'}>
                    <ActionIcon
                      variant="subtle"
                      aria-label={plan.isDefault ? `${plan.name} is the default` : `Make ${plan.name} the default`}
                      disabled={plan.isDefault}
                      onClick={() => void run('set the default', async () => (await setDefault({ variables: { input: { id: plan.id } } })).data?.setDefaultPlan, `${plan.name} is the default`)}
                    >
                      {plan.isDefault ? <IconStarFilled size={16} /> : <IconStar size={16} />}
                    </ActionIcon>
                  </Tooltip>
                  {plan.state === 'PUBLISHED' ? (
                    <Tooltip label="Hide: only admins can give it">
                      <ActionIcon variant="subtle" aria-label={`Hide ${plan.name}`} onClick={() => void run('hide the plan', async () => (await hide({ variables: { input: { id: plan.id } } })).data?.hidePlan, `${plan.name} is hidden`)}>
                        <IconEyeOff size={16} />
                      </ActionIcon>
                    </Tooltip>
                  ) : (
                    <Tooltip label="Publish: developers can pick it">
                      <ActionIcon variant="subtle" aria-label={`Publish ${plan.name}`} onClick={() => void run('publish the plan', async () => (await publish({ variables: { input: { id: plan.id } } })).data?.publishPlan, `${plan.name} is published`)}>
                        <IconEye size={16} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                  <Tooltip label="Copy with its limits, pricing and features">
                    <ActionIcon variant="subtle" aria-label={`Copy ${plan.name}`} onClick={() => void run('copy the plan', async () => (await copy({ variables: { input: { id: plan.id } } })).data?.copyPlan, `${plan.name} copied`)}>
                      <IconCopy size={16} />
                    </ActionIcon>
                  </Tooltip>
                  <Tooltip label="Delete">
                    <ActionIcon variant="subtle" color="red" aria-label={`Delete ${plan.name}`} onClick={() => setDeleting(plan)}>
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Tooltip>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
          {plans.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <Text size="sm" c="dimmed" ta="center">
                  No {what.toLowerCase()}s yet.
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Delete plan">
        <Stack>
          <Text size="sm">
            Delete the plan <b>{deleting?.name}</b> with its limits, pricing rules and features? A plan that accounts or applications are on cannot be deleted.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              Cancel
            </Button>
            <Button
              color="red"
              onClick={() => {
                const plan = deleting!;
                setDeleting(null);
                void run('delete the plan', async () => (await remove({ variables: { input: { id: plan.id } } })).data?.deletePlan, `${plan.name} deleted`);
              }}
            >
              Delete plan
            </Button>
          </Group>
        </Stack>
      </Modal>
      {creating && <CreatePlanModal kind={kind} serviceId={serviceId} refetch={refetch} onClose={() => setCreating(false)} />}
    </Stack>
  );
}
