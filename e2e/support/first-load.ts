import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type Browser, expect, type Page } from "@playwright/test";

/** What the browser transferred and painted on a first visit; recorded, never asserted (shared machines). */
export interface FirstLoad {
  path: string;
  measuredAt: string;
  javascript: { files: number; transferredBytes: number; encodedBytes: number; decodedBytes: number; encodings: Record<string, number> };
  css: { files: number; transferredBytes: number };
  document: { transferredBytes: number; cacheControl: string | null };
  largestContentfulPaintMs: number | null;
  /** Every load's LCP, when this is the median of several (`medianFirstLoad`). */
  largestContentfulPaintSamplesMs?: (number | null)[];
  /** What the largest paint was, and when the scripts and the page's GraphQL requests (start, end) arrived. */
  largestContentfulPaintElement: string | null;
  timeline: { lastScriptMs: number; graphqlRequestsMs: number[][] };
  domContentLoadedMs: number;
  loadMs: number;
}

/**
 * Opens `pathname` in a new context with the signed-in user's cookies and an empty HTTP cache, as a
 * returning admin on a new machine would, and reads Chromium's Performance API: the transfer size of
 * every script (compressed bytes plus headers), the largest contentful paint, and the navigation times.
 * Also checks, deterministically, what makes the first load small: every script arrives compressed
 * and cacheable for good, and the page itself is revalidated.
 */
export async function measureFirstLoad(
  browser: Browser,
  signedIn: Page,
  pathname: string,
  ready: (page: Page) => Promise<void>,
): Promise<FirstLoad> {
  const context = await browser.newContext({ storageState: await signedIn.context().storageState() });
  const page = await context.newPage();
  const scripts: { url: string; encoding: string; cacheControl: string; bytes: number }[] = [];
  page.on("response", (response) => {
    if (new URL(response.url()).pathname.endsWith(".js")) {
      const headers = response.headers();
      scripts.push({
        url: response.url(),
        encoding: headers["content-encoding"] ?? "identity",
        cacheControl: headers["cache-control"] ?? "",
        bytes: Number(headers["content-length"] ?? 0),
      });
    }
  });
  const origin = new URL(signedIn.url()).origin;
  const navigation = await page.goto(new URL(pathname, origin).toString());
  await ready(page);
  const metrics = await page.evaluate(async () => {
    const lcp = await new Promise<{ at: number; element: string } | null>((resolve) => {
      new PerformanceObserver((list) => {
        const last = list.getEntries().at(-1) as (PerformanceEntry & { element?: Element | null }) | undefined;
        const element = last?.element;
        const name = element ? `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim().slice(0, 40)}"` : "";
        resolve(last ? { at: last.startTime, element: name } : null);
      }).observe({ type: "largest-contentful-paint", buffered: true });
      setTimeout(() => resolve(null), 2000);
    });
    const resources = performance.getEntriesByType("resource") as PerformanceResourceTiming[];
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const of = (ext: RegExp) => resources.filter((r) => ext.test(new URL(r.name).pathname));
    const sum = (list: PerformanceResourceTiming[], key: "transferSize" | "encodedBodySize" | "decodedBodySize") => list.reduce((n, r) => n + r[key], 0);
    const js = of(/\.js$/);
    const css = of(/\.css$/);
    const graphql = resources.filter((r) => new URL(r.name).pathname === "/graphql");
    return {
      timeline: {
        lastScriptMs: Math.round(Math.max(0, ...js.map((r) => r.responseEnd))),
        graphqlRequestsMs: graphql.map((r) => [Math.round(r.startTime), Math.round(r.responseEnd)]),
      },
      js: { files: js.length, transferredBytes: sum(js, "transferSize"), encodedBytes: sum(js, "encodedBodySize"), decodedBytes: sum(js, "decodedBodySize") },
      css: { files: css.length, transferredBytes: sum(css, "transferSize") },
      documentBytes: nav.transferSize,
      lcp,
      domContentLoaded: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
    };
  });
  await context.close();

  expect(scripts.length).toBeGreaterThan(0);
  for (const script of scripts) {
    // The build leaves files under 1 KB uncompressed (web/build/precompress.ts).
    if (script.bytes >= 1024) expect(script.encoding, script.url).toBe("br");
    expect(script.cacheControl, script.url).toContain("immutable");
  }
  const documentCacheControl = navigation?.headers()["cache-control"] ?? null;
  expect(documentCacheControl).toBe("no-cache");

  const encodings: Record<string, number> = {};
  for (const s of scripts) encodings[s.encoding] = (encodings[s.encoding] ?? 0) + 1;
  return {
    path: pathname,
    measuredAt: new Date().toISOString(),
    javascript: { ...metrics.js, encodings },
    css: metrics.css,
    document: { transferredBytes: metrics.documentBytes, cacheControl: documentCacheControl },
    largestContentfulPaintMs: metrics.lcp === null ? null : Math.round(metrics.lcp.at),
    largestContentfulPaintElement: metrics.lcp?.element ?? null,
    timeline: metrics.timeline,
    domContentLoadedMs: Math.round(metrics.domContentLoaded),
    loadMs: Math.round(metrics.load),
  };
}

/** How many first loads the journey measures; it records the median one. */
export const FIRST_LOADS = 3;

/** The load with the median LCP (a load without one counts as the slowest), with every load's LCP. */
export function medianFirstLoad(loads: FirstLoad[]): FirstLoad {
  if (loads.length === 0) throw new Error("medianFirstLoad: no load measured");
  const lcp = (load: FirstLoad) => load.largestContentfulPaintMs ?? Number.POSITIVE_INFINITY;
  const sorted = [...loads].sort((a, b) => lcp(a) - lcp(b));
  const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
  return { ...median, largestContentfulPaintSamplesMs: loads.map((load) => load.largestContentfulPaintMs) };
}

/** Writes the numbers where the bench reads them, and prints them. */
export function recordFirstLoad(artifacts: string, load: FirstLoad): void {
  mkdirSync(artifacts, { recursive: true });
  writeFileSync(path.join(artifacts, "first-load.json"), `${JSON.stringify(load, null, 2)}\n`);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `first load of ${load.path}: ${kb(load.javascript.transferredBytes)} of JavaScript transferred ` +
      `(${load.javascript.files} files, ${kb(load.javascript.decodedBytes)} decoded), ` +
      `LCP ${load.largestContentfulPaintMs ?? "n/a"} ms${samples(load)}, DOMContentLoaded ${load.domContentLoadedMs} ms; ` +
      // Where the time went: scripts arrived, then each GraphQL request from start to end (the first is the viewer).
      `scripts by ${load.timeline.lastScriptMs} ms, GraphQL ${load.timeline.graphqlRequestsMs.map(([start, end]) => `${start}–${end}`).join(", ") || "none"} ms`,
  );
}

const samples = (load: FirstLoad) =>
  load.largestContentfulPaintSamplesMs ? ` (median of ${load.largestContentfulPaintSamplesMs.map((ms) => ms ?? "n/a").join(", ")})` : "";
