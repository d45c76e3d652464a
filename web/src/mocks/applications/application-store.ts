import type { ApplicationState, PlanChangeRequestState, ServiceSubscriptionState } from '../../gql/schema-types';
import { rowIdOf } from '../global-id';

/**
 * The rows of the applications domain (server/src/modules/applications/applications.tables.ts), with
 * no rule, so the rules, the seed and the other domains' cascades can all use them. Ids are global,
 * as the mock keeps every row's; relations are held by global ID.
 */

/** An account's subscription to a service, on one of the service's service plans; one per account and service. */
export interface ServiceSubscriptionFixture {
  __typename: 'ServiceSubscription';
  id: string;
  tenantId: string;
  accountId: string;
  serviceId: string;
  planId: string;
  state: ServiceSubscriptionState;
  createdAt: string;
  updatedAt: string;
}

/**
 * An account's access to a service on an application plan, with its credentials: every application has
 * a user key, an app ID (its OIDC client ID) and a client secret whatever the service's mode; its app
 * keys are rows of their own.
 */
export interface ApplicationFixture {
  __typename: 'Application';
  id: string;
  tenantId: string;
  accountId: string;
  serviceId: string;
  planId: string;
  name: string;
  description: string | null;
  state: ApplicationState;
  userKey: string;
  appId: string;
  clientSecret: string;
  redirectUrl: string | null;
  trialEndsAt: string | null;
  firstTrafficAt: string | null;
  lastTrafficAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One of an application's app keys, kept in rotation. */
export interface ApplicationKeyFixture {
  __typename: 'ApplicationKey';
  id: string;
  tenantId: string;
  applicationId: string;
  value: string;
  createdAt: string;
}

/** A developer's request to move an application to another plan; at most one pending per application. */
export interface PlanChangeRequestFixture {
  __typename: 'PlanChangeRequest';
  id: string;
  tenantId: string;
  applicationId: string;
  /** The plan it was on when asked; null once that plan is gone (a custom plan goes when its application leaves it). */
  fromPlanId: string | null;
  toPlanId: string;
  state: PlanChangeRequestState;
  message: string | null;
  reason: string | null;
  createdAt: string;
  decidedAt: string | null;
}

export interface ApplicationsState {
  serviceSubscriptions: ServiceSubscriptionFixture[];
  applications: ApplicationFixture[];
  applicationKeys: ApplicationKeyFixture[];
  planChangeRequests: PlanChangeRequestFixture[];
}

export const emptyApplicationsState = (): ApplicationsState => ({ serviceSubscriptions: [], applications: [], applicationKeys: [], planChangeRequests: [] });

/** Rows written one after another keep their order, a millisecond apart at least (the server's `clock_timestamp()`). */
export function nextTime(rows: readonly { createdAt: string }[], now: Date): Date {
  const latest = rows.reduce((max, row) => Math.max(max, Date.parse(row.createdAt)), 0);
  return new Date(Math.max(now.getTime(), latest ? latest + 1 : 0));
}

const sameRow = (fixtureId: string, globalId: string | null | undefined, typeName: string) => {
  const rowId = globalId ? rowIdOf(globalId, typeName) : null;
  return rowId !== null && rowIdOf(fixtureId, typeName) === rowId;
};

/** The tenant's application with this global ID; undefined for another tenant's, another type's or a malformed ID (row-level security). */
export function findApplication(state: ApplicationsState, tenantId: string, id: string | null | undefined): ApplicationFixture | undefined {
  return state.applications.find((a) => a.tenantId === tenantId && sameRow(a.id, id, 'Application'));
}

export function findApplicationKey(state: ApplicationsState, tenantId: string, id: string | null | undefined): ApplicationKeyFixture | undefined {
  return state.applicationKeys.find((k) => k.tenantId === tenantId && sameRow(k.id, id, 'ApplicationKey'));
}

export function findSubscription(state: ApplicationsState, tenantId: string, id: string | null | undefined): ServiceSubscriptionFixture | undefined {
  return state.serviceSubscriptions.find((s) => s.tenantId === tenantId && sameRow(s.id, id, 'ServiceSubscription'));
}

export function findPlanChangeRequest(state: ApplicationsState, tenantId: string, id: string | null | undefined): PlanChangeRequestFixture | undefined {
  return state.planChangeRequests.find((r) => r.tenantId === tenantId && sameRow(r.id, id, 'PlanChangeRequest'));
}

/** The application of a key or a request (the foreign key holds it). */
export function applicationOf(state: ApplicationsState, applicationId: string): ApplicationFixture {
  const application = state.applications.find((a) => a.id === applicationId);
  if (!application) throw new Error(`Mock data: no application ${applicationId}`);
  return application;
}

/** The account's subscription to the service, if any. */
export const subscriptionOf = (state: ApplicationsState, accountId: string, serviceId: string) =>
  state.serviceSubscriptions.find((s) => s.accountId === accountId && s.serviceId === serviceId);

const rowKey = (id: string) => rowIdOf(id, 'ApplicationKey') ?? id;
/** An application's app keys, oldest first (ties by row key, as the server orders them). */
export function keysOf(state: ApplicationsState, applicationId: string): ApplicationKeyFixture[] {
  return state.applicationKeys
    .filter((k) => k.applicationId === applicationId)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (rowKey(a.id) < rowKey(b.id) ? -1 : rowKey(a.id) > rowKey(b.id) ? 1 : 0));
}

/**
 * Removes applications with what goes with them (the server's cascades): their keys and plan change
 * requests. Their custom plans the caller removes with the plans' own cascade.
 */
export function removeApplications(state: ApplicationsState, ids: ReadonlySet<string>): void {
  if (ids.size === 0) return;
  state.applications = state.applications.filter((a) => !ids.has(a.id));
  state.applicationKeys = state.applicationKeys.filter((k) => !ids.has(k.applicationId));
  state.planChangeRequests = state.planChangeRequests.filter((r) => !ids.has(r.applicationId));
}

// ── as webhooks post them (server: applicationObject, keyObject) ──────────────────────────────────

/** The application as the API returns it, for webhooks: identifiers, never app keys or the client secret. */
export function applicationObject(app: ApplicationFixture): Record<string, unknown> {
  return {
    id: app.id,
    name: app.name,
    description: app.description,
    state: app.state,
    account: { id: app.accountId },
    service: { id: app.serviceId },
    plan: { id: app.planId },
    userKey: app.userKey,
    appId: app.appId,
    trialEndsAt: app.trialEndsAt,
    createdAt: app.createdAt,
    updatedAt: app.updatedAt,
  };
}

/** The last four characters of a key: what the audit log and webhooks show of it. */
export const masked = (value: string) => `…${value.slice(-4)}`;

/** An app key for webhooks: masked. */
export function keyObject(app: ApplicationFixture, key: ApplicationKeyFixture): Record<string, unknown> {
  return { id: key.id, application: { id: app.id }, value: masked(key.value), createdAt: key.createdAt };
}
