import { registerAccountCascade, registerAccountSearch } from '../accounts/accounts';
import { registerServiceCascade } from '../catalog/catalog';
import { registerPlanCascade } from '../plans/plan-store';
import { accountHasCredential, dropApplications, type State } from './applications';

/**
 * What the applications domain keeps that goes with other domains' rows, as the server's foreign keys
 * cascade (and what it adds to their search): registered once, when the module is loaded.
 */

// A deleted account takes its subscriptions and applications (with their keys, requests and custom plans).
registerAccountCascade((state, accountId) => {
  const store = state as State;
  dropApplications(store, new Set(store.applications.filter((a) => a.accountId === accountId).map((a) => a.id)));
  store.serviceSubscriptions = store.serviceSubscriptions.filter((s) => s.accountId !== accountId);
});

// So does a deleted product.
registerServiceCascade((state, serviceId) => {
  const store = state as State;
  dropApplications(store, new Set(store.applications.filter((a) => a.serviceId === serviceId).map((a) => a.id)));
  store.serviceSubscriptions = store.serviceSubscriptions.filter((s) => s.serviceId !== serviceId);
});

// A deleted plan takes the plan change requests to it; those from it keep no plan they came from
// (the server's from_plan_id ON DELETE SET NULL: a custom plan goes when its application leaves it).
registerPlanCascade((state, planIds) => {
  const store = state as Partial<State> & typeof state;
  if (!store.planChangeRequests) return;
  store.planChangeRequests = store.planChangeRequests.filter((r) => !planIds.has(r.toPlanId));
  for (const request of store.planChangeRequests) if (request.fromPlanId && planIds.has(request.fromPlanId)) request.fromPlanId = null;
});

// An account is found by an application's user key, app ID or client ID (exact values).
registerAccountSearch((state, account, text) => accountHasCredential(state as State, account, text));
