import { useState } from 'react';
import { ActionIcon, Alert, Button, Code, Group, Modal, Stack, Table, Text, Textarea, TextInput, Tooltip, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import {
  deriveMetricSystemName,
  MAX_DESCRIPTION_LENGTH,
  MAX_METRIC_NAME_LENGTH,
  MAX_SYSTEM_NAME_LENGTH,
  MAX_UNIT_LENGTH,
  metricSystemNameProblem,
} from '@gatehouse/schema/catalog';
import { graphql } from '../../gql';
import type { ProductQuery } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';
import { inTreeOrder } from './metric-tree';

type Product = NonNullable<ProductQuery['service']>;
type MetricRow = Product['metrics'][number];


const CreateMetricMutation = graphql(`
  mutation CreateMetric($input: CreateMetricInput!) {
    createMetric(input: $input) {
      metric {
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
const CreateMethodMutation = graphql(`
  mutation CreateMethod($input: CreateMethodInput!) {
    createMethod(input: $input) {
      metric {
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
const UpdateMetricMutation = graphql(`
  mutation UpdateMetric($input: UpdateMetricInput!) {
    updateMetric(input: $input) {
      metric {
        id
        systemName
        friendlyName
        unit
        description
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const DeleteMetricMutation = graphql(`
  mutation DeleteMetric($input: DeleteMetricInput!) {
    deleteMetric(input: $input) {
      deletedMetricId
      deletedMappingRuleIds
      userErrors {
        field
        message
        code
      }
    }
  }
`);

type Editing = { mode: 'create'; kind: 'METRIC' | 'METHOD' } | { mode: 'edit'; metric: MetricRow };

/** The product's methods (under hits) and metrics, whether a mapping rule counts each, and their editing. */
export function MetricsTab({ product }: { product: Product }) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const [deleting, setDeleting] = useState<MetricRow | null>(null);
  const rows = inTreeOrder(product.metrics, (m) => m);
  return (
    <Stack>
      <Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ mode: 'create', kind: 'METHOD' })}>
          Add method
        </Button>
        <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setEditing({ mode: 'create', kind: 'METRIC' })}>
          Add metric
        </Button>
      </Group>
      <Table aria-label="Methods and metrics" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>System name</Table.Th>
            <Table.Th>Unit</Table.Th>
            <Table.Th>Mapped</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ item: metric, depth }) => (
            <Table.Tr key={metric.id}>
              <Table.Td pl={depth ? 32 : undefined}>
                <Text size="sm" fw={depth ? 400 : 500}>
                  {metric.friendlyName}
                </Text>
                {metric.kind === 'METHOD' && (
                  <Text size="xs" c="dimmed">
                    method
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Code>{metric.systemName}</Code>
              </Table.Td>
              <Table.Td>{metric.unit}</Table.Td>
              <Table.Td>{metric.mapped ? <IconCheck size={16} aria-label="mapped" /> : <Text size="sm" c="dimmed">—</Text>}</Table.Td>
              <Table.Td>
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  <Tooltip label="Edit">
                    <ActionIcon variant="subtle" aria-label={`Edit ${metric.friendlyName}`} onClick={() => setEditing({ mode: 'edit', metric })}>
                      <IconPencil size={16} />
                    </ActionIcon>
                  </Tooltip>
                  {!metric.builtin && (
                    <Tooltip label="Delete">
                      <ActionIcon variant="subtle" color="red" aria-label={`Delete ${metric.friendlyName}`} onClick={() => setDeleting(metric)}>
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editing && <MetricModal product={product} editing={editing} onClose={() => setEditing(null)} />}
      {deleting && <DeleteMetricModal metric={deleting} onClose={() => setDeleting(null)} />}
    </Stack>
  );
}

function MetricModal({ product, editing, onClose }: { product: Product; editing: Editing; onClose: () => void }) {
  const current = editing.mode === 'edit' ? editing.metric : null;
  const kind = current ? current.kind : editing.mode === 'create' ? editing.kind : 'METRIC';
  const what = kind === 'METHOD' ? 'method' : 'metric';
  const [createMetric, created] = useMutation(CreateMetricMutation, { refetchQueries: ['Product'], awaitRefetchQueries: true });
  const [createMethod, createdMethod] = useMutation(CreateMethodMutation, { refetchQueries: ['Product'], awaitRefetchQueries: true });
  const [updateMetric, updated] = useMutation(UpdateMetricMutation, { refetchQueries: ['Product'], awaitRefetchQueries: true });
  const [needsConfirm, setNeedsConfirm] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { friendlyName: current?.friendlyName ?? '', systemName: current?.systemName ?? '', unit: current?.unit ?? '', description: current?.description ?? '' },
    validate: {
      friendlyName: (v) => (v.trim() ? null : 'Enter a name'),
      systemName: (v) => (v ? metricSystemNameProblem(v) : null),
      unit: (v) => (kind === 'METRIC' && !v.trim() ? 'Enter a unit, a singular noun such as mb' : null),
    },
  });
  const derived = deriveMetricSystemName(form.values.friendlyName);
  const fields = ['friendlyName', 'systemName', 'unit', 'description'];

  const save = async (confirm: boolean) => {
    const values = form.getValues();
    try {
      let payload: { userErrors: readonly { field?: readonly string[] | null; message: string; code: string }[] } | undefined;
      if (current) {
        const { data } = await updateMetric({
          variables: {
            input: {
              id: current.id,
              friendlyName: values.friendlyName.trim(),
              systemName: values.systemName.trim() || null,
              unit: current.kind === 'METRIC' ? values.unit.trim() : null,
              description: values.description.trim(),
              confirm,
            },
          },
        });
        payload = data?.updateMetric;
      } else if (kind === 'METHOD') {
        const { data } = await createMethod({
          variables: { input: { serviceId: product.id, friendlyName: values.friendlyName.trim(), systemName: values.systemName.trim() || null, description: values.description.trim() || null } },
        });
        payload = data?.createMethod;
      } else {
        const { data } = await createMetric({
          variables: {
            input: { serviceId: product.id, friendlyName: values.friendlyName.trim(), systemName: values.systemName.trim() || null, unit: values.unit.trim(), description: values.description.trim() || null },
          },
        });
        payload = data?.createMetric;
      }
      if (!payload) return;
      const dependents = payload.userErrors.find((e) => e.code === 'HAS_DEPENDENTS');
      if (dependents) {
        setNeedsConfirm(dependents.message);
        return;
      }
      if (applyUserErrors(payload.userErrors, form.setFieldError, fields)) return;
      notifications.show({ color: 'green', title: current ? 'Saved' : `${what === 'method' ? 'Method' : 'Metric'} added`, message: values.friendlyName.trim() });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: `Could not save the ${what}`, message: errorMessage(error) });
    }
  };

  return (
    <Modal opened onClose={onClose} title={current ? `Edit ${what}` : `Add ${what}`}>
      <form onSubmit={form.onSubmit(() => void save(false))} noValidate>
        <Stack>
          <TextInput label="Name" aria-label="Name" description="Unique within the product" required maxLength={MAX_METRIC_NAME_LENGTH} data-autofocus {...form.getInputProps('friendlyName')} />
          <TextInput
            label="System name"
            description={current ? 'Gateways report usage with it: changing it breaks integrations that use the old one' : derived ? `Leave empty to use “${derived}”` : 'Letters, digits, _ - and /'}
            placeholder={current ? undefined : derived || undefined}
            maxLength={MAX_SYSTEM_NAME_LENGTH}
            disabled={current?.builtin}
            {...form.getInputProps('systemName')}
          />
          {kind === 'METRIC' && <TextInput label="Unit" aria-label="Unit" description="A singular noun, e.g. mb" required maxLength={MAX_UNIT_LENGTH} disabled={current?.builtin} {...form.getInputProps('unit')} />}
          <Textarea label="Description" minRows={2} rows={2} maxLength={MAX_DESCRIPTION_LENGTH} {...form.getInputProps('description')} />
          {needsConfirm && (
            <Alert color="orange" title="Used elsewhere">
              <Stack gap="xs">
                <Text size="sm">{needsConfirm}</Text>
                <Group>
                  <Button color="orange" size="xs" onClick={() => void save(true)} loading={updated.loading}>
                    Rename anyway
                  </Button>
                </Group>
              </Stack>
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={created.loading || createdMethod.loading || updated.loading}>
              {current ? 'Save' : `Add ${what}`}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function DeleteMetricModal({ metric, onClose }: { metric: MetricRow; onClose: () => void }) {
  const [deleteMetric, { loading }] = useMutation(DeleteMetricMutation, { refetchQueries: ['Product'], awaitRefetchQueries: true });
  const [dependents, setDependents] = useState<string | null>(null);
  const remove = async (confirm: boolean) => {
    try {
      const { data } = await deleteMetric({ variables: { input: { id: metric.id, confirm } } });
      const payload = data?.deleteMetric;
      if (!payload) return;
      const used = payload.userErrors.find((e) => e.code === 'HAS_DEPENDENTS');
      if (used) return setDependents(used.message);
      if (payload.userErrors.length) {
        notifications.show({ color: 'red', title: 'Could not delete', message: payload.userErrors.map((e) => e.message).join(' ') });
        return;
      }
      const rules = payload.deletedMappingRuleIds.length;
      notifications.show({ color: 'green', title: 'Deleted', message: `${metric.friendlyName}${rules ? ` and ${rules} mapping rule${rules === 1 ? '' : 's'}` : ''}` });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not delete', message: errorMessage(error) });
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Delete ${metric.friendlyName}`}>
      <Stack>
        {dependents ? (
          <Alert color="orange" title="Used elsewhere">
            {dependents}
          </Alert>
        ) : (
          <Text size="sm">
            Delete <Code>{metric.systemName}</Code>? Gateways reporting it will be refused.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" loading={loading} onClick={() => void remove(dependents !== null)}>
            {dependents ? 'Delete with them' : 'Delete'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
