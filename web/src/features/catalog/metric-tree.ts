import type { MetricKind } from '../../gql/graphql';

interface TreeMetric {
  kind: MetricKind;
  builtin: boolean;
}

/** hits, its methods under it (depth 1), then the other metrics: the tree porta shows. `metricOf` reads an item's metric. */
export function inTreeOrder<T>(items: readonly T[], metricOf: (item: T) => TreeMetric): { item: T; depth: number }[] {
  const at = (depth: number) => (item: T) => ({ item, depth });
  return [
    ...items.filter((i) => metricOf(i).builtin).map(at(0)),
    ...items.filter((i) => metricOf(i).kind === 'METHOD').map(at(1)),
    ...items.filter((i) => metricOf(i).kind === 'METRIC' && !metricOf(i).builtin).map(at(0)),
  ];
}
