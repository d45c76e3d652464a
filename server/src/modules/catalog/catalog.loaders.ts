import DataLoader from "dataloader";
import type { Executor } from "../../db/client.js";
import { groupLoader, rowById, rowLoader } from "../../graphql/loader.js";
import { type MappingRuleRow, type MetricRow, services } from "./catalog.tables.js";
import { Service } from "./service.type.js";
import { mappingRulesByIds, mappingRulesOfServices } from "./mapping-rule.service.js";
import { mappedMetricIds, metricCountsOfServices, metricsByIds, metricsOfServices } from "./metric.service.js";

/** A product by id; listings fetch it ahead with their rows (an application's product). */
const serviceById = rowById(services, "service", Service);

export function createCatalogLoaders(tx: Executor) {
  return {
    serviceById: serviceById(tx),
    metricById: rowLoader((ids) => metricsByIds(tx, ids)),
    mappingRuleById: rowLoader((ids) => mappingRulesByIds(tx, ids)),
    metricsOfService: groupLoader<MetricRow>((ids) => metricsOfServices(tx, ids), (m) => m.serviceId),
    mappingRulesOfService: groupLoader<MappingRuleRow>((ids) => mappingRulesOfServices(tx, ids), (r) => r.serviceId),
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
