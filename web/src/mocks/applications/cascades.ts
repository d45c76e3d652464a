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

// A deleted plan takes the plan change requests from or to it.
registerPlanCascade((state, planIds) => {
  const store = state as Partial<State> & typeof state;
  if (store.planChangeRequests) store.planChangeRequests = store.planChangeRequests.filter((r) => !planIds.has(r.fromPlanId) && !planIds.has(r.toPlanId));
});

// An account is found by an application's user key, app ID or client ID (exact values).
registerAccountSearch((state, account, text) => accountHasCredential(state as State, account, text));
