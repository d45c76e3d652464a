import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.js";

describe("loadConfig", () => {
  it("applies the documented defaults and keeps a generated secret inside the data dir", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gatehouse-config-"));
    const config = loadConfig({ GATEHOUSE_DATA_DIR: path.join(dir, "data") });
    expect(config).toMatchObject({ env: "production", port: 4000, databaseUrl: undefined, demo: false, maxQueryCost: 5000, masterEmail: "admin@gatehouse.local" });
    expect(config.secret).toHaveLength(43);
    expect(readFileSync(path.join(dir, "data", "secret"), "utf8")).toBe(config.secret);
    expect(loadConfig({ GATEHOUSE_DATA_DIR: path.join(dir, "data") }).secret).toBe(config.secret);
  });

  it("gives each data dir of one folder its own secret", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gatehouse-config-"));
    const a = loadConfig({ GATEHOUSE_DATA_DIR: path.join(dir, "a") });
    const b = loadConfig({ GATEHOUSE_DATA_DIR: path.join(dir, "b") });
    expect(a.secret).not.toBe(b.secret);
  });

  it("keeps the secret an existing install had beside its data dir, so its sessions and tokens still work", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gatehouse-config-"));
    const legacy = "l".repeat(43);
    writeFileSync(path.join(dir, "secret"), legacy);
    // An embedded install: its database is in the data dir.
    mkdirSync(path.join(dir, "data"));
    writeFileSync(path.join(dir, "data", "PG_VERSION"), "17\n");
    expect(loadConfig({ GATEHOUSE_DATA_DIR: path.join(dir, "data") }).secret).toBe(legacy);
    expect(readFileSync(path.join(dir, "data", "secret"), "utf8")).toBe(legacy);
    // A PostgreSQL install keeps nothing else in its data dir.
    expect(loadConfig({ GATEHOUSE_DATA_DIR: path.join(dir, "pg"), DATABASE_URL: "postgres://u@db/gh" }).secret).toBe(legacy);
    // A new embedded data dir in the same folder is a new install: it does not take another's secret.
    expect(loadConfig({ GATEHOUSE_DATA_DIR: path.join(dir, "fresh") }).secret).not.toBe(legacy);
    // The old file stays for the other instances that still read it.
    expect(readFileSync(path.join(dir, "secret"), "utf8")).toBe(legacy);
  });

  it("resolves a relative data dir from where the command was run (INIT_CWD), not the package folder", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "gatehouse-config-"));
    expect(loadConfig({ INIT_CWD: dir, GATEHOUSE_SECRET: "s".repeat(32) }).dataDir).toBe(path.join(dir, ".gatehouse", "data"));
  });

  it("stops with a message naming every bad variable", () => {
    const bad = () =>
      loadConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", GATEHOUSE_MASTER_PASSWORD: "short", GATEHOUSE_DEMO: "maybe", GATEHOUSE_SECRET: "x" });
    expect(bad).toThrow(ConfigError);
    try {
      bad();
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ["PORT", "DATABASE_URL", "GATEHOUSE_MASTER_PASSWORD", "GATEHOUSE_DEMO", "GATEHOUSE_SECRET"]) expect(message).toContain(name);
    }
  });

  it("reads PostgreSQL, demo and cost settings", () => {
    const config = loadConfig({ DATABASE_URL: "postgres://u@db:5432/gh", GATEHOUSE_DEMO: "1", GATEHOUSE_MAX_QUERY_COST: "250", GATEHOUSE_SECRET: "s".repeat(32) });
    expect(config).toMatchObject({ databaseUrl: "postgres://u@db:5432/gh", demo: true, maxQueryCost: 250, secret: "s".repeat(32) });
  });
});
