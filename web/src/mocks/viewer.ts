import type { UserFixture } from '../testing/factories';
import { userActor, type UserActor } from './events/events';
import type { MockContext } from './mock-context';
import { unauthenticated } from './mock-errors';

/** The caller, for fields the access check already kept from anonymous callers (the server's requireAuth). */
export function requireViewer(ctx: MockContext): UserFixture {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}

/** The signed-in caller as the actor of a write (the server's `actorOf`): who, and through which request. */
export function actorOf(ctx: MockContext): UserActor {
  return userActor(requireViewer(ctx), ctx.requestId);
}

/** Whether the caller belongs to the master tenant: row-level security lets it see every tenant's rows. */
export function isMasterViewer(ctx: MockContext): boolean {
  const viewer = ctx.viewer;
  return !!viewer && !!ctx.state.tenants.find((t) => t.id === viewer.tenantId)?.isMaster;
}
