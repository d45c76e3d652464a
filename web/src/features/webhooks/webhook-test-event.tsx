import { useEffect, useState } from 'react';
import { Alert, Button, Card, Code, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconSend } from '@tabler/icons-react';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { formatDate } from '../../components/ui/format-date';
import type { DeliveryWithDetails } from './webhook-delivery-modal';

const PingWebhookMutation = graphql(`
  mutation PingWebhook {
    pingWebhook {
      delivery {
        id
        ...WebhookDeliveryForLog
        ...WebhookDeliveryForDetails
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const WebhookDeliveryQuery = graphql(`
  query WebhookDelivery($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on WebhookDelivery {
        id
        ...WebhookDeliveryForLog
        ...WebhookDeliveryForDetails
      }
    }
  }
`);

/** How often the test delivery is read until its first attempt is over, and for how long at most. */
export const PING_POLL_MS = 1_000;
export const PING_WAIT_MS = 30_000;

/**
 * The first attempt is over: delivered, or failed (then PENDING for its retry, or FAILED). Not
 * `attempts`: the server counts an attempt when a worker claims the delivery, before posting it.
 */
const attempted = (delivery: DeliveryWithDetails) => delivery.status !== 'PENDING' || delivery.attemptLog.length > 0;

/**
 * The test delivery's first attempt as it comes: read until it is over (the server posts it right after
 * the mutation, from its delivery workers), then what the endpoint answered. Reading it also updates
 * its row in the delivery log (same object in the cache).
 */
function PingResult({ sent }: { sent: DeliveryWithDetails }) {
  const [gaveUp, setGaveUp] = useState(false);
  const { data, error, startPolling, stopPolling } = useQuery(WebhookDeliveryQuery, { variables: { id: sent.id }, fetchPolicy: 'network-only' });
  const node = data?.node;
  const delivery = node?.__typename === 'WebhookDelivery' ? node : sent;
  // Read until the first attempt is over or the delivery cannot be read (deleted meanwhile); at most PING_WAIT_MS.
  const done = attempted(delivery) || Boolean(error);
  useEffect(() => {
    if (done) return;
    startPolling(PING_POLL_MS);
    const timer = setTimeout(() => {
      stopPolling();
      setGaveUp(true);
    }, PING_WAIT_MS);
    return () => {
      stopPolling();
      clearTimeout(timer);
    };
  }, [done, startPolling, stopPolling]);

  if (!attempted(delivery)) {
    const waiting = !gaveUp && !error;
    return (
      <Alert color="blue" variant="light" p="sm" role="status" icon={waiting ? <Loader size={16} /> : undefined} title="Test event sent">
        <Text size="sm">
          {!waiting
            ? 'Not attempted yet: follow it in the delivery log below.'
            : `Waiting for ${delivery.url} to answer…`}
        </Text>
      </Alert>
    );
  }
  const last = delivery.attemptLog.at(-1);
  const answer = last ? `${last.statusCode !== null && last.statusCode !== undefined ? `HTTP ${last.statusCode}` : 'No answer'} in ${last.durationMs} ms` : '';
  if (delivery.status === 'DELIVERED') {
    return (
      <Alert color="green" variant="light" p="sm" role="status" icon={<IconCircleCheck />} title="Test event delivered">
        <Text size="sm">
          {delivery.url} took it{answer ? `: ${answer}` : ''}.
        </Text>
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" p="sm" role="status" icon={<IconAlertTriangle />} title="The endpoint did not take the test event">
      <Stack gap={2}>
        <Text size="sm">
          {answer && `${answer}: `}
          {delivery.lastError ?? 'The attempt failed.'}
        </Text>
        <Text size="xs" c="dimmed">
          {delivery.status === 'PENDING'
            ? `It is tried again at ${formatDate(delivery.nextAttemptAt, 'a later time')}; see the delivery log below.`
            : 'See the delivery log below.'}
        </Text>
      </Stack>
    </Alert>
  );
}

/** "Send test event": posts `webhook.ping` to the saved URL, enabled or not, and shows how the endpoint answered. */
export function WebhookTestEvent({ savedUrl }: { savedUrl: string | null | undefined }) {
  const [ping, { loading }] = useMutation(PingWebhookMutation, { refetchQueries: ['WebhookDeliveries'] });
  const [sent, setSent] = useState<DeliveryWithDetails | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const send = async () => {
    setRefusal(null);
    try {
      const { data } = await ping();
      const payload = data?.pingWebhook;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        // The test event before (one still on its way: PING_PENDING) keeps its result on screen.
        setRefusal(payload.userErrors.map((e) => e.message).join('\n'));
        return;
      }
      if (payload.delivery) setSent(payload.delivery);
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not send the test event', message: errorMessage(error) });
    }
  };

  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="webhook-test-event">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Title order={3} size="h5" id="webhook-test-event">
              Test event
            </Title>
            <Text size="sm" c="dimmed">
              Posts a signed <Code>webhook.ping</Code> to the saved URL{savedUrl ? '' : ' (none yet)'}, enabled or not.
            </Text>
          </Stack>
          <Button variant="light" leftSection={<IconSend size={16} />} loading={loading} onClick={() => void send()} style={{ flex: 'none' }}>
            Send test event
          </Button>
        </Group>
        {refusal && (
          <Alert color="red" icon={<IconAlertTriangle />} p="sm" role="alert" title="Nothing was sent">
            {refusal}
          </Alert>
        )}
        {sent && <PingResult key={sent.id} sent={sent} />}
      </Stack>
    </Card>
  );
}
