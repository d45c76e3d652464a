import type { ReactNode } from 'react';
import { Alert, Code, Modal, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { OutboxMessageForOutboxFragment } from '../../gql/graphql';
import { formatDate } from '../../components/ui/format-date';
import { OutboxStatusBadge } from './outbox-status-badge';

interface OutboxMessageModalProps {
  message: OutboxMessageForOutboxFragment | null;
  onClose: () => void;
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

/**
 * One email of the outbox as it is (or was) sent: its facts, the HTML body rendered in a sandboxed
 * frame (no scripts, no same-origin access, no forms: the HTML is Gatehouse's own rendering, but
 * a summary quotes names users typed) and the plain-text body.
 */
export function OutboxMessageModal({ message, onClose }: OutboxMessageModalProps) {
  return (
    <Modal opened={message !== null} onClose={onClose} title={message?.subject ?? 'Email'} size="xl">
      {message && (
        <Stack>
          <Table variant="vertical" layout="fixed" withTableBorder fz="sm" aria-label="About this email">
            <Table.Tbody>
              <Fact label="To">{message.toAddress}</Fact>
              <Fact label="Status">
                <OutboxStatusBadge status={message.status} />
              </Fact>
              <Fact label="Written">{formatDate(message.createdAt)}</Fact>
              <Fact label="Sent">{formatDate(message.sentAt, 'Not sent')}</Fact>
              {message.status === 'PENDING' && <Fact label="Next attempt">{formatDate(message.nextAttemptAt, 'Soon')}</Fact>}
              <Fact label="Attempts">{message.attempts}</Fact>
            </Table.Tbody>
          </Table>
          {message.lastError && (
            <Alert color="red" icon={<IconAlertTriangle />} title="Last attempt failed" p="xs">
              <Text size="sm" ff="monospace">
                {message.lastError}
              </Text>
            </Alert>
          )}
          <Stack gap={4}>
            <Title order={3} size="h6">
              HTML
            </Title>
            <iframe
              title={`HTML body of ${message.subject}`}
              sandbox=""
              srcDoc={message.htmlBody}
              style={{ width: '100%', height: 280, border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-sm)', background: 'white' }}
            />
          </Stack>
          <Stack gap={4}>
            <Title order={3} size="h6">
              Plain text
            </Title>
            <ScrollArea.Autosize mah={260}>
              <Code block data-testid="outbox-text-body">
                {message.textBody}
              </Code>
            </ScrollArea.Autosize>
          </Stack>
        </Stack>
      )}
    </Modal>
  );
}
