import { Alert, Badge, Code, Group, List, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { countOf, type BulkOperationResult } from './bulk-operations';

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The outcome of a bulk operation: how many rows it did, and each one it could not do with why. */
export function BulkResultPanel({ result, onDismiss }: { result: BulkOperationResult; onDismiss: () => void }) {
  const { things } = result;
  const clean = result.failed === 0 && !result.error && !result.stopped;
  const summary = [
    `${countOf(result.succeeded, things)} ${result.done}`,
    result.failed > 0 ? `${result.failed} failed` : null,
    result.stopped ? `stopped after ${result.succeeded + result.failed} of ${result.count}` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <section aria-label="Bulk operation result">
      <Alert
        color={clean ? 'green' : result.succeeded > 0 ? 'yellow' : 'red'}
        icon={clean ? <IconCircleCheck /> : <IconAlertTriangle />}
        title={`${result.title}: ${summary}`}
        withCloseButton
        closeButtonLabel="Dismiss the result"
        onClose={onDismiss}
      >
        <Stack gap="xs">
          <Text size="sm">
            {result.by === 'filter'
              ? `Ran as a job on the ${countOf(result.count, things)} the filter matched.`
              : `Ran on the ${countOf(result.count, things)} selected.`}
          </Text>
          {result.error && (
            <Text size="sm" c="red" role="alert">
              {result.error}
            </Text>
          )}
          {result.failures.length > 0 && (
            <Table aria-label="Failures" withTableBorder={false} verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{capitalized(things.one)}</Table.Th>
                  <Table.Th>Code</Table.Th>
                  <Table.Th>Why</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.failures.map((failure) => (
                  <Table.Tr key={failure.id}>
                    <Table.Td fw={500}>{failure.name}</Table.Td>
                    <Table.Td>
                      <Code>{failure.code}</Code>
                    </Table.Td>
                    <Table.Td>{failure.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {result.jobFailures.length > 0 && (
            <List size="sm" spacing={2} aria-label="Failures">
              {result.jobFailures.map((failure) => (
                <List.Item key={failure.message}>
                  <Group gap={6} wrap="nowrap" align="baseline">
                    <Text size="sm">{failure.message}</Text>
                    {failure.count > 1 && (
                      <Badge size="xs" variant="light" color="gray">
                        {countOf(failure.count, things)}
                      </Badge>
                    )}
                  </Group>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Alert>
    </section>
  );
}
