import { and, count, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { accounts } from "../accounts/accounts.tables.js";
import { services } from "../catalog/catalog.tables.js";
import { plans } from "../plans/plans.tables.js";
import { generateAppId, generateKey } from "./application.service.js";
import { type ApplicationState, applicationKeys, applications, serviceSubscriptions } from "./applications.tables.js";

const NAMES = ["Mobile app", "Web shop", "Data sync", "Partner portal", "Internal dashboard", "Checkout", "Newsletter", "Analytics job", "iOS client", "Android client"];

/**
 * The demo tenant's applications: two per demo account (about 400) across its products and their
 * application plans, each account subscribed on the product's default service plan; some pending, a few
 * suspended. Written directly, like the accounts (no 400 notifications). Runs once.
 */
export async function seedDemoApplications(tx: Executor, tenantId: string): Promise<void> {
  const [existing] = await tx.select({ n: count() }).from(applications).where(eq(applications.tenantId, tenantId));
  if ((existing?.n ?? 0) > 0) return;
  const accountRows = await tx.select({ id: accounts.id, state: accounts.state, createdAt: accounts.createdAt }).from(accounts).where(eq(accounts.tenantId, tenantId)).orderBy(accounts.createdAt);
  const serviceRows = await tx.select({ id: services.id }).from(services).where(eq(services.tenantId, tenantId)).orderBy(services.createdAt);
  if (!accountRows.length || !serviceRows.length) return;
  const planRows = await tx
    .select({ id: plans.id, serviceId: plans.serviceId, kind: plans.kind, isDefault: plans.isDefault, approvalRequired: plans.approvalRequired })
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), inArray(plans.kind, ["APPLICATION", "SERVICE"])));
  const appPlans = (serviceId: string) => planRows.filter((p) => p.kind === "APPLICATION" && p.serviceId === serviceId);
  const servicePlan = (serviceId: string) => planRows.find((p) => p.kind === "SERVICE" && p.serviceId === serviceId && p.isDefault);

  const subscriptions = new Map<string, { tenantId: string; accountId: string; serviceId: string; planId: string; state: "LIVE"; createdAt: Date }>();
  const apps: (typeof applications.$inferInsert)[] = [];
  accountRows.forEach((account, i) => {
    for (let j = 0; j < 2; j++) {
      const service = serviceRows[(i + j) % serviceRows.length]!;
      const choices = appPlans(service.id);
      const subscriptionPlan = servicePlan(service.id);
      if (!choices.length || !subscriptionPlan) continue;
      const plan = choices[(i * 3 + j) % choices.length]!;
      const key = `${account.id}:${service.id}`;
      if (!subscriptions.has(key)) {
        subscriptions.set(key, { tenantId, accountId: account.id, serviceId: service.id, planId: subscriptionPlan.id, state: "LIVE", createdAt: account.createdAt });
      }
      const state: ApplicationState = plan.approvalRequired || i % 13 === 5 ? "PENDING" : i % 17 === 3 ? "SUSPENDED" : "LIVE";
      const createdAt = new Date(account.createdAt.getTime() + (j + 1) * 3_600_000);
      apps.push({
        tenantId,
        accountId: account.id,
        serviceId: service.id,
        planId: plan.id,
        name: NAMES[(i + j * 3) % NAMES.length]!,
        state,
        userKey: generateKey(),
        appId: generateAppId(),
        clientSecret: generateKey(),
        createdAt,
        updatedAt: createdAt,
      });
    }
  });
  if (!apps.length) return;
  await tx.insert(serviceSubscriptions).values([...subscriptions.values()]).onConflictDoNothing();
  const inserted = await tx.insert(applications).values(apps).returning({ id: applications.id, createdAt: applications.createdAt });
  await tx.insert(applicationKeys).values(inserted.map((a) => ({ tenantId, applicationId: a.id, value: generateKey(), createdAt: a.createdAt })));
}
