import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessToken, createMember, createTenant } from "../../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../../test/harness.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const ACCOUNT_FIELDS = `id orgName state vatRate availableActions plan { id name } adminUser { username email role state } fields { name label value }`;
const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { ${ACCOUNT_FIELDS} } user { id username email } userErrors { field code message } } }`;
const UPDATE = `mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { account { ${ACCOUNT_FIELDS} } userErrors { field code message } } }`;
const DELETE = `mutation($input: AccountIdInput!) { deleteAccount(input: $input) { deletedAccountId userErrors { field code message } } }`;
const CHANGE_PLAN = `mutation($input: ChangeAccountPlanInput!) { changeAccountPlan(input: $input) { account { id plan { name } } userErrors { field code message } } }`;
const LIST = `query($filter: AccountFilter, $orderBy: AccountOrder, $first: Int) { accounts(filter: $filter, orderBy: $orderBy, first: $first) { totalCount nodes { id orgName state } } }`;
const transition = (name: string) => `mutation($input: AccountIdInput!) { ${name}(input: $input) { account { id state availableActions } userErrors { field code message } } }`;

let n = 0;
const unique = () => `${Date.now().toString(36)}${n++}`;

async function newAccount(admin: TestClient, extra: Record<string, unknown> = {}) {
  const u = unique();
  const res = await admin.ok(CREATE, { input: { orgName: `Org ${u}`, email: `dev-${u}@example.com`, ...extra } });
  expect(res.createAccount.userErrors).toEqual([]);
  return res.createAccount.account as { id: string; orgName: string; state: string; plan: { id: string; name: string } };
}

async function accountPlan(admin: TestClient, name: string) {
  const res = await admin.ok(`mutation($input: CreateAccountPlanInput!) { createAccountPlan(input: $input) { plan { id name } userErrors { code message } } }`, {
    input: { name },
  });
  expect(res.createAccountPlan.userErrors).toEqual([]);
  return res.createAccountPlan.plan as { id: string; name: string };
}

describe("developer accounts", () => {
  it("creates an approved account on the default account plan with its admin user and fields", async () => {
    const admin = await (await createTenant(server)).login();
    const res = await admin.ok(CREATE, {
      input: {
        orgName: "  Rocket Labs  ",
        email: "ada@rocket.example",
        fields: [
          { name: "vat_rate", value: "21" },
          { name: "country", value: "ES" },
        ],
        userFields: [{ name: "first_name", value: "Ada" }],
      },
    });
    expect(res.createAccount.userErrors).toEqual([]);
    const account = res.createAccount.account;
    expect(account).toMatchObject({
      orgName: "Rocket Labs",
      state: "APPROVED",
      vatRate: "21.00",
      plan: { name: "Default" },
      adminUser: { username: "ada", email: "ada@rocket.example", role: "ADMIN", state: "PENDING" },
      availableActions: ["MAKE_PENDING", "REJECT", "SUSPEND"],
    });
    expect(account.fields).toContainEqual({ name: "vat_rate", label: "VAT rate (%)", value: "21" });
    expect(account.fields).toContainEqual({ name: "country", label: "Country", value: "ES" });
    expect(account.fields).toContainEqual({ name: "city", label: "City", value: null });
    expect(account.fields.map((f: { name: string }) => f.name)).not.toContain("org_name");

    const node = await admin.ok(`query($id: ID!) { node(id: $id) { ... on Account { orgName users { totalCount nodes { username fields { name value } account { id } } } } } }`, { id: account.id });
    expect(node.node.users.totalCount).toBe(1);
    expect(node.node.users.nodes[0].fields).toContainEqual({ name: "first_name", value: "Ada" });
    expect(node.node.users.nodes[0].account.id).toBe(account.id);
  });

  it("refuses bad input with coded errors and writes nothing", async () => {
    const admin = await (await createTenant(server)).login();
    const first = await newAccount(admin, { email: "taken@example.com", username: "taken_name" });
    const cases: [Record<string, unknown>, { field: string[]; code: string }][] = [
      [{ orgName: " " }, { field: ["input", "orgName"], code: "BLANK" }],
      [{ orgName: "x".repeat(256) }, { field: ["input", "orgName"], code: "TOO_LONG" }],
      [{ email: "TAKEN@example.com" }, { field: ["input", "email"], code: "TAKEN" }],
      [{ username: "Taken_Name" }, { field: ["input", "username"], code: "TAKEN" }],
      [{ username: "a b" }, { field: ["input", "username"], code: "INVALID" }],
      [{ fields: [{ name: "vat_rate", value: "101" }] }, { field: ["input", "fields", "0"], code: "INVALID" }],
      [{ fields: [{ name: "nope", value: "1" }] }, { field: ["input", "fields", "0"], code: "NOT_FOUND" }],
      [{ fields: [{ name: "org_name", value: "1" }] }, { field: ["input", "fields", "0"], code: "NOT_FOUND" }],
      [{ planId: first.id }, { field: ["input", "planId"], code: "WRONG_PLAN" }],
      [{ planId: "not-an-id" }, { field: ["input", "planId"], code: "WRONG_PLAN" }],
    ];
    for (const [input, error] of cases) {
      const res = await admin.ok(CREATE, { input: { orgName: "Fine", email: `fine-${unique()}@example.com`, ...input } });
      expect(res.createAccount.account, JSON.stringify(input)).toBeNull();
      expect(res.createAccount.userErrors, JSON.stringify(input)).toContainEqual(expect.objectContaining(error));
    }
    expect((await admin.ok(LIST)).accounts.totalCount).toBe(1);
    // A service plan is not an account plan.
    const plans = await admin.ok(`{ services(first: 1) { nodes { applicationPlans(first: 1) { nodes { id } } } } }`);
    const appPlan = plans.services.nodes[0].applicationPlans.nodes[0].id;
    const wrong = await admin.ok(CREATE, { input: { orgName: "Fine", email: `fine-${unique()}@example.com`, planId: appPlan } });
    expect(wrong.createAccount.userErrors).toEqual([expect.objectContaining({ code: "WRONG_PLAN" })]);
  });

  it("derives a free username from the email", async () => {
    const admin = await (await createTenant(server)).login();
    const a = await admin.ok(CREATE, { input: { orgName: "A", email: "sam@one.example" } });
    const b = await admin.ok(CREATE, { input: { orgName: "B", email: "sam@two.example" } });
    expect(a.createAccount.user.username).toBe("sam");
    expect(b.createAccount.user.username).toBe("sam2");
  });

  it("follows porta's state machine and names the state when a change is refused", async () => {
    const admin = await (await createTenant(server)).login();
    const { id } = await newAccount(admin);
    const step = async (mutation: string, expected: string | { code: string; message: string }) => {
      const name = mutation;
      const res = (await admin.ok(transition(name), { input: { id } }))[name];
      if (typeof expected === "string") {
        expect(res.userErrors, name).toEqual([]);
        expect(res.account.state, name).toBe(expected);
      } else {
        expect(res.account, name).toBeNull();
        expect(res.userErrors, name).toEqual([{ field: ["input", "id"], ...expected }]);
      }
    };
    await step("resumeAccount", { code: "INVALID_STATE", message: "The account is approved; it can be resumed only when suspended." });
    await step("approveAccount", { code: "INVALID_STATE", message: "The account is approved; it can be approved only when created, pending, rejected." });
    await step("makeAccountPending", "PENDING");
    await step("makeAccountPending", { code: "INVALID_STATE", message: "The account is pending; it can be made pending only when created, approved, rejected." });
    await step("rejectAccount", "REJECTED");
    await step("rejectAccount", { code: "INVALID_STATE", message: "The account is rejected; it can be rejected only when created, pending, approved." });
    await step("approveAccount", "APPROVED");
    await step("suspendAccount", "SUSPENDED");
    await step("suspendAccount", { code: "INVALID_STATE", message: "The account is suspended; it can be suspended only when created, pending, approved, rejected." });
    await step("approveAccount", { code: "INVALID_STATE", message: "The account is suspended; it can be approved only when created, pending, rejected." });
    await step("rejectAccount", { code: "INVALID_STATE", message: "The account is suspended; it can be rejected only when created, pending, approved." });
    await step("makeAccountPending", { code: "INVALID_STATE", message: "The account is suspended; it can be made pending only when created, approved, rejected." });
    await step("resumeAccount", "APPROVED");

    const log = await admin.ok(`query($id: ID!) { auditLog(first: 20, filter: { targetId: $id }) { nodes { event changes { field from to } } } }`, { id });
    expect(log.auditLog.nodes.map((e: { event: string }) => e.event)).toEqual([
      "account.resumed",
      "account.suspended",
      "account.approved",
      "account.rejected",
      "account.made_pending",
      "account.created",
    ]);
    expect(log.auditLog.nodes[0].changes).toEqual([{ field: "state", from: "SUSPENDED", to: "APPROVED" }]);
  });

  it("updates the name and fields, recording each change; an empty value removes one", async () => {
    const admin = await (await createTenant(server)).login();
    const { id } = await newAccount(admin, { fields: [{ name: "vat_rate", value: "19" }, { name: "city", value: "Berlin" }] });
    const res = await admin.ok(UPDATE, { input: { id, orgName: "Renamed", fields: [{ name: "vat_rate", value: "7.5" }, { name: "city", value: "" }] } });
    expect(res.updateAccount.userErrors).toEqual([]);
    expect(res.updateAccount.account).toMatchObject({ orgName: "Renamed", vatRate: "7.50" });
    expect(res.updateAccount.account.fields).toContainEqual({ name: "city", label: "City", value: null });
    const log = await admin.ok(`query($id: ID!) { auditLog(first: 1, filter: { targetId: $id }) { nodes { event changes { field from to } } } }`, { id });
    expect(log.auditLog.nodes[0]).toEqual({
      event: "account.updated",
      changes: [
        { field: "orgName", from: expect.stringMatching(/^Org /), to: "Renamed" },
        { field: "city", from: "Berlin", to: null },
        { field: "vat_rate", from: "19", to: "7.5" },
      ],
    });
    // Nothing changed: no entry.
    await admin.ok(UPDATE, { input: { id, orgName: "Renamed" } });
    const again = await admin.ok(`query($id: ID!) { auditLog(first: 5, filter: { targetId: $id }) { totalCount } }`, { id });
    expect(again.auditLog.totalCount).toBe(2);
    const bad = await admin.ok(UPDATE, { input: { id, fields: [{ name: "vat_rate", value: "abc" }] } });
    expect(bad.updateAccount.userErrors).toEqual([expect.objectContaining({ code: "INVALID", field: ["input", "fields", "0"] })]);
  });

  it("changes the account plan; a plan with accounts cannot be deleted", async () => {
    const admin = await (await createTenant(server)).login();
    const gold = await accountPlan(admin, "Gold");
    const { id, plan } = await newAccount(admin);
    const moved = await admin.ok(CHANGE_PLAN, { input: { id, planId: gold.id } });
    expect(moved.changeAccountPlan).toEqual({ account: { id, plan: { name: "Gold" } }, userErrors: [] });
    const refused = await admin.ok(`mutation($input: PlanIdInput!) { deletePlan(input: $input) { userErrors { code message } } }`, { input: { id: gold.id } });
    expect(refused.deletePlan.userErrors).toEqual([{ code: "PLAN_IN_USE", message: "1 account is on this plan; move them to another plan first." }]);
    const wrong = await admin.ok(CHANGE_PLAN, { input: { id, planId: id } });
    expect(wrong.changeAccountPlan.userErrors).toEqual([expect.objectContaining({ code: "WRONG_PLAN", field: ["input", "planId"] })]);
    await admin.ok(CHANGE_PLAN, { input: { id, planId: plan.id } });
    const deleted = await admin.ok(`mutation($input: PlanIdInput!) { deletePlan(input: $input) { userErrors { code } } }`, { input: { id: gold.id } });
    expect(deleted.deletePlan.userErrors).toEqual([]);
  });

  it("deletes an account with its users, freeing their emails", async () => {
    const admin = await (await createTenant(server)).login();
    const { id } = await newAccount(admin, { email: "gone@example.com" });
    expect((await admin.ok(DELETE, { input: { id } })).deleteAccount).toEqual({ deletedAccountId: id, userErrors: [] });
    expect((await admin.ok(DELETE, { input: { id } })).deleteAccount.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND" })]);
    const res = await admin.gql(`query($id: ID!) { account(id: $id) { id } }`, { id });
    expect(res.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    await newAccount(admin, { email: "gone@example.com" });
  });

  it("searches by org name and user, filters by state, plan and signup date, and sorts", async () => {
    const admin = await (await createTenant(server)).login();
    const gold = await accountPlan(admin, "Gold");
    const zed = await newAccount(admin, { orgName: "Zed Corp", email: "zara@zed.example", userFields: [{ name: "last_name", value: "Quimby" }] });
    const alpha = await newAccount(admin, { orgName: "Alpha 100% Inc", email: "al@alpha.example", planId: gold.id });
    await admin.ok(transition("makeAccountPending"), { input: { id: alpha.id } });
    const names = async (filter: Record<string, unknown>, orderBy?: Record<string, unknown>) =>
      ((await admin.ok(LIST, { filter, orderBy })).accounts.nodes as { orgName: string }[]).map((a) => a.orgName);
    expect(await names({ search: "zed" })).toEqual(["Zed Corp"]);
    expect(await names({ search: "ZARA@" })).toEqual(["Zed Corp"]);
    expect(await names({ search: "quimby" })).toEqual(["Zed Corp"]);
    // As long as the org name, the email: still found (the search skips only the shorter ones).
    expect(await names({ search: "ZED CORP" })).toEqual(["Zed Corp"]);
    expect(await names({ search: "ZARA@ZED.EXAMPLE" })).toEqual(["Zed Corp"]);
    expect(await names({ search: "100%" })).toEqual(["Alpha 100% Inc"]);
    expect(await names({ search: "%" })).toEqual(["Alpha 100% Inc"]);
    expect(await names({ states: ["PENDING"] })).toEqual(["Alpha 100% Inc"]);
    expect(await names({ plan: gold.id })).toEqual(["Alpha 100% Inc"]);
    expect(await names({ plan: zed.id })).toEqual([]);
    expect(await names({}, { field: "ORG_NAME", direction: "ASC" })).toEqual(["Alpha 100% Inc", "Zed Corp"]);
    expect(await names({}, { field: "CREATED_AT", direction: "ASC" })).toEqual(["Zed Corp", "Alpha 100% Inc"]);
    expect(await names({ signedUpFrom: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
    expect(await names({ signedUpTo: new Date(Date.now() + 60_000).toISOString() })).toHaveLength(2);
  });

  it("lists a page of accounts with plan, admin user and fields in a constant number of statements", async () => {
    const admin = await (await createTenant(server)).login();
    for (let i = 0; i < 8; i++) await newAccount(admin);
    const query = `query($n: Int) { accounts(first: $n) { nodes { id orgName plan { name } adminUser { email } fields { name value } users(first: 3) { nodes { username } } } } }`;
    const statements = async (count: number) => {
      const before = server.database.statementCount;
      const data = await admin.ok(query, { n: count });
      expect(data.accounts.nodes).toHaveLength(count);
      return server.database.statementCount - before;
    };
    expect(await statements(8)).toBe(await statements(2));
  });

  it("keeps tenants apart and follows the access rules", async () => {
    const one = await createTenant(server);
    const admin = await one.login();
    const other = await (await createTenant(server)).login();
    const { id } = await newAccount(admin, { email: "shared@example.com" });
    // Another tenant neither sees nor changes it, and may use the same email.
    expect((await other.ok(LIST)).accounts.totalCount).toBe(0);
    expect((await other.gql(`query($id: ID!) { account(id: $id) { id } }`, { id })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    expect((await other.ok(transition("suspendAccount"), { input: { id } })).suspendAccount.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND" })]);
    expect((await other.ok(DELETE, { input: { id } })).deleteAccount.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND" })]);
    await newAccount(other, { email: "shared@example.com" });
    // Members read accounts but do not change them.
    const member = await createMember(server, one.tenant);
    expect((await member.ok(LIST)).accounts.totalCount).toBe(1);
    expect((await member.gql(transition("suspendAccount"), { input: { id } })).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    // Tokens need ACCOUNT_MANAGEMENT; a read-only token cannot write.
    const billing = await createAccessToken(admin, { scopes: ["BILLING"] });
    expect((await server.client().withToken(billing.token).gql(LIST)).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    const readOnly = await createAccessToken(admin, { permission: "READ_ONLY" });
    expect((await server.client().withToken(readOnly.token).ok(LIST)).accounts.totalCount).toBe(1);
    expect((await server.client().withToken(readOnly.token).gql(transition("suspendAccount"), { input: { id } })).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
  });

  it("notifies the team of a new account and posts webhooks for account changes", async () => {
    const { tenant, login } = await createTenant(server);
    const admin = await login();
    await admin.ok(`mutation($input: UpdateWebhookSettingsInput!) { updateWebhookSettings(input: $input) { userErrors { code message } } }`, {
      input: { url: "https://hooks.example.com/gatehouse", enabled: true, adminActionsFire: true, events: ["ACCOUNT_CREATED", "ACCOUNT_UPDATED", "ACCOUNT_PLAN_CHANGED", "ACCOUNT_DELETED", "USER_CREATED", "USER_DELETED"] },
    });
    const partners = await createMember(server, tenant, ["PARTNERS"]);
    const finance = await createMember(server, tenant, ["FINANCE"]);
    const { id } = await newAccount(admin, { orgName: "Hooked" });
    await admin.ok(transition("suspendAccount"), { input: { id } });
    await admin.ok(DELETE, { input: { id } });
    const deliveries = await admin.ok(`{ webhookDeliveries(first: 10) { nodes { event body } } }`);
    const events = (deliveries.webhookDeliveries.nodes as { event: string; body: string }[]).map((d) => d.event).reverse();
    expect(events).toEqual(["user.created", "account.created", "account.updated", "user.deleted", "account.deleted"]);
    const created = JSON.parse((deliveries.webhookDeliveries.nodes as { event: string; body: string }[]).find((d) => d.event === "account.created")!.body);
    expect(created).toMatchObject({ type: "account", action: "created", object: { id, orgName: "Hooked", state: "APPROVED" } });
    // The team hears of the new account and its deletion: members of the partners area, not of finance,
    // and not the admin who did it.
    const feed = async (client: TestClient) => ((await client.ok(`{ notifications(first: 5) { nodes { type summary } } }`)).notifications.nodes as object[]).reverse();
    expect(await feed(partners)).toEqual([
      { type: "ACCOUNT_CREATED", summary: expect.stringContaining('New developer account "Hooked"') },
      { type: "ACCOUNT_DELETED", summary: expect.stringContaining('"Hooked" was deleted') },
    ]);
    expect(await feed(finance)).toEqual([]);
    expect(await feed(admin)).toEqual([]);
  });
});

describe("messages", () => {
  const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { message { id direction subject body } userErrors { field code message } } }`;
  it("sends a message to an account's inbox, refusing an empty one or another tenant's account", async () => {
    const admin = await (await createTenant(server)).login();
    const other = await (await createTenant(server)).login();
    const { id } = await newAccount(admin);
    const sent = await admin.ok(SEND, { input: { accountId: id, subject: " Welcome ", body: "Hello!" } });
    expect(sent.sendMessage).toEqual({ message: { id: expect.any(String), direction: "TO_ACCOUNT", subject: "Welcome", body: "Hello!" }, userErrors: [] });
    const empty = await admin.ok(SEND, { input: { accountId: id, subject: "", body: " " } });
    expect(empty.sendMessage.userErrors.map((e: { field: string[]; code: string }) => [e.field.join("."), e.code])).toEqual([
      ["input.subject", "BLANK"],
      ["input.body", "BLANK"],
    ]);
    expect((await other.ok(SEND, { input: { accountId: id, subject: "Hi", body: "x" } })).sendMessage.userErrors).toEqual([expect.objectContaining({ code: "NOT_FOUND" })]);
    const inbox = await admin.ok(`query($id: ID!) { account(id: $id) { messages { totalCount } } node(id: "${sent.sendMessage.message.id}") { ... on AccountMessage { subject } } }`, { id });
    expect(inbox).toEqual({ account: { messages: { totalCount: 1 } }, node: { subject: "Welcome" } });
    const outbox = await admin.ok(`{ outbox(first: 5) { nodes { toAddress subject status type } } }`);
    expect(outbox.outbox.nodes).toEqual([{ toAddress: expect.stringMatching(/^dev-.*@example.com$/), subject: expect.stringMatching(/\] Welcome$/), status: "HELD", type: null }]);
  });
});

describe("field definitions", () => {
  const DEFS = `query($target: FieldTarget!) { fieldDefinitions(target: $target) { name label required hidden builtin fixed kind choices position } }`;
  const CREATE_DEF = `mutation($input: CreateFieldDefinitionInput!) { createFieldDefinition(input: $input) { fieldDefinition { name label required hidden builtin choices position } userErrors { field code message } } }`;
  const UPDATE_DEF = `mutation($input: UpdateFieldDefinitionInput!) { updateFieldDefinition(input: $input) { fieldDefinition { name label required hidden position } userErrors { field code message } } }`;
  const DELETE_DEF = `mutation($input: DeleteFieldDefinitionInput!) { deleteFieldDefinition(input: $input) { fieldDefinition { name } userErrors { field code message } } }`;

  it("lists built-in fields, adds extra ones, validates values against choices, and deletes them with their values", async () => {
    const admin = await (await createTenant(server)).login();
    const builtins = (await admin.ok(DEFS, { target: "ACCOUNT" })).fieldDefinitions;
    expect(builtins[0]).toEqual({ name: "org_name", label: "Organization/Group name", required: true, hidden: false, builtin: true, fixed: true, kind: "TEXT", choices: [], position: 0 });
    expect(builtins.find((d: { name: string }) => d.name === "vat_rate")).toMatchObject({ kind: "DECIMAL_PERCENT", builtin: true, fixed: false });

    const made = await admin.ok(CREATE_DEF, { input: { target: "ACCOUNT", name: "industry", label: "Industry", choices: ["Retail", "Health", " Retail "] } });
    expect(made.createFieldDefinition).toEqual({
      fieldDefinition: { name: "industry", label: "Industry", required: false, hidden: false, builtin: false, choices: ["Retail", "Health"], position: 10 },
      userErrors: [],
    });
    for (const [input, code] of [
      [{ name: "industry", label: "Again" }, "TAKEN"],
      [{ name: "vat_rate", label: "Mine" }, "TAKEN"],
      [{ name: "Bad Name", label: "x" }, "INVALID"],
      [{ name: "secret", label: "x", required: true, hidden: true }, "INVALID"],
      [{ name: "ok", label: " " }, "BLANK"],
    ] as const) {
      const res = await admin.ok(CREATE_DEF, { input: { target: "ACCOUNT", ...input } });
      expect(res.createFieldDefinition.userErrors, JSON.stringify(input)).toContainEqual(expect.objectContaining({ code }));
    }

    const { id } = await newAccount(admin, { fields: [{ name: "industry", value: "Health" }] });
    const wrong = await admin.ok(UPDATE, { input: { id, fields: [{ name: "industry", value: "Mining" }] } });
    expect(wrong.updateAccount.userErrors).toEqual([{ field: ["input", "fields", "0"], code: "INVALID", message: "Industry: Choose one of: Retail, Health." }]);

    // Built-ins: relabel, require, hide; the fixed one stays required and shown; none is deleted.
    expect((await admin.ok(UPDATE_DEF, { input: { target: "ACCOUNT", name: "vat_code", label: "Tax ID", required: true } })).updateFieldDefinition).toEqual({
      fieldDefinition: { name: "vat_code", label: "Tax ID", required: true, hidden: false, position: 8 },
      userErrors: [],
    });
    expect((await admin.ok(UPDATE_DEF, { input: { target: "ACCOUNT", name: "org_name", required: false } })).updateFieldDefinition.userErrors).toEqual([
      expect.objectContaining({ code: "BUILTIN" }),
    ]);
    expect((await admin.ok(DELETE_DEF, { input: { target: "ACCOUNT", name: "city" } })).deleteFieldDefinition.userErrors).toEqual([expect.objectContaining({ code: "BUILTIN" })]);
    const account = await admin.ok(`query($id: ID!) { account(id: $id) { fields { name label value } } }`, { id });
    expect(account.account.fields).toContainEqual({ name: "vat_code", label: "Tax ID", value: null });

    expect((await admin.ok(DELETE_DEF, { input: { target: "ACCOUNT", name: "industry" } })).deleteFieldDefinition).toEqual({ fieldDefinition: { name: "industry" }, userErrors: [] });
    const after = await admin.ok(`query($id: ID!) { account(id: $id) { fields { name } } }`, { id });
    expect(after.account.fields.map((f: { name: string }) => f.name)).not.toContain("industry");
    // A name that is a property of every object is no built-in field.
    expect((await admin.ok(CREATE_DEF, { input: { target: "ACCOUNT", name: "constructor", label: "Ctor" } })).createFieldDefinition.userErrors).toEqual([]);
    // A new field goes after every other, built-in ones moved down included.
    await admin.ok(UPDATE_DEF, { input: { target: "ACCOUNT", name: "city", position: 50 } });
    expect((await admin.ok(CREATE_DEF, { input: { target: "ACCOUNT", name: "last_one", label: "Last" } })).createFieldDefinition.fieldDefinition.position).toBe(51);
    // Recreated, the old value does not come back.
    await admin.ok(CREATE_DEF, { input: { target: "ACCOUNT", name: "industry", label: "Industry" } });
    const again = await admin.ok(`query($id: ID!) { account(id: $id) { fields { name value } } }`, { id });
    expect(again.account.fields).toContainEqual({ name: "industry", value: null });
  });

  it("is for admins to change; members only read", async () => {
    const one = await createTenant(server);
    const member = await createMember(server, one.tenant);
    expect((await member.ok(DEFS, { target: "USER" })).fieldDefinitions.map((d: { name: string }) => d.name)).toEqual(["username", "email", "first_name", "last_name", "job_role"]);
    const res = await member.gql(CREATE_DEF, { input: { target: "USER", name: "nick", label: "Nick" } });
    expect(res.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
  });
});
