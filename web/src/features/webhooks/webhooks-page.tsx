import { Alert, Center, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconAlertTriangle } from '@tabler/icons-react';
import { graphql } from '../../gql';
import type { ListingPageProps } from '../../components/ui/data-table/use-listing';
import { errorMessage } from '../../lib/graphql-errors';
import { VerifyingSignaturesHelp } from './verifying-signatures-help';
import { WebhookDeliveriesLog } from './webhook-deliveries-log';
import { WebhookSecretCard } from './webhook-secret-card';
import { WebhookSettingsForm } from './webhook-settings-form';
import { WebhookTestEvent } from './webhook-test-event';
import type { WebhooksSearch } from './webhooks-search';

const WebhookSettingsQuery = graphql(`
  query WebhookSettings {
    webhookSettings {
      ...WebhookSettingsForForm
      ...WebhookSettingsForSecret
    }
  }
`);

/**
 * Settings → Webhooks (admins only): where the tenant's events are posted and which, the secret that
 * signs them, a test event, and the log of every delivery with its attempts.
 */
export function WebhooksPage({ search, onSearchChange }: ListingPageProps<WebhooksSearch>) {
  const { data, loading, error } = useQuery(WebhookSettingsQuery);
  const settings = data?.webhookSettings;

  return (
    <Stack>
      <Title order={2}>Webhooks</Title>
      <Text c="dimmed" size="sm">
        Gatehouse posts the events you choose to your endpoint as they happen, signed with the secret below. Deliveries that fail are
        retried for a few minutes, then kept in the log to retry or delete.
      </Text>
      {settings ? (
        <>
          <WebhookSettingsForm settings={settings} />
          <SimpleGrid cols={{ base: 1, lg: 2 }}>
            <Stack>
              <WebhookSecretCard settings={settings} />
              <WebhookTestEvent savedUrl={settings.url} />
            </Stack>
            <VerifyingSignaturesHelp />
          </SimpleGrid>
        </>
      ) : error ? (
        <Alert color="red" icon={<IconAlertTriangle />} title="Could not load the webhook" role="alert">
          {errorMessage(error)}
        </Alert>
      ) : (
        <Center mih={200}>{loading && <Loader aria-label="Loading the webhook" />}</Center>
      )}
      <WebhookDeliveriesLog search={search} onSearchChange={onSearchChange} />
    </Stack>
  );
}
