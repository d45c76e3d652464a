// @vitest-environment node
import { MAX_MAPPING_RULES_PER_SERVICE, MAX_METRICS_PER_SERVICE } from '@gatehouse/schema/catalog';
import { describe, expect, it } from 'vitest';
import { createMappingRule, createMetric } from '../../testing/factories';
import { executeOperation } from '../execute-operation';
import { demo, state } from '../store';

/** What the parity test does not reach cheaply: the bounds of one service, and the seed itself. */
const signIn = (email: string) => (state.sessionUserId = state.users.find((u) => u.email === email)!.id);
const tenantIdOf = (subdomain: string) => state.tenants.find((t) => t.subdomain === subdomain)!.id;
const serviceNamed = (name: string) => state.services.find((s) => s.tenantId === tenantIdOf('acme') && s.name === name)!;

async function data(query: string, variables: Record<string, unknown> = {}) {
  const { body } = await executeOperation({ query, variables });
  expect(body.errors).toBeUndefined();
  return body.data as Record<string, any>;
}

describe('the catalog in the mock', () => {
  it("seeds the server's demo catalog: Acme's default API, Email API and Echo API; Globex's API; none for the master", () => {
    const names = (subdomain: string) => state.services.filter((s) => s.tenantId === tenantIdOf(subdomain)).map((s) => s.systemName);
    expect(names('acme')).toEqual(['api', 'email_api', 'echo_api']);
    expect(names('globex')).toEqual(['api']);
    expect(names('master')).toEqual([]);
    const echo = serviceNamed('Echo API');
    expect(state.mappingRules.filter((r) => r.serviceId === echo.id).map((r) => `${r.position} ${r.httpMethod} ${r.pattern}`)).toEqual([
      '1 GET /echo/{message}',
      '2 POST /echo$',
      '3 GET /status$',
      '4 GET /search?q={query}',
    ]);
  });

  it('gives a tenant created through the mock its default service', async () => {
    signIn(demo.masterEmail);
    const created = await data(`mutation { createTenant(input: { name: "Initech", adminEmail: "boss@initech.test" }) { tenant { id } } }`);
    const tenantId = created['createTenant'].tenant.id as string;
    expect(state.services.filter((s) => s.tenantId === tenantId).map((s) => [s.systemName, s.description])).toEqual([['api', "The tenant's first API."]]);
  });

  it(`refuses a metric past ${MAX_METRICS_PER_SERVICE} and a rule past ${MAX_MAPPING_RULES_PER_SERVICE}: LIMIT_REACHED on the service`, async () => {
    signIn(demo.acmeEmail);
    const api = serviceNamed('API');
    const hits = state.metrics.find((m) => m.serviceId === api.id)!;
    for (let i = state.metrics.filter((m) => m.serviceId === api.id).length; i < MAX_METRICS_PER_SERVICE; i++) {
      state.metrics.push(createMetric({ serviceId: api.id, friendlyName: `M ${i}` }));
    }
    for (let i = 1; i <= MAX_MAPPING_RULES_PER_SERVICE; i++) state.mappingRules.push(createMappingRule({ serviceId: api.id, metricId: hits.id, position: i }));
    const metric = await data(`mutation($id: ID!) { createMetric(input: { serviceId: $id, friendlyName: "One more", unit: "x" }) { userErrors { code field message } } }`, { id: api.id });
    expect(metric['createMetric'].userErrors).toEqual([
      { code: 'LIMIT_REACHED', field: ['input', 'serviceId'], message: `A service has at most ${MAX_METRICS_PER_SERVICE} metrics and methods.` },
    ]);
    const rule = await data(
      `mutation($id: ID!, $metric: ID!) { createMappingRule(input: { serviceId: $id, metricId: $metric, httpMethod: GET, pattern: "/x" }) { userErrors { code field message } } }`,
      { id: api.id, metric: hits.id },
    );
    expect(rule['createMappingRule'].userErrors).toEqual([
      { code: 'LIMIT_REACHED', field: ['input', 'serviceId'], message: `A service has at most ${MAX_MAPPING_RULES_PER_SERVICE} mapping rules.` },
    ]);
  });

  it('describes at most three dependents, then an ellipsis', async () => {
    signIn(demo.acmeEmail);
    const email = serviceNamed('Email API');
    const webApi = state.metrics.find((m) => m.serviceId === email.id && m.systemName === 'web_api')!;
    const result = await data(`mutation($id: ID!) { deleteMetric(input: { id: $id }) { deletedMetricId userErrors { code message } } }`, { id: webApi.id });
    expect(result['deleteMetric']).toEqual({
      deletedMetricId: null,
      userErrors: [
        { code: 'HAS_DEPENDENTS', message: '"web_api" is used by 4 mapping rules (GET /api/, POST /api/, PUT /api/, …). Confirm to delete them with it.' },
      ],
    });
  });

  it('lists a service\'s metrics with hits first, then the others by creation', async () => {
    signIn(demo.memberEmail);
    const result = await data(`query($id: ID!) { service(id: $id) { metrics { systemName kind builtin mapped parent { systemName } } } }`, {
      id: serviceNamed('Echo API').id,
    });
    expect(result['service'].metrics.map((m: { systemName: string; kind: string }) => `${m.kind} ${m.systemName}`)).toEqual([
      'METRIC hits',
      'METHOD echo',
      'METHOD status',
      'METHOD search',
      'METRIC data_transfer',
    ]);
  });
});
