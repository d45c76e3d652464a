import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/**
 * Why the API refused to compute a report (its `userErrors`: a range too long for hourly buckets, an
 * unknown time zone…), in its own words.
 */
export function AnalyticsUserErrors({ errors, title = 'This cannot be shown' }: { errors: readonly { message: string }[]; title?: string }) {
  if (errors.length === 0) return null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle />} title={title} role="alert">
      {errors.length === 1 ? (
        errors[0]?.message
      ) : (
        <List size="sm">
          {errors.map((error) => (
            <List.Item key={error.message}>{error.message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
