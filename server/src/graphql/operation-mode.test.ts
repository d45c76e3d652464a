import { describe, expect, it } from "vitest";
import { app } from "../modules/registry.js";
import { operationModeOf } from "./operation-mode.js";
import { buildGatehouseSchema } from "./schema.js";

const schema = await buildGatehouseSchema(app.modules);
const login = `login(input: { email: "a@b.c", password: "x" }) { userErrors { code } }`;

describe("operationModeOf", () => {
  it("runs queries without a transaction, mutations in one, and login in the one it opens itself", () => {
    expect(operationModeOf(schema, `{ viewer { id } }`, null)).toBe("read");
    expect(operationModeOf(schema, `mutation { logout { loggedOut } }`, null)).toBe("write");
    expect(operationModeOf(schema, `mutation { ${login} }`, null)).toBe("own");
  });

  it("finds login through fragments, and only when it is the operation's only field", () => {
    expect(operationModeOf(schema, `mutation M { ...F } fragment F on Mutation { ${login} }`, "M")).toBe("own");
    expect(operationModeOf(schema, `mutation { ... on Mutation { ${login} } }`, null)).toBe("own");
    // With another field the access check refuses the operation (login is `alone`): a plain transaction until then.
    expect(operationModeOf(schema, `mutation { ${login} logout { loggedOut } }`, null)).toBe("write");
  });

  it("picks the named operation, and reads for anything Apollo will refuse without running it", () => {
    const both = `query Q { viewer { id } } mutation M { logout { loggedOut } }`;
    expect(operationModeOf(schema, both, "Q")).toBe("read");
    expect(operationModeOf(schema, both, "M")).toBe("write");
    expect(operationModeOf(schema, both, null)).toBe("read");
    expect(operationModeOf(schema, both, "Nope")).toBe("read");
    expect(operationModeOf(schema, `mutation {`, null)).toBe("read");
  });
});
