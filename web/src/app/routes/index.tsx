import { Grid, Stack, Text, Title } from '@mantine/core';
import { createRoute } from '@tanstack/react-router';
import { IconLayoutDashboard } from '@tabler/icons-react';
import { ActivityCard } from '../../features/notifications/activity-card';
import { appLayoutRoute } from './app-layout';

/** The start page: what happened lately (the Activity card, live). */
export const indexRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/',
  staticData: { title: 'Dashboard', nav: { section: 'home', icon: IconLayoutDashboard } },
  component: Dashboard,
});

function Dashboard() {
  const { viewer } = indexRoute.useRouteContext();
  return (
    <Stack>
      <Stack gap={0}>
        <Title order={2}>Dashboard</Title>
        <Text c="dimmed" size="sm">
          Signed in as {viewer.email}.
        </Text>
      </Stack>
      <Grid>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <ActivityCard />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
