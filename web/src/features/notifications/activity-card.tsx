import { Anchor, Card, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { errorMessage } from '../../lib/graphql-errors';
import { LATEST_NOTIFICATIONS, LatestNotificationsQuery } from './notification-feed';
import { NotificationFeedItem, useOpenNotification } from './notification-feed-item';

/**
 * The dashboard's Activity card: your latest notifications, live. It reads the same cache entry as
 * the bell's dropdown, which the app's one `notificationReceived` subscription writes new ones into.
 */
export function ActivityCard() {
  const { data, previousData, loading, error } = useQuery(LatestNotificationsQuery, { variables: { first: LATEST_NOTIFICATIONS } });
  const latest = (data ?? previousData)?.notifications;
  const openNotification = useOpenNotification();

  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="activity-card-title">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id="activity-card-title">
          Activity
        </Title>
        <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/notifications" />}>
          See all
        </Anchor>
      </Group>
      {error && !latest ? (
        <Text c="red" size="sm" role="alert">
          Could not load the activity: {errorMessage(error)}
        </Text>
      ) : !latest ? (
        <Center p="md">{loading && <Loader size="sm" aria-label="Loading the activity" />}</Center>
      ) : latest.nodes.length === 0 ? (
        <Text c="dimmed" size="sm" py="md" ta="center">
          Nothing has happened yet. Notifications about your products, accounts and billing appear here as they come.
        </Text>
      ) : (
        <Stack gap={0} mx={-8} role="list" aria-label="Activity">
          {latest.nodes.map((notification) => (
            <div role="listitem" key={notification.id}>
              <NotificationFeedItem notification={notification} onOpen={openNotification} />
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}
