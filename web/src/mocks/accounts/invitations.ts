import { renderInvitationMail } from '@gatehouse/schema/notification-mail';
import { passwordProblem } from '@gatehouse/schema/password';
import { sessionTokenFromRandomBytes, TOKEN_RANDOM_BYTES } from '@gatehouse/schema/tokens';
import type { AccountInvitationOrder, AccountUserRole, InvitationState } from '../../gql/schema-types';
import { allOrNothing } from '../all-or-nothing';
import { MOCK_BASE_DOMAIN } from '../base-domain';
import type { KeysetOrder } from '../connection';
import { emit, type MockActor } from '../events/events';
import { rowIdOf, toGlobalId } from '../global-id';
import { portalUrlOf } from '../notifications/mail';
import { queueMail, type NotificationsState } from '../notifications/notifications';
import type { TenantsState } from '../tenants/tenants';
import { findAccount, nextTime, type AccountFixture, type AccountInvitationFixture, type AccountsState, type AccountUserFixture } from './account-store';

export type { AccountInvitationFixture } from './account-store';
import { addAccountUser } from './accounts';
import { accountError, type Outcome } from './field-definitions';

/**
 * Invitations to developer accounts (server/src/modules/accounts/invitation.service.ts; 001 §1.1): an
 * email with a link to the tenant's developer portal that works for 14 days (one open invitation per
 * email in the tenant), sent again with a new link (the old one stops working), and accepted with the
 * link's token and a password (`acceptInvitation`, for the provider's portal): the invitee becomes an
 * active user. The server keeps only a hash of a token; the mock keeps the token itself (it never
 * leaves the store but in the mail, as the server's).
 */
export const INVITATION_DAYS = 14;

type State = AccountsState & NotificationsState & TenantsState & Parameters<typeof addAccountUser>[0];

const invitationTarget = (account: AccountFixture) => ({ type: 'Account', id: account.id, name: account.orgName });
const newToken = () => sessionTokenFromRandomBytes(crypto.getRandomValues(new Uint8Array(TOKEN_RANDOM_BYTES)));
const expiry = (now: Date) => new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString();

/** `AccountInvitation.state`: ACCEPTED, EXPIRED once its link no longer works, else PENDING. */
export function invitationState(invitation: AccountInvitationFixture, now: Date): InvitationState {
  if (invitation.acceptedAt) return 'ACCEPTED';
  return Date.parse(invitation.expiresAt) <= now.getTime() ? 'EXPIRED' : 'PENDING';
}

/** `Account.invitations`: newest first unless ordered otherwise. */
export function invitationsOf(state: AccountsState, accountId: string, orderBy: AccountInvitationOrder | null | undefined) {
  const items = state.accountInvitations.filter((i) => i.accountId === accountId);
  const order: KeysetOrder<AccountInvitationFixture> = { key: 'CREATED_AT', kind: 'timestamp', value: (i) => i.createdAt, direction: orderBy?.direction ?? 'DESC' };
  return { items, order };
}

export function findInvitation(state: AccountsState, tenantId: string, id: string | null | undefined): AccountInvitationFixture | undefined {
  const rowId = id ? rowIdOf(id, 'AccountInvitation') : null;
  return rowId === null ? undefined : state.accountInvitations.find((i) => i.tenantId === tenantId && rowIdOf(i.id, 'AccountInvitation') === rowId);
}

function mailInvitation(state: State, actor: MockActor, account: AccountFixture, email: string, token: string, now: Date): void {
  const tenant = state.tenants.find((t) => t.id === actor.tenantId);
  const link = `${portalUrlOf(MOCK_BASE_DOMAIN, tenant?.subdomain ?? '')}/invitations/${encodeURIComponent(token)}`;
  queueMail(state, actor.tenantId, [{ to: email, ...renderInvitationMail({ tenantName: tenant?.name ?? '', orgName: account.orgName, link }) }], now);
}

/**
 * `inviteAccountUser`: the account (NOT_FOUND), then the email — a developer user's of the tenant, or
 * one with an open invitation, in any case, is TAKEN. The role is MEMBER unless given.
 */
export function inviteAccountUser(
  state: State,
  actor: MockActor,
  input: { accountId: string; email: string; role?: AccountUserRole | null },
  now: Date,
): Outcome<{ invitation: AccountInvitationFixture }> {
  const account = findAccount(state, actor.tenantId, input.accountId);
  if (!account) return { ok: false, userErrors: [accountError('NOT_FOUND', 'No such account.', ['input', 'accountId'])] };
  const email = input.email.trim();
  const lower = email.toLowerCase();
  if (state.accountUsers.some((u) => u.tenantId === actor.tenantId && u.email.toLowerCase() === lower)) {
    return { ok: false, userErrors: [accountError('TAKEN', 'A developer user of this tenant has this email already.', ['input', 'email'])] };
  }
  // One invitation not accepted per email in a tenant, expired or not (the server's unique index).
  if (state.accountInvitations.some((i) => i.tenantId === actor.tenantId && !i.acceptedAt && i.email.toLowerCase() === lower)) {
    return { ok: false, userErrors: [accountError('TAKEN', 'This email has an open invitation already: resend it instead.', ['input', 'email'])] };
  }
  const token = newToken();
  const at = nextTime(state.accountInvitations, now);
  const invitation: AccountInvitationFixture = {
    __typename: 'AccountInvitation',
    id: toGlobalId('AccountInvitation', crypto.randomUUID()),
    tenantId: actor.tenantId,
    accountId: account.id,
    email,
    role: input.role ?? 'MEMBER',
    token,
    sentAt: at.toISOString(),
    expiresAt: expiry(at),
    acceptedAt: null,
    createdAt: at.toISOString(),
  };
  state.accountInvitations.push(invitation);
  mailInvitation(state, actor, account, email, token, now);
  emit(state, actor, { type: 'account_invitation', action: 'sent', target: invitationTarget(account), summary: `Invited ${email} to the developer account "${account.orgName}".` }, now);
  return { ok: true, invitation };
}

/** `resendInvitation`: an open invitation (NOT_FOUND, INVALID_STATE once accepted) with a new link for another 14 days. */
export function resendInvitation(state: State, actor: MockActor, id: string, now: Date): Outcome<{ invitation: AccountInvitationFixture }> {
  const invitation = findInvitation(state, actor.tenantId, id);
  if (!invitation) return { ok: false, userErrors: [accountError('NOT_FOUND', 'No such invitation.', ['input', 'id'])] };
  if (invitation.acceptedAt) return { ok: false, userErrors: [accountError('INVALID_STATE', 'The invitation was accepted already.', ['input', 'id'])] };
  const token = newToken();
  Object.assign(invitation, { token, sentAt: now.toISOString(), expiresAt: expiry(now) });
  const account = state.accounts.find((a) => a.id === invitation.accountId)!;
  mailInvitation(state, actor, account, invitation.email, token, now);
  emit(state, actor, { type: 'account_invitation', action: 'resent', target: invitationTarget(account), summary: `Sent the invitation of ${invitation.email} to "${account.orgName}" again.` }, now);
  return { ok: true, invitation };
}

/**
 * `acceptInvitation`: the password first (as the server checks it before its transaction), then the
 * token — unknown, used, expired or replaced is INVALID_TOKEN — then the new user, ACTIVE, with the
 * invitation's email and role (a developer's doing: USER_CREATED is posted). All or nothing.
 */
export function acceptInvitation(
  state: State,
  actor: MockActor,
  input: { token: string; username?: string | null; password: string },
  now: Date,
): Outcome<{ invitation: AccountInvitationFixture; user: AccountUserFixture }> {
  const problem = passwordProblem(input.password);
  if (problem) return { ok: false, userErrors: [accountError('INVALID', problem, ['input', 'password'])] };
  return allOrNothing(state, (): Outcome<{ invitation: AccountInvitationFixture; user: AccountUserFixture }> => {
    const invitation = state.accountInvitations.find(
      (i) => i.tenantId === actor.tenantId && i.token === input.token && !i.acceptedAt && Date.parse(i.expiresAt) > now.getTime(),
    );
    if (!invitation) {
      return { ok: false, userErrors: [accountError('INVALID_TOKEN', 'This invitation link is not valid: it was used, has expired, or was replaced by a newer one.', ['input', 'token'])] };
    }
    const account = state.accounts.find((a) => a.id === invitation.accountId && a.tenantId === actor.tenantId);
    if (!account) return { ok: false, userErrors: [accountError('INVALID_TOKEN', "This invitation's account no longer exists.", ['input', 'token'])] };
    const added = addAccountUser(state, actor, account, { email: invitation.email, username: input.username, role: invitation.role, hasPassword: true }, ['input'], now, true);
    if (!added.ok) return added;
    invitation.acceptedAt = now.toISOString();
    emit(state, actor, { type: 'account_invitation', action: 'accepted', target: invitationTarget(account), summary: `${invitation.email} accepted the invitation to "${account.orgName}".` }, now);
    return { ok: true, invitation, user: added.user };
  });
}
