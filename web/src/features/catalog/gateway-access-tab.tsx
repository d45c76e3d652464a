import { useState } from 'react';
import { Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from '../../components/ui/data-table/data-table';
import { dataTableColumns } from '../../components/ui/data-table/data-table-columns';
import { useStaticListing } from '../../components/ui/data-table/use-static-listing';
import { formatDate } from '../../components/ui/format-date';
import { graphql } from '../../gql';
import type { ServiceTokenForGatewayAccessFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { CreateServiceTokenModal } from './create-service-token-modal';

export const ServiceTokenForGatewayAccess = graphql(`
  fragment ServiceTokenForGatewayAccess on ServiceToken {
    id
    name
    prefix
    createdAt
    lastUsedAt
  }
`);

const ServiceTokensQuery = graphql(`
  query ServiceTokens($serviceId: ID!) {
    serviceTokens(serviceId: $serviceId) {
      id
      ...ServiceTokenForGatewayAccess
    }
  }
`);

const RevokeServiceTokenMutation = graphql(`
  mutation RevokeServiceToken($input: RevokeServiceTokenInput!) {
    revokeServiceToken(input: $input) {
      serviceToken {
        id
        name
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

type ServiceToken = ServiceTokenForGatewayAccessFragment;

const column = dataTableColumns<ServiceToken>();
const columns = [
  column.accessor('name', { header: 'Name', cell: (c) => <Text fw={500}>{c.getValue()}</Text> }),
  column.accessor('prefix', { header: 'Token', cell: (c) => <Code>{c.getValue()}…</Code> }),
  column.accessor('createdAt', { header: 'Created', cell: (c) => formatDate(c.getValue()) }),
  column.accessor('lastUsedAt', { header: 'Last used', cell: (c) => formatDate(c.getValue(), 'Never') }),
];

/**
 * The product's service tokens, for admins only (the API refuses them to members): what its gateways
 * authenticate with to the usage endpoint. A token is shown once, when created; revoking one refuses
 * the gateway's calls from then on.
 */
export function GatewayAccessTab({ product }: { product: { id: string; name: string } }) {
  const { data, loading, error, refetch } = useQuery(ServiceTokensQuery, { variables: { serviceId: product.id } });
  const listing = useStaticListing({ rows: data?.serviceTokens, loading, error, retry: () => void refetch() });
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ServiceToken | null>(null);

  return (
    <Stack>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Text size="sm">
            Gateways authorize and report this product&apos;s traffic with a service token: they send it as{' '}
            <Code>Authorization: Bearer &lt;token&gt;</Code> to <Code>POST /api/usage/authorize</Code>, <Code>/api/usage/authrep</Code>{' '}
            and <Code>/api/usage/report</Code>.
          </Text>
          <Text size="sm" c="dimmed">
            Give each gateway or environment its own token. To rotate one, create a new token, move the gateway to it, then revoke the
            old one.
          </Text>
        </Stack>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} style={{ flexShrink: 0 }}>
          Create service token
        </Button>
      </Group>
      <DataTable
        listing={listing}
        label="Service tokens"
        rowLabel={(token) => token.name}
        columns={columns}
        emptyState="No service tokens yet: a gateway needs one to report this product's usage."
        rowActions={[{ label: 'Revoke', color: 'red', onClick: setRevoking }]}
        paginated={false}
      />
      {creating && <CreateServiceTokenModal product={product} onClose={() => setCreating(false)} />}
      {revoking && <RevokeServiceTokenModal token={revoking} onClose={() => setRevoking(null)} />}
    </Stack>
  );
}

function RevokeServiceTokenModal({ token, onClose }: { token: ServiceToken; onClose: () => void }) {
  const [revokeServiceToken, { loading }] = useMutation(RevokeServiceTokenMutation, {
    refetchQueries: ['ServiceTokens'],
    awaitRefetchQueries: true,
  });

  const confirm = async () => {
    try {
      const { data } = await revokeServiceToken({ variables: { input: { id: token.id } } });
      const errors = data?.revokeServiceToken.userErrors ?? [];
      if (errors.length > 0) {
        notifications.show({ color: 'red', title: 'Could not revoke the token', message: errors.map((e) => e.message).join(' ') });
      } else {
        notifications.show({ color: 'green', title: 'Service token revoked', message: `Calls made with ${token.name} are refused from now on.` });
      }
      onClose();
    } catch (error) {
      // The modal stays open to try again.
      notifications.show({ color: 'red', title: 'Could not revoke the token', message: errorMessage(error) });
    }
  };

  return (
    <Modal opened onClose={onClose} title="Revoke service token">
      <Stack>
        <Text size="sm">
          Revoke <strong>{token.name}</strong> (<Code>{token.prefix}…</Code>)? Gateways using it are refused from their next call.
          This cannot be undone.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" loading={loading} onClick={() => void confirm()}>
            Revoke token
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
