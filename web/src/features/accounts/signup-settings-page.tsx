import { useState } from 'react';
import { Alert, Loader, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { graphql } from '../../gql';
import type { UpdateSignupSettingsInput } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';

const SignupSettingsQuery = graphql(`
  query SignupSettings {
    signupSettings {
      selfSignupEnabled
      accountApprovalRequired
    }
  }
`);

const UpdateSignupSettings = graphql(`
  mutation UpdateSignupSettings($input: UpdateSignupSettingsInput!) {
    updateSignupSettings(input: $input) {
      selfSignupEnabled
      accountApprovalRequired
    }
  }
`);

type Setting = keyof UpdateSignupSettingsInput;

const settings: { name: Setting; label: string; on: string; off: string }[] = [
  {
    name: 'selfSignupEnabled',
    label: 'Developers may sign up on their own',
    on: 'The developer portal takes signups, and so does your signup code through the API (signupExpress).',
    off: 'Signups are refused: developer accounts are created by your team only (Accounts → Create account).',
  },
  {
    name: 'accountApprovalRequired',
    label: 'New accounts wait for approval',
    on: 'A new signup is pending until an admin approves it (Accounts → filter Pending, or in bulk); its applications cannot be used until then.',
    off: 'A new signup is approved at once, unless its account plan requires approval.',
  },
];

/** Settings → Signup: whether developers may sign up on their own, and whether new accounts wait for approval. */
export function SignupSettingsPage({ readOnly }: { readOnly: boolean }) {
  const { data, loading, error } = useQuery(SignupSettingsQuery);
  const [update] = useMutation(UpdateSignupSettings);
  const [saving, setSaving] = useState<Setting | null>(null);
  const current = data?.signupSettings;

  const change = async (name: Setting, value: boolean) => {
    setSaving(name);
    try {
      // The answer replaces the settings read (a singleton in the cache), so the switch follows it.
      const { data: saved } = await update({ variables: { input: { [name]: value } } });
      const label = settings.find((s) => s.name === name)!.label;
      if (saved) notifications.show({ color: 'green', title: 'Signup settings saved', message: `${label}: ${saved.updateSignupSettings[name] ? 'on' : 'off'}.` });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not save the signup settings', message: errorMessage(e) });
    } finally {
      setSaving(null);
    }
  };

  return (
    <Stack maw={820}>
      <Title order={2}>Signup</Title>
      <Text c="dimmed" size="sm">
        How developers get an account: on their own through the developer portal or your signup code, or only from your team; and whether
        someone approves them first.
      </Text>
      {readOnly && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle />} p="xs">
          Only admins can change the signup settings.
        </Alert>
      )}
      {error ? (
        <Alert color="red" title="Could not load the signup settings" role="alert">
          {errorMessage(error)}
        </Alert>
      ) : loading && !current ? (
        <Loader aria-label="Loading the signup settings" />
      ) : current ? (
        <Paper withBorder p="md">
          <Stack gap="lg">
            {settings.map((setting) => (
              <Switch
                key={setting.name}
                size="md"
                label={setting.label}
                description={current[setting.name] ? setting.on : setting.off}
                checked={current[setting.name]}
                disabled={readOnly || saving !== null}
                onChange={(event) => void change(setting.name, event.currentTarget.checked)}
                thumbIcon={saving === setting.name ? <Loader size={10} /> : undefined}
              />
            ))}
          </Stack>
        </Paper>
      ) : null}
    </Stack>
  );
}
