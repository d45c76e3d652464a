import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';

/** The tenant's products, for the account page's new application and subscription forms. */
const AccountPageProducts = graphql(`
  query AccountPageProducts {
    services(first: 100, orderBy: { field: NAME, direction: ASC }) {
      nodes {
        id
        name
        state
      }
    }
  }
`);

const ProductApplicationPlanOptions = graphql(`
  query ProductApplicationPlanOptions($id: ID!) {
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

const ProductServicePlanOptions = graphql(`
  query ProductServicePlanOptions($id: ID!) {
    service(id: $id) {
      id
      servicePlans(first: 200) {
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

interface PlanLike {
  id: string;
  name: string;
  isDefault: boolean;
  state: string;
}

/** A plan as a select option: default and hidden plans say so (admins may give hidden ones). */
function productPlanOption(plan: PlanLike) {
  const notes = [plan.isDefault ? 'default' : null, plan.state === 'HIDDEN' ? 'hidden' : null].filter(Boolean);
  return { value: plan.id, label: notes.length ? `${plan.name} (${notes.join(', ')})` : plan.name };
}

export function useAccountPageProducts() {
  const { data, loading, error } = useQuery(AccountPageProducts);
  const products = data?.services.nodes;
  return { products, options: (products ?? []).map((p) => ({ value: p.id, label: p.name })), loading, error };
}

/** A product's application or service plans as select options, with its default; nothing until a product is chosen. */
export function useProductPlans(kind: 'application' | 'service', productId: string | null) {
  const applicationPlans = useQuery(ProductApplicationPlanOptions, { variables: { id: productId ?? '' }, skip: kind !== 'application' || !productId });
  const servicePlans = useQuery(ProductServicePlanOptions, { variables: { id: productId ?? '' }, skip: kind !== 'service' || !productId });
  const plans =
    kind === 'application' ? applicationPlans.data?.service?.applicationPlans.nodes : servicePlans.data?.service?.servicePlans.nodes;
  const query = kind === 'application' ? applicationPlans : servicePlans;
  return {
    plans,
    options: (plans ?? []).map(productPlanOption),
    defaultPlan: plans?.find((plan) => plan.isDefault),
    loading: query.loading,
    error: query.error,
  };
}
