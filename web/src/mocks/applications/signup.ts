import { passwordProblem } from '@gatehouse/schema/password';
import type { SignupErrorCode, SignupExpressInput } from '../../gql/schema-types';
import { findAccount, type AccountUserFixture } from '../accounts/account-store';
import { createAccount, type AccountFixture } from '../accounts/accounts';
import { signupSettingsOf } from '../accounts/signup-settings';
import { allOrNothing } from '../all-or-nothing';
import type { MockActor } from '../events/events';
import { codeIn, userError } from '../mock-errors';
import { findPlan } from '../plans/plans';
import { subscriptionOf, type ApplicationFixture, type ServiceSubscriptionFixture } from './application-store';
import { createApplication, type State } from './applications';
import { subscribe } from './subscriptions';

/**
 * `signupExpress` (server/src/modules/applications/signup.service.ts; seed 000's provisioning): the
 * account with its admin user (PENDING when the tenant or the account plan requires approval, else
 * APPROVED), its subscriptions to the given service plans' products, and an application on each given
 * application plan — or, without a list, on each product's default one. Refused while self-signup is
 * off; any refusal undoes everything, and its error is at the plan that failed.
 */
const signupError = (code: SignupErrorCode, message: string, field: string[] | null) => userError('SignupUserError', code, message, field);
type SignupError = ReturnType<typeof signupError>;
const SIGNUP_ERROR_CODES = {
  BLANK: 'BLANK',
  INVALID: 'INVALID',
  NOT_FOUND: 'NOT_FOUND',
  NO_DEFAULT_PLAN: 'NO_DEFAULT_PLAN',
  SIGNUP_DISABLED: 'SIGNUP_DISABLED',
  TAKEN: 'TAKEN',
  TOO_LONG: 'TOO_LONG',
  WRONG_PLAN: 'WRONG_PLAN',
} as const satisfies { readonly [K in SignupErrorCode]: K };
/** A module's user error as a signup error, at `field` when given (the module's own path otherwise). */
const asSignupError = (e: { code: string; message: string; field: string[] | null }, field?: string[]): SignupError =>
  signupError(codeIn(SIGNUP_ERROR_CODES, e.code, 'INVALID'), e.message, field ?? e.field ?? null);

type SignupOutcome =
  | { ok: true; account: AccountFixture; user: AccountUserFixture; applications: ApplicationFixture[]; subscriptions: ServiceSubscriptionFixture[] }
  | { ok: false; userErrors: SignupError[] };

export function signupExpress(state: State, actor: MockActor, input: SignupExpressInput, now: Date): SignupOutcome {
  // The password is checked (and hashed) before anything else, as the server does outside its transaction.
  const problem = input.password != null ? passwordProblem(input.password) : null;
  if (problem) return { ok: false, userErrors: [signupError('INVALID', problem, ['input', 'password'])] };
  return allOrNothing(state, (): SignupOutcome => {
    if (!signupSettingsOf(state, actor.tenantId).selfSignupEnabled) {
      return { ok: false, userErrors: [signupError('SIGNUP_DISABLED', 'Signups are turned off (signup settings).', ['input'])] };
    }
    const created = createAccount(
      state,
      actor,
      { ...input, planId: input.accountPlanId ?? null },
      now,
      { signup: true, developerAction: true, hasPassword: input.password != null },
    );
    if (!created.ok) {
      return { ok: false, userErrors: created.userErrors.map((e) => asSignupError(e, e.field?.[1] === 'planId' ? ['input', 'accountPlanId'] : undefined)) };
    }
    const account = findAccount(state, actor.tenantId, created.account.id)!;
    const subscriptions: ServiceSubscriptionFixture[] = [];
    for (const [i, planId] of (input.servicePlanIds ?? []).entries()) {
      const field = ['input', 'servicePlanIds', String(i)];
      const plan = findPlan(state, actor.tenantId, planId);
      const service = plan?.kind === 'SERVICE' ? state.services.find((s) => s.id === plan.serviceId && s.tenantId === actor.tenantId) : undefined;
      if (!plan || !service) return { ok: false, userErrors: [signupError('WRONG_PLAN', 'No such service plan in this tenant.', field)] };
      const subscribed = subscribe(state, actor, account, service, plan.id, now, field);
      if (!subscribed.ok) return { ok: false, userErrors: subscribed.userErrors.map((e) => asSignupError(e, field)) };
      subscriptions.push(subscribed.subscription);
    }
    // Without a list: each product's default application plan, in the order the plans were created.
    const applicationPlans =
      input.applicationPlanIds ??
      state.plans
        .filter((p) => p.tenantId === actor.tenantId && p.kind === 'APPLICATION' && p.isDefault)
        .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))
        .map((p) => p.id);
    const applications: ApplicationFixture[] = [];
    for (const [i, planId] of applicationPlans.entries()) {
      const field = ['input', 'applicationPlanIds', String(i)];
      const plan = findPlan(state, actor.tenantId, planId);
      if (!plan || plan.kind !== 'APPLICATION' || !plan.serviceId) return { ok: false, userErrors: [signupError('WRONG_PLAN', 'No such application plan in this tenant.', field)] };
      const service = state.services.find((s) => s.id === plan.serviceId)!;
      const hadSubscription = subscriptionOf(state, account.id, service.id) !== undefined;
      const made = createApplication(state, actor, { accountId: account.id, serviceId: service.id, planId: plan.id, name: `${service.name} app` }, now, { developerAction: true });
      if (!made.ok) return { ok: false, userErrors: made.userErrors.map((e) => asSignupError(e, field)) };
      applications.push(made.application);
      if (!hadSubscription) subscriptions.push(subscriptionOf(state, account.id, service.id)!);
    }
    return { ok: true, account, user: created.user, applications, subscriptions };
  });
}
