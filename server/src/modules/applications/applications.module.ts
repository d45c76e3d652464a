import { withTenantScope } from "../../db/tenancy.js";
import { defineModule } from "../../kit/module.js";
import { AccountApplicationsResolver, ApplicationResolver, PlanApplicationResolver, PlanChangeRequestResolver, ServiceSubscriptionResolver, SignupResolver } from "./application.resolver.js";
import { createApplicationsLoaders } from "./applications.loaders.js";
import { bulkApplicationOperationJob, bulkSubscriptionOperationJob } from "./applications.jobs.js";
import { seedDemoApplications } from "./applications.seed.js";
import { ApplicationExportResolver, applicationExport, subscriptionExport } from "./application.export.js";

/** Developer accounts' subscriptions to products, their applications and the applications' credentials. */
export const applicationsModule = defineModule({
  name: "applications",
  resolvers: [ApplicationResolver, ServiceSubscriptionResolver, AccountApplicationsResolver, SignupResolver, PlanChangeRequestResolver, PlanApplicationResolver, ApplicationExportResolver],
  loaders: { applications: createApplicationsLoaders },
  nodes: {
    Application: (ctx, id) => ctx.loaders.applications.applicationById.load(id),
    ApplicationKey: (ctx, id) => ctx.loaders.applications.applicationKeyById.load(id),
    ServiceSubscription: (ctx, id) => ctx.loaders.applications.subscriptionById.load(id),
    PlanChangeRequest: (ctx, id) => ctx.loaders.applications.planChangeRequestById.load(id),
  },
  typeAccess: {
    Application: { scope: "ACCOUNT_MANAGEMENT" },
    ApplicationKey: { scope: "ACCOUNT_MANAGEMENT" },
    ServiceSubscription: { scope: "ACCOUNT_MANAGEMENT" },
    PlanChangeRequest: { scope: "ACCOUNT_MANAGEMENT" },
  },
  jobs: [bulkApplicationOperationJob, bulkSubscriptionOperationJob, applicationExport.job, subscriptionExport.job],
  async seedDemo(seed) {
    const acme = seed.acmeTenantId;
    if (!acme) return;
    await withTenantScope(seed.tx, { tenantId: acme, master: false }, seed.scope, () => seedDemoApplications(seed.tx, acme));
  },
});
