import { useState } from 'react';
import { Alert, Badge, Button, Card, Center, Group, Loader, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { useMutation, useQuery } from '@apollo/client/react';
import { IconAlertTriangle } from '@tabler/icons-react';
import { graphql } from '../../gql';
import type { NotificationPreferenceForSettingsFragment, NotificationType } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { categoryLabels, notificationCategories } from './notification-labels';

export const NotificationPreferenceForSettings = graphql(`
  fragment NotificationPreferenceForSettings on NotificationPreference {
    type
    category
    title
    description
    email
    emailByDefault
  }
`);

const NotificationPreferencesQuery = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      ...NotificationPreferenceForSettings
    }
  }
`);

const UpdateNotificationPreferencesMutation = graphql(`
  mutation UpdateNotificationPreferences($input: UpdateNotificationPreferencesInput!) {
    updateNotificationPreferences(input: $input) {
      preferences {
        ...NotificationPreferenceForSettings
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

type Preference = NotificationPreferenceForSettingsFragment;

/**
 * Settings → Notification preferences: for each type of notification you may get, grouped by
 * category, whether it is also emailed to you. Save sends only the switches you changed.
 */
export function NotificationPreferencesPage() {
  const { data, loading, error } = useQuery(NotificationPreferencesQuery);
  const [update, { loading: saving }] = useMutation(UpdateNotificationPreferencesMutation, {
    // Preferences have no id: the answer (all of them, as they are now) replaces the list.
    update(cache, { data: result }) {
      const preferences = result?.updateNotificationPreferences.preferences;
      if (preferences) cache.writeQuery({ query: NotificationPreferencesQuery, data: { notificationPreferences: preferences } });
    },
  });
  /** The switches changed and not saved yet: type → email. */
  const [changes, setChanges] = useState<Partial<Record<NotificationType, boolean>>>({});
  const [refusals, setRefusals] = useState<string[]>([]);
  const preferences = data?.notificationPreferences;

  if (!preferences) {
    return (
      <Stack>
        <Title order={2}>Notification preferences</Title>
        {error ? (
          <Alert color="red" icon={<IconAlertTriangle />} title="Could not load your preferences" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : (
          <Center mih={200}>{loading && <Loader aria-label="Loading your preferences" />}</Center>
        )}
      </Stack>
    );
  }

  const emailOf = (preference: Preference) => changes[preference.type] ?? preference.email;
  const changed = preferences.filter((p) => changes[p.type] !== undefined && changes[p.type] !== p.email);
  const toggle = (preference: Preference, email: boolean) => {
    setRefusals([]);
    setChanges((current) => ({ ...current, [preference.type]: email }));
  };

  const save = async () => {
    setRefusals([]);
    try {
      const { data: result } = await update({
        variables: { input: { preferences: changed.map((p) => ({ type: p.type, email: emailOf(p) })) } },
      });
      const payload = result?.updateNotificationPreferences;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        // A refusal names the entry it is about (`input.preferences.<n>.type`): say which switch.
        setRefusals(
          payload.userErrors.map((e) => {
            const entry = e.field?.[0] === 'input' && e.field[1] === 'preferences' ? changed[Number(e.field[2])] : undefined;
            return entry ? `${entry.title}: ${e.message}` : e.message;
          }),
        );
        return;
      }
      setChanges({});
      toasts.show({
        color: 'green',
        title: 'Preferences saved',
        message: changed.length === 1 ? 'One type of notification changed.' : `${changed.length} types of notification changed.`,
      });
    } catch (e) {
      toasts.show({ color: 'red', title: 'Could not save', message: errorMessage(e) });
    }
  };

  return (
    <Stack maw={820}>
      <Title order={2}>Notification preferences</Title>
      <Text c="dimmed" size="sm">
        Every notification shows in the bell and on the Notifications page. Choose which ones are also emailed to you. Only the
        categories of the areas you were given are listed.
      </Text>
      {notificationCategories.map((category) => {
        const ofCategory = preferences.filter((p) => p.category === category);
        if (ofCategory.length === 0) return null;
        return (
          <Card key={category} withBorder padding="md" radius="md" component="section" aria-label={categoryLabels[category]}>
            <Title order={3} size="h5" mb="xs">
              {categoryLabels[category]}
            </Title>
            <Stack gap="sm">
              {ofCategory.map((preference) => {
                const email = emailOf(preference);
                const dirty = email !== preference.email;
                return (
                  <Group key={preference.type} justify="space-between" wrap="nowrap" align="flex-start">
                    <Stack gap={0}>
                      <Group gap={6}>
                        <Text size="sm" fw={500}>
                          {preference.title}
                        </Text>
                        {dirty && (
                          <Badge size="xs" variant="light" color="yellow">
                            changed
                          </Badge>
                        )}
                      </Group>
                      <Text size="xs" c="dimmed">
                        {preference.description} {preference.emailByDefault ? 'Emailed unless you turn it off.' : 'Not emailed unless you turn it on.'}
                      </Text>
                    </Stack>
                    <Switch
                      label="Email me"
                      aria-label={`Email me: ${preference.title}`}
                      labelPosition="left"
                      checked={email}
                      onChange={(event) => toggle(preference, event.currentTarget.checked)}
                      style={{ flex: 'none' }}
                    />
                  </Group>
                );
              })}
            </Stack>
          </Card>
        );
      })}
      {refusals.length > 0 && (
        <Alert color="red" icon={<IconAlertTriangle />} title="Nothing was saved" role="alert">
          <Stack gap={2}>
            {refusals.map((message) => (
              <Text key={message} size="sm">
                {message}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      <Group justify="flex-end" pos="sticky" bottom={0} py="sm" bg="var(--mantine-color-body)">
        {changed.length > 0 && (
          <Text size="sm" c="dimmed">
            {changed.length === 1 ? '1 unsaved change' : `${changed.length} unsaved changes`}
          </Text>
        )}
        <Button
          variant="default"
          disabled={changed.length === 0 || saving}
          onClick={() => {
            setChanges({});
            setRefusals([]);
          }}
        >
          Discard
        </Button>
        <Button disabled={changed.length === 0} loading={saving} onClick={() => void save()}>
          Save
        </Button>
      </Group>
    </Stack>
  );
}
