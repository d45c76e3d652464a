// @vitest-environment node
import { SERVICE_TOKEN_PATTERN } from '@gatehouse/schema/tokens';
import { describe, expect, it } from 'vitest';
import { createServiceToken } from '../../testing/factories';
import { executeOperation } from '../execute-operation';
import { demo, state } from '../store';
import { MAX_SERVICE_TOKENS } from './service-tokens';

/** What the parity test leaves to a unit test: the seed, the plaintext never kept, and the cascade of a deleted product. */
const CREATE = `mutation($input: CreateServiceTokenInput!) {
  createServiceToken(input: $input) { token serviceToken { id name prefix lastUsedAt service { id } } userErrors { code field message } }
}`;
const TOKENS = `query($serviceId: ID!) { serviceTokens(serviceId: $serviceId) { id name } }`;
const DELETE_SERVICE = `mutation($id: ID!) { deleteService(input: { id: $id }) { userErrors { code } } }`;

const signIn = (email: string) => (state.sessionUserId = state.users.find((u) => u.email === email)!.id);
const acme = () => state.tenants.find((t) => t.subdomain === demo.acmeSubdomain)!;
const serviceNamed = (name: string) => state.services.find((s) => s.tenantId === acme().id && s.name === name)!;

async function run(query: string, variables: Record<string, unknown>) {
  const { status, body } = await executeOperation({ query, variables });
  return { status, body: body as { data?: Record<string, any>; errors?: { message: string; extensions: { code: string } }[] } };
}

describe('service tokens in the mock', () => {
  it('starts with none, as the server’s demo seed', () => {
    expect(state.serviceTokens).toEqual([]);
  });

  it('returns the plaintext once and keeps only its first 10 characters', async () => {
    signIn(demo.acmeEmail);
    const echo = serviceNamed('Echo API');
    const { body } = await run(CREATE, { input: { serviceId: echo.id, name: '  APIcast production ' } });
    const payload = body.data!['createServiceToken'];
    expect(payload.userErrors).toEqual([]);
    expect(payload.token).toMatch(SERVICE_TOKEN_PATTERN);
    expect(payload.serviceToken).toEqual({ id: expect.any(String), name: 'APIcast production', prefix: payload.token.slice(0, 10), lastUsedAt: null, service: { id: echo.id } });
    expect(JSON.stringify(state.serviceTokens)).not.toContain(payload.token);
    expect(state.auditEntries.at(-1)).toMatchObject({ type: 'service_token', action: 'created', summary: 'Created the service token "APIcast production" of Echo API.' });
  });

  it(`refuses an ${MAX_SERVICE_TOKENS + 1}th token of a product with LIMIT_REACHED, after checking the name`, async () => {
    signIn(demo.acmeEmail);
    const email = serviceNamed('Email API');
    for (let i = 0; i < MAX_SERVICE_TOKENS; i++) state.serviceTokens.push(createServiceToken({ tenantId: acme().id, serviceId: email.id }));
    const full = await run(CREATE, { input: { serviceId: email.id, name: 'One more' } });
    expect(full.body.data!['createServiceToken']).toEqual({
      token: null,
      serviceToken: null,
      userErrors: [{ code: 'LIMIT_REACHED', field: ['input', 'serviceId'], message: `Email API has ${MAX_SERVICE_TOKENS} service tokens, the most a product may have; revoke one first.` }],
    });
    const blank = await run(CREATE, { input: { serviceId: email.id, name: ' ' } });
    expect(blank.body.data!['createServiceToken'].userErrors.map((e: { code: string }) => e.code)).toEqual(['BLANK']);
    expect(state.serviceTokens).toHaveLength(MAX_SERVICE_TOKENS);
  });

  it('lets a deleted product take its tokens along', async () => {
    signIn(demo.acmeEmail);
    const echo = serviceNamed('Echo API');
    const other = serviceNamed('Email API');
    state.serviceTokens.push(createServiceToken({ tenantId: acme().id, serviceId: echo.id }), createServiceToken({ tenantId: acme().id, serviceId: other.id }));
    expect((await run(DELETE_SERVICE, { id: echo.id })).body.data!['deleteService'].userErrors).toEqual([]);
    expect(state.serviceTokens.map((t) => t.serviceId)).toEqual([other.id]);
    const listed = await run(TOKENS, { serviceId: echo.id });
    expect(listed.body.errors?.map((e) => [e.extensions.code, e.message])).toEqual([['NOT_FOUND', 'Service not found.']]);
  });

  it('refuses members before anything runs', async () => {
    signIn(demo.memberEmail);
    const listed = await run(TOKENS, { serviceId: serviceNamed('Echo API').id });
    expect(listed.status).toBe(403);
    expect(listed.body.errors?.[0]?.message).toBe('`Query.serviceTokens` is only for admins.');
  });
});
