import { MAX_ACCESS_TOKEN_NAME_LENGTH } from '@gatehouse/schema/lengths';
import { createAccessToken as accessTokenFixture, type AccessTokenFixture, type UserFixture } from '../../testing/factories';
import type { AccessTokenFilter, AccessTokenOrder, AccessTokenState, CreateAccessTokenInput } from '../../gql/schema-types';
import type { KeysetOrder } from '../connection';
import { emit, type AuditState, type UserActor } from '../events/events';
import { fromGlobalId, rowIdOf, toGlobalId } from '../global-id';
import type { ItemOutcome } from '../bulk';
import { assertListingFilter } from '../listing-filter';
import { userError } from '../mock-errors';
import { generateAccessToken } from './access-token-format';

/** Personal access tokens, with the rules of server/src/modules/team/access-token.service.ts. */
export interface AccessTokensState {
  accessTokens: AccessTokenFixture[];
}

/** Active tokens a user may hold at once (the server's MAX_ACTIVE_TOKENS_PER_USER). */
export const MAX_ACTIVE_TOKENS_PER_USER = 100;

type AccessTokenErrorCode = 'BLANK' | 'INVALID' | 'TOO_LONG' | 'EXPIRES_IN_PAST' | 'ALREADY_REVOKED' | 'NOT_FOUND' | 'LIMIT_REACHED';
const tokenError = (code: AccessTokenErrorCode, message: string, field: string[]) =>
  userError('AccessTokenUserError', code, message, field);

/**
 * Revoked, else expired once its expiry has passed, else active. A fixture's stored state counts
 * too, so a test can mark a token revoked or expired directly.
 */
export function accessTokenState(token: AccessTokenFixture, now: Date): AccessTokenState {
  if (token.revokedAt || token.state === 'REVOKED') return 'REVOKED';
  if ((token.expiresAt && Date.parse(token.expiresAt) <= now.getTime()) || token.state === 'EXPIRED') return 'EXPIRED';
  return 'ACTIVE';
}

function tokenOrder(orderBy: AccessTokenOrder | null | undefined): KeysetOrder<AccessTokenFixture> {
  const { field, direction } = orderBy ?? { field: 'CREATED_AT', direction: 'DESC' };
  return field === 'NAME'
    ? { key: field, kind: 'text', value: (t) => t.name, direction }
    : { key: field, kind: 'timestamp', value: (t) => t.createdAt, direction };
}

/** Whether a token matches a listing filter: name contains / prefix starts with the search (any case), and one of the states. */
export function matchesAccessTokenFilter(token: AccessTokenFixture, filter: AccessTokenFilter | null | undefined, now: Date): boolean {
  const search = filter?.search?.trim().toLowerCase();
  const states = filter?.states?.length ? filter.states : null;
  return (
    (!search || token.name.toLowerCase().includes(search) || token.prefix.toLowerCase().startsWith(search)) &&
    (!states || states.includes(accessTokenState(token, now)))
  );
}

/** The owner's tokens matching the filter. */
export function listAccessTokens(
  state: AccessTokensState,
  owner: UserFixture,
  filter: AccessTokenFilter | null | undefined,
  orderBy: AccessTokenOrder | null | undefined,
  now: Date,
) {
  assertListingFilter(filter);
  const items = state.accessTokens.filter((t) => t.ownerId === owner.id && matchesAccessTokenFilter(t, filter, now));
  return { items, order: tokenOrder(orderBy) };
}

const tokenTarget = (token: AccessTokenFixture) => ({ type: 'AccessToken', id: token.id, name: token.name });

/** Every problem of the input at once, as the server reports them; the plaintext token this once. */
export function createAccessToken(state: AccessTokensState & AuditState, actor: UserActor, input: CreateAccessTokenInput, now: Date) {
  const owner = actor.user;
  const errors: ReturnType<typeof tokenError>[] = [];
  const name = input.name.trim();
  if (!name) errors.push(tokenError('BLANK', 'Give the token a name.', ['input', 'name']));
  else if (name.length > MAX_ACCESS_TOKEN_NAME_LENGTH) {
    errors.push(tokenError('TOO_LONG', `Use at most ${MAX_ACCESS_TOKEN_NAME_LENGTH} characters.`, ['input', 'name']));
  }
  if (input.scopes.length === 0) errors.push(tokenError('INVALID', 'Choose at least one scope.', ['input', 'scopes']));
  else if (new Set(input.scopes).size !== input.scopes.length) {
    errors.push(tokenError('INVALID', 'Each scope may be given once.', ['input', 'scopes']));
  }
  if (input.expiresAt && Date.parse(input.expiresAt) <= now.getTime()) {
    errors.push(tokenError('EXPIRES_IN_PAST', 'The expiry must be in the future.', ['input', 'expiresAt']));
  }
  if (errors.length) return { accessToken: null, token: null, userErrors: errors };
  // Counted once the input is valid, as the server does.
  const active = state.accessTokens.filter((t) => t.ownerId === owner.id && accessTokenState(t, now) === 'ACTIVE').length;
  if (active >= MAX_ACTIVE_TOKENS_PER_USER) {
    const message = `You have ${active} active tokens, the most a user may have; revoke one first.`;
    return { accessToken: null, token: null, userErrors: [tokenError('LIMIT_REACHED', message, ['input'])] };
  }

  const { token, prefix } = generateAccessToken();
  const accessToken = accessTokenFixture({
    id: toGlobalId('AccessToken', crypto.randomUUID()),
    ownerId: owner.id,
    name,
    scopes: input.scopes,
    permission: input.permission,
    prefix,
    expiresAt: input.expiresAt ?? null,
    createdAt: now.toISOString(),
  });
  state.accessTokens.push(accessToken);
  const access = `${accessToken.permission === 'READ_WRITE' ? 'read-write' : 'read-only'}: ${accessToken.scopes.join(', ')}`;
  emit(state, actor, { type: 'access_token', action: 'created', target: tokenTarget(accessToken), summary: `Created the access token "${name}" (${access}).` }, now);
  return { accessToken, token, userErrors: [] };
}

export function revokeAccessToken(state: AccessTokensState & AuditState, actor: UserActor, id: string, now: Date) {
  const owner = actor.user;
  const rowId = rowIdOf(id, 'AccessToken');
  const token = rowId ? state.accessTokens.find((t) => t.ownerId === owner.id && fromGlobalId(t.id)?.rowId === rowId) : undefined;
  if (!token) return { accessToken: null, userErrors: [tokenError('NOT_FOUND', 'No such access token of yours.', ['input', 'id'])] };
  if (accessTokenState(token, now) === 'REVOKED') {
    return { accessToken: null, userErrors: [tokenError('ALREADY_REVOKED', 'This token was revoked already.', ['input', 'id'])] };
  }
  token.revokedAt = now.toISOString();
  token.state = 'REVOKED';
  emit(state, actor, { type: 'access_token', action: 'revoked', target: tokenTarget(token), summary: `Revoked the access token "${token.name}".` }, now);
  return { accessToken: token, userErrors: [] };
}

/** One item of the bulk revoke (`revokeAccessTokens(input: { ids })`): its error names the `ids` input. */
export function revokeAccessTokenItem(
  state: AccessTokensState & AuditState,
  actor: UserActor,
  id: string,
  now: Date,
): ItemOutcome<ReturnType<typeof tokenError>> {
  const { userErrors } = revokeAccessToken(state, actor, id, now);
  return userErrors[0] ? { ok: false, error: { ...userErrors[0], field: ['input', 'ids'] } } : { ok: true };
}
