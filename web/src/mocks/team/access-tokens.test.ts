// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createAccessToken } from '../../testing/factories';
import { executeOperation } from '../execute-operation';
import { demo, state } from '../store';
import { MAX_ACTIVE_TOKENS_PER_USER } from './access-tokens';

/** What the parity test does not reach cheaply: the server would need 100 tokens of one user. */
const CREATE = `mutation($input: CreateAccessTokenInput!) {
  createAccessToken(input: $input) { token accessToken { id } userErrors { code field message } }
}`;
const input = { name: 'One more', scopes: ['BILLING'], permission: 'READ_ONLY' };

function signInWithTokens(active: number, extra: Omit<Parameters<typeof createAccessToken>[0], 'ownerId'>[] = []) {
  const owner = state.users.find((u) => u.email === demo.masterEmail)!;
  state.sessionUserId = owner.id;
  state.accessTokens = state.accessTokens.filter((t) => t.ownerId !== owner.id);
  for (let i = 0; i < active; i++) state.accessTokens.push(createAccessToken({ ownerId: owner.id, name: `Token ${i}` }));
  for (const fields of extra) state.accessTokens.push(createAccessToken({ ...fields, ownerId: owner.id }));
}

describe('createAccessToken in the mock', () => {
  it(`refuses a ${MAX_ACTIVE_TOKENS_PER_USER + 1}st active token with LIMIT_REACHED on the input, keeping nothing`, async () => {
    signInWithTokens(MAX_ACTIVE_TOKENS_PER_USER);
    const before = state.accessTokens.length;
    const { status, body } = await executeOperation({ query: CREATE, variables: { input } });
    expect(status).toBe(200);
    expect(body.data).toEqual({
      createAccessToken: {
        token: null,
        accessToken: null,
        userErrors: [{ code: 'LIMIT_REACHED', field: ['input'], message: 'You have 100 active tokens, the most a user may have; revoke one first.' }],
      },
    });
    expect(state.accessTokens).toHaveLength(before);
  });

  it('counts active tokens only: revoked and expired ones leave room', async () => {
    signInWithTokens(MAX_ACTIVE_TOKENS_PER_USER - 1, [
      { name: 'Revoked', state: 'REVOKED' },
      { name: 'Expired', state: 'EXPIRED' },
    ]);
    const { body } = await executeOperation({ query: CREATE, variables: { input } });
    const payload = (body.data as { createAccessToken: { accessToken: unknown; userErrors: unknown[] } }).createAccessToken;
    expect(payload.userErrors).toEqual([]);
    expect(payload.accessToken).not.toBeNull();
  });

  it('reports problems of the input before the limit', async () => {
    signInWithTokens(MAX_ACTIVE_TOKENS_PER_USER);
    const { body } = await executeOperation({ query: CREATE, variables: { input: { ...input, name: ' ' } } });
    const payload = (body.data as { createAccessToken: { userErrors: { code: string }[] } }).createAccessToken;
    expect(payload.userErrors.map((e) => e.code)).toEqual(['BLANK']);
  });
});
