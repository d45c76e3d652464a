import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../../test/harness.js";

/**
 * A page of accounts fetches, in its own statement, the fields of its accounts a query selects that
 * their listing declares (kit/listing.ts `prefetch`): `adminUser` (a to-one row), `applicationCount` (a
 * count) and `applications` (a nested page, added by the applications module). The answers must be the
 * ones the fields' own loaders give: `@include(if: true)` on `nodes` makes the listing leave every field
 * to its loader (connection/selection.ts), so each query is compared with itself loaded that way.
 */

let server: TestServer;
let admin: TestClient;
beforeAll(async () => {
  server = await startTestServer();
  const t = await createTenant(server);
  admin = await t.login();
  const services = await admin.ok(`{ services(first: 1) { nodes { id } } }`);
  const serviceId = services.services.nodes[0].id;
  // Accounts with 0, 1 and 3 applications, one suspended.
  for (const [i, apps] of [0, 1, 3, 0, 2].entries()) {
    const acc = await admin.ok(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`, {
      input: { orgName: `Org ${i}`, email: `dev-${i}-${Date.now()}@example.com` },
    });
    for (let a = 0; a < apps; a++) {
      const app = await admin.ok(`mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id } } }`, {
        input: { accountId: acc.createAccount.account.id, serviceId, name: `App ${i}.${a}` },
      });
      if (a === 1) await admin.ok(`mutation($input: ApplicationIdInput!) { suspendApplication(input: $input) { userErrors { code } } }`, { input: { id: app.createApplication.application.id } });
    }
  }
});
afterAll(() => server?.close());

/** The query's data and its statements, and the same with every field left to its loader. */
async function bothWays(query: string, variables: Record<string, unknown> = {}) {
  const run = async (text: string) => {
    const before = server.database.statementCount;
    const data = await admin.ok(text, variables);
    return { data, statements: server.database.statementCount - before };
  };
  const ahead = await run(query);
  const loaded = await run(query.replace(/\bnodes \{/, "nodes @include(if: true) {").replace(/\bedges \{/, "edges @include(if: true) {"));
  return { ahead, loaded };
}

describe("a page of accounts with their admin user, application count and applications", () => {
  const PAGE = `accounts(first: 10, orderBy: { field: ORG_NAME, direction: ASC })`;

  it("answers as the fields' loaders do, in fewer statements", async () => {
    const { ahead, loaded } = await bothWays(
      `{ ${PAGE} { totalCount nodes { id orgName adminUser { id email role } applicationCount
          applications(first: 2) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id name state createdAt } } } } } }`,
    );
    expect(ahead.data).toEqual(loaded.data);
    expect(ahead.data.accounts.nodes.map((a: { applicationCount: number }) => a.applicationCount)).toEqual([0, 1, 3, 0, 2]);
    expect(ahead.data.accounts.nodes[2].applications.pageInfo.hasNextPage).toBe(true);
    expect(ahead.data.accounts.nodes[0].applications.edges).toEqual([]);
    expect(ahead.data.accounts.nodes.every((a: { adminUser: { role: string } }) => a.adminUser.role === "ADMIN")).toBe(true);
    // The opening statement, the page with its parts, its totalCount, and the nested totalCount of all
    // accounts at once; the loaders add the admin users, the application counts and the applications.
    expect(ahead.statements).toBe(4);
    expect(loaded.statements).toBe(7);
  });

  it("fetches a nested page with a filter and an order, through edges, and a page after a cursor", async () => {
    const first = await admin.ok(`{ ${PAGE} { nodes { applications(first: 1, orderBy: { field: NAME, direction: DESC }) { pageInfo { endCursor } } } } }`);
    const cursor = first.accounts.nodes[2].applications.pageInfo.endCursor;
    const { ahead, loaded } = await bothWays(
      `query($after: String) { ${PAGE} { edges { node { orgName applications(first: 1, after: $after, orderBy: { field: NAME, direction: DESC }, filter: { states: [LIVE] }) { nodes { name state } } } } } }`,
      { after: cursor },
    );
    expect(ahead.data).toEqual(loaded.data);
    expect(ahead.data.accounts.edges[2].node.applications.nodes).toEqual([{ name: "App 2.0", state: "LIVE" }]);
    expect(ahead.statements).toBeLessThan(loaded.statements);
  });

  it("makes the same cursors whether or not the rest of the request reads them", async () => {
    // No cursor is read: the pages leave out their sort column (connection/selection.ts readsCursors).
    const bare = await bothWays(`{ ${PAGE} { nodes { orgName applications(first: 2) { nodes { name } } } } }`);
    expect(bare.ahead.data).toEqual(bare.loaded.data);
    // The same pages with their cursors, through pageInfo and through edges, in a fragment; and in one
    // request with an alias that reads none, the page of applications fetched ahead without cursors
    // cannot answer the field that reads them.
    const withCursors = await bothWays(
      `{ ${PAGE} { ...Cursors nodes { orgName applications(first: 2) { pageInfo { endCursor } edges { cursor node { name } } } } }
         bare: ${PAGE} { nodes { applications(first: 2) { nodes { name } } } } }
       fragment Cursors on AccountConnection { pageInfo { startCursor endCursor } }`,
    );
    expect(withCursors.ahead.data).toEqual(withCursors.loaded.data);
    const [, , third] = withCursors.ahead.data.accounts.nodes;
    const cursors = third.applications.edges.map((e: { cursor: string }) => e.cursor);
    expect(cursors).toHaveLength(2);
    expect(new Set(cursors).size).toBe(2);
    // Each cursor leads to the page after it.
    const after = await admin.ok(`query($after: String) { ${PAGE} { nodes { applications(first: 2, after: $after) { nodes { name } } } } }`, {
      after: third.applications.pageInfo.endCursor,
    });
    const all = await admin.ok(`{ ${PAGE} { nodes { applications(first: 10) { nodes { name } } } } }`);
    expect(after.accounts.nodes[2].applications.nodes).toEqual(all.accounts.nodes[2].applications.nodes.slice(2));
    const next = await admin.ok(`query($after: String) { accounts(first: 10, after: $after, orderBy: { field: ORG_NAME, direction: ASC }) { nodes { orgName } } }`, {
      after: withCursors.ahead.data.accounts.pageInfo.startCursor,
    });
    expect(next.accounts.nodes.map((a: { orgName: string }) => a.orgName)).toEqual(["Org 1", "Org 2", "Org 3", "Org 4"]);
  });

  it("leaves a field asked twice with different arguments, or backwards, to its loader, with the same answers", async () => {
    for (const query of [
      `{ ${PAGE} { nodes { a: applications(first: 1) { nodes { name } } b: applications(first: 2) { nodes { name } } applicationCount } } }`,
      `{ ${PAGE} { nodes { applications(last: 2) { nodes { name } pageInfo { hasPreviousPage } } adminUser { email } } } }`,
      `{ ${PAGE} { nodes { ...Parts } } } fragment Parts on Account { applicationCount adminUser { username } ... on Account { applications(first: 3) { nodes { name } } } }`,
    ]) {
      const { ahead, loaded } = await bothWays(query);
      expect(ahead.data, query).toEqual(loaded.data);
      expect(ahead.statements, query).toBeLessThanOrEqual(loaded.statements);
    }
  });

  it("brings the accounts' plans in the page's statement, and their applications' plans and products in a batch each", async () => {
    const { ahead, loaded } = await bothWays(
      `{ ${PAGE} { nodes { orgName plan { id name } applications(first: 3) { nodes { name plan { id name kind } service { id name } } } } } }`,
    );
    expect(ahead.data).toEqual(loaded.data);
    expect(ahead.data.accounts.nodes[2].applications.nodes).toHaveLength(3);
    expect(ahead.data.accounts.nodes[2].applications.nodes.every((a: { plan: { kind: string }; service: { name: string } }) => a.plan.kind === "APPLICATION" && a.service.name)).toBe(true);
    // The opening statement, the page with the accounts' plans and their applications, then the
    // applications' plans and products. Loaded: the accounts' plans and the applications are a batch each too.
    expect(ahead.statements).toBe(4);
    expect(loaded.statements).toBe(6);
  });

  it("brings the plan and product of a top-level page of applications and subscriptions in its statement", async () => {
    for (const listing of ["applications", "serviceSubscriptions"]) {
      const { ahead, loaded } = await bothWays(`{ ${listing}(first: 10) { nodes { id plan { id name } service { id name } } } }`);
      expect(ahead.data, listing).toEqual(loaded.data);
      expect(ahead.data[listing].nodes.length, listing).toBeGreaterThan(0);
      expect(ahead.statements, listing).toBe(2);
      expect(loaded.statements, listing).toBe(4);
    }
  });

  it("answers a plan fetched ahead with some of its columns only to fields that read no more", async () => {
    // `plan { name }` comes with the page holding its id and name; `paid` and `...Costs` read the costs,
    // which that row lacks: they must get the whole plan, not the partial row.
    for (const query of [
      `{ ${PAGE} { nodes { applications(first: 3) { nodes { name plan { name } paid } } } } }`,
      `{ ${PAGE} { nodes { plan { name } applications(first: 3) { nodes { plan { ...Costs } } } } } } fragment Costs on Plan { name setupFee costPerMonth trialPeriodDays }`,
      `{ applications(first: 10) { nodes { plan { name } } } again: applications(first: 10) { nodes { plan { id name description approvalRequired } } } }`,
    ]) {
      const { ahead, loaded } = await bothWays(query);
      expect(ahead.data, query).toEqual(loaded.data);
      expect(ahead.statements, query).toBeLessThanOrEqual(loaded.statements);
    }
  });
});
