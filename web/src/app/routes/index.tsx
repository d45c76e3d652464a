import { lazy, Suspense, type ReactNode } from 'react';
import { Card, Grid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { createRoute } from '@tanstack/react-router';
import { IconLayoutDashboard } from '@tabler/icons-react';
import { ActivityCard } from '../../features/notifications/activity-card';
import { appLayoutRoute } from './app-layout';

// The analytics cards come in one chunk of their own, after the first paint: the start page stays light.
const dashboardCards = () => import('../../features/analytics/dashboard-cards');
const SignupsCard = lazy(() => dashboardCards().then((m) => ({ default: m.SignupsCard })));
const TrafficTodayCard = lazy(() => dashboardCards().then((m) => ({ default: m.TrafficTodayCard })));
const PotentialUpgradesCard = lazy(() => dashboardCards().then((m) => ({ default: m.PotentialUpgradesCard })));
const UsageAlertsCard = lazy(() => dashboardCards().then((m) => ({ default: m.UsageAlertsCard })));

/** The start page: what happened lately (the Activity card, live), signups, traffic, upgrades and usage alerts. */
export const indexRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/',
  staticData: { title: 'Dashboard', nav: { section: 'home', icon: IconLayoutDashboard } },
  component: Dashboard,
});

/** A card's place while its code loads. */
function LazyCard({ children }: { children: ReactNode }) {
  return (
    <Suspense
      fallback={
        <Card withBorder padding="md" radius="md" h="100%">
          <Skeleton h={18} w="40%" mb="md" />
          <Skeleton h={48} />
        </Card>
      }
    >
      {children}
    </Suspense>
  );
}

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
        <Grid.Col span={{ base: 12, sm: 6, lg: 4 }}>
          <LazyCard>
            <SignupsCard />
          </LazyCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, lg: 8 }}>
          <LazyCard>
            <TrafficTodayCard timeZone={viewer.tenant.timeZone} />
          </LazyCard>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <ActivityCard />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack>
            <LazyCard>
              <UsageAlertsCard />
            </LazyCard>
            <LazyCard>
              <PotentialUpgradesCard />
            </LazyCard>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
