import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { IconAlertTriangle } from '@tabler/icons-react';
import { errorMessage } from '../lib/graphql-errors';

/** Per-route error boundary: the shell and navigation stay usable when one page fails. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  return (
    <Alert color="red" icon={<IconAlertTriangle />} title="This page failed to load" role="alert" m="md">
      <Stack gap="xs">
        <Text size="sm">{errorMessage(error)}</Text>
        <Group>
          <Button
            size="xs"
            variant="light"
            color="red"
            onClick={() => {
              reset();
              void router.invalidate();
            }}
          >
            Try again
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
