// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { toGlobalId } from '../global-id';
import { shapeSignature } from './shape-signature';

const token = (secret: string, id: string, userErrors: unknown[] = []) => ({
  status: 200,
  body: {
    data: {
      createAccessToken: {
        token: secret,
        accessToken: secret ? { id, prefix: secret.slice(0, 10), createdAt: '2026-03-01T10:00:00.000Z', expiresAt: null } : null,
        userErrors,
      },
    },
  },
});
const secret = (fill: string) => `gha_${fill.repeat(43)}`;
const tokenId = (n: number) => toGlobalId('AccessToken', `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`);

describe('shape signature', () => {
  it('sets values aside: two answers of the same shape and formats sign alike', () => {
    expect(shapeSignature(token(secret('a'), tokenId(1)))).toEqual(shapeSignature(token(secret('B'), tokenId(2))));
  });

  it('tells a token of another format apart', () => {
    expect(shapeSignature(token(`gh_${'a'.repeat(40)}`, tokenId(1)))).not.toEqual(shapeSignature(token(secret('a'), tokenId(1))));
  });

  it('checks service tokens and their prefixes by format, apart from access tokens', () => {
    const created = (token: string) => ({ status: 200, body: { data: { createServiceToken: { token, serviceToken: { prefix: token.slice(0, 10) } } } } });
    const service = (fill: string) => `ghs_${fill.repeat(43)}`;
    expect(shapeSignature(created(service('a')))).toEqual(shapeSignature(created(service('B'))));
    expect(shapeSignature(created(service('a')))).not.toEqual(shapeSignature(created(secret('a'))));
    expect(shapeSignature(created(`ghs_${'a'.repeat(42)}`))).not.toEqual(shapeSignature(created(service('a'))));
  });

  it('tells an id of another type, or not a global id, apart', () => {
    const asToken = shapeSignature(token(secret('a'), tokenId(1)));
    expect(shapeSignature(token(secret('a'), toGlobalId('Tenant', '00000000-0000-4000-8000-000000000001')))).not.toEqual(asToken);
    expect(shapeSignature(token(secret('a'), btoa('AccessToken:1')))).not.toEqual(asToken);
  });

  it('compares userError codes, fields and messages, and error codes, as values', () => {
    const error = (code: string, field: string[]) => ({ __typename: 'AccessTokenUserError', code, field, message: 'No such access token of yours.' });
    const notFound = shapeSignature(token('', '', [error('NOT_FOUND', ['input', 'id'])]));
    expect(shapeSignature(token('', '', [error('INVALID', ['input', 'id'])]))).not.toEqual(notFound);
    expect(shapeSignature(token('', '', [error('NOT_FOUND', ['input', 'name'])]))).not.toEqual(notFound);
    expect(shapeSignature(token('', '', [{ ...error('NOT_FOUND', ['input', 'id']), message: 'Gone.' }]))).not.toEqual(notFound);
    const refused = (code: string) => ({ status: 401, body: { errors: [{ message: 'Sign in.', extensions: { code } }] } });
    expect(shapeSignature(refused('UNAUTHENTICATED'))).not.toEqual(shapeSignature(refused('FORBIDDEN')));
  });

  it('tells nullness, an empty list, a missing key and the HTTP status apart', () => {
    const base = { status: 200, body: { data: { viewer: { id: tokenId(1), name: null, tokens: [1] } } } };
    const variant = (viewer: object, status = 200) => shapeSignature({ status, body: { data: { viewer } } });
    expect(variant({ id: tokenId(1), name: 'Ann', tokens: [1] })).not.toEqual(shapeSignature(base));
    expect(variant({ id: tokenId(1), name: null, tokens: [] })).not.toEqual(shapeSignature(base));
    expect(variant({ id: tokenId(1), tokens: [1] })).not.toEqual(shapeSignature(base));
    expect(variant(base.body.data.viewer, 401)).not.toEqual(shapeSignature(base));
  });

  it('keeps order and values of the keys a step names', () => {
    const list = (...names: string[]) => ({ status: 200, body: { data: { accessTokens: { nodes: names.map((name) => ({ name })) } } } });
    expect(shapeSignature(list('a', 'b'))).toEqual(shapeSignature(list('b', 'a')));
    expect(shapeSignature(list('a', 'b'), { values: ['name'], ordered: true })).not.toEqual(
      shapeSignature(list('b', 'a'), { values: ['name'], ordered: true }),
    );
  });

  it('compares the global IDs inside a text compared by value by their type (the link of an email)', () => {
    const mail = (id: string) => ({ status: 200, body: { data: { textBody: `Open it: https://acme-admin.test/accounts/${id}` } } });
    const uuid = (n: number) => `0a1b2c3d-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const base = shapeSignature(mail(toGlobalId('Account', uuid(1))), { values: ['textBody'] });
    expect(shapeSignature(mail(toGlobalId('Account', uuid(2))), { values: ['textBody'] })).toEqual(base);
    expect(shapeSignature(mail(toGlobalId('Application', uuid(1))), { values: ['textBody'] })).not.toEqual(base);
    expect(shapeSignature(mail('not-a-global-id-but-long-enough'), { values: ['textBody'] })).not.toEqual(base);
  });

  it('checks webhook secrets and event ids by format, and a delivery body by the JSON it holds', () => {
    const delivery = (secret: string, eventId: string, body: string) => ({ status: 200, body: { data: { settings: { secret }, delivery: { eventId, body } } } });
    const uuid = (n: number) => `0a1b2c3d-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const ping = (id: string, extra: object = {}) =>
      JSON.stringify({ id, type: 'webhook', action: 'ping', occurredAt: '2026-03-01T10:00:00.000Z', object: { tenant: { id: toGlobalId('Tenant', uuid(9)), name: 'Acme API' }, ...extra } });
    const base = shapeSignature(delivery(`whsec_${'a'.repeat(43)}`, uuid(1), ping(uuid(1))), { values: ['type', 'action', 'name'] });
    expect(shapeSignature(delivery(`whsec_${'B'.repeat(43)}`, uuid(2), ping(uuid(2))), { values: ['type', 'action', 'name'] })).toEqual(base);
    expect(shapeSignature(delivery(`whsec_${'a'.repeat(42)}`, uuid(1), ping(uuid(1))), { values: ['type', 'action', 'name'] })).not.toEqual(base);
    expect(shapeSignature(delivery(`whsec_${'a'.repeat(43)}`, 'nope', ping(uuid(1))), { values: ['type', 'action', 'name'] })).not.toEqual(base);
    expect(shapeSignature(delivery(`whsec_${'a'.repeat(43)}`, uuid(1), ping(uuid(1), { message: 'hi' })), { values: ['type', 'action', 'name'] })).not.toEqual(base);
    expect(shapeSignature(delivery(`whsec_${'a'.repeat(43)}`, uuid(1), ping(uuid(1)).replace('Acme API', 'Globex')), { values: ['type', 'action', 'name'] })).not.toEqual(base);
    expect(shapeSignature(delivery(`whsec_${'a'.repeat(43)}`, uuid(1), 'not json'))).toEqual(shapeSignature(delivery(`whsec_${'a'.repeat(43)}`, uuid(1), 'neither')));
  });
});
