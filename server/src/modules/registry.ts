import type { Loaders } from "../graphql/context.js";
import { compose, type LoadersOf } from "../kit/module.js";
import { accountsModule } from "./accounts/accounts.module.js";
import { applicationsModule } from "./applications/applications.module.js";
import { catalogModule } from "./catalog/catalog.module.js";
import { eventsModule } from "./events/events.module.js";
import { notificationsModule } from "./notifications/notifications.module.js";
import { webhooksModule } from "./webhooks/webhooks.module.js";
import { plansModule } from "./plans/plans.module.js";
import { teamModule } from "./team/team.module.js";
import { tenantsModule } from "./tenants/tenants.module.js";
import { usageModule } from "./usage/usage.module.js";

/** Every domain module, in seed order. Adding a module is adding its line here. */
const modules = [tenantsModule, teamModule, eventsModule, notificationsModule, webhooksModule, catalogModule, plansModule, accountsModule, applicationsModule, usageModule] as const;

export const app = compose(modules);

// Compile-time check: the loaders the modules declare are exactly the `Loaders` they add to the
// context type (graphql/context.ts), so `ctx.loaders.<module>` is never undefined at run time.
type Declared = UnionToIntersection<LoadersOf<(typeof modules)[number]>>;
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const loadersMatch: Same<Declared, Loaders> = true;
void loadersMatch;
