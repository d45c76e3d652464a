import { useState } from 'react';
import { Button, Group, Select } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { useAccountPlans } from './account-plans-query';
import { forgetAccountListings } from './account-query';

const ChangeAccountPlan = graphql(`
  mutation ChangeAccountPlan($input: ChangeAccountPlanInput!) {
    changeAccountPlan(input: $input) {
      account {
        id
        plan {
          id
          name
        }
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

interface AccountPlanChangeProps {
  account: { id: string; orgName: string; plan: { id: string; name: string } };
}

/** Moves the account to another of the tenant's account plans (hidden ones included: admins may give them). */
export function AccountPlanChange({ account }: AccountPlanChangeProps) {
  const { options, loading: loadingPlans } = useAccountPlans();
  const [planId, setPlanId] = useState<string | null>(null);
  const [changePlan, { loading }] = useMutation(ChangeAccountPlan, { update: forgetAccountListings });
  const chosen = planId ?? account.plan.id;

  const save = async () => {
    try {
      const { data } = await changePlan({ variables: { input: { id: account.id, planId: chosen } } });
      const payload = data?.changeAccountPlan;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        notifications.show({ color: 'red', title: 'Could not change the plan', message: payload.userErrors.map((e) => e.message).join(' ') });
        return;
      }
      setPlanId(null);
      notifications.show({ color: 'green', title: 'Plan changed', message: `${account.orgName} is on ${payload.account?.plan.name ?? 'its new plan'}.` });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not change the plan', message: errorMessage(error) });
    }
  };

  return (
    <Group align="flex-end" gap="xs" wrap="nowrap">
      <Select
        label="Account plan"
        // The current plan is an option even while the list loads.
        data={options.length > 0 ? options : [{ value: account.plan.id, label: account.plan.name }]}
        value={chosen}
        onChange={(value) => setPlanId(value)}
        allowDeselect={false}
        searchable
        disabled={loadingPlans && options.length === 0}
        style={{ flex: 1 }}
        maw={320}
      />
      <Button variant="default" disabled={chosen === account.plan.id} loading={loading} onClick={() => void save()}>
        Change plan
      </Button>
    </Group>
  );
}
