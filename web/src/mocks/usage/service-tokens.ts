import { MAX_SERVICE_TOKEN_NAME_LENGTH } from '@gatehouse/schema/lengths';
import { accessTokenDisplayPrefix, serviceTokenFromRandomBytes, TOKEN_RANDOM_BYTES } from '@gatehouse/schema/tokens';
import type { ServiceTokenErrorCode } from '../../gql/schema-types';
import { createServiceToken as serviceTokenFixture, type ServiceTokenFixture } from '../../testing/factories';
import { findService, type CatalogState } from '../catalog/catalog';
import { emit, type AuditState, type MockActor } from '../events/events';
import { rowIdOf, toGlobalId } from '../global-id';
import { userError } from '../mock-errors';

/**
 * Service tokens, with the rules of server/src/modules/usage/service-token.service.ts: what a gateway
 * sends as `Authorization: Bearer ghs_…` to the usage endpoint of one product. The mock keeps the
 * prefix only, as the server keeps it with an HMAC of the token: the plaintext exists in the payload
 * of `createServiceToken` alone. It has no usage endpoint, so `lastUsedAt` stays null.
 */
export interface ServiceTokensState {
  serviceTokens: ServiceTokenFixture[];
}

/** Tokens a product may have at once (the server's MAX_SERVICE_TOKENS): one per gateway or environment, with room to rotate. */
export const MAX_SERVICE_TOKENS = 10;

const tokenError = (code: ServiceTokenErrorCode, message: string, field: string[]) => userError('ServiceTokenUserError', code, message, field);
type ServiceTokenError = ReturnType<typeof tokenError>;

/** Outcome of a write: what the payload shows, or why nothing changed. */
export type Outcome<T> = ({ ok: true } & T) | { ok: false; userErrors: ServiceTokenError[] };

const target = (token: ServiceTokenFixture) => ({ type: 'ServiceToken', id: token.id, name: token.name });

/**
 * The tokens of one of the tenant's products, oldest first; null when the tenant has no such product
 * (`serviceTokens` is then NOT_FOUND). The server breaks ties of `createdAt` by row id; the mock, whose
 * writes are a millisecond apart at most, by insertion.
 */
export function serviceTokensOf(state: ServiceTokensState & CatalogState, tenantId: string, serviceId: string): ServiceTokenFixture[] | null {
  const service = findService(state, tenantId, serviceId);
  if (!service) return null;
  return state.serviceTokens
    .filter((t) => t.tenantId === tenantId && t.serviceId === service.id)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
}

/** The tenant's token with this row key (`node(id:)`); another tenant's is none of its business. */
export function findServiceToken(state: ServiceTokensState, tenantId: string, rowId: string): ServiceTokenFixture | undefined {
  return state.serviceTokens.find((t) => t.tenantId === tenantId && rowIdOf(t.id, 'ServiceToken') === rowId);
}

/**
 * Creates a token for one of the actor's products, in the server's order: the name (trimmed; blank,
 * too long), then the product, then how many tokens it has. The plaintext is returned this once.
 */
export function createServiceToken(
  state: ServiceTokensState & CatalogState & AuditState,
  actor: MockActor,
  input: { serviceId: string; name: string },
  now: Date,
): Outcome<{ serviceToken: ServiceTokenFixture; token: string }> {
  const name = input.name.trim();
  if (!name) return { ok: false, userErrors: [tokenError('BLANK', 'Give the token a name.', ['input', 'name'])] };
  if (name.length > MAX_SERVICE_TOKEN_NAME_LENGTH) {
    return { ok: false, userErrors: [tokenError('TOO_LONG', `Use at most ${MAX_SERVICE_TOKEN_NAME_LENGTH} characters.`, ['input', 'name'])] };
  }
  const service = findService(state, actor.tenantId, input.serviceId);
  if (!service) return { ok: false, userErrors: [tokenError('NOT_FOUND', 'No such product.', ['input', 'serviceId'])] };
  const n = state.serviceTokens.filter((t) => t.tenantId === actor.tenantId && t.serviceId === service.id).length;
  if (n >= MAX_SERVICE_TOKENS) {
    const message = `${service.name} has ${n} service tokens, the most a product may have; revoke one first.`;
    return { ok: false, userErrors: [tokenError('LIMIT_REACHED', message, ['input', 'serviceId'])] };
  }
  const token = serviceTokenFromRandomBytes(crypto.getRandomValues(new Uint8Array(TOKEN_RANDOM_BYTES)));
  const serviceToken = serviceTokenFixture({
    id: toGlobalId('ServiceToken', crypto.randomUUID()),
    tenantId: actor.tenantId,
    serviceId: service.id,
    name,
    prefix: accessTokenDisplayPrefix(token),
    createdAt: now.toISOString(),
    lastUsedAt: null,
  });
  state.serviceTokens.push(serviceToken);
  emit(state, actor, { type: 'service_token', action: 'created', target: target(serviceToken), summary: `Created the service token "${name}" of ${service.name}.` }, now);
  return { ok: true, serviceToken, token };
}

/** Revokes (deletes) one of the tenant's tokens; the payload shows it as it was. */
export function revokeServiceToken(
  state: ServiceTokensState & AuditState,
  actor: MockActor,
  id: string,
  now: Date,
): Outcome<{ serviceToken: ServiceTokenFixture }> {
  const rowId = rowIdOf(id, 'ServiceToken');
  const token = rowId ? findServiceToken(state, actor.tenantId, rowId) : undefined;
  if (!token) return { ok: false, userErrors: [tokenError('NOT_FOUND', 'No such service token.', ['input', 'id'])] };
  state.serviceTokens = state.serviceTokens.filter((t) => t !== token);
  emit(state, actor, { type: 'service_token', action: 'revoked', target: target(token), summary: `Revoked the service token "${token.name}".` }, now);
  return { ok: true, serviceToken: token };
}
