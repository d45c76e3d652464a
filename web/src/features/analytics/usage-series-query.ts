import { graphql } from '../../gql';

/** What a usage chart, its table, its totals and its CSV need of a series. */
export const UsageSeriesForChart = graphql(`
  fragment UsageSeriesForChart on UsageSeries {
    metric {
      id
      friendlyName
      systemName
      unit
    }
    since
    until
    timeZone
    granularity
    points {
      start
      value
    }
    total
    previousTotal
    changePercent
  }
`);

/** A metric's usage per bucket for a product, an application or an account, with the previous period's total. */
export const UsageSeriesQuery = graphql(`
  query UsageSeries($target: UsageTargetInput!, $metric: ID!, $range: UsageRangeInput!, $granularity: UsageGranularity, $timeZone: String) {
    usageSeries(target: $target, metric: $metric, range: $range, granularity: $granularity, timeZone: $timeZone) {
      series {
        ...UsageSeriesForChart
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
