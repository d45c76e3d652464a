import { describe, expect, it } from "vitest";
import {
  deriveSubdomain,
  derivedSubdomainCandidate,
  MAX_SUBDOMAIN_LENGTH,
  RESERVED_SUBDOMAINS,
  subdomainForName,
  subdomainProblem,
} from "./subdomain";

describe("deriveSubdomain", () => {
  it("drops accents instead of turning accented letters into dashes", () => {
    expect(deriveSubdomain("Société Générale")).toBe("societe-generale");
    expect(deriveSubdomain("Crème Brûlée Ltd")).toBe("creme-brulee-ltd");
  });

  it("lowercases and turns each run of other characters into one dash, trimmed", () => {
    expect(deriveSubdomain("Acme API, Inc.")).toBe("acme-api-inc");
    expect(deriveSubdomain("  ACME  Corp. (EU) ")).toBe("acme-corp-eu");
    expect(deriveSubdomain("under_score & co")).toBe("under-score-co");
  });

  it("keeps leading digits: a DNS label may start with one", () => {
    expect(deriveSubdomain("3M Company")).toBe("3m-company");
    expect(deriveSubdomain("1&1")).toBe("1-1");
    expect(subdomainProblem(deriveSubdomain("3M Company"))).toBeNull();
  });

  it("is empty when nothing is left after stripping", () => {
    expect(deriveSubdomain("")).toBe("");
    expect(deriveSubdomain("---")).toBe("");
    expect(deriveSubdomain("   ")).toBe("");
    expect(deriveSubdomain("株式会社")).toBe("");
  });

  it("caps the length at 63 without leaving a dash at the cut", () => {
    expect(deriveSubdomain("x".repeat(80))).toBe("x".repeat(MAX_SUBDOMAIN_LENGTH));
    // The 63rd character is the dash between the words: cut there, and drop it.
    expect(deriveSubdomain(`${"a".repeat(62)} bcd`)).toBe("a".repeat(62));
    expect(deriveSubdomain(`${"a".repeat(61)} bcd`)).toBe(`${"a".repeat(61)}-b`);
  });

  it("derives only subdomains that pass the check, or nothing", () => {
    for (const name of ["Société Générale", "-x-", "a".repeat(100), "Ünïcödé 2", "1", "a - b"]) {
      const derived = deriveSubdomain(name);
      expect(derived === "" || subdomainProblem(derived) === null || RESERVED_SUBDOMAINS.has(derived)).toBe(true);
    }
  });
});

describe("subdomainProblem", () => {
  it("accepts lowercase letters, digits and inner dashes, 1–63 characters", () => {
    for (const ok of ["acme", "acme-2", "a", "0", "3m", "a--b", "a".repeat(63)]) expect(subdomainProblem(ok)).toBeNull();
  });

  it("refuses edge dashes, other characters, empty and too long", () => {
    for (const bad of ["-acme", "acme-", "Acme", "ac_me", "ac.me", "société", "", "a".repeat(64)]) {
      expect(subdomainProblem(bad)).toBe(
        "Use 1–63 characters: lowercase letters, digits and dashes, not starting or ending with a dash.",
      );
    }
  });

  it("refuses the deployment's own host names", () => {
    for (const reserved of ["www", "api", "admin", "master", "mail", "static", "assets"]) {
      expect(subdomainProblem(reserved)).toBe(`"${reserved}" is reserved.`);
    }
    expect(subdomainProblem("admin-2")).toBeNull();
  });
});

describe("derivedSubdomainCandidate", () => {
  it("tries the base, then numbered suffixes", () => {
    expect([1, 2, 3, 10].map((n) => derivedSubdomainCandidate("acme", n))).toEqual(["acme", "acme-2", "acme-3", "acme-10"]);
  });

  it("cuts the base so the suffix fits in 63 characters, with no double dash", () => {
    const base = `${"a".repeat(61)}-b`;
    expect(derivedSubdomainCandidate(base, 2)).toBe(`${"a".repeat(61)}-2`);
    expect(derivedSubdomainCandidate(base, 10)).toBe(`${"a".repeat(60)}-10`);
    for (const n of [2, 10, 50]) expect(derivedSubdomainCandidate("z".repeat(63), n)).toHaveLength(MAX_SUBDOMAIN_LENGTH);
  });

  it("skips a reserved name as if it were taken", () => {
    expect(derivedSubdomainCandidate("admin", 1)).toBe("admin-2");
    expect(derivedSubdomainCandidate("admin", 3)).toBe("admin-3");
    expect(derivedSubdomainCandidate("www", 1)).toBe("www-2");
  });
});

describe("subdomainForName", () => {
  it("is what a tenant created without a subdomain gets when it is free", () => {
    expect(subdomainForName("Société Générale")).toBe("societe-generale");
    expect(subdomainForName("Admin")).toBe("admin-2");
    expect(subdomainForName("Master")).toBe("master-2");
    expect(subdomainForName("!!!")).toBe("");
  });
});
