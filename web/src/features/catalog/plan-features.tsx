import { useState } from 'react';
import { ActionIcon, Button, Checkbox, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { MAX_DESCRIPTION_LENGTH, MAX_SERVICE_NAME_LENGTH } from '@gatehouse/schema/catalog';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import type { LoadedPlan } from './plan-query';

const EnableFeature = graphql(`
  mutation EnableFeature($input: PlanFeatureInput!) {
    enableFeature(input: $input) {
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
const DisableFeature = graphql(`
  mutation DisableFeature($input: PlanFeatureInput!) {
    disableFeature(input: $input) {
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
const CreateFeature = graphql(`
  mutation CreateFeature($input: CreateFeatureInput!) {
    createFeature(input: $input) {
      feature {
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

const UpdateFeature = graphql(`
  mutation UpdateFeature($input: UpdateFeatureInput!) {
    updateFeature(input: $input) {
      feature {
        id
        name
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
const DeleteFeature = graphql(`
  mutation DeleteFeature($input: DeleteFeatureInput!) {
    deleteFeature(input: $input) {
      deletedFeatureId
      userErrors {
        field
        message
        code
      }
    }
  }
`);

type OfferedFeature = LoadedPlan['features'][number]['feature'];

/** The features offered on plans of this kind and owner, checked when this plan includes them; a new one is added here. */
export function PlanFeatures({ plan }: { plan: LoadedPlan }) {
  const options = { refetchQueries: ['Plan'], awaitRefetchQueries: true };
  const [enable] = useMutation(EnableFeature, options);
  const [disable] = useMutation(DisableFeature, options);
  const [createFeature, creating] = useMutation(CreateFeature, options);
  const [name, setName] = useState('');
  const [editing, setEditing] = useState<OfferedFeature | null>(null);
  const [deleting, setDeleting] = useState<OfferedFeature | null>(null);

  const report = (action: string, errors: readonly { message: string }[] | undefined) => {
    if (errors?.length) notifications.show({ color: 'red', title: `Could not ${action}`, message: errors.map((e) => e.message).join(' ') });
    return !errors?.length;
  };
  const toggle = async (featureId: string, on: boolean) => {
    try {
      const input = { planId: plan.id, featureId };
      report(on ? 'include the feature' : 'leave the feature out', on ? (await enable({ variables: { input } })).data?.enableFeature.userErrors : (await disable({ variables: { input } })).data?.disableFeature.userErrors);
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not change the feature', message: errorMessage(error) });
    }
  };
  const add = async () => {
    try {
      const { data } = await createFeature({ variables: { input: { scope: plan.kind, serviceId: plan.service?.id ?? null, name: name.trim() } } });
      const payload = data?.createFeature;
      if (!payload || !report('add the feature', payload.userErrors) || !payload.feature) return;
      setName('');
      await toggle(payload.feature.id, true);
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not add the feature', message: errorMessage(error) });
    }
  };

  return (
    <Stack gap="xs" maw={720}>
      {plan.features.length === 0 && (
        <Text size="sm" c="dimmed">
          No features yet: add what developers compare plans by (support, SLA, dedicated infrastructure).
        </Text>
      )}
      {plan.features.map(({ feature, enabled }) => (
        <Group key={feature.id} justify="space-between" wrap="nowrap">
          <Checkbox label={feature.name} description={feature.description ?? undefined} checked={enabled} onChange={(e) => void toggle(feature.id, e.currentTarget.checked)} />
          <Group gap={4} wrap="nowrap">
            <ActionIcon variant="subtle" aria-label={`Edit feature ${feature.name}`} onClick={() => setEditing(feature)}>
              <IconPencil size={16} />
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" aria-label={`Delete feature ${feature.name}`} onClick={() => setDeleting(feature)}>
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
        </Group>
      ))}
      {editing && <EditFeatureModal feature={editing} onClose={() => setEditing(null)} />}
      {deleting && <DeleteFeatureModal feature={deleting} onClose={() => setDeleting(null)} />}
      <form
        aria-label="Add a feature"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim()) void add();
        }}
      >
        <Group align="flex-end">
          <TextInput label="New feature" placeholder="e.g. 24/7 support" maxLength={MAX_SERVICE_NAME_LENGTH} value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <Button type="submit" variant="light" loading={creating.loading} disabled={!name.trim()}>
            Add and include
          </Button>
        </Group>
      </form>
    </Stack>
  );
}

function EditFeatureModal({ feature, onClose }: { feature: OfferedFeature; onClose: () => void }) {
  const [update, { loading }] = useMutation(UpdateFeature, { refetchQueries: ['Plan'], awaitRefetchQueries: true });
  const [name, setName] = useState(feature.name);
  const [description, setDescription] = useState(feature.description ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const save = async () => {
    try {
      const result = (await update({ variables: { input: { id: feature.id, name: name.trim(), description: description.trim() } } })).data?.updateFeature;
      if (result?.userErrors.length) return setProblem(result.userErrors.map((e) => e.message).join(' '));
      onClose();
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Edit feature ${feature.name}`}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Stack>
          <TextInput label="Name" aria-label="Feature name" required maxLength={MAX_SERVICE_NAME_LENGTH} value={name} onChange={(e) => setName(e.currentTarget.value)} data-autofocus />
          <Textarea label="Description" description="Shown to developers comparing plans" maxLength={MAX_DESCRIPTION_LENGTH} rows={3} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
          {problem && (
            <Text size="sm" c="red">
              {problem}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading} disabled={!name.trim()}>
              Save feature
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function DeleteFeatureModal({ feature, onClose }: { feature: OfferedFeature; onClose: () => void }) {
  const [remove, { loading }] = useMutation(DeleteFeature, { refetchQueries: ['Plan'], awaitRefetchQueries: true });
  const confirm = async () => {
    try {
      const errors = (await remove({ variables: { input: { id: feature.id } } })).data?.deleteFeature.userErrors;
      if (errors?.length) notifications.show({ color: 'red', title: 'Could not delete the feature', message: errors.map((e) => e.message).join(' ') });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not delete the feature', message: errorMessage(error) });
    }
  };
  return (
    <Modal opened onClose={onClose} title={`Delete feature ${feature.name}`}>
      <Stack>
        <Text size="sm">Every plan that includes “{feature.name}” will no longer list it. This cannot be undone.</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" loading={loading} onClick={() => void confirm()}>
            Delete feature
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
