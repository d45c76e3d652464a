import { useEffect } from 'react';
import { Alert, Button, Group, Loader, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { MAX_TENANT_NAME_LENGTH } from '@gatehouse/schema/lengths';
import { timeZoneNames } from '@gatehouse/schema/time-zones';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';

const OrganizationQuery = graphql(`
  query OrganizationSettings {
    viewer {
      id
      tenant {
        id
        name
        subdomain
        timeZone
      }
    }
  }
`);

const UpdateTenantSettings = graphql(`
  mutation UpdateTenantSettings($input: UpdateTenantSettingsInput!) {
    updateTenantSettings(input: $input) {
      tenant {
        id
        name
        timeZone
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** `14:05 (UTC+01:00)`: the wall clock in a zone now, so an admin sees what they pick. */
function nowIn(timeZone: string, now = new Date()): string {
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', timeZoneName: 'longOffset' }).format(now).replace(' GMT', ' (UTC') + ')';
  } catch {
    return '';
  }
}

/**
 * Settings → Organization: the tenant's name and time zone (003 §1.2). Analytics show days and hours
 * in this zone unless the viewer picks another; billing always counts in UTC. Admins change them;
 * members read them.
 */
export function OrganizationSettingsPage({ readOnly }: { readOnly: boolean }) {
  const { data, loading, error } = useQuery(OrganizationQuery);
  const [update, { loading: saving }] = useMutation(UpdateTenantSettings);
  const tenant = data?.viewer?.tenant;
  const form = useForm({ initialValues: { name: '', timeZone: 'UTC' } });
  const { setInitialValues, setValues } = form;

  useEffect(() => {
    if (!tenant) return;
    setInitialValues({ name: tenant.name, timeZone: tenant.timeZone });
    setValues({ name: tenant.name, timeZone: tenant.timeZone });
    // Only when the saved values change: typing must not be undone by a refetch.
  }, [tenant?.name, tenant?.timeZone]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = form.onSubmit(async (values) => {
    try {
      const result = (await update({ variables: { input: { name: values.name, timeZone: values.timeZone } } })).data?.updateTenantSettings;
      if (!result || applyUserErrors(result.userErrors, form.setFieldError, ['name', 'timeZone'])) return;
      notifications.show({ color: 'green', title: 'Organization saved', message: `${result.tenant?.name}, in ${result.tenant?.timeZone}.` });
    } catch (e) {
      notifications.show({ color: 'red', title: 'Could not save the organization', message: errorMessage(e) });
    }
  });

  return (
    <Stack maw={820}>
      <Title order={2}>Organization</Title>
      <Text c="dimmed" size="sm">
        Your organization's name and time zone. Analytics show hours, days and months in this time zone unless you pick another on the
        page; billing periods always count in UTC.
      </Text>
      {readOnly && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle />} p="xs">
          Only admins can change the organization's settings.
        </Alert>
      )}
      {error ? (
        <Alert color="red" title="Could not load the organization" role="alert">
          {errorMessage(error)}
        </Alert>
      ) : loading && !tenant ? (
        <Loader aria-label="Loading the organization" />
      ) : tenant ? (
        <Paper withBorder p="md">
          <form onSubmit={submit} noValidate aria-label="Organization">
            <Stack>
              <TextInput label="Name" required maxLength={MAX_TENANT_NAME_LENGTH} disabled={readOnly} {...form.getInputProps('name')} />
              <TextInput label="Subdomain" value={tenant.subdomain} readOnly description="Set when the organization was created." />
              <Select
                label="Time zone"
                description={`Now ${nowIn(form.values.timeZone)} there.`}
                data={timeZoneNames()}
                searchable
                allowDeselect={false}
                disabled={readOnly}
                {...form.getInputProps('timeZone')}
              />
              {!readOnly && (
                <Group justify="flex-end">
                  <Button type="submit" loading={saving} disabled={!form.isDirty()}>
                    Save
                  </Button>
                </Group>
              )}
            </Stack>
          </form>
        </Paper>
      ) : null}
    </Stack>
  );
}
