import type { Executor } from "../../db/client.js";
import { rowLoader } from "../../graphql/loader.js";
import { serviceTokensByIds } from "./service-token.service.js";
import { usageAlertsByIds } from "./usage-alert.service.js";

export function createUsageLoaders(tx: Executor) {
  return {
    serviceTokenById: rowLoader((ids) => serviceTokensByIds(tx, ids)),
    usageAlertById: rowLoader((ids) => usageAlertsByIds(tx, ids)),
  };
}

declare module "../../graphql/context.js" {
  interface Loaders {
    usage: ReturnType<typeof createUsageLoaders>;
  }
}
