import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconChevronDown, IconLogout, IconSettings } from '@tabler/icons-react';
import { graphql } from '../../gql';
import type { UserForViewerMenuFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';

export const UserForViewerMenu = graphql(`
  fragment UserForViewerMenu on User {
    id
    email
    name
    tenant {
      id
      name
    }
  }
`);

const LogoutMutation = graphql(`
  mutation Logout {
    logout {
      loggedOut
    }
  }
`);

interface ViewerMenuProps {
  user: UserForViewerMenuFragment;
  onLoggedOut: () => void;
  onOpenSettings: () => void;
}

export function ViewerMenu({ user, onLoggedOut, onOpenSettings }: ViewerMenuProps) {
  const [logout] = useMutation(LogoutMutation);
  const handleLogout = async () => {
    try {
      await logout();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Logout failed', message: errorMessage(error) });
      return;
    }
    onLoggedOut();
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label="Account menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar size="sm" radius="xl" name={user.email} color="initials" />
            <div>
              <Text size="sm" fw={500} data-testid="viewer-email">
                {user.email}
              </Text>
              <Text size="xs" c="dimmed" data-testid="viewer-tenant">
                {user.tenant.name}
              </Text>
            </div>
            <IconChevronDown size={14} />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item leftSection={<IconSettings size={14} />} onClick={onOpenSettings}>
          Personal settings
        </Menu.Item>
        <Menu.Item leftSection={<IconLogout size={14} />} onClick={() => void handleLogout()}>
          Log out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
