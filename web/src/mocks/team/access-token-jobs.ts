import type { AccessTokenFilter } from '../../gql/schema-types';
import type { JobFixture } from '../../testing/factories';
import { userActor, type AuditState } from '../events/events';
import { rowIdOf, toGlobalId } from '../global-id';
import type { MockJobKind } from '../jobs/jobs';
import { matchesAccessTokenFilter, revokeAccessToken, type AccessTokensState } from './access-tokens';
import type { UsersState } from './users';

/** What `revokeAccessTokens(input: { filter, exceptIds })` enqueues; `exceptIds` are row keys. */
export interface RevokeAccessTokensParams {
  filter: AccessTokenFilter;
  exceptIds: string[];
}

type State = AccessTokensState & UsersState & AuditState;

/** The user whose tokens the job revokes: only the one who asked (tokens are personal). */
const ownerOf = (state: State, job: JobFixture) => state.users.find((u) => u.id === job.actorUserId && u.tenantId === job.tenantId) ?? null;

/** Row keys of the owner's tokens the filter matches, minus the excepted ones, in key order (the server's keyset by id). */
function selection(state: State, job: JobFixture, now: Date): string[] {
  const owner = ownerOf(state, job);
  if (!owner) return [];
  const { filter, exceptIds } = job.params as RevokeAccessTokensParams;
  const excepted = new Set(exceptIds);
  return state.accessTokens
    .filter((t) => t.ownerId === owner.id && matchesAccessTokenFilter(t, filter, now))
    .map((t) => rowIdOf(t.id, 'AccessToken')!)
    .filter((rowId) => !excepted.has(rowId))
    .sort();
}

/** The server's `team.revokeAccessTokens` kind (server/src/modules/team/access-token.jobs.ts). */
export const revokeAccessTokensJob: MockJobKind<State> = {
  kind: 'team.revokeAccessTokens',
  chunkSize: 100,
  itemType: 'AccessToken',
  count: (state, job, now) => selection(state, job, now).length,
  // A token the job revoked may leave the filter (ACTIVE): the cursor is a key, so later pages do not shift.
  items: (state, job, after, limit, now) => selection(state, job, now).filter((id) => after === null || id > after).slice(0, limit),
  apply: (state, job, itemId, now) => {
    const owner = ownerOf(state, job);
    if (!owner) return { ok: false, code: 'NOT_FOUND', message: "Only a user's own tokens can be revoked." };
    // The job acts as the user who asked for it, through the request that enqueued it (the server stores that actor).
    const [error] = revokeAccessToken(state, userActor(owner, job.actorRequestId), toGlobalId('AccessToken', itemId), now).userErrors;
    return error ? { ok: false, code: error.code, message: error.message } : { ok: true };
  },
};
