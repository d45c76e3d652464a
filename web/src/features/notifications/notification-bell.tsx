import { useId, useState } from 'react';
import { ActionIcon, Button, Center, Divider, Group, Indicator, Loader, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { useQuery } from '@apollo/client/react';
import { IconBell } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { errorMessage } from '../../lib/graphql-errors';
import { LATEST_NOTIFICATIONS, LatestNotificationsQuery, UnreadNotificationCountQuery, useMarkNotificationsRead } from './notification-feed';
import { NotificationFeedItem, useOpenNotification } from './notification-feed-item';

/** Above this the badge says "99+". */
const MAX_SHOWN_COUNT = 99;

/**
 * The bell in the header: how many notifications are unread (kept live by `useLiveNotifications`),
 * and a dropdown with the latest ones; opening one marks it read and leads to its object.
 */
export function NotificationBell() {
  const [opened, setOpened] = useState(false);
  const headingId = useId();
  const { data: countData } = useQuery(UnreadNotificationCountQuery);
  const unread = countData?.unreadNotificationCount ?? 0;
  const label = unread === 0 ? 'Notifications' : `Notifications: ${unread} unread`;

  return (
    <Popover width={380} position="bottom-end" shadow="md" opened={opened} onChange={setOpened} withinPortal hideDetached={false}>
      <Popover.Target>
        <Indicator
          label={unread > MAX_SHOWN_COUNT ? `${MAX_SHOWN_COUNT}+` : unread}
          disabled={unread === 0}
          size={18}
          offset={6}
          color="red"
          inline
          data-testid="notification-count"
        >
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={label} aria-expanded={opened} onClick={() => setOpened((o) => !o)}>
            <IconBell size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      {/* Named by its heading: Mantine would name it by the target, whose name carries the count. */}
      <Popover.Dropdown p={0} aria-labelledby={headingId}>
        {opened && <LatestNotifications headingId={headingId} unread={unread} onClose={() => setOpened(false)} />}
      </Popover.Dropdown>
    </Popover>
  );
}

function LatestNotifications({ headingId, unread, onClose }: { headingId: string; unread: number; onClose: () => void }) {
  const { data, previousData, loading, error } = useQuery(LatestNotificationsQuery, { variables: { first: LATEST_NOTIFICATIONS } });
  const latest = (data ?? previousData)?.notifications.nodes;
  const markRead = useMarkNotificationsRead();
  const openNotification = useOpenNotification();
  const [marking, setMarking] = useState(false);

  const markAllRead = async () => {
    setMarking(true);
    try {
      await markRead({ all: true });
    } catch (e) {
      toasts.show({ color: 'red', title: 'Could not mark them read', message: errorMessage(e) });
    } finally {
      setMarking(false);
    }
  };

  return (
    <Stack gap={0}>
      <Group justify="space-between" px="md" py="xs">
        <Text fw={600} size="sm" id={headingId}>
          Notifications
        </Text>
        <Button variant="subtle" size="compact-xs" disabled={unread === 0} loading={marking} onClick={() => void markAllRead()}>
          Mark all read
        </Button>
      </Group>
      <Divider />
      {error && !latest ? (
        <Text c="red" size="sm" p="md" role="alert">
          Could not load notifications: {errorMessage(error)}
        </Text>
      ) : !latest ? (
        <Center p="md">{loading && <Loader size="sm" aria-label="Loading notifications" />}</Center>
      ) : latest.length === 0 ? (
        <Text c="dimmed" size="sm" ta="center" p="lg">
          No notifications yet.
        </Text>
      ) : (
        <ScrollArea.Autosize mah={440} type="auto">
          <Stack gap={0} p={4} role="list" aria-label="Latest notifications">
            {latest.map((notification) => (
              <div role="listitem" key={notification.id}>
                <NotificationFeedItem
                  notification={notification}
                  onOpen={(n) => {
                    onClose();
                    openNotification(n);
                  }}
                />
              </div>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
      <Divider />
      <Button component={Link} to="/notifications" variant="subtle" radius={0} fullWidth onClick={onClose}>
        See all
      </Button>
    </Stack>
  );
}
