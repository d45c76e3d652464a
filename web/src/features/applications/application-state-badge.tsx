import { Badge } from '@mantine/core';
import type { ApplicationState } from '../../gql/graphql';
import { applicationStateColors, applicationStateLabels } from './application-labels';

export function ApplicationStateBadge({ state, size, testId = 'application-state' }: { state: ApplicationState; size?: 'sm' | 'md' | 'lg'; testId?: string }) {
  return (
    <Badge color={applicationStateColors[state]} variant="light" size={size} data-testid={testId}>
      {applicationStateLabels[state]}
    </Badge>
  );
}
