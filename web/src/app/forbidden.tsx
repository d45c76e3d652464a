import { Center, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';

export function Forbidden({ what }: { what: string }) {
  return (
    <Center mih="50vh">
      <Stack align="center" gap="xs">
        <IconLock size={40} />
        <Title order={2}>Not allowed</Title>
        <Text c="dimmed">{what}</Text>
      </Stack>
    </Center>
  );
}
