import { Button, Checkbox, Group, Modal, Radio, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import { MAX_ACCESS_TOKEN_NAME_LENGTH } from '@gatehouse/schema/lengths';
import { graphql } from '../../gql';
import type { AccessTokenPermission, AccessTokenScope } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';
import { permissionLabels, scopeLabels } from './access-token-labels';

const CreateAccessTokenMutation = graphql(`
  mutation CreateAccessToken($input: CreateAccessTokenInput!) {
    createAccessToken(input: $input) {
      accessToken {
        id
        name
      }
      token
      userErrors {
        field
        message
        code
      }
    }
  }
`);

interface CreateAccessTokenModalProps {
  opened: boolean;
  onClose: () => void;
  /** Receives the plaintext token, which the server returns this one time only. */
  onCreated: (created: { name: string; token: string }) => void;
}

interface FormValues {
  name: string;
  scopes: AccessTokenScope[];
  permission: AccessTokenPermission;
  expiresOn: string | null;
}

export function CreateAccessTokenModal({ opened, onClose, onCreated }: CreateAccessTokenModalProps) {
  const [createAccessToken, { loading, reset }] = useMutation(CreateAccessTokenMutation, {
    refetchQueries: ['AccessTokens'],
    awaitRefetchQueries: true,
  });
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: { name: '', scopes: [], permission: 'READ_ONLY', expiresOn: null },
    validate: {
      name: (v) => (v.trim() ? null : 'Give the token a name'),
      scopes: (v) => (v.length > 0 ? null : 'Pick at least one scope'),
      expiresOn: (v) => (v && !dayjs(v).isAfter(dayjs(), 'day') ? 'Pick a date in the future' : null),
    },
  });

  const close = () => {
    form.reset();
    // The hook keeps the last result, plaintext token included, for as long as this stays mounted:
    // the page's shown-once modal holds the only copy the UI needs.
    reset();
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    try {
      const { data } = await createAccessToken({
        variables: {
          input: {
            name: values.name.trim(),
            scopes: values.scopes,
            permission: values.permission,
            expiresAt: values.expiresOn ? dayjs(values.expiresOn).endOf('day').toISOString() : null,
          },
        },
      });
      const payload = data?.createAccessToken;
      if (!payload) return;
      if (applyUserErrors(payload.userErrors, form.setFieldError, ['name', 'scopes', 'permission', 'expiresAt'])) return;
      if (!payload.token || !payload.accessToken) return;
      onCreated({ name: payload.accessToken.name, token: payload.token });
      close();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not create the token', message: errorMessage(error) });
    }
  });

  return (
    <Modal opened={opened} onClose={close} title="Create access token">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Name" aria-label="Name" required maxLength={MAX_ACCESS_TOKEN_NAME_LENGTH} data-autofocus {...form.getInputProps('name')} />
          <Checkbox.Group label="Scopes" required {...form.getInputProps('scopes')}>
            <Stack gap={6} mt={6}>
              {(Object.keys(scopeLabels) as AccessTokenScope[]).map((scope) => (
                <Checkbox key={scope} value={scope} label={scopeLabels[scope]} />
              ))}
            </Stack>
          </Checkbox.Group>
          <Radio.Group label="Permission" required {...form.getInputProps('permission')}>
            <Group mt={6}>
              {(Object.keys(permissionLabels) as AccessTokenPermission[]).map((permission) => (
                <Radio key={permission} value={permission} label={permissionLabels[permission]} />
              ))}
            </Group>
          </Radio.Group>
          <DateInput
            label="Expires on"
            description="Optional; the token never expires when empty"
            clearable
            minDate={dayjs().add(1, 'day').format('YYYY-MM-DD')}
            valueFormat="YYYY-MM-DD"
            {...form.getInputProps('expiresOn')}
            {...(form.errors['expiresAt'] ? { error: form.errors['expiresAt'] } : {})}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Create token
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
