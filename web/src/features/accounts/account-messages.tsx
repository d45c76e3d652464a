import { useState } from 'react';
import { Badge, Button, Group, Modal, Paper, Spoiler, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconMail } from '@tabler/icons-react';
import { MAX_MESSAGE_BODY_LENGTH, MAX_MESSAGE_SUBJECT_LENGTH } from '@gatehouse/schema/accounts';
import { graphql } from '../../gql';
import type { AccountMessageItemFragment } from '../../gql/graphql';
import { formatDate } from '../../components/ui/format-date';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';
import { messageDirectionLabels } from './account-labels';
import { forgetAccountFields } from './account-query';
import { AccountSection } from './account-section';

export const AccountMessageItem = graphql(`
  fragment AccountMessageItem on AccountMessage {
    id
    subject
    body
    direction
    createdAt
  }
`);

const SendMessage = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      message {
        id
        ...AccountMessageItem
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

interface AccountMessagesProps {
  account: { id: string; orgName: string };
  messages: readonly AccountMessageItemFragment[];
  totalCount: number;
}

/** The messages between the tenant and the account, newest first, and a new one to its inbox and admins. */
export function AccountMessages({ account, messages, totalCount }: AccountMessagesProps) {
  const [writing, setWriting] = useState(false);
  return (
    <>
      <AccountSection
        id="account-messages"
        title="Messages"
        action={{ label: 'Send message', icon: <IconMail size={14} />, onClick: () => setWriting(true) }}
        newest={{ shown: messages.length, total: totalCount, things: 'messages' }}
      >
        {messages.length === 0 ? (
          <Text size="sm" c="dimmed">
            No messages yet.
          </Text>
        ) : (
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Messages">
            {messages.map((message) => (
              <Paper key={message.id} component="li" withBorder p="sm" radius="sm" bg={message.direction === 'FROM_ACCOUNT' ? 'var(--mantine-color-blue-light)' : undefined}>
                <Group justify="space-between" align="baseline" wrap="nowrap">
                  <Text size="sm" fw={600}>
                    {message.subject}
                  </Text>
                  <Group gap="xs" wrap="nowrap">
                    <Badge size="xs" variant="light" color={message.direction === 'FROM_ACCOUNT' ? 'blue' : 'gray'}>
                      {messageDirectionLabels[message.direction]}
                    </Badge>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(message.createdAt)}
                    </Text>
                  </Group>
                </Group>
                <Spoiler maxHeight={66} showLabel="Show all" hideLabel="Show less">
                  <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                    {message.body}
                  </Text>
                </Spoiler>
              </Paper>
            ))}
          </Stack>
        )}
      </AccountSection>
      <SendMessageModal account={account} opened={writing} onClose={() => setWriting(false)} />
    </>
  );
}

function SendMessageModal({ account, opened, onClose }: { account: { id: string; orgName: string }; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Send a message to ${account.orgName}`} size="lg">
      {opened && <SendMessageForm account={account} onClose={onClose} />}
    </Modal>
  );
}

function SendMessageForm({ account, onClose }: { account: { id: string; orgName: string }; onClose: () => void }) {
  const [sendMessage, { loading }] = useMutation(SendMessage, {
    update: (cache) => forgetAccountFields(cache, account.id, ['messages']),
  });
  const form = useForm({
    mode: 'controlled',
    initialValues: { subject: '', body: '' },
    validate: {
      subject: (v) => (v.trim() ? null : 'Give the message a subject'),
      body: (v) => (v.trim() ? null : 'Write the message'),
    },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      const { data } = await sendMessage({ variables: { input: { accountId: account.id, subject: values.subject.trim(), body: values.body.trim() } } });
      const payload = data?.sendMessage;
      if (!payload) return;
      if (applyUserErrors(payload.userErrors, form.setFieldError, ['subject', 'body'])) return;
      notifications.show({ color: 'green', title: 'Message sent', message: `${account.orgName} has it in its inbox; its admin users get it by email.` });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not send the message', message: errorMessage(error) });
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Send message">
      <Stack>
        <TextInput label="Subject" aria-label="Subject" required maxLength={MAX_MESSAGE_SUBJECT_LENGTH} data-autofocus {...form.getInputProps('subject')} />
        <Textarea
          label="Message"
          aria-label="Message"
          description="Blank lines separate paragraphs."
          required
          rows={8}
          maxLength={MAX_MESSAGE_BODY_LENGTH}
          {...form.getInputProps('body')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Send message
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
