import { Box, NavLink, Text } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { RelativeTime } from '../../components/ui/relative-time';
import { errorMessage } from '../../lib/graphql-errors';
import { useMarkNotificationsRead, type FeedNotification } from './notification-feed';
import { notificationLink } from './notification-labels';

/** Opening a notification: it is read now, and its object's page opens when it has one. */
export function useOpenNotification() {
  const markRead = useMarkNotificationsRead();
  const navigate = useNavigate();
  return (notification: FeedNotification) => {
    if (!notification.read) {
      markRead({ ids: [notification.id] }).catch((error: unknown) =>
        toasts.show({ color: 'red', title: 'Could not mark it read', message: errorMessage(error) }),
      );
    }
    const link = notificationLink(notification);
    if (link) void navigate(link);
  };
}

/** The blue dot of an unread notification; the same space, empty, for a read one. */
export function UnreadDot({ unread }: { unread: boolean }) {
  return (
    <Box
      aria-label={unread ? 'Unread' : undefined}
      role={unread ? 'img' : undefined}
      w={8}
      h={8}
      mt={4}
      style={{ flex: 'none', borderRadius: '50%', background: unread ? 'var(--mantine-color-blue-6)' : 'transparent' }}
    />
  );
}

interface NotificationFeedItemProps {
  notification: FeedNotification;
  onOpen: (notification: FeedNotification) => void;
}

/** One notification in the bell's dropdown or the Activity card: title, summary, how long ago, read or not. */
export function NotificationFeedItem({ notification, onOpen }: NotificationFeedItemProps) {
  const unread = !notification.read;
  return (
    <NavLink
      component="button"
      type="button"
      onClick={() => onOpen(notification)}
      data-unread={unread || undefined}
      aria-label={`${notification.title}: ${notification.summary}${unread ? ' (unread)' : ''}`}
      leftSection={<UnreadDot unread={unread} />}
      label={
        <Text component="span" size="sm" fw={unread ? 600 : 400} truncate display="block">
          {notification.title}
        </Text>
      }
      description={
        <Text component="span" size="xs" c="dimmed" lineClamp={2}>
          {notification.summary}
        </Text>
      }
      rightSection={<RelativeTime value={notification.createdAt} />}
      styles={{ section: { alignSelf: 'flex-start' }, root: { borderRadius: 'var(--mantine-radius-sm)' } }}
    />
  );
}
