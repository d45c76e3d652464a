import { useState } from 'react';
import { Button, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { MAX_SERVICE_NAME_LENGTH } from '@gatehouse/schema/catalog';
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

/** The features offered on plans of this kind and owner, checked when this plan includes them; a new one is added here. */
export function PlanFeatures({ plan }: { plan: LoadedPlan }) {
  const options = { refetchQueries: ['Plan'], awaitRefetchQueries: true };
  const [enable] = useMutation(EnableFeature, options);
  const [disable] = useMutation(DisableFeature, options);
  const [createFeature, creating] = useMutation(CreateFeature, options);
  const [name, setName] = useState('');

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
        <Checkbox key={feature.id} label={feature.name} description={feature.description ?? undefined} checked={enabled} onChange={(e) => void toggle(feature.id, e.currentTarget.checked)} />
      ))}
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
