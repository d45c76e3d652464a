import type { ApolloCache } from '@apollo/client';
import { graphql } from '../../gql';
import type { ApplicationQuery as ApplicationQueryResult } from '../../gql/graphql';

/** What the credentials card shows and every credential change answers. */
export const ApplicationCredentials = graphql(`
  fragment ApplicationCredentials on Application {
    id
    userKey
    appId
    clientId
    clientSecret
    redirectUrl
    keys {
      id
      value
      createdAt
    }
    updatedAt
  }
`);

/** The plan as the application page shows it: its fees and trial, and per metric its limits and pricing. */
export const ApplicationPlanDetails = graphql(`
  fragment ApplicationPlanDetails on Plan {
    id
    name
    setupFee
    costPerMonth
    trialPeriodDays
    metrics {
      enabled
      tierMode
      metric {
        id
        systemName
        friendlyName
        kind
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
  }
`);

/** Everything the application page shows, in one request: summary, state actions, credentials and its plan. */
export const ApplicationQuery = graphql(`
  query Application($id: ID!) {
    application(id: $id) {
      id
      name
      description
      state
      availableActions
      paid
      createdAt
      updatedAt
      trialEndsAt
      firstTrafficAt
      lastTrafficAt
      ...ApplicationCredentials
      account {
        id
        orgName
      }
      service {
        id
        name
        authMode
        customKeysAllowed
      }
      plan {
        id
        ...ApplicationPlanDetails
      }
    }
  }
`);

export type LoadedApplication = NonNullable<ApplicationQueryResult['application']>;

/**
 * A change to an application can move it in or out of a filtered listing, or change its account's
 * count: drop every cached page of the listings (one on screen fetches again).
 */
export function forgetApplicationListings(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'applications' });
  cache.gc();
}

/** The application is gone (deleted or rejected): nothing cached may show it again. */
export function forgetApplication(cache: ApolloCache, application: { id: string; account: { id: string } }) {
  cache.evict({ id: cache.identify({ __typename: 'Application', id: application.id }) });
  const account = cache.identify({ __typename: 'Account', id: application.account.id });
  cache.evict({ id: account, fieldName: 'applications' });
  cache.evict({ id: account, fieldName: 'applicationCount' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'accounts' });
  forgetApplicationListings(cache);
}
