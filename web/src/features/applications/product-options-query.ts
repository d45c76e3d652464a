import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { planChoice, type PlanChoice } from '../../components/ui/plan-choice';

/** The tenant's products by name, for the listings' product filter. */
const ApplicationProducts = graphql(`
  query ApplicationProducts {
    services(first: 100, orderBy: { field: NAME, direction: ASC }) {
      nodes {
        id
        name
      }
    }
  }
`);

/*
 * Every product's plans of a kind, for the bulk "Change plan" select grouped by product. The API
 * counts what a query may return (1,000 at most): 20 products of 30 plans each fit, which is more
 * than a tenant sells.
 */
const PRODUCTS_SHOWN = 20;
const PLANS_SHOWN = 30;

const ApplicationPlansByProduct = graphql(`
  query ApplicationPlansByProduct($products: Int!, $plans: Int!) {
    services(first: $products, orderBy: { field: NAME, direction: ASC }) {
      nodes {
        id
        name
        applicationPlans(first: $plans) {
          nodes {
            id
            name
            isDefault
            state
          }
        }
      }
    }
  }
`);

const ServicePlansByProduct = graphql(`
  query ServicePlansByProduct($products: Int!, $plans: Int!) {
    services(first: $products, orderBy: { field: NAME, direction: ASC }) {
      nodes {
        id
        name
        servicePlans(first: $plans) {
          nodes {
            id
            name
            isDefault
            state
          }
        }
      }
    }
  }
`);

export function useProductOptions() {
  const { data, loading, error } = useQuery(ApplicationProducts);
  return { options: (data?.services.nodes ?? []).map((p) => ({ value: p.id, label: p.name })), loading, error };
}

interface PlanLike {
  id: string;
  name: string;
  isDefault: boolean;
  state: string;
}

/** A plan's option in a group, named with its product so the chosen value reads whole in the input. */
const groupedChoice = (product: string, plan: PlanLike): PlanChoice => {
  const choice = planChoice(plan);
  return { value: choice.value, label: `${product} · ${choice.label}` };
};

/** Application or service plans grouped by product, for the bulk plan change. */
export function usePlansByProduct(kind: 'application' | 'service') {
  const variables = { products: PRODUCTS_SHOWN, plans: PLANS_SHOWN };
  const application = useQuery(ApplicationPlansByProduct, { variables, skip: kind !== 'application' });
  const service = useQuery(ServicePlansByProduct, { variables, skip: kind !== 'service' });
  const groups =
    kind === 'application'
      ? (application.data?.services.nodes ?? []).map((product) => ({ group: product.name, items: product.applicationPlans.nodes.map((plan) => groupedChoice(product.name, plan)) }))
      : (service.data?.services.nodes ?? []).map((product) => ({ group: product.name, items: product.servicePlans.nodes.map((plan) => groupedChoice(product.name, plan)) }));
  return { data: groups.filter((group) => group.items.length > 0), loading: kind === 'application' ? application.loading : service.loading };
}
