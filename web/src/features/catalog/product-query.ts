import { graphql } from '../../gql';

/**
 * Everything the product page shows, in one request: the product, its metrics and methods, its mapping
 * rules and every plan (an owner has at most 200 of each kind: MAX_PLANS_PER_OWNER on the server).
 */
export const ProductQuery = graphql(`
  query Product($id: ID!) {
    service(id: $id) {
      id
      name
      systemName
      description
      authMode
      userKeyParameter
      appIdParameter
      appKeyParameter
      customKeysAllowed
      emailDevelopersOnUsageAlerts
      state
      createdAt
      updatedAt
      metrics {
        id
        systemName
        friendlyName
        unit
        description
        kind
        builtin
        mapped
        parent {
          id
        }
      }
      applicationPlans(first: 200) {
        nodes {
          id
          ...PlanRow
        }
      }
      servicePlans(first: 200) {
        nodes {
          id
          ...PlanRow
        }
      }
      mappingRules {
        id
        httpMethod
        pattern
        delta
        position
        last
        metric {
          id
          friendlyName
          systemName
        }
      }
    }
  }
`);
