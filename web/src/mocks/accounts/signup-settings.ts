import type { UpdateSignupSettingsInput } from '../../gql/schema-types';
import { changesOf, emit, type AuditState, type MockActor } from '../events/events';
import type { AccountsState } from './account-store';

/**
 * How developers sign up (server: `signupSettingsOf`, `updateSignupSettings` in
 * server/src/modules/accounts/account.service.ts; 003 ch.12): on their own or not, with approval or
 * not. A tenant that never changed them has the defaults (self-signup on, no approval); a change is
 * recorded (`signup_settings.updated`) with what changed, and nothing is when nothing does.
 */
export interface SignupSettingsView {
  __typename: 'SignupSettings';
  selfSignupEnabled: boolean;
  accountApprovalRequired: boolean;
}

export function signupSettingsOf(state: AccountsState, tenantId: string): SignupSettingsView {
  const row = state.signupSettings.find((s) => s.tenantId === tenantId);
  return { __typename: 'SignupSettings', selfSignupEnabled: row?.selfSignupEnabled ?? true, accountApprovalRequired: row?.accountApprovalRequired ?? false };
}

/** `updateSignupSettings`: the given settings (omitted ones stay); returns them as they are now. */
export function updateSignupSettings(state: AccountsState & AuditState, actor: MockActor, input: UpdateSignupSettingsInput, now: Date): SignupSettingsView {
  const before = signupSettingsOf(state, actor.tenantId);
  const after: SignupSettingsView = {
    __typename: 'SignupSettings',
    selfSignupEnabled: input.selfSignupEnabled ?? before.selfSignupEnabled,
    accountApprovalRequired: input.accountApprovalRequired ?? before.accountApprovalRequired,
  };
  const changes = changesOf(before, after, ['selfSignupEnabled', 'accountApprovalRequired']);
  if (!changes.length) return before;
  const values = { selfSignupEnabled: after.selfSignupEnabled, accountApprovalRequired: after.accountApprovalRequired, updatedAt: now.toISOString() };
  const row = state.signupSettings.find((s) => s.tenantId === actor.tenantId);
  if (row) Object.assign(row, values);
  else state.signupSettings.push({ tenantId: actor.tenantId, ...values });
  emit(state, actor, { type: 'signup_settings', action: 'updated', target: null, summary: 'Changed the signup settings.', changes }, now);
  return after;
}
