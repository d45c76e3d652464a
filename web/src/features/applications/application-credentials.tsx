import { useState, type ReactNode } from 'react';
import { Alert, Anchor, Badge, Button, Code, CopyButton, Group, Modal, Paper, Stack, Table, Text, TextInput, Title, Tooltip, ActionIcon } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconCheck, IconCopy, IconKey, IconPlus, IconRotate, IconTrash } from '@tabler/icons-react';
import { keyProblem, MAX_APP_KEYS } from '@gatehouse/schema/applications';
import { graphql } from '../../gql';
import type { ApplicationCredentialsFragment, ServiceAuthMode } from '../../gql/graphql';
import { formatDate } from '../../components/ui/format-date';
import { SecretValue } from '../../components/ui/secret-value';
import { errorMessage } from '../../lib/graphql-errors';
import { authModeCredentials } from './application-labels';

const RegenerateUserKey = graphql(`
  mutation RegenerateUserKey($input: ApplicationIdInput!) {
    regenerateUserKey(input: $input) {
      application {
        id
        ...ApplicationCredentials
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const SetUserKey = graphql(`
  mutation SetUserKey($input: SetUserKeyInput!) {
    setUserKey(input: $input) {
      application {
        id
        ...ApplicationCredentials
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const CreateApplicationKey = graphql(`
  mutation CreateApplicationKey($input: CreateApplicationKeyInput!) {
    createApplicationKey(input: $input) {
      key {
        id
        value
      }
      application {
        id
        ...ApplicationCredentials
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const DeleteApplicationKey = graphql(`
  mutation DeleteApplicationKey($input: DeleteApplicationKeyInput!) {
    deleteApplicationKey(input: $input) {
      key {
        id
      }
      application {
        id
        ...ApplicationCredentials
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const RegenerateClientSecret = graphql(`
  mutation RegenerateClientSecret($input: ApplicationIdInput!) {
    regenerateClientSecret(input: $input) {
      application {
        id
        ...ApplicationCredentials
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

interface ApplicationCredentialsProps {
  application: ApplicationCredentialsFragment & { name: string };
  service: { name: string; authMode: ServiceAuthMode; customKeysAllowed: boolean };
}

/** The application's credentials as its product's authentication mode uses them, with their rotation. */
export function ApplicationCredentialsCard({ application, service }: ApplicationCredentialsProps) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="application-credentials">
      <Stack gap="md">
        <Group justify="space-between" align="baseline">
          <Title order={3} size="h4" id="application-credentials">
            Credentials
          </Title>
          <Badge variant="light" color="gray" tt="none" data-testid="auth-mode">
            {authModeCredentials[service.authMode]}
          </Badge>
        </Group>
        {service.authMode === 'USER_KEY' && <UserKeyCredentials application={application} customKeysAllowed={service.customKeysAllowed} />}
        {service.authMode === 'APP_ID_APP_KEY' && <AppKeyCredentials application={application} customKeysAllowed={service.customKeysAllowed} />}
        {service.authMode === 'OIDC' && <OidcCredentials application={application} />}
      </Stack>
    </Paper>
  );
}

function Credential({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

type Payload = { userErrors: readonly { message: string; field?: readonly string[] | null }[] } | undefined;

/** A refusal's messages, as one text. */
const refusalOf = (payload: NonNullable<Payload>) => payload.userErrors.map((e) => e.message).join(' ');

/** Runs a credential mutation: a toast for success or a refusal nobody else shows; the refusal's errors for the caller. */
async function change(run: () => Promise<Payload>, done: string, failed: string): Promise<Payload | null> {
  try {
    const payload = await run();
    if (!payload) return null;
    if (payload.userErrors.length === 0) notifications.show({ color: 'green', title: done, message: null });
    return payload;
  } catch (error) {
    notifications.show({ color: 'red', title: failed, message: errorMessage(error) });
    return null;
  }
}

interface RotateCredentialProps {
  /** The button's label ("Regenerate") and the dialog's title ("Regenerate user key"). */
  label: string;
  title: string;
  /** What the new credential is, said before it is replaced. */
  what: string;
  done: string;
  failed: string;
  loading: boolean;
  rotate: () => Promise<Payload>;
}

/** Replaces a credential after asking: whoever uses the old one is refused from then on. */
function RotateCredential({ label, title, what, done, failed, loading, rotate }: RotateCredentialProps) {
  const [confirming, setConfirming] = useState(false);
  const confirm = async () => {
    const payload = await change(rotate, done, failed);
    setConfirming(false);
    if (payload?.userErrors.length) notifications.show({ color: 'red', title: failed, message: refusalOf(payload) });
  };
  return (
    <>
      <Button size="xs" variant="light" color="orange" leftSection={<IconRotate size={14} />} onClick={() => setConfirming(true)}>
        {label}
      </Button>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={title}>
        <Stack>
          <Text size="sm">{what} Calls with the old one are refused from then on; give the new one to the developer.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
            <Button color="orange" loading={loading} onClick={() => void confirm()}>
              {title}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

interface CustomKeyFormProps {
  /** The input's label, which names the form too ("Custom user key"). */
  label: string;
  description: string;
  submitLabel: string;
  loading: boolean;
  /** Sends the key typed; a refusal (TAKEN, INVALID, CUSTOM_KEYS_NOT_ALLOWED) is about it and shown under it. */
  submit: (value: string) => Promise<Payload | null>;
  /** Once the key is taken, or on Cancel. */
  onClose: () => void;
}

/** A key the admin types (products that allow custom keys), checked as the server checks it. */
function CustomKeyForm({ label, description, submitLabel, loading, submit, onClose }: CustomKeyFormProps) {
  const form = useForm({
    mode: 'controlled',
    initialValues: { value: '' },
    validate: { value: (v) => keyProblem(v.trim()) },
  });
  const onSubmit = form.onSubmit(async (values) => {
    const payload = await submit(values.value.trim());
    if (!payload) return;
    if (payload.userErrors.length > 0) {
      form.setFieldError('value', refusalOf(payload));
      return;
    }
    onClose();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={label}>
      <Group align="flex-start" gap="xs">
        <TextInput label={label} aria-label={label} description={description} data-autofocus w={360} {...form.getInputProps('value')} />
        <Group gap="xs" mt={42}>
          <Button size="xs" type="submit" loading={loading}>
            {submitLabel}
          </Button>
          <Button size="xs" variant="default" onClick={onClose}>
            Cancel
          </Button>
        </Group>
      </Group>
    </form>
  );
}

function UserKeyCredentials({ application, customKeysAllowed }: { application: ApplicationCredentialsFragment; customKeysAllowed: boolean }) {
  const [regenerate, regenerating] = useMutation(RegenerateUserKey);
  const [setUserKey, setting] = useMutation(SetUserKey);
  const [custom, setCustom] = useState(false);
  const variables = { input: { id: application.id } };

  return (
    <Stack gap="sm">
      <Credential label="User key">
        <SecretValue value={application.userKey} copyLabel="Copy user key" testId="user-key" />
      </Credential>
      <Group gap="xs">
        <RotateCredential
          label="Regenerate"
          title="Regenerate user key"
          what="The application gets a new generated user key."
          done="User key regenerated"
          failed="Could not regenerate the user key"
          loading={regenerating.loading}
          rotate={async () => (await regenerate({ variables })).data?.regenerateUserKey}
        />
        {customKeysAllowed && !custom && (
          <Button size="xs" variant="light" leftSection={<IconKey size={14} />} onClick={() => setCustom(true)}>
            Set custom key
          </Button>
        )}
      </Group>
      {!customKeysAllowed && (
        <Text size="xs" c="dimmed">
          The product does not allow custom keys: the key is generated.
        </Text>
      )}
      {custom && (
        <CustomKeyForm
          label="Custom user key"
          description="5–256 letters, digits and -; the current key stops working."
          submitLabel="Set key"
          loading={setting.loading}
          submit={(userKey) =>
            change(async () => (await setUserKey({ variables: { input: { id: application.id, userKey } } })).data?.setUserKey, 'User key set', 'Could not set the user key')
          }
          onClose={() => setCustom(false)}
        />
      )}
    </Stack>
  );
}

/** A key shown in full, with a copy button: app keys are readable to admins (unlike access tokens). */
function CopyableKey({ value, label }: { value: string; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <Code style={{ wordBreak: 'break-all' }}>{value}</Code>
      <CopyButton value={value}>
        {({ copied, copy }) => (
          <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
            <ActionIcon size="sm" aria-label={label} variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy}>
              {copied ? <IconCheck size={14} /> : <IconCopy size={14} />}
            </ActionIcon>
          </Tooltip>
        )}
      </CopyButton>
    </Group>
  );
}

/** The last characters of a key, to name it without showing it whole (in button names, say). */
const keyTail = (value: string) => `…${value.slice(-4)}`;

function AppKeyCredentials({ application, customKeysAllowed }: { application: ApplicationCredentialsFragment; customKeysAllowed: boolean }) {
  const [createKey, creating] = useMutation(CreateApplicationKey);
  const [deleteKey] = useMutation(DeleteApplicationKey);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [custom, setCustom] = useState(false);
  const full = application.keys.length >= MAX_APP_KEYS;

  /** A key of the value given, or a generated one (null). */
  const add = (value: string | null) => {
    setRefusal(null);
    return change(
      async () => (await createKey({ variables: { input: { applicationId: application.id, value } } })).data?.createApplicationKey,
      'App key added',
      'Could not add the app key',
    );
  };
  const addGenerated = async () => {
    const payload = await add(null);
    // KEY_LIMIT_REACHED: said next to the keys.
    if (payload?.userErrors.length) setRefusal(refusalOf(payload));
  };
  const remove = async (key: { id: string; value: string }) => {
    setRefusal(null);
    setDeleting(key.id);
    const payload = await change(async () => (await deleteKey({ variables: { input: { id: key.id } } })).data?.deleteApplicationKey, 'App key deleted', 'Could not delete the app key');
    setDeleting(null);
    // LAST_KEY: the product requires one; said next to the keys.
    if (payload?.userErrors.length) setRefusal(refusalOf(payload));
  };

  return (
    <Stack gap="sm">
      <Credential label="App ID">
        <SecretValue value={application.appId} copyLabel="Copy app ID" testId="app-id" />
      </Credential>
      <Credential label={`App keys (${application.keys.length} of at most ${MAX_APP_KEYS})`}>
        <Table aria-label="App keys" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Key</Table.Th>
              <Table.Th>Added</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {application.keys.map((key) => (
              <Table.Tr key={key.id} data-testid="app-key">
                <Table.Td>
                  <CopyableKey value={key.value} label={`Copy key ${keyTail(key.value)}`} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(key.createdAt)}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={14} />}
                    aria-label={`Delete key ${keyTail(key.value)}`}
                    loading={deleting === key.id}
                    onClick={() => void remove(key)}
                  >
                    Delete
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
            {application.keys.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={3}>
                  <Text size="sm" c="dimmed">
                    No app keys.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Credential>
      {refusal && (
        <Alert color="red" role="alert" withCloseButton closeButtonLabel="Dismiss" onClose={() => setRefusal(null)}>
          {refusal}
        </Alert>
      )}
      <Group gap="xs">
        <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} disabled={full} loading={creating.loading && !custom} onClick={() => void addGenerated()}>
          Add generated key
        </Button>
        {customKeysAllowed && !custom && (
          <Button size="xs" variant="light" leftSection={<IconKey size={14} />} disabled={full} onClick={() => setCustom(true)}>
            Add custom key
          </Button>
        )}
      </Group>
      {full && (
        <Text size="xs" c="dimmed" data-testid="key-limit">
          An application keeps at most {MAX_APP_KEYS} app keys: delete one to add another.
        </Text>
      )}
      {custom && (
        <CustomKeyForm
          label="Custom app key"
          description="5–256 letters, digits and -."
          submitLabel="Add key"
          loading={creating.loading}
          submit={(value) => add(value)}
          onClose={() => setCustom(false)}
        />
      )}
    </Stack>
  );
}

function OidcCredentials({ application }: { application: ApplicationCredentialsFragment }) {
  const [regenerate, regenerating] = useMutation(RegenerateClientSecret);
  return (
    <Stack gap="sm">
      <Credential label="Client ID">
        <SecretValue value={application.clientId} copyLabel="Copy client ID" testId="client-id" />
      </Credential>
      <Credential label="Client secret">
        {/* Keyed by the secret: a new one starts hidden again. */}
        <SecretValue key={application.clientSecret} value={application.clientSecret} copyLabel="Copy client secret" revealLabel="Reveal client secret" testId="client-secret" />
      </Credential>
      <Group gap="xs">
        <RotateCredential
          label="Regenerate secret"
          title="Regenerate client secret"
          what="The application gets a new client secret."
          done="Client secret regenerated"
          failed="Could not regenerate the client secret"
          loading={regenerating.loading}
          rotate={async () => (await regenerate({ variables: { input: { id: application.id } } })).data?.regenerateClientSecret}
        />
      </Group>
      <Credential label="Redirect URL">
        {application.redirectUrl ? (
          <Anchor href={application.redirectUrl} target="_blank" rel="noreferrer" size="sm" data-testid="redirect-url">
            {application.redirectUrl}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed" data-testid="redirect-url">
            None: set it under Details.
          </Text>
        )}
      </Credential>
    </Stack>
  );
}
