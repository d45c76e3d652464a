import { Alert, Anchor, Badge, Button, Center, Group, Loader, NumberInput, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconDownload } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { downloadFile } from '../../components/ui/download-file';
import { formatDate } from '../../components/ui/format-date';
import { graphql } from '../../gql';
import type { EngagementAccountForCohortFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { changeColor, formatChange, formatCount } from './analytics-format';
import { engagementCsv, type EngagementCsvRow } from './analytics-csv';
import { AnalyticsUserErrors } from './analytics-user-errors';
import { DEFAULT_ENGAGEMENT_DAYS, engagementDays, MAX_ENGAGEMENT_DAYS, type EngagementSearch } from './engagement-search';
import { localDay, UTC } from './zoned-time';

export const EngagementAccountForCohort = graphql(`
  fragment EngagementAccountForCohort on EngagementAccount {
    account {
      id
      orgName
    }
    signedUpAt
    firstHalf
    secondHalf
    growthPercent
  }
`);

const EngagementReportQuery = graphql(`
  query EngagementReport($days: Int!, $plan: ID) {
    engagementReport(signedUpWithinDays: $days, plan: $plan) {
      report {
        since
        middle
        until
        signups
        neverUsed {
          ...EngagementAccountForCohort
        }
        stopped {
          ...EngagementAccountForCohort
        }
        active {
          ...EngagementAccountForCohort
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/*
 * The plans the report can be narrowed to: account plans, and each product's application plans. The
 * API counts what a query may return (1,000 at most): 100 account plans and 20 products of 30 plans fit.
 */
const EngagementPlansQuery = graphql(`
  query EngagementPlans {
    accountPlans(first: 100) {
      nodes {
        id
        name
      }
    }
    services(first: 20, orderBy: { field: NAME, direction: ASC }) {
      nodes {
        id
        name
        applicationPlans(first: 30) {
          nodes {
            id
            name
          }
        }
      }
    }
  }
`);

/** The most the API reports of one window (`EngagementReport.signups`). */
const MOST_REPORTED = 5000;

type Cohort = 'neverUsed' | 'stopped' | 'active';
const cohortCsvNames: Record<Cohort, string> = { neverUsed: 'never used', stopped: 'stopped', active: 'active' };

interface EngagementPageProps {
  search: EngagementSearch;
  onSearchChange: (next: EngagementSearch) => void;
}

/**
 * The engagement report (003 ch.32): of the developer accounts that signed up in the last N days, those
 * that never called the API, those that stopped (calls in the first half of the window only), and those
 * active in the second half with their growth; each account links to its page; CSV download.
 */
export function EngagementPage({ search, onSearchChange }: EngagementPageProps) {
  const days = search.days ?? DEFAULT_ENGAGEMENT_DAYS;
  const { data, loading, error } = useQuery(EngagementReportQuery, { variables: { days, plan: search.plan ?? null } });
  const plans = useQuery(EngagementPlansQuery);
  const planGroups = plans.data
    ? [
        { group: 'Account plans', items: plans.data.accountPlans.nodes.map((plan) => ({ value: plan.id, label: plan.name })) },
        ...plans.data.services.nodes.map((product) => ({
          group: `${product.name}: application plans`,
          items: product.applicationPlans.nodes.map((plan) => ({ value: plan.id, label: `${product.name} · ${plan.name}` })),
        })),
      ].filter((group) => group.items.length > 0)
    : [];
  const payload = data?.engagementReport;
  const report = payload?.report;

  const downloadCsv = () => {
    if (!report) return;
    const rows: EngagementCsvRow[] = (['neverUsed', 'stopped', 'active'] as const).flatMap((cohort) =>
      report[cohort].map((entry) => ({
        cohort: cohortCsvNames[cohort],
        accountId: entry.account?.id ?? null,
        orgName: entry.account?.orgName ?? null,
        signedUpAt: entry.signedUpAt,
        firstHalf: entry.firstHalf,
        secondHalf: entry.secondHalf,
        growthPercent: entry.growthPercent ?? null,
      })),
    );
    downloadFile(`engagement-${days}-days-${localDay(report.until, UTC)}.csv`, engagementCsv(rows));
  };

  return (
    <Stack>
      <Group gap="xs">
        <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/analytics" />}>
          Usage analytics
        </Anchor>
        <Text size="sm" c="dimmed">
          /
        </Text>
      </Group>
      <Title order={2}>Engagement report</Title>
      <Text c="dimmed" size="sm" maw={820}>
        Of the developer accounts that signed up recently: which never called your API, which stopped (calls in the first half of the window only), and which are active in its
        second half, with their growth.
      </Text>
      <Paper withBorder p="md" component="section" aria-label="Which accounts">
        <Group align="flex-end">
          <NumberInput
            label="Signed up in the last"
            rightSection={
              <Text size="sm" c="dimmed" pr="xs">
                days
              </Text>
            }
            rightSectionWidth={48}
            value={days}
            onChange={(value) => {
              const next = engagementDays(value);
              if (next) onSearchChange({ ...search, days: next === DEFAULT_ENGAGEMENT_DAYS ? undefined : next });
            }}
            min={1}
            max={MAX_ENGAGEMENT_DAYS}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="strict"
            w={200}
          />
          <Select
            label="Plan"
            placeholder="Every plan"
            data={planGroups}
            value={search.plan ?? null}
            onChange={(value) => onSearchChange({ ...search, plan: value ?? undefined })}
            clearable
            searchable
            w={300}
          />
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={downloadCsv} disabled={!report || report.signups === 0}>
            Download CSV
          </Button>
        </Group>
      </Paper>

      {!payload ? (
        error ? (
          <Alert color="red" title="Could not load the report" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : (
          <Center p="xl">{loading && <Loader aria-label="Loading the engagement report" />}</Center>
        )
      ) : !report ? (
        <AnalyticsUserErrors errors={payload.userErrors} title="The report cannot be made" />
      ) : (
        <>
          <Text size="sm" data-testid="engagement-summary">
            {`${formatCount(report.signups)} ${report.signups === 1 ? 'account' : 'accounts'} signed up from ${formatDate(report.since)} to ${formatDate(report.until)}; the second half of the window starts ${formatDate(report.middle)}.`}
            {report.signups >= MOST_REPORTED && ` The report lists at most ${formatCount(MOST_REPORTED)} of them.`}
          </Text>
          <CohortTable
            title="Never used"
            description="No call to the API since they signed up."
            entries={report.neverUsed}
          />
          <CohortTable
            title="Stopped"
            description={`Called the API in the first half of the window only, not since ${formatDate(report.middle)}.`}
            entries={report.stopped}
          />
          <CohortTable
            title="Active"
            description="Called the API in the second half of the window, the fastest growing first; “new” ones had no call in the first half."
            entries={report.active}
            withGrowth
          />
        </>
      )}
    </Stack>
  );
}

interface CohortTableProps {
  title: string;
  description: string;
  entries: readonly EngagementAccountForCohortFragment[];
  withGrowth?: boolean;
}

function CohortTable({ title, description, entries, withGrowth = false }: CohortTableProps) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="xs">
        <Group gap="xs">
          <Title order={3} size="h4">
            {title}
          </Title>
          <Badge variant="light" color="gray" aria-label={`${entries.length} ${entries.length === 1 ? 'account' : 'accounts'}`}>
            {entries.length}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {description}
        </Text>
        {entries.length === 0 ? (
          <Text size="sm" c="dimmed" fs="italic">
            No account.
          </Text>
        ) : (
          <Table striped aria-label={`${title} accounts`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Account</Table.Th>
                <Table.Th scope="col">Signed up</Table.Th>
                <Table.Th scope="col" ta="right">
                  Calls, first half
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Calls, second half
                </Table.Th>
                {withGrowth && (
                  <Table.Th scope="col" ta="right">
                    Growth
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry, index) => (
                <Table.Tr key={entry.account?.id ?? `deleted-${index}`}>
                  <Table.Td>
                    {entry.account ? (
                      <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/accounts/$accountId" params={{ accountId: entry.account!.id }} />}>
                        {entry.account.orgName}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed">
                        Deleted account
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(entry.signedUpAt)}</Table.Td>
                  <Table.Td ta="right">{formatCount(entry.firstHalf)}</Table.Td>
                  <Table.Td ta="right">{formatCount(entry.secondHalf)}</Table.Td>
                  {withGrowth && (
                    <Table.Td ta="right">
                      {entry.growthPercent === null || entry.growthPercent === undefined ? (
                        <Badge variant="light" color="blue">
                          new
                        </Badge>
                      ) : (
                        <Text size="sm" c={changeColor(entry.growthPercent)} span>
                          {formatChange(entry.growthPercent)}
                        </Text>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
