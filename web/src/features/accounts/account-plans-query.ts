import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { AccountPlanOptionFragment } from '../../gql/graphql';

export const AccountPlanOption = graphql(`
  fragment AccountPlanOption on Plan {
    id
    name
    isDefault
    state
  }
`);

/** The tenant's account plans, for the listing's filter and the forms' selects (a tenant has a handful). */
export const AccountPlanOptionsQuery = graphql(`
  query AccountPlanOptions {
    accountPlans(first: 250) {
      nodes {
        id
        ...AccountPlanOption
      }
    }
  }
`);

/** A plan as a select option: hidden plans say so (only admins can give them). */
export function planOption(plan: AccountPlanOptionFragment) {
  const notes = [plan.isDefault ? 'default' : null, plan.state === 'HIDDEN' ? 'hidden' : null].filter(Boolean);
  return { value: plan.id, label: notes.length ? `${plan.name} (${notes.join(', ')})` : plan.name };
}

export function useAccountPlans() {
  const { data, loading, error } = useQuery(AccountPlanOptionsQuery);
  const plans = data?.accountPlans.nodes;
  return { plans, options: (plans ?? []).map(planOption), defaultPlan: plans?.find((plan) => plan.isDefault), loading, error };
}
