import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTenant } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/harness.js";
import { decoyHash, verifyPassword } from "../../auth/password.js";

// Counts the password checks, so the test sees the work login does, not the time it takes.
vi.mock("../../auth/password.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../auth/password.js")>();
  return { ...original, verifyPassword: vi.fn(original.verifyPassword) };
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { user { id } userErrors { field code message } } }`;

describe("login with an unknown tenant", () => {
  it("checks a password hash like a wrong password does, so its timing tells nothing either", async () => {
    const { tenant, admin } = await createTenant(server);
    const check = vi.mocked(verifyPassword);
    const client = server.client();

    check.mockClear();
    await client.gql(LOGIN, { input: { tenant: tenant.subdomain, email: admin.email, password: "not-the-password" } });
    expect(check).toHaveBeenCalledTimes(1);

    check.mockClear();
    const unknown = await client.gql(LOGIN, { input: { tenant: "no-such-tenant", email: admin.email, password: "not-the-password" } });
    expect(unknown.data?.login.userErrors[0].code).toBe("INVALID_CREDENTIALS");
    expect(check).toHaveBeenCalledTimes(1);
    expect(check).toHaveBeenCalledWith("not-the-password", await decoyHash);
  });
});
