import DataLoader from "dataloader";
import type { Executor } from "../../db/client.js";
import { rowLoader } from "../../graphql/loader.js";
import type { MappingRuleRow, MetricRow } from "./catalog.tables.js";
import { mappingRulesByIds, mappingRulesOfServices } from "./mapping-rule.service.js";
import { mappedMetricIds, metricCountsOfServices, metricsByIds, metricsOfServices } from "./metric.service.js";
import { servicesByIds } from "./service.service.js";

/** Rows of many parents in one statement, handed out per parent key. */
function groupedLoader<Row>(fetch: (keys: readonly string[]) => Promise<Row[]>, keyOf: (row: Row) => string) {
  return new DataLoader<string, Row[]>(async (keys) => {
    const groups = new Map<string, Row[]>(keys.map((k) => [k, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((k) => groups.get(k)!);
  });
}

export function createCatalogLoaders(tx: Executor) {
  return {
    serviceById: rowLoader((ids) => servicesByIds(tx, ids)),
    metricById: rowLoader((ids) => metricsByIds(tx, ids)),
    mappingRuleById: rowLoader((ids) => mappingRulesByIds(tx, ids)),
    metricsOfService: groupedLoader<MetricRow>((ids) => metricsOfServices(tx, ids), (m) => m.serviceId),
    mappingRulesOfService: groupedLoader<MappingRuleRow>((ids) => mappingRulesOfServices(tx, ids), (r) => r.serviceId),
    metricCounts: new DataLoader<string, { metrics: number; methods: number }>(async (ids) => {
      const rows = new Map((await metricCountsOfServices(tx, ids)).map((r) => [r.serviceId, r]));
      return ids.map((id) => rows.get(id) ?? { metrics: 0, methods: 0 });
    }),
    metricIsMapped: new DataLoader<string, boolean>(async (ids) => {
      const mapped = await mappedMetricIds(tx, ids);
      return ids.map((id) => mapped.has(id));
    }),
  };
}

declare module "../../graphql/context.js" {
  interface Loaders {
    catalog: ReturnType<typeof createCatalogLoaders>;
  }
}
