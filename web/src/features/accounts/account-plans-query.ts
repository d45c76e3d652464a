import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { planChoice } from '../../components/ui/plan-choice';

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

export function useAccountPlans() {
  const { data, loading, error } = useQuery(AccountPlanOptionsQuery);
  const plans = data?.accountPlans.nodes;
  return { plans, options: (plans ?? []).map(planChoice), defaultPlan: plans?.find((plan) => plan.isDefault), loading, error };
}
