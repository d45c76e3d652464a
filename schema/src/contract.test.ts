import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_BULK_IDS, MAX_EXCEPT_IDS } from "./bulk";
import { MAX_ACCESS_TOKEN_NAME_LENGTH, MAX_EMAIL_LENGTH, MAX_SEARCH_TEXT_LENGTH, MAX_TENANT_NAME_LENGTH } from "./lengths";
import { MAX_PAGE_SIZE, MIN_PAGE_SIZE } from "./pagination";
import { MIN_PASSWORD_LENGTH } from "./password";
import { MAX_SUBDOMAIN_LENGTH } from "./subdomain";
import { USAGE_PERIODS } from "./usage";

// The committed contract is what integrators read: the bounds it states must be the ones enforced.
const sdl = readFileSync(new URL("../schema.graphql", import.meta.url), "utf8");

/** The description of `field` in `input`/`type` `typeName`, from the SDL text. */
function description(typeName: string, field: string): string | undefined {
  const body = new RegExp(`^(?:input|type) ${typeName} \\{\\n([\\s\\S]*?)^\\}`, "m").exec(sdl)?.[1] ?? "";
  return new RegExp(`"""([^"]*)"""\\n\\s*${field}[:(]`).exec(body)?.[1];
}

describe("schema.graphql states the shared bounds", () => {
  it("for page sizes, on every connection", () => {
    const stated = [...sdl.matchAll(/"""Return the (?:first|last) n items \((\d+)–(\d+)\)\."""/g)];
    expect(stated.length).toBeGreaterThan(0);
    for (const [, min, max] of stated) expect([Number(min), Number(max)]).toEqual([MIN_PAGE_SIZE, MAX_PAGE_SIZE]);
  });

  it("for names, subdomains and passwords", () => {
    expect(description("CreateTenantInput", "name")).toBe(`Organization name (1–${MAX_TENANT_NAME_LENGTH} characters).`);
    expect(description("CreateTenantInput", "subdomain")).toContain(`1–${MAX_SUBDOMAIN_LENGTH} characters`);
    expect(description("CreateAccessTokenInput", "name")).toBe(`What the token is for (1–${MAX_ACCESS_TOKEN_NAME_LENGTH} characters).`);
    expect(description("ChangePasswordInput", "newPassword")).toBe(`The new password (at least ${MIN_PASSWORD_LENGTH} characters).`);
  });

  it("for emails and the search text of every listing", () => {
    expect(/"""(.*)"""\nscalar EmailAddress/.exec(sdl)?.[1]).toContain(`at most ${MAX_EMAIL_LENGTH} characters`);
    const searches = [...sdl.matchAll(/"""\s*([^"]*?)\s*"""\n\s*search: String/g)].map((m) => m[1]);
    expect(searches.length).toBeGreaterThan(0);
    for (const text of searches) expect(text).toContain(`At most ${MAX_SEARCH_TEXT_LENGTH} characters.`);
  });

  it("for bulk selections", () => {
    expect(description("RevokeAccessTokensInput", "ids")).toContain(`(1–${MAX_BULK_IDS})`);
    expect(description("RevokeAccessTokensInput", "exceptIds")).toContain(`(at most ${MAX_EXCEPT_IDS})`);
  });

  it("for the periods usage limits count over", () => {
    const body = /^enum UsagePeriod \{\n([\s\S]*?)^\}/m.exec(sdl)?.[1] ?? "";
    const values = [...body.matchAll(/^\s+([A-Z]+)$/gm)].map((m) => m[1]);
    expect(values.sort()).toEqual([...USAGE_PERIODS].sort());
  });
});
