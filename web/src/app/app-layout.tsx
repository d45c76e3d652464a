import { Anchor, AppShell, Burger, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Link, Outlet, useMatches, useNavigate, useRouteContext } from '@tanstack/react-router';
import { ViewerQuery } from '../features/auth/viewer-query';
import { ViewerMenu } from '../features/auth/viewer-menu';
import { NotificationBell } from '../features/notifications/notification-bell';
import { useLiveNotifications } from '../features/notifications/use-live-notifications';
import { AppNavigation } from './app-navigation';
import { ConnectionIndicator } from './connection-indicator';
import { Forbidden } from './forbidden';
import { accessRules, mayOpen } from './page-meta';

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { connectionStatus } = useRouteContext({ from: '__root__' });
  // Loaded by the layout route before any page: who the pages and the navigation are for.
  const { viewer: signedIn } = useRouteContext({ from: '/app' });
  const client = useApolloClient();
  const navigate = useNavigate();
  const { data } = useQuery(ViewerQuery, { fetchPolicy: 'cache-first' });
  const viewer = data?.viewer;
  // One subscription for the whole app: the bell and the dashboard read what it writes to the cache.
  useLiveNotifications(connectionStatus);
  // The open page (and any page it is nested in) says who may open it.
  const denied = useMatches({
    select: (matches) => matches.map((match) => match.staticData.access).find((access) => !mayOpen(access, signedIn)),
  });

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Anchor renderRoot={(props) => <Link {...props} to="/" />} fw={700} c="inherit" underline="never">
              Gatehouse
            </Anchor>
            <ConnectionIndicator store={connectionStatus} />
          </Group>
          {viewer && (
            <Group gap="md" wrap="nowrap">
              <NotificationBell />
              <ViewerMenu
                user={viewer}
                onOpenSettings={() => void navigate({ to: '/settings/personal' })}
                onLoggedOut={() => {
                  void client.clearStore().then(() => navigate({ to: '/login', search: {} }));
                }}
              />
            </Group>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        {/* The browser's own scrolling: Mantine's ScrollArea would add a dozen components to every first render. */}
        <AppShell.Section grow mih={0} style={{ overflowY: 'auto' }}>
          <AppNavigation viewer={signedIn} onNavigate={close} />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>{denied ? <Forbidden what={accessRules[denied].forbidden} /> : <Outlet />}</AppShell.Main>
    </AppShell>
  );
}
