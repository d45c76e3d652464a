// An integrator's path through the API over plain HTTP (no browser): the master creates a tenant, the
// tenant's admin mints a personal access token, a script calls the API with it, and revocation stops it.
import { type APIRequestContext, expect, test } from "@playwright/test";
import { master } from "../support/server.js";

interface GraphQLResponse<T> {
  status: number;
  data: T | null | undefined;
  errors: { message: string; extensions?: { code?: string } }[] | undefined;
}

async function gql<T>(
  api: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  // JSON content type: Apollo's CSRF prevention refuses "simple" (text/plain) posts.
  const res = await api.post("/graphql", {
    headers: { "content-type": "application/json", ...headers },
    data: { query, variables },
  });
  const body = (await res.json()) as { data?: T | null; errors?: GraphQLResponse<T>["errors"] };
  return { status: res.status(), data: body.data, errors: body.errors };
}

/** Runs an operation that must not fail at the GraphQL level; returns its data. */
async function gqlOk<T>(api: APIRequestContext, query: string, variables?: Record<string, unknown>): Promise<T> {
  const res = await gql<T>(api, query, variables);
  expect(res.errors, `GraphQL errors: ${JSON.stringify(res.errors)}`).toBeUndefined();
  expect(res.data).toBeTruthy();
  return res.data as T;
}

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user { id email role }
      userErrors { code field message }
    }
  }
`;

interface LoginData {
  login: { user: { id: string; email: string; role: string } | null; userErrors: { code: string }[] };
}

test("an integrator uses a personal access token until it is revoked", async ({ request, playwright, baseURL }) => {
  const run = Date.now();
  const tenantName = `E2E Integrator ${run}`;
  const admin = { email: `admin-${run}@e2e.test`, password: `admin-password-${run}` };

  // 1. The master signs in; `request` keeps the session cookie for the next calls.
  const masterLogin = await gqlOk<LoginData>(request, LOGIN, { input: master });
  expect(masterLogin.login.userErrors).toEqual([]);
  expect(masterLogin.login.user?.email).toBe(master.email);

  // 2. The master creates a tenant with its first admin.
  const created = await gqlOk<{
    createTenant: { tenant: { id: string; name: string; subdomain: string } | null; userErrors: { code: string }[] };
  }>(
    request,
    /* GraphQL */ `
      mutation CreateTenant($input: CreateTenantInput!) {
        createTenant(input: $input) {
          tenant { id name subdomain }
          userErrors { code field message }
        }
      }
    `,
    { input: { name: tenantName, adminEmail: admin.email, adminPassword: admin.password } },
  );
  expect(created.createTenant.userErrors).toEqual([]);
  const tenant = created.createTenant.tenant!;
  expect(tenant.name).toBe(tenantName);

  // The tenant admin's own session, and the integrator's script: no cookies, only the bearer token.
  const adminApi = await playwright.request.newContext({ baseURL });
  const scriptApi = await playwright.request.newContext({ baseURL });
  try {
    // 3. The tenant admin signs in to their tenant.
    const adminLogin = await gqlOk<LoginData>(adminApi, LOGIN, { input: { ...admin, tenant: tenant.subdomain } });
    expect(adminLogin.login.userErrors).toEqual([]);
    expect(adminLogin.login.user?.email).toBe(admin.email);

    // 4. The admin creates a personal access token; its plaintext is returned this once.
    const minted = await gqlOk<{
      createAccessToken: { token: string | null; accessToken: { id: string } | null; userErrors: { code: string }[] };
    }>(
      adminApi,
      /* GraphQL */ `
        mutation CreateAccessToken($input: CreateAccessTokenInput!) {
          createAccessToken(input: $input) {
            token
            accessToken { id }
            userErrors { code }
          }
        }
      `,
      { input: { name: `integration ${run}`, scopes: ["ACCOUNT_MANAGEMENT"], permission: "READ_WRITE" } },
    );
    expect(minted.createAccessToken.userErrors).toEqual([]);
    const token = minted.createAccessToken.token!;
    const tokenId = minted.createAccessToken.accessToken!.id;
    expect(token).toBeTruthy();

    // 5. The script calls the API with the token. `viewer` is public (null when anonymous), so the
    // script also reads a protected field, `node`, to see an authentication failure as an error.
    const bearer = { authorization: `Bearer ${token}` };
    const SCRIPT_QUERY = /* GraphQL */ `
      query ScriptViewer($me: ID!) {
        viewer { email }
        node(id: $me) { id }
      }
    `;
    type ScriptData = { viewer: { email: string } | null; node: { id: string } | null };
    const me = { me: adminLogin.login.user!.id };

    const asScript = await gql<ScriptData>(scriptApi, SCRIPT_QUERY, me, bearer);
    expect(asScript.errors).toBeUndefined();
    expect(asScript.data).toEqual({ viewer: { email: admin.email }, node: { id: me.me } });

    // 6. The admin revokes the token through the session.
    const revoked = await gqlOk<{
      revokeAccessToken: { accessToken: { id: string; state: string } | null; userErrors: { code: string }[] };
    }>(
      adminApi,
      /* GraphQL */ `
        mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {
          revokeAccessToken(input: $input) {
            accessToken { id state }
            userErrors { code }
          }
        }
      `,
      { input: { id: tokenId } },
    );
    expect(revoked.revokeAccessToken.userErrors).toEqual([]);
    expect(revoked.revokeAccessToken.accessToken).toEqual({ id: tokenId, state: "REVOKED" });

    // 7. The revoked token stops working at once: refused with 401 UNAUTHENTICATED...
    const afterRevoke = await gql<ScriptData>(scriptApi, SCRIPT_QUERY, me, bearer);
    expect(afterRevoke.status).toBe(401);
    expect(afterRevoke.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(afterRevoke.errors?.[0]?.message).toMatch(/revoked/);
    expect(afterRevoke.data ?? null).toBeNull();
    // ...and the public `viewer` alone no longer sees the admin.
    const viewerOnly = await gql<{ viewer: { email: string } | null }>(scriptApi, `{ viewer { email } }`, {}, bearer);
    expect(viewerOnly.data?.viewer ?? null).toBeNull();
  } finally {
    await scriptApi.dispose();
    await adminApi.dispose();
  }
});
