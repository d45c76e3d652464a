import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTenant } from "../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../test/harness.js";

/**
 * A listing's page fetches only the columns its query's fields read (kit/listing.ts `projection`, what
 * each field reads: kit/reads.ts). A field whose resolver reads a column it does not declare would
 * answer wrongly, or fail, through a listing only: so every field of every listed type is asked for
 * alone — through each listing of the tenant's API, top-level and nested one level under each parent —
 * and must answer as `nodes(ids:)` does (which loads whole rows).
 */

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface FieldInfo {
  name: string;
  args: { type: TypeRef }[];
  type: TypeRef;
}

let server: TestServer;
let admin: TestClient;
let master: TestClient;
const types = new Map<string, FieldInfo[]>();

const named = (type: TypeRef): TypeRef => (type.ofType ? named(type.ofType) : type);
const takesNoRequiredArgument = (field: FieldInfo) => field.args.every((a) => a.type.kind !== "NON_NULL");

/** The node type of a connection type, or null. */
function nodeTypeOf(connection: string): string | null {
  const nodes = types.get(connection)?.find((f) => f.name === "nodes");
  return nodes ? named(nodes.type).name : null;
}

/** A selection of `field` that makes its resolver run and answer something comparable. */
function selectionOf(field: FieldInfo): string {
  const type = named(field.type);
  if (type.kind === "SCALAR" || type.kind === "ENUM") return field.name;
  const fields = types.get(type.name!) ?? [];
  if (fields.some((f) => f.name === "totalCount")) return `${field.name} { totalCount }`;
  if (fields.some((f) => f.name === "id")) return `${field.name} { id }`;
  return `${field.name} { __typename }`;
}

/** The fields of a node type worth asking one by one: every field without a required argument. */
const askable = (typeName: string) => (types.get(typeName) ?? []).filter((f) => f.name !== "id" && takesNoRequiredArgument(f));

beforeAll(async () => {
  server = await startTestServer();
  const t = await createTenant(server);
  admin = await t.login();
  master = await server.master();
  const schema = await admin.ok(`{ __schema { types { name kind fields { name args { type { ...T } } type { ...T } } } } }
    fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`);
  for (const type of schema.__schema.types) if (type.kind === "OBJECT") types.set(type.name, type.fields);

  // Some of everything the accounts and applications modules list: an account with users, an
  // invitation, a message, a subscription, applications on a standard, a paid and a custom plan, and a
  // plan change request.
  const service = (await admin.ok(`{ services(first: 1) { nodes { id } } }`)).services.nodes[0].id;
  const paid = await admin.ok(`mutation($i: CreateApplicationPlanInput!) { createApplicationPlan(input: $i) { plan { id } userErrors { code } } }`, {
    i: { serviceId: service, name: "Pro", costPerMonth: "10" },
  });
  for (const i of [1, 2]) {
    const account = (
      await admin.ok(`mutation($i: CreateAccountInput!) { createAccount(input: $i) { account { id } userErrors { code } } }`, {
        i: { orgName: `Org ${i}`, email: `dev-${i}@example.com` },
      })
    ).createAccount.account.id;
    await admin.ok(`mutation($i: InviteAccountUserInput!) { inviteAccountUser(input: $i) { userErrors { code } } }`, { i: { accountId: account, email: `invited-${i}@example.com` } });
    await admin.ok(`mutation($i: SendMessageInput!) { sendMessage(input: $i) { userErrors { code } } }`, { i: { accountId: account, subject: "Hello", body: "Welcome." } });
    const app = (
      await admin.ok(`mutation($i: CreateApplicationInput!) { createApplication(input: $i) { application { id } userErrors { code } } }`, {
        i: { accountId: account, serviceId: service, name: `App ${i}`, description: "An app." },
      })
    ).createApplication.application.id;
    await admin.ok(`mutation($i: CreateApplicationInput!) { createApplication(input: $i) { userErrors { code } } }`, {
      i: { accountId: account, serviceId: service, name: `Paid app ${i}`, planId: paid.createApplicationPlan.plan.id },
    });
    await admin.ok(`mutation($i: RequestApplicationPlanChangeInput!) { requestApplicationPlanChange(input: $i) { userErrors { code } } }`, {
      i: { applicationId: app, planId: paid.createApplicationPlan.plan.id, message: "More, please." },
    });
    if (i === 2) await admin.ok(`mutation($i: ApplicationIdInput!) { customizeApplicationPlan(input: $i) { userErrors { code } } }`, { i: { id: app } });
  }
});
afterAll(() => server?.close());

/** The top-level listings without required arguments, each with its node type and who may read it: the tenant's admin, else the master. */
async function listings(): Promise<{ field: string; node: string; client: TestClient }[]> {
  const found = [];
  for (const f of types.get("Query") ?? []) {
    const connection = named(f.type).name!;
    const node = connection.endsWith("Connection") && takesNoRequiredArgument(f) ? nodeTypeOf(connection) : null;
    if (!node || !(types.get(node) ?? []).some((n) => n.name === "id")) continue;
    for (const client of [admin, master]) {
      if (!(await client.gql(`{ ${f.name}(first: 1) { totalCount } }`)).errors) {
        found.push({ field: f.name, node, client });
        break;
      }
    }
  }
  return found;
}

/** Asks `field` of the nodes at `path` in `query`'s answer, and of the same nodes by `nodes(ids:)`: the answers must be equal. */
async function compareWithNodes(client: TestClient, query: string, nodesAt: (data: Record<string, any>) => { id: string }[], node: string, field: FieldInfo) {
  const response = await client.gql(query);
  expect(response.errors, `${query}: ${JSON.stringify(response.errors)}`).toBeUndefined();
  const listed = nodesAt(response.data!);
  if (!listed.length) return 0;
  const byId = await client.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { ... on ${node} { id ${selectionOf(field)} } } }`, { ids: listed.map((n) => n.id) });
  expect(byId.errors, JSON.stringify(byId.errors)).toBeUndefined();
  expect(listed, `${node}.${field.name} through ${query}`).toEqual(byId.data!.nodes);
  return listed.length;
}

describe("a listing fetches the columns its fields read", () => {
  it("answers every field of every listed type, alone, as nodes(ids:) does — top-level listings", async () => {
    let compared = 0;
    for (const { field: list, node, client } of await listings()) {
      for (const field of askable(node)) {
        compared += await compareWithNodes(client, `{ ${list}(first: 5) { nodes { id ${selectionOf(field)} } } }`, (data) => data[list].nodes, node, field);
      }
    }
    // Accounts, applications, subscriptions, plan change requests, products, plans… with rows to compare.
    expect(compared).toBeGreaterThan(200);
  });

  it("answers every field of every nested listing, alone, as nodes(ids:) does — one level under each top-level listing", async () => {
    let compared = 0;
    for (const { field: list, node: parent, client } of await listings()) {
      for (const nested of askable(parent)) {
        const connection = named(nested.type).name!;
        const node = connection.endsWith("Connection") ? nodeTypeOf(connection) : null;
        if (!node || !(types.get(node) ?? []).some((f) => f.name === "id")) continue;
        for (const field of askable(node)) {
          compared += await compareWithNodes(
            client,
            `{ ${list}(first: 5) { nodes { ${nested.name}(first: 5) { nodes { id ${selectionOf(field)} } } } } }`,
            (data) => data[list].nodes.flatMap((p: Record<string, { nodes: { id: string }[] }>) => p[nested.name]!.nodes),
            node,
            field,
          );
        }
      }
    }
    // Applications, subscriptions, users, invitations and messages of the accounts…
    expect(compared).toBeGreaterThan(100);
  });

  it("answers a nested listing asked with other fields elsewhere in the query — aliases, another parent — as each alone", async () => {
    const names = `applications(first: 5) { nodes { id name } }`;
    const keys = `applications(first: 5) { nodes { id userKey description plan { id } } }`;
    const alone = async (selection: string) => (await admin.ok(`{ accounts(first: 5) { nodes { ${selection} } } }`)).accounts.nodes;
    const [withNames, withKeys] = [await alone(names), await alone(keys)];
    expect(withKeys.flatMap((a: { applications: { nodes: unknown[] } }) => a.applications.nodes).length).toBeGreaterThan(0);
    // One parent, the field twice under aliases with the same arguments (one page fetched ahead for both).
    const aliased = await admin.ok(`{ accounts(first: 5) { nodes { x: ${names} y: ${keys} } } }`);
    expect(aliased.accounts.nodes.map((a: { x: unknown }) => ({ applications: a.x }))).toEqual(withNames);
    expect(aliased.accounts.nodes.map((a: { y: unknown }) => ({ applications: a.y }))).toEqual(withKeys);
    // Two parents listing the same accounts, each with its own selection of the same nested page.
    const twice = await admin.ok(`{ a: accounts(first: 5) { nodes { ${names} } } b: accounts(first: 5) { nodes { ${keys} } } }`);
    expect(twice.a.nodes).toEqual(withNames);
    expect(twice.b.nodes).toEqual(withKeys);
    // And an account asked by itself, besides a page that fetched its applications with fewer columns.
    const accountId = (await admin.ok(`{ accounts(first: 1) { nodes { id } } }`)).accounts.nodes[0].id;
    const mixed = await admin.ok(`query($id: ID!) { accounts(first: 5) { nodes { ${names} } } account(id: $id) { ${keys} } }`, { id: accountId });
    expect(mixed.accounts.nodes).toEqual(withNames);
    expect(mixed.account).toEqual(withKeys[0]);
  });

  it("selects fewer columns when the fields read fewer, for a page and a page nested in it", async () => {
    const logger = (server.database.db as unknown as { session: { logger: { logQuery(text: string): void } } }).session.logger;
    const spy = vi.spyOn(logger, "logQuery");
    try {
      await admin.ok(`{ accounts(first: 5) { nodes { id orgName applications(first: 5) { nodes { id name plan { name } } } } } }`);
      const page = spy.mock.calls.map(([text]) => text).find((text) => text.includes("__page"))!;
      expect(page).toBeDefined();
      // The accounts' id, name and sort columns; the applications' id, name, plan, account and sort columns.
      expect(page).toContain(`"org_name"`);
      expect(page).not.toContain(`"fields"`);
      expect(page).toContain(`"plan_id"`);
      expect(page).not.toContain(`"client_secret"`);
      expect(page).not.toContain(`"user_key"`);
      spy.mockClear();
      // A field that reads the whole row (no `Reads`) — none is left among these types — or a field
      // whose columns are asked: here the user key.
      await admin.ok(`{ accounts(first: 5) { nodes { id applications(first: 5) { nodes { id userKey } } } } }`);
      const withKey = spy.mock.calls.map(([text]) => text).find((text) => text.includes("__page"))!;
      expect(withKey).toContain(`"user_key"`);
      expect(withKey).not.toContain(`"client_secret"`);
    } finally {
      spy.mockRestore();
    }
  });
});
