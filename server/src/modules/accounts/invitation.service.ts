import { renderInvitationMail } from "@gatehouse/schema/notification-mail";
import { createHash } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Actor } from "../../auth/actor.js";
import { generateSessionToken } from "../../auth/secret-token.js";
import type { Executor } from "../../db/client.js";
import { rowsByIds } from "../../db/statement.js";
import { userError } from "../../graphql/user-error.js";
import { allOrNothing } from "../../kit/all-or-nothing.js";
import { emit } from "../events/events.service.js";
import { portalLink, queueMail } from "../notifications/notifications.service.js";
import { tenantsByIds } from "../tenants/tenant.service.js";
import { accountForUse, addAccountUser } from "./account.service.js";
import { AccountErrorCode } from "./accounts.errors.js";
import { type AccountInvitationRow, accountInvitations, type AccountRow, type AccountUserRole, type AccountUserRow, accountUsers } from "./accounts.tables.js";
import { type AccountInvitationListArgs, accountInvitationListing } from "./account.type.js";
import type { Outcome } from "./field-definition.service.js";

/** How long an invitation's link works; resending renews it. */
export const INVITATION_DAYS = 14;

export const accountInvitationsByIds = rowsByIds(accountInvitations);

/** `invitations` of many accounts at once (Account.invitations in a page of accounts), batched per request. */
export function invitationsOfAccountsLoader(tx: Executor) {
  return accountInvitationListing.nested(tx, accountInvitations.accountId);
}
export type { AccountInvitationListArgs };

/** Invitation tokens are 256 random bits: a plain SHA-256 is enough to keep them unusable from a database copy. */
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");
const expiry = () => sql`clock_timestamp() + make_interval(days => ${INVITATION_DAYS})`;
const invitationTarget = (account: AccountRow) => ({ type: "Account", id: account.id, name: account.orgName });

async function mailInvitation(tx: Executor, actor: Actor, account: AccountRow, email: string, token: string): Promise<void> {
  const [tenant] = await tenantsByIds(tx, [actor.tenantId]);
  const link = portalLink(tenant?.subdomain ?? "", `/invitations/${encodeURIComponent(token)}`);
  await queueMail(tx, actor.tenantId, [{ to: email, ...renderInvitationMail({ tenantName: tenant?.name ?? "", orgName: account.orgName, link }) }]);
}

/**
 * Invites someone to a developer account: an email with a link that works for INVITATION_DAYS days.
 * The email must not belong to a developer user of the tenant, nor have an open invitation.
 */
export async function inviteAccountUser(
  tx: Executor,
  actor: Actor,
  input: { accountId: string | null; email: string; role?: AccountUserRole | null },
): Promise<Outcome<{ invitation: AccountInvitationRow }>> {
  const account = await accountForUse(tx, actor, input.accountId);
  if (!account) return { ok: false, userErrors: [userError(AccountErrorCode.NOT_FOUND, "No such account.", ["input", "accountId"])] };
  const email = input.email.trim();
  const [user] = await tx
    .select({ id: accountUsers.id })
    .from(accountUsers)
    .where(and(eq(accountUsers.tenantId, actor.tenantId), sql`lower(${accountUsers.email}) = ${email.toLowerCase()}`));
  if (user) return { ok: false, userErrors: [userError(AccountErrorCode.TAKEN, "A developer user of this tenant has this email already.", ["input", "email"])] };
  const token = generateSessionToken();
  const [invitation] = await tx
    .insert(accountInvitations)
    .values({ tenantId: actor.tenantId, accountId: account.id, email, role: input.role ?? "MEMBER", tokenHash: hashOf(token), expiresAt: expiry() })
    .onConflictDoNothing()
    .returning();
  if (!invitation) return { ok: false, userErrors: [userError(AccountErrorCode.TAKEN, "This email has an open invitation already: resend it instead.", ["input", "email"])] };
  await mailInvitation(tx, actor, account, email, token);
  await emit(tx, actor, { type: "account_invitation", action: "sent", target: invitationTarget(account), summary: `Invited ${email} to the developer account "${account.orgName}".` });
  return { ok: true, invitation };
}

async function lockOpen(tx: Executor, actor: Actor, id: string | null): Promise<Outcome<{ invitation: AccountInvitationRow }>> {
  const [invitation] = id
    ? await tx
        .select()
        .from(accountInvitations)
        .where(and(eq(accountInvitations.id, id), eq(accountInvitations.tenantId, actor.tenantId)))
        .for("update")
    : [];
  if (!invitation) return { ok: false, userErrors: [userError(AccountErrorCode.NOT_FOUND, "No such invitation.", ["input", "id"])] };
  if (invitation.acceptedAt) return { ok: false, userErrors: [userError(AccountErrorCode.INVALID_STATE, "The invitation was accepted already.", ["input", "id"])] };
  return { ok: true, invitation };
}

/** Sends an open invitation again with a new link (the old one stops working) for another INVITATION_DAYS days. */
export async function resendInvitation(tx: Executor, actor: Actor, id: string | null): Promise<Outcome<{ invitation: AccountInvitationRow }>> {
  const found = await lockOpen(tx, actor, id);
  if (!found.ok) return found;
  const token = generateSessionToken();
  const [invitation] = await tx
    .update(accountInvitations)
    .set({ tokenHash: hashOf(token), sentAt: sql`clock_timestamp()`, expiresAt: expiry() })
    .where(eq(accountInvitations.id, found.invitation.id))
    .returning();
  const account = (await accountForUse(tx, actor, invitation!.accountId))!;
  await mailInvitation(tx, actor, account, invitation!.email, token);
  await emit(tx, actor, { type: "account_invitation", action: "resent", target: invitationTarget(account), summary: `Sent the invitation of ${invitation!.email} to "${account.orgName}" again.` });
  return { ok: true, invitation: invitation! };
}

/**
 * Accepts an invitation by its token (the provider's developer portal calls it with the link's token):
 * the invitee becomes an active user of the account with the given password. A token that is unknown,
 * used or expired is INVALID_TOKEN.
 */
export function acceptInvitation(
  tx: Executor,
  actor: Actor,
  input: { token: string; username?: string | null; passwordHash: string },
): Promise<Outcome<{ invitation: AccountInvitationRow; user: AccountUserRow }>> {
  return allOrNothing(tx, async (tx) => {
    const [invitation] = await tx
      .select()
      .from(accountInvitations)
      .where(and(eq(accountInvitations.tenantId, actor.tenantId), eq(accountInvitations.tokenHash, hashOf(input.token)), isNull(accountInvitations.acceptedAt), sql`${accountInvitations.expiresAt} > clock_timestamp()`))
      .for("update");
    if (!invitation) return { ok: false, userErrors: [userError(AccountErrorCode.INVALID_TOKEN, "This invitation link is not valid: it was used, has expired, or was replaced by a newer one.", ["input", "token"])] };
    const account = await accountForUse(tx, actor, invitation.accountId);
    if (!account) return { ok: false, userErrors: [userError(AccountErrorCode.INVALID_TOKEN, "This invitation's account no longer exists.", ["input", "token"])] };
    const added = await addAccountUser(tx, actor, account, { email: invitation.email, username: input.username, role: invitation.role, passwordHash: input.passwordHash }, ["input"], true);
    if (!added.ok) return added;
    const [accepted] = await tx.update(accountInvitations).set({ acceptedAt: sql`clock_timestamp()` }).where(eq(accountInvitations.id, invitation.id)).returning();
    await emit(tx, actor, { type: "account_invitation", action: "accepted", target: invitationTarget(account), summary: `${invitation.email} accepted the invitation to "${account.orgName}".` });
    return { ok: true, invitation: accepted!, user: added.user };
  });
}
