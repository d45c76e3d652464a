import { graphql } from '../../gql';
import type { PlanQuery as PlanQueryResult } from '../../gql/graphql';

/** Everything the plan editor shows, in one request: settings, per metric its limits and pricing, features. */
export const PlanQuery = graphql(`
  query Plan($id: ID!) {
    plan(id: $id) {
      id
      ...PlanRow
      description
      updatedAt
      service {
        id
        name
      }
      metrics {
        enabled
        tierMode
        metric {
          id
          systemName
          friendlyName
          kind
          builtin
          unit
        }
        usageLimits {
          id
          period
          value
        }
        pricingRules {
          id
          from
          to
          costPerUnit
        }
      }
      features {
        enabled
        feature {
          id
          name
          systemName
          description
        }
      }
    }
  }
`);

export type LoadedPlan = NonNullable<PlanQueryResult['plan']>;
