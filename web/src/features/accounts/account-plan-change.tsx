import { useMutation } from '@apollo/client/react';
import { PlanChange } from '../../components/ui/plan-change';
import { graphql } from '../../gql';
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
  const [changePlan, { loading }] = useMutation(ChangeAccountPlan, { update: forgetAccountListings });
  return (
    <PlanChange
      label="Account plan"
      name={account.orgName}
      current={account.plan}
      options={options}
      loadingOptions={loadingPlans}
      saving={loading}
      change={async (planId) => (await changePlan({ variables: { input: { id: account.id, planId } } })).data?.changeAccountPlan}
      planNameOf={(payload) => payload.account?.plan.name}
    />
  );
}
