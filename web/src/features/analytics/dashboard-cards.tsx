import { useState, type ReactNode } from 'react';
import { Anchor, Badge, Button, Card, Center, Group, Loader, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { RelativeTime } from '../../components/ui/relative-time';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { changeColor, formatChange, formatCount, perPeriod, utilizationColor } from './analytics-format';
import { alertSentence, useUsageAlertActions } from './usage-alerts';
import { UsageSeriesQuery } from './usage-series-query';
import { formatInZone, localDay, startOfLocalDay, UTC } from './zoned-time';

/*
 * The dashboard's analytics cards: signups, today's traffic, potential upgrades and unread usage
 * alerts. The dashboard loads them lazily, so neither they nor their documents weigh on the first load.
 */

const DashboardSignupsQuery = graphql(`
  query DashboardSignups {
    signups(range: { preset: LAST_30_DAYS }) {
      series {
        total
        previousTotal
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const DashboardProductsQuery = graphql(`
  query DashboardProducts($first: Int!) {
    services(first: $first, orderBy: { field: NAME, direction: ASC }) {
      totalCount
      nodes {
        id
        name
        metrics {
          id
          builtin
        }
      }
    }
  }
`);

const DashboardPotentialUpgradesQuery = graphql(`
  query DashboardPotentialUpgrades($first: Int!) {
    potentialUpgrades(first: $first) {
      application {
        id
        name
        account {
          id
          orgName
        }
        plan {
          id
          name
        }
      }
      limit {
        ...LimitUtilizationForTable
      }
    }
  }
`);

const LatestUsageAlertsQuery = graphql(`
  query LatestUsageAlerts($first: Int!) {
    alerts(first: $first, filter: { unread: true }) {
      totalCount
      nodes {
        id
        ...UsageAlertForList
      }
    }
  }
`);

const PRODUCTS_SHOWN = 10;
const UPGRADES_SHOWN = 5;
const ALERTS_SHOWN = 5;

interface DashboardCardProps {
  id: string;
  title: string;
  link?: { to: '/analytics' | '/alerts'; label: string };
  children: ReactNode;
}

function DashboardCard({ id, title, link, children }: DashboardCardProps) {
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby={id} h="100%">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4" id={id}>
          {title}
        </Title>
        {link && (
          <Anchor size="sm" renderRoot={(props) => <Link {...props} to={link.to} />}>
            {link.label}
          </Anchor>
        )}
      </Group>
      {children}
    </Card>
  );
}

/** What a card shows before its data: a loader named for it, or why it could not load. */
function Pending({ error, loading, what }: { error: unknown; loading: boolean; what: string }) {
  if (error) {
    return (
      <Text c="red" size="sm" role="alert">
        Could not load {what}: {errorMessage(error)}
      </Text>
    );
  }
  return <Center p="md">{loading && <Loader size="sm" aria-label={`Loading ${what}`} />}</Center>;
}

/** The change from `previous` to `current` in percent; null when there was nothing before. */
function changeFrom(previous: number, current: number): number | null {
  return previous === 0 ? null : ((current - previous) / previous) * 100;
}

function Change({ percent }: { percent: number | null }) {
  const text = formatChange(percent);
  return text ? (
    <Badge variant="light" color={changeColor(percent)}>
      {text}
    </Badge>
  ) : (
    <Text size="xs" c="dimmed" span>
      none before
    </Text>
  );
}

/** Developer accounts created in the last 30 days, against the 30 days before. */
export function SignupsCard() {
  const { data, loading, error } = useQuery(DashboardSignupsQuery);
  const payload = data?.signups;
  return (
    <DashboardCard id="signups-card-title" title="Signups">
      {!payload ? (
        <Pending error={error} loading={loading} what="the signups" />
      ) : !payload.series ? (
        <Text size="sm" role="alert">
          {payload.userErrors.map((e) => e.message).join(' ')}
        </Text>
      ) : (
        <Stack gap={4}>
          <Group gap="sm" align="baseline">
            <Text fz={32} fw={700} lh={1} data-testid="signups-total">
              {formatCount(payload.series.total)}
            </Text>
            <Change percent={changeFrom(payload.series.previousTotal, payload.series.total)} />
          </Group>
          <Text size="sm" c="dimmed" data-testid="signups-previous">
            {`developer accounts in the last 30 days, against ${formatCount(payload.series.previousTotal)} in the 30 days before`}
          </Text>
        </Stack>
      )}
    </DashboardCard>
  );
}

/**
 * Today so far in the organization's time zone (from its midnight up to the end of the current hour)
 * and yesterday until the same hour: the two ranges are the same length, so they compare fairly.
 */
export function todaySoFar(now: Date, timeZone: string) {
  const since = startOfLocalDay(localDay(now, timeZone), timeZone);
  const until = new Date(Math.floor(now.getTime() / 3_600_000) * 3_600_000 + 3_600_000);
  return { since: since.toISOString(), until: until.toISOString() };
}

/** Each product's hits today (in the organization's time zone, up to the current hour) against yesterday until the same hour. */
export function TrafficTodayCard({ timeZone = UTC }: { timeZone?: string }) {
  const [range] = useState(() => todaySoFar(new Date(), timeZone));
  const { data, loading, error } = useQuery(DashboardProductsQuery, { variables: { first: PRODUCTS_SHOWN } });
  const products = data?.services;
  return (
    <DashboardCard id="traffic-card-title" title="Traffic today" link={{ to: '/analytics', label: 'Usage analytics' }}>
      {!products ? (
        <Pending error={error} loading={loading} what="the traffic" />
      ) : products.nodes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No products yet.
        </Text>
      ) : (
        <Stack gap="xs">
          <Table aria-label="Hits today by product">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Product</Table.Th>
                <Table.Th scope="col" ta="right">
                  Today
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Yesterday
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Change
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {products.nodes.map((product) => {
                const hits = product.metrics.find((metric) => metric.builtin);
                return hits ? <TrafficRow key={product.id} product={product} metricId={hits.id} range={range} timeZone={timeZone} /> : null;
              })}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed">
            {`Hits from 00:00 until ${formatInZone(range.until, timeZone).slice(11)} ${timeZone}, against yesterday until the same hour.`}
            {products.totalCount > products.nodes.length && ` The first ${PRODUCTS_SHOWN} products by name.`}
          </Text>
        </Stack>
      )}
    </DashboardCard>
  );
}

function TrafficRow({ product, metricId, range, timeZone }: { product: { id: string; name: string }; metricId: string; range: { since: string; until: string }; timeZone: string }) {
  const { data, error } = useQuery(UsageSeriesQuery, {
    variables: { target: { service: product.id }, metric: metricId, range, granularity: 'HOUR', timeZone },
  });
  const series = data?.usageSeries.series;
  const problem = error ? errorMessage(error) : data?.usageSeries.userErrors[0]?.message;
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/analytics" search={{ product: product.id, range: 'LAST_24_HOURS' }} />}>
          {product.name}
        </Anchor>
      </Table.Td>
      {series ? (
        <>
          <Table.Td ta="right">{formatCount(series.total)}</Table.Td>
          <Table.Td ta="right">{formatCount(series.previousTotal)}</Table.Td>
          <Table.Td ta="right">
            <Change percent={series.changePercent ?? null} />
          </Table.Td>
        </>
      ) : (
        <Table.Td colSpan={3} ta="right">
          {problem ? (
            <Text size="xs" c="red">
              {problem}
            </Text>
          ) : (
            <Loader size="xs" aria-label={`Loading the traffic of ${product.name}`} />
          )}
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/** Applications at or over 80 % of a limit: candidates for a bigger plan. */
export function PotentialUpgradesCard() {
  const { data, loading, error } = useQuery(DashboardPotentialUpgradesQuery, { variables: { first: UPGRADES_SHOWN } });
  const upgrades = data?.potentialUpgrades;
  return (
    <DashboardCard id="upgrades-card-title" title="Potential upgrades">
      {!upgrades ? (
        <Pending error={error} loading={loading} what="the potential upgrades" />
      ) : upgrades.length === 0 ? (
        <Text size="sm" c="dimmed">
          No application is near a limit of its plan.
        </Text>
      ) : (
        <Stack gap="sm" role="list" aria-label="Potential upgrades">
          {upgrades.map(({ application, limit }, index) => {
            const metric = limit.metric?.friendlyName.toLowerCase() ?? 'a deleted metric';
            return (
              <Stack gap={4} role="listitem" key={application?.id ?? `deleted-${index}`}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  {application ? (
                    <Anchor size="sm" fw={600} renderRoot={(props) => <Link {...props} to="/applications/$applicationId" params={{ applicationId: application.id }} />}>
                      {application.name}
                    </Anchor>
                  ) : (
                    <Text size="sm">Deleted application</Text>
                  )}
                  <Text size="sm" fw={600} c={utilizationColor(limit.percent)}>
                    {limit.percent === null || limit.percent === undefined ? '—' : `${formatCount(limit.percent)} %`}
                  </Text>
                </Group>
                <Progress value={Math.min(100, limit.percent ?? 0)} color={utilizationColor(limit.percent)} size="sm" aria-hidden="true" />
                <Text size="xs" c="dimmed">
                  {`${application ? `${application.account.orgName} · ${application.plan.name} · ` : ''}${formatCount(limit.current)} of ${formatCount(limit.max)} ${metric} ${perPeriod[limit.period]}`}
                </Text>
              </Stack>
            );
          })}
        </Stack>
      )}
    </DashboardCard>
  );
}

/** The latest unread usage alerts, each with a way to mark it read. */
export function UsageAlertsCard() {
  const { data, loading, error } = useQuery(LatestUsageAlertsQuery, { variables: { first: ALERTS_SHOWN } });
  const alerts = data?.alerts;
  const actions = useUsageAlertActions();
  const [marking, setMarking] = useState<string | null>(null);

  const markRead = async (id: string) => {
    setMarking(id);
    try {
      const { failures } = await actions.markRead([id], true);
      if (failures.length > 0) toasts.show({ color: 'orange', title: 'Could not mark it read', message: failures.join('\n') });
      actions.forgetListings();
    } catch (cause) {
      toasts.show({ color: 'red', title: 'Could not mark it read', message: errorMessage(cause) });
    } finally {
      setMarking(null);
    }
  };

  return (
    <DashboardCard id="alerts-card-title" title="Usage alerts" link={{ to: '/alerts', label: 'See all' }}>
      {!alerts ? (
        <Pending error={error} loading={loading} what="the usage alerts" />
      ) : alerts.nodes.length === 0 ? (
        <Text size="sm" c="dimmed">
          No unread usage alerts.
        </Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {alerts.totalCount === 1 ? '1 unread alert' : `${formatCount(alerts.totalCount)} unread alerts`}
          </Text>
          <Stack gap="sm" role="list" aria-label="Unread usage alerts">
            {alerts.nodes.map((alert) => (
              <Group key={alert.id} role="listitem" justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <Badge color={alert.kind === 'VIOLATION' ? 'red' : 'orange'} style={{ flex: 'none' }}>
                    {`${alert.level} %`}
                  </Badge>
                  <Stack gap={0}>
                    {alert.application ? (
                      <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/applications/$applicationId" params={{ applicationId: alert.application!.id }} />}>
                        {alertSentence(alert)}
                      </Anchor>
                    ) : (
                      <Text size="sm">{alertSentence(alert)}</Text>
                    )}
                    <RelativeTime value={alert.raisedAt} />
                  </Stack>
                </Group>
                <Button
                  size="compact-xs"
                  style={{ flex: 'none' }}
                  variant="subtle"
                  loading={marking === alert.id}
                  onClick={() => void markRead(alert.id)}
                  aria-label={`Mark read: ${alertSentence(alert)}`}
                >
                  Mark read
                </Button>
              </Group>
            ))}
          </Stack>
        </Stack>
      )}
    </DashboardCard>
  );
}
