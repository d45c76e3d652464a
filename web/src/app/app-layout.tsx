import { AppShell, Burger, Group, NavLink, ScrollArea, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Link, Outlet, useLocation, useNavigate, useRouteContext } from '@tanstack/react-router';
import { IconBuilding, IconCode, IconKey, IconUser } from '@tabler/icons-react';
import { ViewerQuery } from '../features/auth/viewer-query';
import { ViewerMenu } from '../features/auth/viewer-menu';
import { ConnectionIndicator } from './connection-indicator';

interface NavItem {
  to: '/settings/access-tokens' | '/settings/personal' | '/tenants' | '/explorer';
  label: string;
  icon: typeof IconKey;
  masterOnly?: boolean;
}

const navItems: NavItem[] = [
  { to: '/tenants', label: 'Tenants', icon: IconBuilding, masterOnly: true },
  { to: '/settings/access-tokens', label: 'Access tokens', icon: IconKey },
  { to: '/settings/personal', label: 'Personal settings', icon: IconUser },
  { to: '/explorer', label: 'API explorer', icon: IconCode },
];

export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure();
  const { connectionStatus } = useRouteContext({ from: '__root__' });
  const client = useApolloClient();
  const navigate = useNavigate();
  const { data } = useQuery(ViewerQuery, { fetchPolicy: 'cache-first' });
  const viewer = data?.viewer;
  const pathname = useLocation({ select: (l) => l.pathname });

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group>
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Text fw={700}>Gatehouse</Text>
            <ConnectionIndicator store={connectionStatus} />
          </Group>
          {viewer && (
            <ViewerMenu
              user={viewer}
              onOpenSettings={() => void navigate({ to: '/settings/personal' })}
              onLoggedOut={() => {
                void client.clearStore().then(() => navigate({ to: '/login', search: {} }));
              }}
            />
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Main navigation">
        <ScrollArea>
          {navItems
            .filter((item) => !item.masterOnly || viewer?.tenant.isMaster)
            .map((item) => (
              <NavLink
                key={item.to}
                component={Link}
                to={item.to}
                label={item.label}
                leftSection={<item.icon size={18} />}
                active={pathname.startsWith(item.to)}
                onClick={close}
              />
            ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
