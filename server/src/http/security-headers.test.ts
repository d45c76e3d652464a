import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/harness.js";

// A built admin as `vite build` leaves it: index.html, hashed assets, and their precompressed copies.
const webDist = mkdtempSync(path.join(tmpdir(), "gatehouse-web-"));
const indexHtml = `<!doctype html><html><head><script type="module" crossorigin src="/assets/index-AbC123.js"></script></head><body><div id="root"></div></body></html>`;
const script = `console.log(${JSON.stringify("gatehouse ".repeat(200))});`;
mkdirSync(path.join(webDist, "assets"));
writeFileSync(path.join(webDist, "index.html"), indexHtml);
writeFileSync(path.join(webDist, "assets", "index-AbC123.js"), script);
writeFileSync(path.join(webDist, "assets", "index-AbC123.js.br"), brotliCompressSync(script));
writeFileSync(path.join(webDist, "assets", "index-AbC123.js.gz"), gzipSync(script));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, { webDist });
});
afterAll(() => server?.close());

function directives(policy: string | null): Map<string, string[]> {
  return new Map((policy ?? "").split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

describe("security headers", () => {
  it("are on every response: the admin, its assets, /graphql, /healthz and a 404", async () => {
    const responses = await Promise.all([
      fetch(`${server.url}/`),
      fetch(`${server.url}/settings/access-tokens`),
      fetch(`${server.url}/assets/index-AbC123.js`),
      fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ viewer { id } }" }) }),
      fetch(`${server.url}/graphql?query=%7B`),
      fetch(`${server.url}/healthz`),
      fetch(`${server.url}/assets/missing-123.js`),
    ]);
    for (const res of responses) {
      const csp = directives(res.headers.get("content-security-policy"));
      expect(csp.get("frame-ancestors"), res.url).toEqual(["'none'"]);
      expect(csp.get("script-src"), res.url).toEqual(["'self'"]);
      expect(csp.get("object-src"), res.url).toEqual(["'none'"]);
      expect(res.headers.get("x-content-type-options"), res.url).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), res.url).toBe("no-referrer");
      expect(res.headers.get("x-frame-options"), res.url).toBe("DENY");
    }
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 400, 200, 404]);
  });
});

describe("the admin's files", () => {
  it("are sent precompressed, the copy the browser accepts, else as they are", async () => {
    for (const [accept, encoding] of [["gzip, deflate, br, zstd", "br"], ["gzip, deflate", "gzip"], ["identity", null]] as const) {
      const res = await fetch(`${server.url}/assets/index-AbC123.js`, { headers: { "accept-encoding": accept } });
      expect(res.headers.get("content-encoding"), accept).toBe(encoding);
      expect(res.headers.get("content-type")).toMatch(/javascript/);
      expect(res.headers.get("vary")).toMatch(/accept-encoding/i);
      expect(await res.text()).toBe(script);
    }
  });

  it("hashed assets are cached for good; index.html on every route is revalidated", async () => {
    const asset = await fetch(`${server.url}/assets/index-AbC123.js`);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    for (const route of ["/", "/settings/access-tokens", "/index.html"]) {
      const page = await fetch(`${server.url}${route}`);
      expect(page.headers.get("cache-control"), route).toBe("no-cache");
      expect(await page.text()).toBe(indexHtml);
    }
  });
});
