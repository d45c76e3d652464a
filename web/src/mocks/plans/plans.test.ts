// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest';
import { createPlan, createFeature } from '../../testing/factories';
import { executeOperation } from '../execute-operation';
import { demo, resetMockState, state } from '../store';
import { MAX_FEATURES_PER_OWNER, MAX_PLANS_PER_OWNER, registerPlanUsers } from './plans';

/** What the parity test does not reach cheaply: the seed, the bounds of one owner, plans in use, long dependents lists. */
const signIn = (email: string) => (state.sessionUserId = state.users.find((u) => u.email === email)!.id);
const tenantIdOf = (subdomain: string) => state.tenants.find((t) => t.subdomain === subdomain)!.id;
const serviceNamed = (name: string, subdomain = 'acme') => state.services.find((s) => s.tenantId === tenantIdOf(subdomain) && s.name === name)!;
const plansOf = (serviceId: string | null, kind: string, tenantId?: string) =>
  state.plans.filter((p) => p.serviceId === serviceId && p.kind === kind && (!tenantId || p.tenantId === tenantId));

async function data(query: string, variables: Record<string, unknown> = {}) {
  const { body } = await executeOperation({ query, variables });
  expect(body.errors).toBeUndefined();
  return body.data as Record<string, any>;
}

// Besides the accounts and applications the domains count: a plan named "Busy…" has users (as in the server's test).
registerPlanUsers({ count: (_state, plan) => ({ count: plan.name.startsWith('Busy') ? 3 : 0, what: 'applications' }) });

beforeEach(() => resetMockState());

describe('plans in the mock', () => {
  it("seeds the server's demo plans", () => {
    const summary = (serviceId: string | null, kind: string, tenantId?: string) =>
      plansOf(serviceId, kind, tenantId).map((p) => `${p.systemName}${p.isDefault ? '*' : ''} ${p.state} ${p.costPerMonth}`);
    expect(summary(serviceNamed('API').id, 'APPLICATION')).toEqual(['basic* PUBLISHED 0.00', 'unlimited PUBLISHED 0.00']);
    expect(summary(serviceNamed('API').id, 'SERVICE')).toEqual(['default* PUBLISHED 0.00']);
    expect(summary(serviceNamed('Email API').id, 'APPLICATION')).toEqual([
      'bronze* PUBLISHED 9.95',
      'silver PUBLISHED 79.95',
      'gold PUBLISHED 199.95',
      'platinum PUBLISHED 399.95',
    ]);
    expect(summary(serviceNamed('Echo API').id, 'APPLICATION')).toEqual(['basic* PUBLISHED 0.00', 'unlimited PUBLISHED 0.00', 'pay_as_you_go PUBLISHED 5.00']);
    expect(summary(null, 'ACCOUNT', tenantIdOf('acme'))).toEqual(['default* PUBLISHED 0.00']);
    expect(summary(null, 'ACCOUNT', tenantIdOf('globex'))).toEqual(['default* PUBLISHED 0.00']);
    expect(summary(null, 'ACCOUNT', tenantIdOf('master'))).toEqual([]);
    const metricName = (id: string) => state.metrics.find((m) => m.id === id)!.systemName;
    const bronze = plansOf(serviceNamed('Email API').id, 'APPLICATION').find((p) => p.name === 'Bronze')!;
    expect(state.usageLimits.filter((l) => l.planId === bronze.id).map((l) => `${metricName(l.metricId)} ${l.period} ${l.value}`)).toEqual([
      'hits MINUTE 600',
      'smtp_api ETERNITY 0',
      'event_webhook ETERNITY 0',
      'parse_webhook ETERNITY 0',
    ]);
    const payg = plansOf(serviceNamed('Echo API').id, 'APPLICATION').find((p) => p.name === 'Pay as you go')!;
    expect(state.pricingRules.filter((r) => r.planId === payg.id).map((r) => `${r.from}–${r.to ?? '∞'} at ${r.costPerUnit}`)).toEqual([
      '1–1000 at 0.0000',
      '1001–100000 at 0.0010',
      '100001–∞ at 0.0005',
    ]);
    expect(state.planFeatures).toEqual([{ planId: payg.id, featureId: state.features[0]!.id }]);
  });

  it('gives a tenant created through the mock its default account plan, and its service its default plans', async () => {
    signIn(demo.masterEmail);
    const created = await data(`mutation { createTenant(input: { name: "Initech", adminEmail: "boss@initech.test" }) { tenant { id } } }`);
    const tenantId = created['createTenant'].tenant.id as string;
    const api = state.services.find((s) => s.tenantId === tenantId)!;
    expect(plansOf(null, 'ACCOUNT', tenantId).map((p) => [p.systemName, p.isDefault, p.state])).toEqual([['default', true, 'PUBLISHED']]);
    expect(plansOf(api.id, 'APPLICATION').map((p) => [p.systemName, p.isDefault])).toEqual([
      ['basic', true],
      ['unlimited', false],
    ]);
    expect(plansOf(api.id, 'SERVICE').map((p) => p.systemName)).toEqual(['default']);
  });

  it('deleting a service takes its plans, their limits, pricing rules and tier modes, and its features along', async () => {
    signIn(demo.acmeEmail);
    const echo = serviceNamed('Echo API');
    const planIds = new Set(state.plans.filter((p) => p.serviceId === echo.id).map((p) => p.id));
    await data(`mutation($id: ID!) { deleteService(input: { id: $id }) { deletedServiceId } }`, { id: echo.id });
    expect(state.plans.filter((p) => planIds.has(p.id))).toEqual([]);
    expect(state.usageLimits.filter((l) => planIds.has(l.planId))).toEqual([]);
    expect(state.pricingRules.filter((r) => planIds.has(r.planId))).toEqual([]);
    expect(state.features).toEqual([]);
    expect(state.planFeatures).toEqual([]);
  });

  it(`refuses a plan past ${MAX_PLANS_PER_OWNER} per owner and kind, and a feature past ${MAX_FEATURES_PER_OWNER}: LIMIT_REACHED`, async () => {
    signIn(demo.acmeEmail);
    const api = serviceNamed('API');
    const tenantId = tenantIdOf('acme');
    for (let i = plansOf(api.id, 'APPLICATION').length; i < MAX_PLANS_PER_OWNER; i++) state.plans.push(createPlan({ tenantId, serviceId: api.id }));
    for (let i = 0; i < MAX_FEATURES_PER_OWNER; i++) state.features.push(createFeature({ tenantId, scope: 'ACCOUNT' }));
    const plan = await data(`mutation($id: ID!) { createApplicationPlan(input: { serviceId: $id, name: "One more" }) { plan { id } userErrors { code field message } } }`, {
      id: api.id,
    });
    expect(plan['createApplicationPlan']).toEqual({
      plan: null,
      userErrors: [{ code: 'LIMIT_REACHED', field: ['input'], message: `The service has ${MAX_PLANS_PER_OWNER} application plans, the most it may have.` }],
    });
    // Another kind of the same service, and another service, still have room.
    const servicePlan = await data(`mutation($id: ID!) { createServicePlan(input: { serviceId: $id, name: "One more" }) { userErrors { code } } }`, { id: api.id });
    expect(servicePlan['createServicePlan'].userErrors).toEqual([]);
    const feature = await data(`mutation { createFeature(input: { scope: ACCOUNT, name: "One more" }) { feature { id } userErrors { code field message } } }`);
    expect(feature['createFeature'].userErrors).toEqual([
      { code: 'LIMIT_REACHED', field: ['input'], message: `At most ${MAX_FEATURES_PER_OWNER} features per plan kind and owner.` },
    ]);
  });

  it('refuses to delete a plan someone is on: PLAN_IN_USE with the count', async () => {
    signIn(demo.acmeEmail);
    const created = await data(`mutation($id: ID!) { createApplicationPlan(input: { serviceId: $id, name: "Busy plan" }) { plan { id } } }`, {
      id: serviceNamed('API').id,
    });
    const id = created['createApplicationPlan'].plan.id as string;
    const refused = await data(`mutation($id: ID!) { deletePlan(input: { id: $id }) { deletedPlanId userErrors { code field message } } }`, { id });
    expect(refused['deletePlan']).toEqual({
      deletedPlanId: null,
      userErrors: [{ code: 'PLAN_IN_USE', field: ['input', 'id'], message: '3 applications are on this plan; move them to another plan first.' }],
    });
  });

  it('names the plans that use a metric by name (byte order), at most three, then an ellipsis', async () => {
    signIn(demo.acmeEmail);
    const email = serviceNamed('Email API');
    const metric = (systemName: string) => state.metrics.find((m) => m.serviceId === email.id && m.systemName === systemName)!;
    const deleteMetric = `mutation($id: ID!) { deleteMetric(input: { id: $id }) { deletedMetricId userErrors { code message } } }`;
    const smtp = await data(deleteMetric, { id: metric('smtp_api').id });
    expect(smtp['deleteMetric'].userErrors).toEqual([
      { code: 'HAS_DEPENDENTS', message: '"smtp_api" is used by 1 mapping rule (POST /smtp/send$) and 1 usage limit (on Bronze). Confirm to delete them with it.' },
    ]);
    const platinum = plansOf(email.id, 'APPLICATION').find((p) => p.name === 'Platinum')!;
    await data(`mutation($input: SetUsageLimitInput!) { setUsageLimit(input: $input) { usageLimit { id } } }`, {
      input: { planId: platinum.id, metricId: metric('parse_webhook').id, period: 'DAY', value: '5' },
    });
    await data(`mutation($input: CreatePricingRuleInput!) { createPricingRule(input: $input) { pricingRule { id } } }`, {
      input: { planId: platinum.id, metricId: metric('parse_webhook').id, from: '1', costPerUnit: '0.01' },
    });
    const renamed = await data(`mutation($id: ID!) { updateMetric(input: { id: $id, systemName: "parse" }) { userErrors { code message } } }`, {
      id: metric('parse_webhook').id,
    });
    expect(renamed['updateMetric'].userErrors).toEqual([
      {
        code: 'HAS_DEPENDENTS',
        message:
          '"parse_webhook" is used by 1 mapping rule (POST /webhooks/parse) and 4 usage limits and 1 pricing rule (on Bronze, Gold, Platinum, …); gateways reporting it by name would break. Confirm to rename it anyway.',
      },
    ]);
    await data(`mutation($id: ID!) { deleteMetric(input: { id: $id, confirm: true }) { deletedMetricId } }`, { id: metric('parse_webhook').id });
    expect(state.usageLimits.filter((l) => l.planId === platinum.id).length).toBe(1);
    expect(state.pricingRules.filter((r) => r.planId === platinum.id)).toEqual([]);
  });

  it('takes one input per kind: what a kind does not have is a validation error, with the message graphql-js gives', async () => {
    signIn(demo.acmeEmail);
    const api = serviceNamed('API');
    const refused = async (query: string, variables: Record<string, unknown>) => {
      const { status, body } = await executeOperation({ query, variables });
      expect(status).toBe(400);
      expect(body.errors?.map((e) => e.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
      return body.errors![0]!.message;
    };
    const account = `mutation($input: CreateAccountPlanInput!) { createAccountPlan(input: $input) { plan { id } userErrors { code } } }`;
    expect(await refused(account, { input: { name: 'Trial', trialPeriodDays: 10 } })).toMatch(/Field "trialPeriodDays" is not defined by type "CreateAccountPlanInput"/);
    expect(await refused(account, { input: { name: 'Odd', serviceId: api.id } })).toMatch(/Field "serviceId" is not defined by type "CreateAccountPlanInput"/);
    const application = `mutation($input: CreateApplicationPlanInput!) { createApplicationPlan(input: $input) { plan { id } userErrors { code } } }`;
    expect(await refused(application, { input: { name: 'Orphan' } })).toMatch(/"serviceId" of required type "ID!"/);
    const service = `mutation($input: CreateServicePlanInput!) { createServicePlan(input: $input) { plan { id } userErrors { code } } }`;
    expect(await refused(service, { input: { serviceId: api.id } })).toMatch(/"name" of required type "String!"/);
    expect(await refused(`mutation($input: CreatePlanInput!) { createAccountPlan(input: $input) { plan { id } } }`, { input: { name: 'x' } })).toMatch(
      /Unknown type "CreatePlanInput"/,
    );
    // An account plan has no trial, also when changed later: that stays a userError.
    const created = await data(`mutation { createAccountPlan(input: { name: "Enterprise" }) { plan { id kind } userErrors { code } } }`);
    expect(created['createAccountPlan']).toMatchObject({ plan: { kind: 'ACCOUNT' }, userErrors: [] });
    const trial = await data(`mutation($id: ID!) { updatePlan(input: { id: $id, trialPeriodDays: 10 }) { plan { id } userErrors { code field message } } }`, {
      id: created['createAccountPlan'].plan.id,
    });
    expect(trial['updatePlan'].userErrors).toEqual([{ code: 'INVALID', field: ['input', 'trialPeriodDays'], message: 'Account plans have no trial period.' }]);
  });

  it('lists features per service and for account plans, renames them and deletes them from the plans that include them', async () => {
    signIn(demo.acmeEmail);
    const echo = serviceNamed('Echo API');
    const LISTS = `query($id: ID!) { service(id: $id) { features { scope name systemName description service { id } } } accountFeatures { name service { id } } }`;
    await data(`mutation($id: ID!) { createFeature(input: { scope: SERVICE, serviceId: $id, name: "Priority support" }) { userErrors { code } } }`, { id: echo.id });
    await data(`mutation { createFeature(input: { scope: ACCOUNT, name: "Invoicing" }) { userErrors { code } } }`);
    expect(await data(LISTS, { id: echo.id })).toEqual({
      service: {
        features: [
          { scope: 'APPLICATION', name: 'Email support', systemName: 'email_support', description: 'Answers within one business day.', service: { id: echo.id } },
          { scope: 'SERVICE', name: 'Priority support', systemName: 'priority_support', description: null, service: { id: echo.id } },
        ],
      },
      accountFeatures: [{ name: 'Invoicing', service: null }],
    });
    expect((await data(LISTS, { id: serviceNamed('API').id }))['service'].features).toEqual([]);

    const emailSupport = state.features.find((f) => f.name === 'Email support')!;
    const UPDATE = `mutation($input: UpdateFeatureInput!) { updateFeature(input: $input) { feature { name systemName description } userErrors { code field message } } }`;
    expect((await data(UPDATE, { input: { id: emailSupport.id, name: ' Priority email ', description: ' Within a day. ' } }))['updateFeature']).toEqual({
      feature: { name: 'Priority email', systemName: 'email_support', description: 'Within a day.' },
      userErrors: [],
    });
    expect((await data(UPDATE, { input: { id: emailSupport.id, description: '' } }))['updateFeature'].feature.description).toBeNull();
    expect((await data(UPDATE, { input: { id: emailSupport.id } }))['updateFeature'].feature).toEqual({ name: 'Priority email', systemName: 'email_support', description: null });
    expect((await data(UPDATE, { input: { id: emailSupport.id, name: '  ', description: 'x'.repeat(2001) } }))['updateFeature']).toEqual({
      feature: null,
      userErrors: [
        { code: 'BLANK', field: ['input', 'name'], message: 'Give the feature a name.' },
        { code: 'TOO_LONG', field: ['input', 'description'], message: 'Use at most 2000 characters.' },
      ],
    });
    expect((await data(UPDATE, { input: { id: emailSupport.id, name: 'n'.repeat(201), description: 'Kept?' } }))['updateFeature'].userErrors).toEqual([
      { code: 'TOO_LONG', field: ['input', 'name'], message: 'Use at most 200 characters.' },
    ]);
    expect(emailSupport).toMatchObject({ name: 'Priority email', description: null });

    const payg = plansOf(echo.id, 'APPLICATION').find((p) => p.name === 'Pay as you go')!;
    const DELETE = `mutation($input: DeleteFeatureInput!) { deleteFeature(input: $input) { deletedFeatureId userErrors { code field message } } }`;
    expect((await data(DELETE, { input: { id: emailSupport.id } }))['deleteFeature']).toEqual({ deletedFeatureId: emailSupport.id, userErrors: [] });
    const plan = await data(`query($id: ID!) { plan(id: $id) { features { enabled feature { name } } } }`, { id: payg.id });
    expect(plan['plan'].features).toEqual([]);
    expect(state.planFeatures).toEqual([]);
    const notFound = [{ code: 'NOT_FOUND', field: ['input', 'id'], message: 'No such feature.' }];
    expect((await data(DELETE, { input: { id: emailSupport.id } }))['deleteFeature']).toEqual({ deletedFeatureId: null, userErrors: notFound });
    expect((await data(UPDATE, { input: { id: 'nope', name: ' ' } }))['updateFeature']).toEqual({ feature: null, userErrors: notFound });

    // Another tenant's admin finds none of them.
    const invoicing = state.features.find((f) => f.name === 'Invoicing')!;
    signIn('admin@globex.test');
    expect((await data(DELETE, { input: { id: invoicing.id } }))['deleteFeature'].userErrors).toEqual(notFound);
    expect((await data(UPDATE, { input: { id: invoicing.id, name: 'Mine' } }))['updateFeature'].userErrors).toEqual(notFound);
    expect((await data(`{ accountFeatures { name } }`))['accountFeatures']).toEqual([]);
  });

  it('lets members read features but not change them: FORBIDDEN', async () => {
    signIn(demo.memberEmail);
    const echo = serviceNamed('Echo API');
    const feature = state.features[0]!;
    expect((await data(`query($id: ID!) { service(id: $id) { features { name } } }`, { id: echo.id }))['service'].features).toEqual([{ name: 'Email support' }]);
    for (const query of [
      `mutation($id: ID!) { deleteFeature(input: { id: $id }) { deletedFeatureId } }`,
      `mutation($id: ID!) { updateFeature(input: { id: $id, name: "x" }) { feature { id } } }`,
    ]) {
      const { status, body } = await executeOperation({ query, variables: { id: feature.id } });
      expect(status).toBe(403);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
    expect(state.features[0]).toMatchObject({ name: 'Email support' });
  });

  it("prices porta's worked example at 448.20 for 2,000 units, and rounds prices to 4 places half up", async () => {
    signIn(demo.acmeEmail);
    const echo = serviceNamed('Echo API');
    const status = state.metrics.find((m) => m.serviceId === echo.id && m.systemName === 'status')!;
    const created = await data(`mutation($id: ID!) { createApplicationPlan(input: { serviceId: $id, name: "Tiers", setupFee: 10, costPerMonth: "5" }) { plan { id } } }`, {
      id: echo.id,
    });
    const planId = created['createApplicationPlan'].plan.id as string;
    for (const [from, to, costPerUnit] of [
      ['1', '120', '0.5'],
      ['121', '1121', '0.3'],
      ['1122', null, '0.1'],
    ]) {
      await data(`mutation($input: CreatePricingRuleInput!) { createPricingRule(input: $input) { pricingRule { id } } }`, {
        input: { planId, metricId: status.id, from, to, costPerUnit },
      });
    }
    const preview = await data(`query($id: ID!, $usage: [MetricUsageInput!]!) { costPreview(planId: $id, usage: $usage) { setupFee costPerMonth total variable { quantity cost } } }`, {
      id: planId,
      usage: [{ metricId: status.id, quantity: 2000 }],
    });
    expect(preview['costPreview']).toEqual({ setupFee: '10.00', costPerMonth: '5.00', total: '463.20', variable: [{ quantity: '2000', cost: '448.20' }] });
    const rounded = await data(`mutation($input: CreatePricingRuleInput!) { createPricingRule(input: $input) { pricingRule { costPerUnit } } }`, {
      input: { planId, metricId: state.metrics.find((m) => m.serviceId === echo.id && m.systemName === 'search')!.id, from: '1', costPerUnit: '0.00005' },
    });
    expect(rounded['createPricingRule'].pricingRule).toEqual({ costPerUnit: '0.0001' });
  });
});
