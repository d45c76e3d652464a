import { Alert, Button, Card, Checkbox, Group, Input, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { IconInfoCircle } from '@tabler/icons-react';
import { MAX_WEBHOOK_URL_LENGTH, WEBHOOK_EVENTS, webhookEvents, webhookUrlProblem } from '@gatehouse/schema/webhooks';
import { graphql } from '../../gql';
import type { UpdateWebhookSettingsInput, WebhookEvent, WebhookSettingsForFormFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';
import { eventName, webhookEventGroups } from './webhook-labels';

export const WebhookSettingsForForm = graphql(`
  fragment WebhookSettingsForForm on WebhookSettings {
    url
    enabled
    adminActionsFire
    events
  }
`);

const UpdateWebhookSettingsMutation = graphql(`
  mutation UpdateWebhookSettings($input: UpdateWebhookSettingsInput!) {
    updateWebhookSettings(input: $input) {
      settings {
        ...WebhookSettingsForForm
        ...WebhookSettingsForSecret
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

interface FormValues {
  url: string;
  enabled: boolean;
  adminActionsFire: boolean;
  events: WebhookEvent[];
}

const FIELDS = ['url', 'enabled', 'adminActionsFire', 'events'] as const;

function valuesOf(settings: WebhookSettingsForFormFragment): FormValues {
  return { url: settings.url ?? '', enabled: settings.enabled, adminActionsFire: settings.adminActionsFire, events: [...settings.events] };
}

const sameEvents = (a: readonly WebhookEvent[], b: readonly WebhookEvent[]) => a.length === b.length && a.every((event) => b.includes(event));

/** Only what differs from the saved webhook: the input of `updateWebhookSettings`, whose left-out fields keep their value. */
export function changedSettings(values: FormValues, saved: WebhookSettingsForFormFragment): UpdateWebhookSettingsInput {
  const input: UpdateWebhookSettingsInput = {};
  const url = values.url.trim();
  if (url !== (saved.url ?? '')) input.url = url || null;
  if (values.enabled !== saved.enabled) input.enabled = values.enabled;
  if (values.adminActionsFire !== saved.adminActionsFire) input.adminActionsFire = values.adminActionsFire;
  // In the checklist's order, so the same choice is the same list.
  if (!sameEvents(values.events, saved.events)) input.events = webhookEvents.filter((event) => values.events.includes(event));
  return input;
}

/**
 * A user error's field is `["input", <field>, …]`: a listed event's error names its index
 * (`["input", "events", "3"]`), which is the checklist's error.
 */
const onFormField = <T extends { field?: readonly string[] | null }>(error: T): T => ({ ...error, field: error.field?.slice(0, 2) ?? null });

/** The webhook: where events go, whether it posts, whose actions fire it, and which events. Save sends only what changed. */
export function WebhookSettingsForm({ settings }: { settings: WebhookSettingsForFormFragment }) {
  const [update, { loading: saving }] = useMutation(UpdateWebhookSettingsMutation);
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: valuesOf(settings),
    validate: {
      url: (url) => (url.trim() ? webhookUrlProblem(url.trim()) : null),
    },
  });
  const changes = changedSettings(form.values, settings);
  const changeCount = Object.keys(changes).length;

  const toggleEvents = (events: readonly WebhookEvent[], on: boolean) => {
    const others = form.values.events.filter((event) => !events.includes(event));
    form.setFieldValue('events', on ? [...others, ...events] : others);
    form.clearFieldError('events');
  };

  const save = form.onSubmit(async (values) => {
    const input = changedSettings(values, settings);
    if (Object.keys(input).length === 0) return;
    try {
      const { data } = await update({ variables: { input } });
      const payload = data?.updateWebhookSettings;
      if (!payload) return;
      if (applyUserErrors(payload.userErrors.map(onFormField), form.setFieldError, FIELDS)) return;
      // The answer is the webhook as saved (the cache holds it): the form starts again from it.
      if (payload.settings) form.setValues(valuesOf(payload.settings));
      form.resetDirty();
      notifications.show({ color: 'green', title: 'Webhook saved', message: null });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not save', message: errorMessage(error) });
    }
  });

  return (
    <Card withBorder padding="md" radius="md" component="form" onSubmit={save} noValidate aria-labelledby="webhook-endpoint">
      <Stack>
        <Title order={3} size="h5" id="webhook-endpoint">
          Endpoint
        </Title>
        <TextInput
          label="URL"
          description="Events are posted here as JSON: an http or https URL your receiver listens on."
          placeholder="https://example.com/webhooks/gatehouse"
          maxLength={MAX_WEBHOOK_URL_LENGTH}
          {...form.getInputProps('url')}
        />
        {/* Named by the label alone: Mantine's label wraps the description, which is its description instead. */}
        <Switch
          label="Enabled"
          aria-label="Enabled"
          description="Post the events checked below to the URL. Turned off, nothing is posted (test events still are)."
          {...form.getInputProps('enabled', { type: 'checkbox' })}
        />
        <Switch
          label="Admin actions fire webhooks"
          aria-label="Admin actions fire webhooks"
          description="Off (as in 3scale): only what developers do fires webhooks — signing up, changing their applications and keys. On: the same changes made by your team, in this admin or through the API, fire them too."
          {...form.getInputProps('adminActionsFire', { type: 'checkbox' })}
        />
        <Input.Wrapper
          label="Events"
          description="What the webhook posts; each body says its type and action, e.g. account.created."
          error={form.errors['events']}
        >
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="md" mt="xs">
            {webhookEventGroups.map((group) => {
              const checked = group.events.filter((event) => form.values.events.includes(event)).length;
              return (
                <Stack key={group.type} gap={6} role="group" aria-label={group.label}>
                  <Checkbox
                    label={<Text fw={600} size="sm">{group.label}</Text>}
                    checked={checked === group.events.length}
                    indeterminate={checked > 0 && checked < group.events.length}
                    onChange={(event) => toggleEvents(group.events, event.currentTarget.checked)}
                  />
                  <Stack gap={6} pl="lg">
                    {group.events.map((event) => (
                      <Checkbox
                        key={event}
                        size="sm"
                        label={<Text size="sm" ff="monospace">{eventName(event)}</Text>}
                        description={WEBHOOK_EVENTS[event].description}
                        checked={form.values.events.includes(event)}
                        onChange={(change) => toggleEvents([event], change.currentTarget.checked)}
                      />
                    ))}
                  </Stack>
                </Stack>
              );
            })}
          </SimpleGrid>
        </Input.Wrapper>
        {form.values.enabled && form.values.events.length === 0 && (
          <Alert variant="light" color="yellow" icon={<IconInfoCircle />} p="xs">
            No event is checked: only test events will be posted.
          </Alert>
        )}
        <Group justify="flex-end">
          {changeCount > 0 && (
            <Text size="sm" c="dimmed">
              {changeCount === 1 ? '1 unsaved change' : `${changeCount} unsaved changes`}
            </Text>
          )}
          <Button
            variant="default"
            disabled={changeCount === 0 || saving}
            onClick={() => {
              form.setValues(valuesOf(settings));
              form.clearErrors();
            }}
          >
            Discard
          </Button>
          <Button type="submit" disabled={changeCount === 0} loading={saving}>
            Save
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
