import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { PlansTable } from './plans-table';

const AccountPlansQuery = graphql(`
  query AccountPlans {
    accountPlans(first: 200) {
      nodes {
        id
        ...PlanRow
      }
    }
  }
`);

/** The tenant's account plans: what a developer account's relationship with the provider costs. */
export function AccountPlansPage() {
  const { data, loading, error } = useQuery(AccountPlansQuery);
  return (
    <Stack>
      <Title order={2}>Account plans</Title>
      <Text size="sm" c="dimmed" maw={720}>
        Every developer account is on one account plan: its fees, approval and features apply to the account as a whole.
      </Text>
      {loading && !data && <Loader aria-label="Loading the account plans" />}
      {error && <Alert color="red">{errorMessage(error)}</Alert>}
      {data && <PlansTable kind="ACCOUNT" plans={data.accountPlans.nodes} refetch="AccountPlans" />}
    </Stack>
  );
}
