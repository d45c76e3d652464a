import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { createRoute, redirect, useNavigate } from '@tanstack/react-router';
import { LoginForm } from '../../features/auth/login-form';
import { ViewerQuery } from '../../features/auth/viewer-query';
import { tenantFromHost } from '../../lib/tenant-host';
import { rootRoute } from './root';

interface LoginSearch {
  /** Where to go after logging in (a path inside the app). */
  redirect?: string;
}

function safeRedirect(value: string | undefined): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/login') ? value : '/';
}

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  staticData: { title: 'Log in' },
  validateSearch: (raw: Record<string, unknown>): LoginSearch => ({
    redirect: typeof raw['redirect'] === 'string' ? raw['redirect'] : undefined,
  }),
  beforeLoad: async ({ context, search }) => {
    const { data } = await context.apolloClient.query({ query: ViewerQuery, fetchPolicy: 'network-only' });
    if (data?.viewer) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: LoginRoute,
});

function LoginRoute() {
  const search = loginRoute.useSearch();
  const navigate = useNavigate();
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" w={420} maw="100%">
        <Stack>
          <div>
            <Title order={1} size="h2">
              Gatehouse
            </Title>
            <Text c="dimmed" size="sm">
              Log in to the admin portal
            </Text>
          </div>
          <LoginForm
            defaultTenant={tenantFromHost(window.location.hostname)}
            onLoggedIn={() => void navigate({ href: safeRedirect(search.redirect), replace: true })}
          />
        </Stack>
      </Paper>
    </Center>
  );
}
