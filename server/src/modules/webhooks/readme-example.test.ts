import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { signWebhook } from "./webhook-signature.js";

const readme = readFileSync(new URL("../../../../README.md", import.meta.url), "utf8");

describe("the README's webhook signature example", () => {
  it("accepts what Gatehouse signs, with either secret during a rotation, and refuses tampering and replays", async () => {
    const block = /<!-- webhook-verify-example -->\s*```js\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(block).toBeDefined();
    const dir = mkdtempSync(path.join(tmpdir(), "gatehouse-readme-"));
    try {
      const file = path.join(dir, "verify.mjs");
      writeFileSync(file, block!);
      const { verifyGatehouseSignature } = (await import(pathToFileURL(file).href)) as { verifyGatehouseSignature: (body: string, header: string, secret: string) => boolean };
      const body = JSON.stringify({ id: "6f1c", type: "account", action: "created", occurredAt: new Date().toISOString(), object: { name: "Acme" } });
      const now = Math.floor(Date.now() / 1000);
      const header = signWebhook(body, ["whsec_new", "whsec_old"], now);
      expect(verifyGatehouseSignature(body, header, "whsec_new")).toBe(true);
      expect(verifyGatehouseSignature(body, header, "whsec_old")).toBe(true);
      expect(verifyGatehouseSignature(body, header, "whsec_other")).toBe(false);
      expect(verifyGatehouseSignature(body.replace("Acme", "Evil"), header, "whsec_new")).toBe(false);
      expect(verifyGatehouseSignature(body, signWebhook(body, ["whsec_new"], now - 3600), "whsec_new")).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
