import { Badge } from '@mantine/core';
import type { AccountState } from '../../gql/graphql';
import { accountStateColors, accountStateLabels } from './account-labels';

export function AccountStateBadge({ state, size }: { state: AccountState; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <Badge color={accountStateColors[state]} variant="light" size={size} data-testid="account-state">
      {accountStateLabels[state]}
    </Badge>
  );
}
