import { useState } from 'react';
import { Button, Group, Select } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { forgetApplicationListings } from './application-query';
import { planChoice } from './product-options-query';

const ApplicationChangePlanOptions = graphql(`
  query ApplicationChangePlanOptions($id: ID!) {
    service(id: $id) {
      id
      applicationPlans(first: 200) {
        nodes {
          id
          name
          isDefault
          state
        }
      }
    }
  }
`);

const ChangeApplicationPlan = graphql(`
  mutation ChangeApplicationPlan($input: ChangeApplicationPlanInput!) {
    changeApplicationPlan(input: $input) {
      application {
        id
        paid
        trialEndsAt
        updatedAt
        plan {
          id
          ...ApplicationPlanDetails
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

interface ApplicationPlanChangeProps {
  application: { id: string; name: string; plan: { id: string; name: string }; service: { id: string } };
}

/** Moves the application to another application plan of its product (hidden ones included: admins may give them). */
export function ApplicationPlanChange({ application }: ApplicationPlanChangeProps) {
  const { data, loading: loadingPlans } = useQuery(ApplicationChangePlanOptions, { variables: { id: application.service.id } });
  const options = (data?.service?.applicationPlans.nodes ?? []).map(planChoice);
  const [planId, setPlanId] = useState<string | null>(null);
  const [changePlan, { loading }] = useMutation(ChangeApplicationPlan, { update: forgetApplicationListings });
  const chosen = planId ?? application.plan.id;

  const save = async () => {
    try {
      const { data: result } = await changePlan({ variables: { input: { id: application.id, planId: chosen } } });
      const payload = result?.changeApplicationPlan;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        notifications.show({ color: 'red', title: 'Could not change the plan', message: payload.userErrors.map((e) => e.message).join(' ') });
        return;
      }
      setPlanId(null);
      notifications.show({ color: 'green', title: 'Plan changed', message: `${application.name} is on ${payload.application?.plan.name ?? 'its new plan'}.` });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not change the plan', message: errorMessage(error) });
    }
  };

  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <Select
        label="Application plan"
        // The current plan is an option even while the list loads.
        data={options.length > 0 ? options : [{ value: application.plan.id, label: application.plan.name }]}
        value={chosen}
        onChange={(value) => setPlanId(value)}
        allowDeselect={false}
        searchable
        disabled={loadingPlans && options.length === 0}
        style={{ flex: 1 }}
        maw={320}
      />
      <Button variant="default" disabled={chosen === application.plan.id} loading={loading} onClick={() => void save()}>
        Change plan
      </Button>
    </Group>
  );
}
