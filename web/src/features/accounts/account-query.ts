import type { ApolloCache } from '@apollo/client';
import { graphql } from '../../gql';
import type { AccountQuery as AccountQueryResult } from '../../gql/graphql';

/**
 * Everything the account page shows, in one request: summary, state actions, fields, users, and its
 * applications, subscriptions and latest messages (an account has a handful of each).
 */
export const AccountQuery = graphql(`
  query Account($id: ID!) {
    account(id: $id) {
      id
      orgName
      state
      availableActions
      createdAt
      stateChangedAt
      updatedAt
      plan {
        id
        name
      }
      adminUser {
        id
        username
        email
      }
      fields {
        name
        label
        value
      }
      users(first: 100) {
        totalCount
        nodes {
          id
          username
          email
          role
          state
          createdAt
        }
      }
      applicationCount
      applications(first: 50) {
        totalCount
        nodes {
          id
          ...AccountApplicationRow
        }
      }
      serviceSubscriptions(first: 50) {
        totalCount
        nodes {
          id
          ...AccountSubscriptionRow
        }
      }
      messages(first: 20) {
        totalCount
        nodes {
          id
          ...AccountMessageItem
        }
      }
    }
  }
`);

export type LoadedAccount = AccountQueryResult['account'];

/**
 * A change to an account can move it in or out of a filtered listing, or change its place in an order:
 * drop every cached page of the listing (one on screen fetches again; the others when next shown).
 */
export function forgetAccountListings(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'accounts' });
  cache.gc();
}

/** Drops fields of a cached account (its applications, subscriptions…): the page on screen fetches them again. */
export function forgetAccountFields(cache: ApolloCache, accountId: string, fieldNames: readonly string[]) {
  const id = cache.identify({ __typename: 'Account', id: accountId });
  for (const fieldName of fieldNames) cache.evict({ id, fieldName });
  cache.gc();
}
