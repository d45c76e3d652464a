import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessToken, createMember, createTenant } from "../../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../../test/harness.js";
import { registerPlanUsers } from "./plan.service.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

// Until the accounts and applications modules count theirs: a plan named "Busy…" has users.
registerPlanUsers({ count: async (_tx, plan) => (plan.name.startsWith("Busy") ? { count: 3, what: "applications" } : { count: 0, what: "applications" }) });

const PLAN = `id kind name systemName description setupFee costPerMonth trialPeriodDays approvalRequired state isDefault`;
const ERRORS = `userErrors { field code message }`;
const CREATE_APP_PLAN = `mutation($input: CreateApplicationPlanInput!) { createApplicationPlan(input: $input) { plan { ${PLAN} } ${ERRORS} } }`;
const CREATE_SERVICE_PLAN = `mutation($input: CreateServicePlanInput!) { createServicePlan(input: $input) { plan { ${PLAN} } ${ERRORS} } }`;
const CREATE_ACCOUNT_PLAN = `mutation($input: CreateAccountPlanInput!) { createAccountPlan(input: $input) { plan { ${PLAN} } ${ERRORS} } }`;
const UPDATE_PLAN = `mutation($input: UpdatePlanInput!) { updatePlan(input: $input) { plan { ${PLAN} } ${ERRORS} } }`;
const COPY_PLAN = `mutation($input: CopyPlanInput!) { copyPlan(input: $input) { plan { ${PLAN} } ${ERRORS} } }`;
const PUBLISH = `mutation($input: PlanIdInput!) { publishPlan(input: $input) { plan { state } ${ERRORS} } }`;
const HIDE = `mutation($input: PlanIdInput!) { hidePlan(input: $input) { plan { state } ${ERRORS} } }`;
const SET_DEFAULT = `mutation($input: PlanIdInput!) { setDefaultPlan(input: $input) { plan { isDefault } ${ERRORS} } }`;
const DELETE_PLAN = `mutation($input: PlanIdInput!) { deletePlan(input: $input) { deletedPlanId ${ERRORS} } }`;
const SET_LIMIT = `mutation($input: SetUsageLimitInput!) { setUsageLimit(input: $input) { usageLimit { id period value metric { systemName } } ${ERRORS} } }`;
const DELETE_LIMIT = `mutation($input: DeleteUsageLimitInput!) { deleteUsageLimit(input: $input) { deletedUsageLimitId ${ERRORS} } }`;
const CREATE_RULE = `mutation($input: CreatePricingRuleInput!) { createPricingRule(input: $input) { pricingRule { id from to costPerUnit } ${ERRORS} } }`;
const UPDATE_RULE = `mutation($input: UpdatePricingRuleInput!) { updatePricingRule(input: $input) { pricingRule { id from to costPerUnit } ${ERRORS} } }`;
const DELETE_RULE = `mutation($input: DeletePricingRuleInput!) { deletePricingRule(input: $input) { deletedPricingRuleId ${ERRORS} } }`;
const TIER_MODE = `mutation($input: SetTierModeInput!) { setTierMode(input: $input) { plan { id } ${ERRORS} } }`;
const CREATE_FEATURE = `mutation($input: CreateFeatureInput!) { createFeature(input: $input) { feature { id scope name systemName } ${ERRORS} } }`;
const ENABLE_FEATURE = `mutation($input: PlanFeatureInput!) { enableFeature(input: $input) { plan { id } ${ERRORS} } }`;
const DISABLE_FEATURE = `mutation($input: PlanFeatureInput!) { disableFeature(input: $input) { plan { id } ${ERRORS} } }`;
const EDITOR = `query($id: ID!) { plan(id: $id) { ${PLAN} service { id name } features { enabled feature { systemName } }
  metrics { enabled tierMode metric { systemName } usageLimits { period value } pricingRules { from to costPerUnit } } } }`;
const PREVIEW = `query($planId: ID!, $usage: [MetricUsageInput!]!) { costPreview(planId: $planId, usage: $usage) { setupFee costPerMonth total variable { quantity cost metric { systemName } } } }`;

const codes = (errors: { code: string; field: string[] }[]) => errors.map((e) => `${e.code}:${e.field.slice(1).join(".")}`);

async function setup() {
  const tenant = await createTenant(server);
  const admin = await tenant.login();
  const created = await admin.ok(
    `mutation { createService(input: { name: "Weather" }) { service { id metrics { id systemName } applicationPlans { nodes { id systemName isDefault state } } servicePlans { nodes { systemName isDefault } } } } }`,
  );
  const service = created.createService.service;
  const method = await admin.ok(`mutation($input: CreateMethodInput!) { createMethod(input: $input) { metric { id } } }`, {
    input: { serviceId: service.id, friendlyName: "Forecast" },
  });
  return { tenant, admin, service, hits: service.metrics[0].id as string, forecast: method.createMethod.metric.id as string };
}

async function appPlan(admin: TestClient, serviceId: string, input: object = {}) {
  const res = await admin.ok(CREATE_APP_PLAN, { input: { serviceId, name: `Plan ${Math.random().toString(36).slice(2, 7)}`, ...input } });
  expect(res.createApplicationPlan.userErrors).toEqual([]);
  return res.createApplicationPlan.plan as { id: string; systemName: string };
}

describe("default plans", () => {
  it("a new service has Basic (the default) and Unlimited, and a default service plan; a new tenant a default account plan", async () => {
    const { admin, service } = await setup();
    // Created in one statement after another: the same millisecond is possible, so compared by name.
    const byName = (a: { systemName: string }, b: { systemName: string }) => a.systemName.localeCompare(b.systemName);
    expect([...service.applicationPlans.nodes].sort(byName).map((p: { systemName: string; isDefault: boolean; state: string }) => [p.systemName, p.isDefault, p.state])).toEqual([
      ["basic", true, "PUBLISHED"],
      ["unlimited", false, "PUBLISHED"],
    ]);
    expect(service.servicePlans.nodes).toEqual([{ systemName: "default", isDefault: true }]);
    const accounts = await admin.ok(`{ accountPlans { totalCount nodes { kind systemName isDefault } } }`);
    expect(accounts.accountPlans).toEqual({ totalCount: 1, nodes: [{ kind: "ACCOUNT", systemName: "default", isDefault: true }] });
  });
});

describe("plans", () => {
  it("creates each kind with its rules, validating every field before writing", async () => {
    const { admin, service } = await setup();
    const res = await admin.ok(CREATE_APP_PLAN, {
      input: { serviceId: service.id, name: "Gold", setupFee: "100", costPerMonth: "49.90", trialPeriodDays: 30, approvalRequired: true },
    });
    expect(res.createApplicationPlan.plan).toMatchObject({
      kind: "APPLICATION", name: "Gold", systemName: "gold", setupFee: "100.00", costPerMonth: "49.90", trialPeriodDays: 30, approvalRequired: true, state: "HIDDEN", isDefault: false,
    });
    expect((await admin.ok(CREATE_APP_PLAN, { input: { serviceId: service.id, name: "Gold" } })).createApplicationPlan.plan.systemName).toBe("gold_2");
    const taken = await admin.ok(CREATE_APP_PLAN, { input: { serviceId: service.id, name: "X", systemName: "gold" } });
    expect(codes(taken.createApplicationPlan.userErrors)).toEqual(["TAKEN:systemName"]);
    const bad = await admin.ok(CREATE_APP_PLAN, { input: { serviceId: service.id, name: " ", setupFee: "1.234", costPerMonth: "-1", trialPeriodDays: 4000 } });
    expect(codes(bad.createApplicationPlan.userErrors)).toEqual(["BLANK:name", "INVALID:setupFee", "INVALID:costPerMonth", "INVALID:trialPeriodDays"]);
    const decimal = await admin.gql(CREATE_APP_PLAN, { input: { serviceId: service.id, name: "Float", costPerMonth: 9.95 } });
    expect(decimal.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    // Each kind's input says what it needs: a service and a name for application and service plans, no service for account plans.
    expect((await admin.gql(CREATE_APP_PLAN, { input: { name: "Orphan" } })).errors?.[0]?.message).toMatch(/"serviceId" of required type "ID!"/);
    expect((await admin.gql(CREATE_SERVICE_PLAN, { input: { serviceId: service.id } })).errors?.[0]?.message).toMatch(/"name" of required type "String!"/);
    const unknownService = await admin.ok(CREATE_APP_PLAN, { input: { serviceId: "U2VydmljZTpub25l", name: "Orphan" } });
    expect(codes(unknownService.createApplicationPlan.userErrors)).toEqual(["NOT_FOUND:serviceId"]);

    const servicePlan = await admin.ok(CREATE_SERVICE_PLAN, { input: { serviceId: service.id, name: "Premium support" } });
    expect(servicePlan.createServicePlan.plan).toMatchObject({ kind: "SERVICE", systemName: "premium_support" });
    const account = await admin.ok(CREATE_ACCOUNT_PLAN, { input: { name: "Enterprise", costPerMonth: "1000" } });
    expect(account.createAccountPlan.plan).toMatchObject({ kind: "ACCOUNT", systemName: "enterprise", costPerMonth: "1000.00" });
    expect((await admin.gql(CREATE_ACCOUNT_PLAN, { input: { name: "Trial", trialPeriodDays: 10 } })).errors?.[0]?.message).toMatch(/"trialPeriodDays" is not defined/);
    expect((await admin.gql(CREATE_ACCOUNT_PLAN, { input: { name: "Odd", serviceId: service.id } })).errors?.[0]?.message).toMatch(/"serviceId" is not defined/);
    // An account plan has no trial, also when changed later.
    const enterprise = account.createAccountPlan.plan.id;
    expect(codes((await admin.ok(UPDATE_PLAN, { input: { id: enterprise, trialPeriodDays: 10 } })).updatePlan.userErrors)).toEqual(["INVALID:trialPeriodDays"]);
  });

  it("updates, publishes, hides, moves the default and deletes, but not a plan in use", async () => {
    const { admin, service } = await setup();
    const plan = await appPlan(admin, service.id, { name: "Silver" });
    const updated = await admin.ok(UPDATE_PLAN, { input: { id: plan.id, name: "Silver 2", costPerMonth: "19.5", trialPeriodDays: 0, description: "More." } });
    expect(updated.updatePlan.plan).toMatchObject({ name: "Silver 2", systemName: "silver", costPerMonth: "19.50", trialPeriodDays: null, description: "More." });
    expect((await admin.ok(PUBLISH, { input: { id: plan.id } })).publishPlan.plan.state).toBe("PUBLISHED");
    expect((await admin.ok(HIDE, { input: { id: plan.id } })).hidePlan.plan.state).toBe("HIDDEN");
    expect((await admin.ok(SET_DEFAULT, { input: { id: plan.id } })).setDefaultPlan.plan.isDefault).toBe(true);
    const defaults = await admin.ok(`query($id: ID!) { service(id: $id) { applicationPlans { nodes { systemName isDefault } } } }`, { id: service.id });
    expect(defaults.service.applicationPlans.nodes.filter((p: { isDefault: boolean }) => p.isDefault)).toEqual([{ systemName: "silver", isDefault: true }]);

    const busy = await appPlan(admin, service.id, { name: "Busy plan" });
    const refused = await admin.ok(DELETE_PLAN, { input: { id: busy.id } });
    expect(refused.deletePlan).toMatchObject({ deletedPlanId: null, userErrors: [{ code: "PLAN_IN_USE", message: expect.stringContaining("3 applications") }] });
    // The default stays until another plan is the default.
    expect(codes((await admin.ok(DELETE_PLAN, { input: { id: plan.id } })).deletePlan.userErrors)).toEqual(["DEFAULT_PLAN:id"]);
    await admin.ok(SET_DEFAULT, { input: { id: service.applicationPlans.nodes[0].id } });
    expect((await admin.ok(DELETE_PLAN, { input: { id: plan.id } })).deletePlan).toEqual({ deletedPlanId: plan.id, userErrors: [] });
    expect(codes((await admin.ok(DELETE_PLAN, { input: { id: plan.id } })).deletePlan.userErrors)).toEqual(["NOT_FOUND:id"]);
  });

  it("copies a plan with its limits, pricing rules, tier modes and features; the copy is hidden and not the default", async () => {
    const { admin, service, hits, forecast } = await setup();
    const basic = service.applicationPlans.nodes[0].id;
    await admin.ok(SET_LIMIT, { input: { planId: basic, metricId: hits, period: "DAY", value: "1000" } });
    await admin.ok(CREATE_RULE, { input: { planId: basic, metricId: forecast, from: "1", to: "100", costPerUnit: "0.5" } });
    await admin.ok(TIER_MODE, { input: { planId: basic, metricId: forecast, tierMode: "VOLUME" } });
    const feature = (await admin.ok(CREATE_FEATURE, { input: { scope: "APPLICATION", serviceId: service.id, name: "SLA" } })).createFeature.feature;
    await admin.ok(ENABLE_FEATURE, { input: { planId: basic, featureId: feature.id } });
    const copy = (await admin.ok(COPY_PLAN, { input: { id: basic } })).copyPlan.plan;
    expect(copy).toMatchObject({ name: "Basic (copy)", systemName: "basic_copy", state: "HIDDEN", isDefault: false });
    const [original, copied] = await Promise.all([admin.ok(EDITOR, { id: basic }), admin.ok(EDITOR, { id: copy.id })]);
    expect(copied.plan.metrics).toEqual(original.plan.metrics);
    expect(copied.plan.features).toEqual([{ enabled: true, feature: { systemName: "sla" } }]);
    // Later edits of the original do not reach the copy.
    await admin.ok(SET_LIMIT, { input: { planId: basic, metricId: hits, period: "DAY", value: "5" } });
    const after = await admin.ok(EDITOR, { id: copy.id });
    expect(after.plan.metrics[0].usageLimits).toEqual([{ period: "DAY", value: "1000" }]);
  });
});

describe("usage limits", () => {
  it("sets one limit per metric and period (replacing it), 0 disables the metric, only on application plans of the metric's service", async () => {
    const { admin, service, hits, forecast } = await setup();
    const plan = await appPlan(admin, service.id);
    const set = await admin.ok(SET_LIMIT, { input: { planId: plan.id, metricId: hits, period: "MINUTE", value: "600" } });
    expect(set.setUsageLimit.usageLimit).toMatchObject({ period: "MINUTE", value: "600", metric: { systemName: "hits" } });
    const replaced = await admin.ok(SET_LIMIT, { input: { planId: plan.id, metricId: hits, period: "MINUTE", value: "900" } });
    expect(replaced.setUsageLimit.usageLimit.id).toBe(set.setUsageLimit.usageLimit.id);
    await admin.ok(SET_LIMIT, { input: { planId: plan.id, metricId: forecast, period: "ETERNITY", value: "0" } });
    const editor = await admin.ok(EDITOR, { id: plan.id });
    expect(editor.plan.metrics.map((m: { metric: { systemName: string }; enabled: boolean; usageLimits: unknown[] }) => [m.metric.systemName, m.enabled, m.usageLimits])).toEqual([
      ["hits", true, [{ period: "MINUTE", value: "900" }]],
      ["Forecast", false, [{ period: "ETERNITY", value: "0" }]],
    ]);

    const servicePlan = service.servicePlans.nodes.length ? (await admin.ok(CREATE_SERVICE_PLAN, { input: { serviceId: service.id, name: "SP" } })).createServicePlan.plan.id : null;
    const wrongKind = await admin.ok(SET_LIMIT, { input: { planId: servicePlan, metricId: hits, period: "DAY", value: "1" } });
    expect(codes(wrongKind.setUsageLimit.userErrors)).toEqual(["WRONG_KIND:planId"]);
    const other = (await admin.ok(`mutation { createService(input: { name: "Other" }) { service { metrics { id } } } }`)).createService.service;
    const wrongService = await admin.ok(SET_LIMIT, { input: { planId: plan.id, metricId: other.metrics[0].id, period: "DAY", value: "1" } });
    expect(codes(wrongService.setUsageLimit.userErrors)).toEqual(["WRONG_SERVICE:metricId"]);
    for (const value of ["-1", "1.5", "99999999999999999999"]) {
      const bad = await admin.ok(SET_LIMIT, { input: { planId: plan.id, metricId: hits, period: "DAY", value } });
      expect(codes(bad.setUsageLimit.userErrors), value).toEqual(["INVALID:value"]);
    }
    const badPeriod = await admin.gql(SET_LIMIT, { input: { planId: plan.id, metricId: hits, period: "FORTNIGHT", value: "1" } });
    expect(badPeriod.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    const id = set.setUsageLimit.usageLimit.id;
    expect((await admin.ok(DELETE_LIMIT, { input: { id } })).deleteUsageLimit).toEqual({ deletedUsageLimitId: id, userErrors: [] });
    expect(codes((await admin.ok(DELETE_LIMIT, { input: { id } })).deleteUsageLimit.userErrors)).toEqual(["NOT_FOUND:id"]);
  });

  it("a service with plans, limits and pricing rules is deleted with all of them", async () => {
    const { admin, service, forecast } = await setup();
    const plan = await appPlan(admin, service.id);
    await admin.ok(SET_LIMIT, { input: { planId: plan.id, metricId: forecast, period: "DAY", value: "10" } });
    await admin.ok(CREATE_RULE, { input: { planId: plan.id, metricId: forecast, from: "1", costPerUnit: "0.1" } });
    await admin.ok(`mutation { createService(input: { name: "Keep" }) { service { id } } }`);
    const res = await admin.ok(`mutation($input: DeleteServiceInput!) { deleteService(input: $input) { deletedServiceId ${ERRORS} } }`, { input: { id: service.id } });
    expect(res.deleteService).toEqual({ deletedServiceId: service.id, userErrors: [] });
    expect((await admin.gql(EDITOR, { id: plan.id })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
  });

  it("a metric that limits or pricing rules use is deleted only when confirmed, and takes them along", async () => {
    const { admin, service, forecast } = await setup();
    const plan = await appPlan(admin, service.id, { name: "Metered" });
    await admin.ok(SET_LIMIT, { input: { planId: plan.id, metricId: forecast, period: "DAY", value: "10" } });
    await admin.ok(CREATE_RULE, { input: { planId: plan.id, metricId: forecast, from: "1", costPerUnit: "0.1" } });
    const DELETE_METRIC = `mutation($input: DeleteMetricInput!) { deleteMetric(input: $input) { deletedMetricId ${ERRORS} } }`;
    const refused = await admin.ok(DELETE_METRIC, { input: { id: forecast } });
    expect(refused.deleteMetric.userErrors[0]).toMatchObject({ code: "HAS_DEPENDENTS", message: expect.stringContaining("1 usage limit and 1 pricing rule (on Metered)") });
    expect((await admin.ok(DELETE_METRIC, { input: { id: forecast, confirm: true } })).deleteMetric.deletedMetricId).toBe(forecast);
    const editor = await admin.ok(EDITOR, { id: plan.id });
    expect(editor.plan.metrics.map((m: { metric: { systemName: string } }) => m.metric.systemName)).toEqual(["hits"]);
  });
});

describe("pricing rules and cost", () => {
  it("prices porta's worked example at 448.20 for 2,000 units, refuses overlaps, rounds prices to 4 places", async () => {
    const { admin, service, forecast, hits } = await setup();
    const plan = await appPlan(admin, service.id, { setupFee: "10", costPerMonth: "5" });
    const rule = async (from: string, to: string | null, costPerUnit: string) =>
      (await admin.ok(CREATE_RULE, { input: { planId: plan.id, metricId: forecast, from, to, costPerUnit } })).createPricingRule;
    await rule("1", "120", "0.5");
    const middle = (await rule("121", "1121", "0.3")).pricingRule;
    await rule("1122", null, "0.1");
    const overlap = await rule("1000", "1200", "1");
    expect(overlap.userErrors[0]).toMatchObject({ code: "OVERLAPPING_RANGE", message: expect.stringContaining("121–1121 at 0.3") });
    const inverted = await admin.ok(CREATE_RULE, { input: { planId: plan.id, metricId: hits, from: "10", to: "5", costPerUnit: "1" } });
    expect(codes(inverted.createPricingRule.userErrors)).toEqual(["INVALID:to"]);
    const zero = await admin.ok(CREATE_RULE, { input: { planId: plan.id, metricId: hits, from: "0", costPerUnit: "1" } });
    expect(codes(zero.createPricingRule.userErrors)).toEqual(["INVALID:from"]);
    const rounded = await admin.ok(CREATE_RULE, { input: { planId: plan.id, metricId: hits, from: "1", to: "10", costPerUnit: "0.00005" } });
    expect(rounded.createPricingRule.pricingRule.costPerUnit).toBe("0.0001");

    const preview = await admin.ok(PREVIEW, { planId: plan.id, usage: [{ metricId: forecast, quantity: "2000" }] });
    expect(preview.costPreview).toEqual({ setupFee: "10.00", costPerMonth: "5.00", total: "463.20", variable: [{ quantity: "2000", cost: "448.20", metric: { systemName: "Forecast" } }] });
    await admin.ok(TIER_MODE, { input: { planId: plan.id, metricId: forecast, tierMode: "VOLUME" } });
    const volume = await admin.ok(PREVIEW, { planId: plan.id, usage: [{ metricId: forecast, quantity: "2000" }] });
    expect(volume.costPreview.variable[0].cost).toBe("200.00");

    const moved = await admin.ok(UPDATE_RULE, { input: { id: middle.id, to: "1200" } });
    expect(moved.updatePricingRule.userErrors[0].code).toBe("OVERLAPPING_RANGE");
    const repriced = await admin.ok(UPDATE_RULE, { input: { id: middle.id, costPerUnit: "0.25" } });
    expect(repriced.updatePricingRule.pricingRule).toMatchObject({ from: "121", to: "1121", costPerUnit: "0.2500" });
    expect((await admin.ok(DELETE_RULE, { input: { id: middle.id } })).deletePricingRule.deletedPricingRuleId).toBe(middle.id);
    const gap = await admin.ok(PREVIEW, { planId: plan.id, usage: [{ metricId: forecast, quantity: "500" }] });
    expect(gap.costPreview.variable[0].cost).toBe("0.00"); // volume: 500 falls in the gap the deleted rule left
    const badLine = await admin.gql(PREVIEW, { planId: plan.id, usage: [{ metricId: forecast, quantity: "-3" }] });
    expect(badLine.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    const unknown = await admin.gql(PREVIEW, { planId: "nope", usage: [] });
    expect(unknown.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
  });

  it("pricing rules are for application plans only", async () => {
    const { admin, service, hits } = await setup();
    const sp = (await admin.ok(CREATE_SERVICE_PLAN, { input: { serviceId: service.id, name: "SP" } })).createServicePlan.plan;
    const res = await admin.ok(CREATE_RULE, { input: { planId: sp.id, metricId: hits, from: "1", costPerUnit: "1" } });
    expect(codes(res.createPricingRule.userErrors)).toEqual(["WRONG_KIND:planId"]);
  });
});

describe("features", () => {
  it("are offered per kind and owner, and included per plan", async () => {
    const { admin, service } = await setup();
    const plan = await appPlan(admin, service.id);
    const feature = (await admin.ok(CREATE_FEATURE, { input: { scope: "APPLICATION", serviceId: service.id, name: "24/7 support" } })).createFeature.feature;
    expect(feature).toMatchObject({ scope: "APPLICATION", systemName: "24_7_support" });
    const account = (await admin.ok(CREATE_FEATURE, { input: { scope: "ACCOUNT", name: "Invoicing" } })).createFeature.feature;
    expect(codes((await admin.ok(CREATE_FEATURE, { input: { scope: "ACCOUNT", serviceId: service.id, name: "X" } })).createFeature.userErrors)).toEqual(["INVALID:serviceId"]);
    expect(codes((await admin.ok(CREATE_FEATURE, { input: { scope: "SERVICE", name: "X" } })).createFeature.userErrors)).toEqual(["NOT_FOUND:serviceId"]);
    expect(codes((await admin.ok(CREATE_FEATURE, { input: { scope: "APPLICATION", serviceId: service.id, name: "Dup", systemName: "24_7_support" } })).createFeature.userErrors)).toEqual(["TAKEN:systemName"]);

    expect((await admin.ok(ENABLE_FEATURE, { input: { planId: plan.id, featureId: feature.id } })).enableFeature.userErrors).toEqual([]);
    expect((await admin.ok(ENABLE_FEATURE, { input: { planId: plan.id, featureId: feature.id } })).enableFeature.userErrors).toEqual([]);
    expect((await admin.ok(EDITOR, { id: plan.id })).plan.features).toEqual([{ enabled: true, feature: { systemName: "24_7_support" } }]);
    expect(codes((await admin.ok(ENABLE_FEATURE, { input: { planId: plan.id, featureId: account.id } })).enableFeature.userErrors)).toEqual(["WRONG_KIND:featureId"]);
    await admin.ok(DISABLE_FEATURE, { input: { planId: plan.id, featureId: feature.id } });
    expect((await admin.ok(EDITOR, { id: plan.id })).plan.features).toEqual([{ enabled: false, feature: { systemName: "24_7_support" } }]);
    const accountPlan = (await admin.ok(`{ accountPlans { nodes { id } } }`)).accountPlans.nodes[0].id;
    expect((await admin.ok(ENABLE_FEATURE, { input: { planId: accountPlan, featureId: account.id } })).enableFeature.userErrors).toEqual([]);
  });

  it("are listed per service and for account plans, renamed, and deleted from the plans that include them", async () => {
    const { admin, service } = await setup();
    const plan = await appPlan(admin, service.id);
    const sla = (await admin.ok(CREATE_FEATURE, { input: { scope: "APPLICATION", serviceId: service.id, name: "SLA" } })).createFeature.feature;
    await admin.ok(CREATE_FEATURE, { input: { scope: "SERVICE", serviceId: service.id, name: "Priority support" } });
    const invoicing = (await admin.ok(CREATE_FEATURE, { input: { scope: "ACCOUNT", name: "Invoicing" } })).createFeature.feature;
    const LISTS = `query($id: ID!) { service(id: $id) { features { scope name systemName description service { id } } } accountFeatures { name service { id } } }`;
    expect(await admin.ok(LISTS, { id: service.id })).toEqual({
      service: {
        features: [
          { scope: "APPLICATION", name: "SLA", systemName: "sla", description: null, service: { id: service.id } },
          { scope: "SERVICE", name: "Priority support", systemName: "priority_support", description: null, service: { id: service.id } },
        ],
      },
      accountFeatures: [{ name: "Invoicing", service: null }],
    });

    const UPDATE = `mutation($input: UpdateFeatureInput!) { updateFeature(input: $input) { feature { name systemName description } ${ERRORS} } }`;
    expect((await admin.ok(UPDATE, { input: { id: sla.id, name: " 99.9% SLA ", description: "Uptime." } })).updateFeature.feature).toEqual({
      name: "99.9% SLA",
      systemName: "sla",
      description: "Uptime.",
    });
    expect((await admin.ok(UPDATE, { input: { id: sla.id, description: "" } })).updateFeature.feature.description).toBeNull();
    expect(codes((await admin.ok(UPDATE, { input: { id: sla.id, name: "  ", description: "x".repeat(2001) } })).updateFeature.userErrors)).toEqual(["BLANK:name", "TOO_LONG:description"]);

    await admin.ok(ENABLE_FEATURE, { input: { planId: plan.id, featureId: sla.id } });
    const DELETE = `mutation($input: DeleteFeatureInput!) { deleteFeature(input: $input) { deletedFeatureId ${ERRORS} } }`;
    expect((await admin.ok(DELETE, { input: { id: sla.id } })).deleteFeature).toEqual({ deletedFeatureId: sla.id, userErrors: [] });
    expect((await admin.ok(EDITOR, { id: plan.id })).plan.features).toEqual([]);
    expect(codes((await admin.ok(DELETE, { input: { id: sla.id } })).deleteFeature.userErrors)).toEqual(["NOT_FOUND:id"]);

    // Another tenant's admin finds none of them; a member cannot change them.
    const stranger = await (await createTenant(server)).login();
    expect(codes((await stranger.ok(DELETE, { input: { id: invoicing.id } })).deleteFeature.userErrors)).toEqual(["NOT_FOUND:id"]);
    expect(codes((await stranger.ok(UPDATE, { input: { id: invoicing.id, name: "Mine" } })).updateFeature.userErrors)).toEqual(["NOT_FOUND:id"]);
    expect((await stranger.ok(`{ accountFeatures { name } }`)).accountFeatures).toEqual([]);
  });
});

describe("reads", () => {
  it("a plan editor's data and the products list with plan counts cost a constant number of statements", async () => {
    const { admin, service, hits, forecast } = await setup();
    const plan = await appPlan(admin, service.id);
    for (let i = 0; i < 5; i++) {
      const m = (await admin.ok(`mutation($input: CreateMethodInput!) { createMethod(input: $input) { metric { id } } }`, { input: { serviceId: service.id, friendlyName: `M${i}` } })).createMethod.metric.id;
      await admin.ok(SET_LIMIT, { input: { planId: plan.id, metricId: m, period: "DAY", value: "1" } });
      await admin.ok(CREATE_RULE, { input: { planId: plan.id, metricId: m, from: "1", costPerUnit: "1" } });
    }
    await admin.ok(SET_LIMIT, { input: { planId: plan.id, metricId: hits, period: "DAY", value: "1" } });
    void forecast;
    const count = async (query: string, variables: Record<string, unknown>) => {
      const before = server.database.statementCount;
      await admin.ok(query, variables);
      return server.database.statementCount - before;
    };
    const small = await appPlan(admin, service.id);
    expect(await count(EDITOR, { id: plan.id })).toBe(await count(EDITOR, { id: small.id }));
    const list = `query($n: Int) { services(first: $n) { nodes { id applicationPlans(first: 10) { totalCount nodes { id name } } servicePlans { totalCount } } } }`;
    await admin.ok(`mutation { createService(input: { name: "Third" }) { service { id } } }`);
    expect(await count(list, { n: 3 })).toBe(await count(list, { n: 1 }));
  });

  it("members and read-only tokens read plans but cannot change them; other tenants never see them", async () => {
    const { tenant, admin, service } = await setup();
    const plan = await appPlan(admin, service.id);
    const member = await createMember(server, tenant.tenant);
    expect((await member.ok(EDITOR, { id: plan.id })).plan.id).toBe(plan.id);
    expect((await member.gql(PUBLISH, { input: { id: plan.id } })).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    const feature = (await admin.ok(CREATE_FEATURE, { input: { scope: "APPLICATION", serviceId: service.id, name: "SLA" } })).createFeature.feature;
    for (const mutation of [`mutation($id: ID!) { deleteFeature(input: { id: $id }) { deletedFeatureId } }`, `mutation($id: ID!) { updateFeature(input: { id: $id, name: "x" }) { feature { id } } }`]) {
      expect((await member.gql(mutation, { id: feature.id })).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    }
    expect((await member.ok(`query($id: ID!) { service(id: $id) { features { name } } }`, { id: service.id })).service.features).toEqual([{ name: "SLA" }]);
    const { token } = await createAccessToken(admin, { permission: "READ_ONLY" });
    expect((await server.client().withToken(token).gql(DELETE_PLAN, { input: { id: plan.id } })).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    const stranger = await (await createTenant(server)).login();
    expect((await stranger.gql(EDITOR, { id: plan.id })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    expect(codes((await stranger.ok(UPDATE_PLAN, { input: { id: plan.id, name: "Mine" } })).updatePlan.userErrors)).toEqual(["NOT_FOUND:id"]);
    expect(codes((await stranger.ok(CREATE_APP_PLAN, { input: { serviceId: service.id, name: "Mine" } })).createApplicationPlan.userErrors)).toEqual(["NOT_FOUND:serviceId"]);
    expect((await stranger.gql(PREVIEW, { planId: plan.id, usage: [] })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
  });
});
