import type { Executor } from "../../db/client.js";
import { rowLoader } from "../../graphql/loader.js";
import { tenantsByIds } from "./tenant.service.js";

export function createTenantLoaders(tx: Executor) {
  return {
    tenantById: rowLoader((ids) => tenantsByIds(tx, ids)),
  };
}

declare module "../../graphql/context.js" {
  interface Loaders {
    tenants: ReturnType<typeof createTenantLoaders>;
  }
}
