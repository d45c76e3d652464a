import { MAX_MESSAGE_BODY_LENGTH, MAX_MESSAGE_SUBJECT_LENGTH } from "@gatehouse/schema/accounts";
import { renderMessageMail } from "@gatehouse/schema/notification-mail";
import type { Actor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { rowsByIds } from "../../db/statement.js";
import { userError } from "../../graphql/user-error.js";
import { emit } from "../events/events.service.js";
import { queueMail } from "../notifications/notifications.service.js";
import { tenantsByIds } from "../tenants/tenant.service.js";
import { accountAdminEmails, accountForUse } from "./account.service.js";
import { AccountErrorCode } from "./accounts.errors.js";
import { type AccountMessageRow, accountMessages } from "./accounts.tables.js";
import { type AccountMessageListArgs, accountMessageListing } from "./account.type.js";
import type { AccountError, Outcome } from "./field-definition.service.js";

export const accountMessagesByIds = rowsByIds(accountMessages);

/** `messages` of many accounts at once (Account.messages in a page of accounts), batched per request. */
export function messagesOfAccountsLoader(tx: Executor) {
  return accountMessageListing.nested(tx, accountMessages.accountId);
}

export type { AccountMessageListArgs };

export interface MessageData {
  subject: string;
  body: string;
}

/** Checks a message's subject and body; `path` is where they are in the input. */
export function checkMessage(input: MessageData, errors: AccountError[], path: string[] = ["input"]): MessageData {
  const subject = input.subject.trim();
  const body = input.body.trim();
  if (!subject) errors.push(userError(AccountErrorCode.BLANK, "Give the message a subject.", [...path, "subject"]));
  else if (subject.length > MAX_MESSAGE_SUBJECT_LENGTH) errors.push(userError(AccountErrorCode.TOO_LONG, `Use at most ${MAX_MESSAGE_SUBJECT_LENGTH} characters.`, [...path, "subject"]));
  if (!body) errors.push(userError(AccountErrorCode.BLANK, "Write the message.", [...path, "body"]));
  else if (body.length > MAX_MESSAGE_BODY_LENGTH) errors.push(userError(AccountErrorCode.TOO_LONG, `Use at most ${MAX_MESSAGE_BODY_LENGTH} characters.`, [...path, "body"]));
  return { subject, body };
}

/**
 * Sends a message from the tenant to a developer account: it lands in the account's inbox and is
 * emailed (through the outbox) to each of its admin users who is not suspended (003 §10.2).
 */
export async function sendMessage(tx: Executor, actor: Actor, accountId: string | null, input: MessageData): Promise<Outcome<{ message: AccountMessageRow }>> {
  const errors: AccountError[] = [];
  const { subject, body } = checkMessage(input, errors);
  const account = await accountForUse(tx, actor, accountId);
  if (!account) errors.unshift(userError(AccountErrorCode.NOT_FOUND, "No such account.", ["input", "accountId"]));
  if (errors.length) return { ok: false, userErrors: errors };
  const [message] = await tx
    .insert(accountMessages)
    .values({ tenantId: actor.tenantId, accountId: account!.id, direction: "TO_ACCOUNT", subject, body, senderUserId: actor.kind === "user" ? actor.userId : actor.onBehalfOf })
    .returning();
  const admins = await accountAdminEmails(tx, account!.id);
  const [tenant] = await tenantsByIds(tx, [actor.tenantId]);
  const rendered = renderMessageMail({ tenantName: tenant?.name ?? "", subject, body });
  await queueMail(
    tx,
    actor.tenantId,
    admins.map((to) => ({ to, ...rendered })),
  );
  await emit(tx, actor, {
    type: "account_message",
    action: "sent",
    target: { type: "Account", id: account!.id, name: account!.orgName },
    summary: `Sent the message "${subject}" to the developer account "${account!.orgName}" (${admins.length} recipient${admins.length === 1 ? "" : "s"}).`,
  });
  return { ok: true, message: message! };
}
