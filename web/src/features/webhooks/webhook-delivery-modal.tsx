import type { ReactNode } from 'react';
import { Alert, Button, Code, Group, Modal, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { graphql } from '../../gql';
import type { WebhookDeliveryForDetailsFragment, WebhookDeliveryForLogFragment } from '../../gql/graphql';
import { formatDate } from '../../components/ui/format-date';
import { WebhookDeliveryStatusBadge } from './webhook-delivery-status-badge';

export const WebhookDeliveryForDetails = graphql(`
  fragment WebhookDeliveryForDetails on WebhookDelivery {
    id
    eventId
    url
    body
    nextAttemptAt
    attemptLog {
      attemptedAt
      statusCode
      durationMs
      response
      error
    }
  }
`);

export type DeliveryWithDetails = WebhookDeliveryForLogFragment & WebhookDeliveryForDetailsFragment;

interface WebhookDeliveryModalProps {
  delivery: DeliveryWithDetails | null;
  onClose: () => void;
  onRetry: (delivery: DeliveryWithDetails) => void;
  onDelete: (delivery: DeliveryWithDetails) => void;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th w={140} fw={500} c="dimmed">
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

/** The body as sent, indented for reading (the receiver got it compact); as is when it is not JSON. */
export function prettyBody(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

const wrap = { whiteSpace: 'pre-wrap', wordBreak: 'break-all' } as const;

/**
 * One delivery: where it stands, the body exactly as posted (pretty-printed) and every attempt at
 * posting it with what the endpoint answered, oldest first; a failed one can be retried from here.
 */
export function WebhookDeliveryModal({ delivery, onClose, onRetry, onDelete }: WebhookDeliveryModalProps) {
  return (
    <Modal opened={delivery !== null} onClose={onClose} title={delivery?.event ?? 'Delivery'} size="xl">
      {delivery && (
        <Stack>
          <Table variant="vertical" layout="fixed" withTableBorder fz="sm" aria-label="About this delivery">
            <Table.Tbody>
              <Fact label="Status">
                <WebhookDeliveryStatusBadge status={delivery.status} />
              </Fact>
              <Fact label="Event id">
                <Text size="sm" ff="monospace">
                  {delivery.eventId}
                </Text>
              </Fact>
              <Fact label="URL">
                <Text size="sm" style={wrap}>
                  {delivery.url}
                </Text>
              </Fact>
              <Fact label="Created">{formatDate(delivery.createdAt)}</Fact>
              <Fact label="Delivered">{formatDate(delivery.deliveredAt, 'Not delivered')}</Fact>
              {delivery.status === 'PENDING' && <Fact label="Next attempt">{formatDate(delivery.nextAttemptAt, 'Soon')}</Fact>}
              <Fact label="Attempts">{delivery.attempts}</Fact>
            </Table.Tbody>
          </Table>
          {delivery.lastError && delivery.status !== 'DELIVERED' && (
            <Alert color="red" icon={<IconAlertTriangle />} title="Last attempt failed" p="xs">
              <Text size="sm" ff="monospace" style={wrap}>
                {delivery.lastError}
              </Text>
            </Alert>
          )}
          <Stack gap={4}>
            <Title order={3} size="h6">
              Body
            </Title>
            <ScrollArea.Autosize mah={280}>
              <Code block data-testid="webhook-delivery-body">
                {prettyBody(delivery.body)}
              </Code>
            </ScrollArea.Autosize>
          </Stack>
          <Stack gap={4}>
            <Title order={3} size="h6">
              Attempts
            </Title>
            {delivery.attemptLog.length === 0 ? (
              <Text size="sm" c="dimmed">
                Not attempted yet.
              </Text>
            ) : (
              <Table.ScrollContainer minWidth={560}>
                <Table withTableBorder fz="sm" aria-label="Attempt log" verticalSpacing={6}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={150}>Time</Table.Th>
                      <Table.Th w={70}>Status</Table.Th>
                      <Table.Th w={90}>Duration</Table.Th>
                      <Table.Th>Response</Table.Th>
                      <Table.Th>Error</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {delivery.attemptLog.map((attempt, index) => (
                      <Table.Tr key={`${attempt.attemptedAt}-${index}`}>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(attempt.attemptedAt)}</Table.Td>
                        <Table.Td>{attempt.statusCode ?? '—'}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{attempt.durationMs} ms</Table.Td>
                        <Table.Td>
                          {attempt.response ? (
                            <Text size="xs" ff="monospace" lineClamp={6} style={wrap} title={attempt.response}>
                              {attempt.response}
                            </Text>
                          ) : (
                            <Text size="sm" c="dimmed">
                              —
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {attempt.error ? (
                            <Text size="xs" c="red" ff="monospace" style={wrap}>
                              {attempt.error}
                            </Text>
                          ) : (
                            <Text size="sm" c="dimmed">
                              —
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
          <Group justify="flex-end">
            <Button variant="light" color="red" onClick={() => onDelete(delivery)}>
              Delete
            </Button>
            {delivery.status === 'FAILED' && <Button onClick={() => onRetry(delivery)}>Retry</Button>}
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
