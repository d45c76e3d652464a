import type { UserFixture } from '../testing/factories';
import type { MockState } from './store';

/** What every mock resolver gets, built per operation like the server's request context. */
export interface MockContext {
  state: MockState;
  /** The signed-in user: the mock's stand-in for the session cookie. */
  viewer: UserFixture | null;
  /** GATEHOUSE_BASE_DOMAIN of the imitated server; Tenant.adminDomain is null without one. */
  baseDomain: string | null;
  now: Date;
  /** The request's ID (X-Request-Id): the audit log's entries of the request keep it. */
  requestId: string;
}
