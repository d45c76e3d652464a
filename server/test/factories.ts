import { randomBytes } from "node:crypto";
import type { TestClient, TestServer } from "./harness.js";

/** Builds test data through the public API, like an integrator would; each call makes unique rows. */
export async function createTenant(server: TestServer, overrides: { name?: string; subdomain?: string; adminEmail?: string } = {}) {
  const master = await server.master();
  const suffix = randomBytes(3).toString("hex");
  const adminPassword = "tenant-admin-password";
  const input = {
    name: overrides.name ?? `Tenant ${suffix}`,
    subdomain: overrides.subdomain ?? `t-${suffix}`,
    adminEmail: overrides.adminEmail ?? `admin-${suffix}@example.com`,
    adminPassword,
  };
  const data = await master.ok(
    `mutation($input: CreateTenantInput!) { createTenant(input: $input) { tenant { id subdomain } adminUser { id email } userErrors { code message } } }`,
    { input },
  );
  if (data.createTenant.userErrors.length) throw new Error(JSON.stringify(data.createTenant.userErrors));
  const tenant = data.createTenant.tenant as { id: string; subdomain: string };
  const admin = { email: input.adminEmail, password: adminPassword, id: data.createTenant.adminUser.id as string };
  return {
    tenant,
    admin,
    async login(): Promise<TestClient> {
      const c = server.client();
      await c.login({ tenant: tenant.subdomain, email: admin.email, password: admin.password });
      return c;
    },
  };
}

export async function createAccessToken(
  client: TestClient,
  input: { name?: string; scopes?: string[]; permission?: "READ_ONLY" | "READ_WRITE"; expiresAt?: string } = {},
) {
  const data = await client.ok(
    `mutation($input: CreateAccessTokenInput!) { createAccessToken(input: $input) { token accessToken { id prefix } userErrors { code field message } } }`,
    { input: { name: "test token", scopes: ["ACCOUNT_MANAGEMENT"], permission: "READ_WRITE", ...input } },
  );
  if (data.createAccessToken.userErrors.length) throw new Error(JSON.stringify(data.createAccessToken.userErrors));
  return { token: data.createAccessToken.token as string, id: data.createAccessToken.accessToken.id as string };
}

/** A MEMBER team user; there is no API for inviting users yet, so this goes through the team service. */
export async function createMember(server: TestServer, tenant: { id: string; subdomain: string }, memberAreas: ("PARTNERS" | "PLANS" | "MONITORING" | "FINANCE" | "SETTINGS")[] = []) {
  const { inTenantTransaction } = await import("../src/db/tenancy.js");
  const { createUser } = await import("../src/modules/team/user.service.js");
  const { rowIdOf } = await import("../src/graphql/node.js");
  const tenantId = rowIdOf(tenant.id, "Tenant")!;
  const email = `member-${randomBytes(3).toString("hex")}@example.com`;
  const password = "member-password-1";
  await inTenantTransaction(server.database.db, { tenantId, master: false }, (tx) =>
    createUser(tx, { tenantId, email, password, role: "MEMBER", memberAreas }),
  );
  const c = server.client();
  await c.login({ tenant: tenant.subdomain, email, password });
  return c;
}
