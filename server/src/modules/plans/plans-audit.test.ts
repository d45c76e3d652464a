import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessToken, createMember, createTenant } from "../../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../../test/harness.js";
import { bootstrap } from "../../bootstrap.js";
import { createLogger } from "../../config/logger.js";
import { app as composition } from "../registry.js";
import { registerPlanUsers } from "./plan.service.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

// Until the accounts and applications modules count theirs: a plan named "Busy…" has users.
registerPlanUsers({ count: async (_tx, plan) => (plan.name.startsWith("Busy") ? { count: 3, what: "applications" } : { count: 0, what: "applications" }) });

const ERRORS = `userErrors { field code message }`;
const CREATE_APP_PLAN = `mutation($input: CreateApplicationPlanInput!) { createApplicationPlan(input: $input) { plan { id } ${ERRORS} } }`;
const CREATE_SERVICE_PLAN = `mutation($input: CreateServicePlanInput!) { createServicePlan(input: $input) { plan { id } ${ERRORS} } }`;
const CREATE_ACCOUNT_PLAN = `mutation($input: CreateAccountPlanInput!) { createAccountPlan(input: $input) { plan { id } ${ERRORS} } }`;
const UPDATE_PLAN = `mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { plan { id } ${ERRORS} } }`;
const COPY_PLAN = `mutation($input: CopyPlanInput!) { copyPlan(input: $input) { plan { id name } ${ERRORS} } }`;
const PUBLISH = `mutation($input: PlanIdInput!) { publishPlan(input: $input) { plan { state } ${ERRORS} } }`;
const HIDE = `mutation($input: PlanIdInput!) { hidePlan(input: $input) { plan { state } ${ERRORS} } }`;
const SET_DEFAULT = `mutation($input: PlanIdInput!) { setDefaultPlan(input: $input) { plan { isDefault } ${ERRORS} } }`;
const DELETE_PLAN = `mutation($input: PlanIdInput!) { deletePlan(input: $input) { deletedPlanId ${ERRORS} } }`;
const SET_LIMIT = `mutation($input: SetUsageLimitInput!) { setUsageLimit(input: $input) { usageLimit { id } ${ERRORS} } }`;
const DELETE_LIMIT = `mutation($input: DeleteUsageLimitInput!) { deleteUsageLimit(input: $input) { deletedUsageLimitId ${ERRORS} } }`;
const CREATE_RULE = `mutation($input: CreatePricingRuleInput!) { createPricingRule(input: $input) { pricingRule { id } ${ERRORS} } }`;
const UPDATE_RULE = `mutation($input: UpdatePricingRuleInput!) { updatePricingRule(input: $input) { pricingRule { id } ${ERRORS} } }`;
const DELETE_RULE = `mutation($input: DeletePricingRuleInput!) { deletePricingRule(input: $input) { deletedPricingRuleId ${ERRORS} } }`;
const TIER_MODE = `mutation($input: SetTierModeInput!) { setTierMode(input: $input) { plan { id } ${ERRORS} } }`;
const CREATE_FEATURE = `mutation($input: CreateFeatureInput!) { createFeature(input: $input) { feature { id } ${ERRORS} } }`;
const UPDATE_FEATURE = `mutation($input: UpdateFeatureInput!) { updateFeature(input: $input) { feature { id } ${ERRORS} } }`;
const DELETE_FEATURE = `mutation($input: DeleteFeatureInput!) { deleteFeature(input: $input) { deletedFeatureId ${ERRORS} } }`;
const ENABLE_FEATURE = `mutation($input: PlanFeatureInput!) { enableFeature(input: $input) { plan { id } ${ERRORS} } }`;
const DISABLE_FEATURE = `mutation($input: PlanFeatureInput!) { disableFeature(input: $input) { plan { id } ${ERRORS} } }`;
const AUDIT = `query($filter: AuditEntryFilter) { auditLog(first: 50, filter: $filter) {
  nodes { id event actorKind actorName targetType targetId targetName summary changes { field from to } } } }`;

interface Entry {
  id?: string;
  event: string;
  actorKind: string;
  actorName: string;
  targetType: string | null;
  targetId: string | null;
  targetName: string | null;
  summary: string;
  changes: { field: string; from: string | null; to: string | null }[];
}

/** The audit log (newest first), as `client` sees it, without the entries' own IDs. */
async function auditLog(client: TestClient, filter: Record<string, unknown> = {}): Promise<Entry[]> {
  const data = await client.ok(AUDIT, { filter });
  return (data.auditLog.nodes as Entry[]).map(({ id: _id, ...entry }) => entry);
}

/** Follows the audit log: `since()` is what was recorded since the previous call, oldest first. */
function follow(client: TestClient) {
  const seen = new Set<string>();
  return {
    async since(): Promise<Entry[]> {
      const nodes = (await client.ok(AUDIT, { filter: {} })).auditLog.nodes as Entry[];
      const fresh = nodes.filter((n) => !seen.has(n.id!));
      for (const n of fresh) seen.add(n.id!);
      return fresh.reverse().map(({ id: _id, ...entry }) => entry);
    },
  };
}

async function setup() {
  const tenant = await createTenant(server);
  const admin = await tenant.login();
  const created = await admin.ok(`mutation { createService(input: { name: "Weather" }) { service { id metrics { id } applicationPlans { nodes { id systemName } } } } }`);
  const service = created.createService.service;
  const method = await admin.ok(`mutation($input: CreateMethodInput!) { createMethod(input: $input) { metric { id } } }`, {
    input: { serviceId: service.id, friendlyName: "Forecast" },
  });
  const basic = service.applicationPlans.nodes.find((p: { systemName: string }) => p.systemName === "basic").id as string;
  return { tenant, admin, service, basic, hits: service.metrics[0].id as string, forecast: method.createMethod.metric.id as string };
}

describe("the plans' audit trail", () => {
  it("records one entry per successful plan mutation, with its actor, target, summary and changed fields; refusals and no-ops none", async () => {
    const { tenant, admin, service, hits, forecast } = await setup();
    const log = follow(admin);
    await log.since();
    const by = { actorKind: "USER", actorName: tenant.admin.email };
    const plan = (id: string, name: string) => ({ targetType: "Plan", targetId: id, targetName: name });
    /** Runs a mutation and returns what the audit log recorded for it. */
    const run = async (query: string, input: object) => {
      const data = await admin.ok(query, { input });
      return { data: Object.values(data)[0] as Record<string, any>, entries: await log.since() };
    };

    // Creation.
    const created = await run(CREATE_APP_PLAN, { serviceId: service.id, name: "Gold", costPerMonth: "10" });
    const gold = created.data.plan.id as string;
    expect(created.entries).toEqual([{ event: "plan.created", ...by, ...plan(gold, "Gold"), summary: `Created the application plan "Gold" of Weather.`, changes: [] }]);
    const taken = await run(CREATE_APP_PLAN, { serviceId: service.id, name: "Other", systemName: "gold" });
    expect(taken.data.userErrors.map((e: { code: string }) => e.code)).toEqual(["TAKEN"]);
    expect(taken.entries).toEqual([]);

    // Updates list only the fields that changed; an update that changes nothing, or is refused, leaves no entry.
    const updated = await run(UPDATE_PLAN, { id: gold, name: "Gold 2", costPerMonth: "10.00", description: "Shiny.", trialPeriodDays: 0 });
    expect(updated.entries).toEqual([
      {
        event: "plan.updated",
        ...by,
        ...plan(gold, "Gold 2"),
        summary: `Changed the application plan "Gold 2" of Weather.`,
        changes: [
          { field: "name", from: "Gold", to: "Gold 2" },
          { field: "description", from: null, to: "Shiny." },
        ],
      },
    ]);
    expect((await run(UPDATE_PLAN, { id: gold, name: "Gold 2", costPerMonth: "10", approvalRequired: false })).entries).toEqual([]);
    expect((await run(UPDATE_PLAN, { id: gold })).entries).toEqual([]);
    const refused = await run(UPDATE_PLAN, { id: gold, name: " ", setupFee: "5" });
    expect(refused.data.userErrors.map((e: { code: string }) => e.code)).toEqual(["BLANK"]);
    expect(refused.entries).toEqual([]);
    const fees = await run(UPDATE_PLAN, { id: gold, setupFee: "5", trialPeriodDays: 30, approvalRequired: true });
    expect(fees.entries.map((e) => e.changes)).toEqual([
      [
        { field: "setupFee", from: "0.00", to: "5.00" },
        { field: "trialPeriodDays", from: null, to: "30" },
        { field: "approvalRequired", from: "false", to: "true" },
      ],
    ]);

    // State and default: only when they change.
    expect((await run(PUBLISH, { id: gold })).entries).toEqual([{ event: "plan.published", ...by, ...plan(gold, "Gold 2"), summary: `Published the application plan "Gold 2" of Weather.`, changes: [] }]);
    expect((await run(PUBLISH, { id: gold })).entries).toEqual([]);
    expect((await run(HIDE, { id: gold })).entries).toEqual([{ event: "plan.hidden", ...by, ...plan(gold, "Gold 2"), summary: `Hid the application plan "Gold 2" of Weather.`, changes: [] }]);
    expect((await run(HIDE, { id: gold })).entries).toEqual([]);
    expect((await run(SET_DEFAULT, { id: gold })).entries).toEqual([
      { event: "plan.made_default", ...by, ...plan(gold, "Gold 2"), summary: `Made the application plan "Gold 2" of Weather the default, instead of "Basic".`, changes: [] },
    ]);
    expect((await run(SET_DEFAULT, { id: gold })).entries).toEqual([]);

    // A copy is one event about the copy, naming its source.
    const copied = await run(COPY_PLAN, { id: gold });
    const copy = copied.data.plan.id as string;
    expect(copied.entries).toEqual([
      { event: "plan.copied", ...by, ...plan(copy, "Gold 2 (copy)"), summary: `Copied the application plan "Gold 2" of Weather as "Gold 2 (copy)".`, changes: [] },
    ]);

    // Usage limits: set, replaced (with the value's change), unchanged, refused, deleted.
    const set = await run(SET_LIMIT, { planId: copy, metricId: hits, period: "DAY", value: "1000" });
    const limit = set.data.usageLimit.id as string;
    const onCopy = `the application plan "Gold 2 (copy)"`;
    expect(set.entries).toEqual([
      { event: "usage_limit.set", ...by, targetType: "UsageLimit", targetId: limit, targetName: "Hits 1000 per day", summary: `Limited Hits to 1000 per day on ${onCopy}.`, changes: [] },
    ]);
    expect((await run(SET_LIMIT, { planId: copy, metricId: hits, period: "DAY", value: "1000" })).entries).toEqual([]);
    expect((await run(SET_LIMIT, { planId: copy, metricId: hits, period: "DAY", value: "2000" })).entries).toEqual([
      {
        event: "usage_limit.set",
        ...by,
        targetType: "UsageLimit",
        targetId: limit,
        targetName: "Hits 2000 per day",
        summary: `Limited Hits to 2000 per day on ${onCopy}.`,
        changes: [{ field: "value", from: "1000", to: "2000" }],
      },
    ]);
    expect((await run(SET_LIMIT, { planId: copy, metricId: hits, period: "DAY", value: "-1" })).entries).toEqual([]);
    expect((await run(DELETE_LIMIT, { id: limit })).entries).toEqual([
      { event: "usage_limit.deleted", ...by, targetType: "UsageLimit", targetId: limit, targetName: "Hits 2000 per day", summary: `Removed the limit of 2000 per day on Hits from ${onCopy}.`, changes: [] },
    ]);
    expect((await run(DELETE_LIMIT, { id: limit })).entries).toEqual([]);

    // Pricing rules and the tier mode.
    const ruleCreated = await run(CREATE_RULE, { planId: copy, metricId: forecast, from: "1", to: "1000", costPerUnit: "0.001" });
    const rule = ruleCreated.data.pricingRule.id as string;
    const ruleTarget = (name: string) => ({ targetType: "PricingRule", targetId: rule, targetName: name });
    expect(ruleCreated.entries).toEqual([
      { event: "pricing_rule.created", ...by, ...ruleTarget("Forecast 1–1000 @ 0.0010"), summary: `Added the pricing rule Forecast 1–1000 @ 0.0010 to ${onCopy}.`, changes: [] },
    ]);
    const overlap = await run(CREATE_RULE, { planId: copy, metricId: forecast, from: "500", costPerUnit: "1" });
    expect(overlap.data.userErrors.map((e: { code: string }) => e.code)).toEqual(["OVERLAPPING_RANGE"]);
    expect(overlap.entries).toEqual([]);
    expect((await run(UPDATE_RULE, { id: rule, costPerUnit: "0.002" })).entries).toEqual([
      {
        event: "pricing_rule.updated",
        ...by,
        ...ruleTarget("Forecast 1–1000 @ 0.0020"),
        summary: `Changed the pricing rule Forecast 1–1000 @ 0.0020 of ${onCopy}.`,
        changes: [{ field: "costPerUnit", from: "0.0010", to: "0.0020" }],
      },
    ]);
    expect((await run(UPDATE_RULE, { id: rule, costPerUnit: "0.0020", from: "1" })).entries).toEqual([]);
    expect((await run(UPDATE_RULE, { id: rule, unbounded: true })).entries.map((e) => [e.targetName, e.changes])).toEqual([
      ["Forecast 1–∞ @ 0.0020", [{ field: "to", from: "1000", to: null }]],
    ]);
    expect((await run(TIER_MODE, { planId: copy, metricId: forecast, tierMode: "GRADUATED" })).entries).toEqual([]);
    expect((await run(TIER_MODE, { planId: copy, metricId: forecast, tierMode: "VOLUME" })).entries).toEqual([
      {
        event: "plan.tier_mode_set",
        ...by,
        ...plan(copy, "Gold 2 (copy)"),
        summary: `Set the tier mode of Forecast to volume on ${onCopy}.`,
        changes: [{ field: "tierMode", from: "GRADUATED", to: "VOLUME" }],
      },
    ]);
    expect((await run(TIER_MODE, { planId: copy, metricId: forecast, tierMode: "VOLUME" })).entries).toEqual([]);
    expect((await run(DELETE_RULE, { id: rule })).entries).toEqual([
      { event: "pricing_rule.deleted", ...by, ...ruleTarget("Forecast 1–∞ @ 0.0020"), summary: `Deleted the pricing rule Forecast 1–∞ @ 0.0020 of ${onCopy}.`, changes: [] },
    ]);

    // Features: created, included and left out (only when that changes), renamed, deleted.
    const featureCreated = await run(CREATE_FEATURE, { scope: "APPLICATION", serviceId: service.id, name: "SLA" });
    const sla = featureCreated.data.feature.id as string;
    const feature = (name: string) => ({ targetType: "Feature", targetId: sla, targetName: name });
    expect(featureCreated.entries).toEqual([{ event: "feature.created", ...by, ...feature("SLA"), summary: `Created the feature "SLA" for application plans of Weather.`, changes: [] }]);
    expect((await run(ENABLE_FEATURE, { planId: copy, featureId: sla })).entries).toEqual([
      { event: "feature.enabled", ...by, ...feature("SLA"), summary: `Enabled the feature "SLA" on the application plan "Gold 2 (copy)" of Weather.`, changes: [] },
    ]);
    expect((await run(ENABLE_FEATURE, { planId: copy, featureId: sla })).entries).toEqual([]);
    expect((await run(UPDATE_FEATURE, { id: sla, name: "99.9% SLA", description: "" })).entries).toEqual([
      { event: "feature.updated", ...by, ...feature("99.9% SLA"), summary: `Changed the feature "99.9% SLA" for application plans of Weather.`, changes: [{ field: "name", from: "SLA", to: "99.9% SLA" }] },
    ]);
    expect((await run(UPDATE_FEATURE, { id: sla, name: " 99.9% SLA " })).entries).toEqual([]);
    expect((await run(DISABLE_FEATURE, { planId: copy, featureId: sla })).entries).toEqual([
      { event: "feature.disabled", ...by, ...feature("99.9% SLA"), summary: `Disabled the feature "99.9% SLA" on the application plan "Gold 2 (copy)" of Weather.`, changes: [] },
    ]);
    expect((await run(DISABLE_FEATURE, { planId: copy, featureId: sla })).entries).toEqual([]);
    expect((await run(DELETE_FEATURE, { id: sla })).entries).toEqual([
      { event: "feature.deleted", ...by, ...feature("99.9% SLA"), summary: `Deleted the feature "99.9% SLA" for application plans of Weather.`, changes: [] },
    ]);
    const invoicing = await run(CREATE_FEATURE, { scope: "ACCOUNT", name: "Invoicing" });
    expect(invoicing.entries.map((e) => e.summary)).toEqual([`Created the feature "Invoicing" for account plans.`]);

    // The other kinds of plan.
    const enterprise = await run(CREATE_ACCOUNT_PLAN, { name: "Enterprise" });
    expect(enterprise.entries).toEqual([
      { event: "plan.created", ...by, ...plan(enterprise.data.plan.id, "Enterprise"), summary: `Created the account plan "Enterprise".`, changes: [] },
    ]);
    const premium = await run(CREATE_SERVICE_PLAN, { serviceId: service.id, name: "Premium" });
    expect(premium.entries).toEqual([
      { event: "plan.created", ...by, ...plan(premium.data.plan.id, "Premium"), summary: `Created the service plan "Premium" of Weather.`, changes: [] },
    ]);

    // Deletion: refused for the default and a plan in use; the deleted plan keeps its name and global ID.
    const busy = (await run(CREATE_APP_PLAN, { serviceId: service.id, name: "Busy" })).data.plan.id as string;
    expect((await run(DELETE_PLAN, { id: busy })).entries).toEqual([]);
    const refusedDefault = await run(DELETE_PLAN, { id: gold });
    expect(refusedDefault.data.userErrors.map((e: { code: string }) => e.code)).toEqual(["DEFAULT_PLAN"]);
    expect(refusedDefault.entries).toEqual([]);
    expect((await run(DELETE_PLAN, { id: copy })).entries).toEqual([
      { event: "plan.deleted", ...by, ...plan(copy, "Gold 2 (copy)"), summary: `Deleted the application plan "Gold 2 (copy)" of Weather.`, changes: [] },
    ]);
    expect((await admin.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: copy })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    // Its history is still found by its ID, newest first.
    expect((await auditLog(admin, { targetId: copy })).map((e) => e.event)).toEqual(["plan.deleted", "plan.tier_mode_set", "plan.copied"]);
    expect((await auditLog(admin, { event: "usage_limit" })).map((e) => e.event)).toEqual(["usage_limit.deleted", "usage_limit.set", "usage_limit.set"]);
    expect((await auditLog(admin, { event: "plan.updated" })).map((e) => e.targetName)).toEqual(["Gold 2", "Gold 2"]);
  });

  it("records the plans a new tenant and a new service get, the system's and the user's", async () => {
    const { tenant, admin } = await setup();
    const created = await auditLog(admin, { event: "plan.created" });
    // The tenant's own setup acts as the system; the service the admin created, as the admin.
    expect(created).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actorKind: "SYSTEM", targetType: "Plan", targetName: "Default", summary: `Created the account plan "Default" (published, the default).` }),
        expect.objectContaining({ actorKind: "USER", actorName: tenant.admin.email, summary: `Created the application plan "Basic" of Weather (published, the default).` }),
        expect.objectContaining({ actorKind: "USER", actorName: tenant.admin.email, summary: `Created the application plan "Unlimited" of Weather (published).` }),
        expect.objectContaining({ actorKind: "USER", actorName: tenant.admin.email, summary: `Created the service plan "Default" of Weather (published, the default).` }),
      ]),
    );
  });

  it("names an access token as the actor; members cannot read the log; other tenants see none of it", async () => {
    const { tenant, admin, service } = await setup();
    const { token } = await createAccessToken(admin, { name: "CI" });
    const integration = server.client().withToken(token);
    const res = await integration.ok(CREATE_APP_PLAN, { input: { serviceId: service.id, name: "From CI" } });
    const entries = await auditLog(admin, { targetId: res.createApplicationPlan.plan.id });
    expect(entries).toEqual([expect.objectContaining({ event: "plan.created", actorKind: "TOKEN", actorName: `${tenant.admin.email} (access token)` })]);
    const member = await createMember(server, tenant.tenant);
    expect((await member.gql(AUDIT, { filter: {} })).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    const stranger = await (await createTenant(server)).login();
    expect(await auditLog(stranger, { targetId: res.createApplicationPlan.plan.id })).toEqual([]);
  });

  it("the demo seed's plans are recorded as the system's", async () => {
    const result = await bootstrap(composition, server.config, createLogger(server.config), server.database, { demo: true });
    const login = result.logins.find((l) => l.tenant && l.role === "ADMIN")!;
    const acme = server.client();
    await acme.login({ tenant: login.tenant!, email: login.email, password: login.password });
    const seeded = await auditLog(acme, { search: "demo-seed" });
    expect(seeded.every((e) => e.actorKind === "SYSTEM" && e.actorName === "demo-seed")).toBe(true);
    expect(seeded.map((e) => e.summary)).toEqual(
      expect.arrayContaining([
        `Created the application plan "Bronze" of Email API (published).`,
        `Made the application plan "Bronze" of Email API the default, instead of "Basic".`,
        `Deleted the application plan "Basic" of Email API.`,
        `Limited Hits to 1000 per day on the application plan "Basic".`,
        `Added the pricing rule Echo 1–1000 @ 0.0000 to the application plan "Pay as you go".`,
        `Enabled the feature "Email support" on the application plan "Pay as you go" of Echo API.`,
      ]),
    );
    // Seeding again changes nothing, and records nothing.
    await bootstrap(composition, server.config, createLogger(server.config), server.database, { demo: true });
    expect(await auditLog(acme, { search: "demo-seed" })).toHaveLength(seeded.length);
  });
});
