import { MAX_MESSAGE_BODY_LENGTH, MAX_MESSAGE_SUBJECT_LENGTH } from '@gatehouse/schema/accounts';
import { renderMessageMail } from '@gatehouse/schema/notification-mail';
import type { AccountMessageFilter, AccountMessageOrder } from '../../gql/schema-types';
import type { KeysetOrder } from '../connection';
import { emit, type AuditState, type MockActor } from '../events/events';
import { rowIdOf, toGlobalId } from '../global-id';
import { queueMail, type NotificationsState } from '../notifications/notifications';
import type { TenantsState } from '../tenants/tenants';
import { findAccount, nextTime, type AccountMessageFixture, type AccountsState } from './account-store';
import { accountError, type AccountError, type Outcome } from './field-definitions';

/**
 * Messages from the tenant to developer accounts (server/src/modules/accounts/message.service.ts):
 * `sendMessage`, the bulk operations' SEND_EMAIL and the plan change decisions put one in the account's
 * inbox and email it, through the outbox, to each of its admin users who is not suspended — HELD, as
 * the server holds mail without SMTP. The mail is the server's own rendering (`renderMessageMail`).
 */
type State = AccountsState & AuditState & NotificationsState & TenantsState;

export interface MessageData {
  subject: string;
  body: string;
}

/** Checks a message's subject and body (trimmed), in the server's order; `path` is where they are in the input. */
export function checkMessage(input: MessageData, errors: AccountError[], path: string[] = ['input']): MessageData {
  const subject = input.subject.trim();
  const body = input.body.trim();
  if (!subject) errors.push(accountError('BLANK', 'Give the message a subject.', [...path, 'subject']));
  else if (subject.length > MAX_MESSAGE_SUBJECT_LENGTH) errors.push(accountError('TOO_LONG', `Use at most ${MAX_MESSAGE_SUBJECT_LENGTH} characters.`, [...path, 'subject']));
  if (!body) errors.push(accountError('BLANK', 'Write the message.', [...path, 'body']));
  else if (body.length > MAX_MESSAGE_BODY_LENGTH) errors.push(accountError('TOO_LONG', `Use at most ${MAX_MESSAGE_BODY_LENGTH} characters.`, [...path, 'body']));
  return { subject, body };
}

/**
 * `sendMessage`: the message's problems, with an unknown account first; then the message in the
 * account's inbox, its mail to the account's admins who are not suspended, and `account_message.sent`.
 */
export function sendMessage(state: State, actor: MockActor, accountId: string | null | undefined, input: MessageData, now: Date): Outcome<{ message: AccountMessageFixture }> {
  const errors: AccountError[] = [];
  const { subject, body } = checkMessage(input, errors);
  const account = findAccount(state, actor.tenantId, accountId);
  if (!account) errors.unshift(accountError('NOT_FOUND', 'No such account.', ['input', 'accountId']));
  if (errors.length || !account) return { ok: false, userErrors: errors };
  const message: AccountMessageFixture = {
    __typename: 'AccountMessage',
    id: toGlobalId('AccountMessage', crypto.randomUUID()),
    tenantId: actor.tenantId,
    accountId: account.id,
    direction: 'TO_ACCOUNT',
    subject,
    body,
    senderUserId: actor.kind === 'user' ? actor.user.id : actor.onBehalfOf,
    createdAt: nextTime(state.accountMessages, now).toISOString(),
  };
  state.accountMessages.push(message);
  const admins = state.accountUsers.filter((u) => u.accountId === account.id && u.role === 'ADMIN' && u.state !== 'SUSPENDED');
  const tenant = state.tenants.find((t) => t.id === actor.tenantId);
  const rendered = renderMessageMail({ tenantName: tenant?.name ?? '', subject, body });
  queueMail(
    state,
    actor.tenantId,
    admins.map((a) => ({ to: a.email, ...rendered })),
    now,
  );
  emit(
    state,
    actor,
    {
      type: 'account_message',
      action: 'sent',
      target: { type: 'Account', id: account.id, name: account.orgName },
      summary: `Sent the message "${subject}" to the developer account "${account.orgName}" (${admins.length} recipient${admins.length === 1 ? '' : 's'}).`,
    },
    now,
  );
  return { ok: true, message };
}

/** `Account.messages`: the account's messages in the given directions, newest first unless ordered otherwise. */
export function messagesOf(state: AccountsState, accountId: string, filter: AccountMessageFilter | null | undefined, orderBy: AccountMessageOrder | null | undefined) {
  const directions = filter?.directions?.length ? filter.directions : null;
  const items = state.accountMessages.filter((m) => m.accountId === accountId && (!directions || directions.includes(m.direction)));
  const order: KeysetOrder<AccountMessageFixture> = { key: 'CREATED_AT', kind: 'timestamp', value: (m) => m.createdAt, direction: orderBy?.direction ?? 'DESC' };
  return { items, order };
}

/** `node(id:)` of an AccountMessage: the tenant's own. */
export function findAccountMessage(state: AccountsState, tenantId: string, rowId: string): AccountMessageFixture | undefined {
  return state.accountMessages.find((m) => m.tenantId === tenantId && rowIdOf(m.id, 'AccountMessage') === rowId);
}
