import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/harness.js";
import { inTenantTransaction } from "../../db/tenancy.js";
import { rowIdOf } from "../../graphql/node.js";
import { outboxMessages } from "../notifications/notifications.tables.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const INVITE = `mutation($input: InviteAccountUserInput!) { inviteAccountUser(input: $input) { invitation { id email role state expiresAt } userErrors { field code message } } }`;
const RESEND = `mutation($input: InvitationIdInput!) { resendInvitation(input: $input) { invitation { id state } userErrors { field code message } } }`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { user { username email role state account { id } } userErrors { field code message } } }`;

async function setup() {
  const t = await createTenant(server);
  const admin = await t.login();
  const res = await admin.ok(`mutation { createAccount(input: { orgName: "Inviting", email: "owner-${Date.now()}@example.com" }) { account { id } } }`);
  return { ...t, admin, tenantId: rowIdOf(t.tenant.id, "Tenant")!, accountId: res.createAccount.account.id as string };
}

/** The token of the last invitation mail to `email`, read from its link. */
async function tokenSentTo(tenantId: string, email: string): Promise<string> {
  const mails = await inTenantTransaction(server.database.db, { tenantId, master: false }, (tx) =>
    tx.select({ to: outboxMessages.toAddress, text: outboxMessages.textBody, createdAt: outboxMessages.createdAt }).from(outboxMessages).where(eq(outboxMessages.tenantId, tenantId)),
  );
  const mail = mails.filter((m) => m.to === email).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0]!;
  return decodeURIComponent(/\/invitations\/(\S+)/.exec(mail.text)![1]!);
}

describe("invitations to developer accounts", () => {
  it("invites by email, and the link's token makes an active user with a password", async () => {
    const s = await setup();
    const sent = await s.admin.ok(INVITE, { input: { accountId: s.accountId, email: "new@dev.example", role: "ADMIN" } });
    expect(sent.inviteAccountUser).toMatchObject({ invitation: { email: "new@dev.example", role: "ADMIN", state: "PENDING" }, userErrors: [] });
    const days = (new Date(sent.inviteAccountUser.invitation.expiresAt).getTime() - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(14);
    const token = await tokenSentTo(s.tenantId, "new@dev.example");
    const weak = await s.admin.ok(ACCEPT, { input: { token, password: "short" } });
    expect(weak.acceptInvitation.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "password"] })]);
    const accepted = await s.admin.ok(ACCEPT, { input: { token, username: "newbie", password: "a-strong-password-1" } });
    expect(accepted.acceptInvitation).toEqual({ user: { username: "newbie", email: "new@dev.example", role: "ADMIN", state: "ACTIVE", account: { id: s.accountId } }, userErrors: [] });
    const again = await s.admin.ok(ACCEPT, { input: { token, password: "a-strong-password-1" } });
    expect(again.acceptInvitation.userErrors).toEqual([expect.objectContaining({ code: "INVALID_TOKEN", field: ["input", "token"] })]);
    const listed = await s.admin.ok(`query($id: ID!) { account(id: $id) { invitations { nodes { email state acceptedAt } } users { totalCount } } }`, { id: s.accountId });
    expect(listed.account).toEqual({ invitations: { nodes: [{ email: "new@dev.example", state: "ACCEPTED", acceptedAt: expect.any(String) }] }, users: { totalCount: 2 } });
  });

  it("refuses an email in use or invited, resends with a new link, and keeps tenants apart", async () => {
    const s = await setup();
    const other = await setup();
    const taken = await s.admin.ok(`query($id: ID!) { account(id: $id) { adminUser { email } } }`, { id: s.accountId });
    expect((await s.admin.ok(INVITE, { input: { accountId: s.accountId, email: taken.account.adminUser.email } })).inviteAccountUser.userErrors).toEqual([
      expect.objectContaining({ code: "TAKEN", field: ["input", "email"] }),
    ]);
    const first = await s.admin.ok(INVITE, { input: { accountId: s.accountId, email: "twice@dev.example" } });
    expect((await s.admin.ok(INVITE, { input: { accountId: s.accountId, email: "TWICE@dev.example" } })).inviteAccountUser.userErrors).toEqual([
      expect.objectContaining({ code: "TAKEN", message: "This email has an open invitation already: resend it instead." }),
    ]);
    const oldToken = await tokenSentTo(s.tenantId, "twice@dev.example");
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect((await s.admin.ok(RESEND, { input: { id: first.inviteAccountUser.invitation.id } })).resendInvitation.userErrors).toEqual([]);
    const newToken = await tokenSentTo(s.tenantId, "twice@dev.example");
    expect(newToken).not.toBe(oldToken);
    expect((await s.admin.ok(ACCEPT, { input: { token: oldToken, password: "a-strong-password-1" } })).acceptInvitation.userErrors[0].code).toBe("INVALID_TOKEN");
    // Another tenant can neither resend it nor accept it with its token.
    expect((await other.admin.ok(RESEND, { input: { id: first.inviteAccountUser.invitation.id } })).resendInvitation.userErrors[0].code).toBe("NOT_FOUND");
    expect((await other.admin.ok(ACCEPT, { input: { token: newToken, password: "a-strong-password-1" } })).acceptInvitation.userErrors[0].code).toBe("INVALID_TOKEN");
    expect((await other.admin.ok(INVITE, { input: { accountId: s.accountId, email: "x@dev.example" } })).inviteAccountUser.userErrors[0].code).toBe("NOT_FOUND");
    expect((await s.admin.ok(ACCEPT, { input: { token: newToken, password: "a-strong-password-1" } })).acceptInvitation.userErrors).toEqual([]);
    expect((await s.admin.ok(RESEND, { input: { id: first.inviteAccountUser.invitation.id } })).resendInvitation.userErrors[0].code).toBe("INVALID_STATE");
  });
});
