import type { Executor } from "../db/client.js";
import { createTenantLoaders } from "./tenants/tenant.loaders.js";
import { tenantsModule } from "./tenants/tenants.module.js";
import { createTeamLoaders } from "./team/team.loaders.js";
import { teamModule } from "./team/team.module.js";
import type { GatehouseModule } from "./module.js";

/** Every domain module, in seed order. Adding a module means adding it here (and its loaders below). */
export const modules: GatehouseModule[] = [tenantsModule, teamModule];

/** Per-request DataLoaders of every module, created in the request context. */
export function createLoaders(tx: Executor) {
  return {
    tenants: createTenantLoaders(tx),
    team: createTeamLoaders(tx),
  };
}
export type Loaders = ReturnType<typeof createLoaders>;
