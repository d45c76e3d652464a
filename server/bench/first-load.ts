import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Written by the browser journey (e2e/support/first-load.ts): what Chromium measured opening the admin. */
const file = fileURLToPath(new URL("../../e2e/artifacts/first-load.json", import.meta.url));

interface FirstLoad {
  path: string;
  measuredAt: string;
  javascript: { files: number; transferredBytes: number; decodedBytes: number };
  largestContentfulPaintMs: number | null;
  largestContentfulPaintSamplesMs?: (number | null)[];
  domContentLoadedMs: number;
}

/**
 * The admin's first load, as the last browser journey measured it (`pnpm test` or
 * `pnpm --filter @gatehouse/e2e test` writes it): a real Chromium with an empty cache is the only
 * honest way to get paint times, so the bench reports that run rather than starting a browser.
 */
export function firstLoadLines(): string[] {
  if (!existsSync(file)) return ["first load: not measured yet — run the browser journey (pnpm --filter @gatehouse/e2e test)"];
  const m = JSON.parse(readFileSync(file, "utf8")) as FirstLoad;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  return [
    `first load of ${m.path} (browser journey of ${m.measuredAt}): ${kb(m.javascript.transferredBytes)} of JavaScript transferred ` +
      `(${m.javascript.files} files, ${kb(m.javascript.decodedBytes)} decoded; target ≤ 300 KB), ` +
      `LCP ${m.largestContentfulPaintMs ?? "?"} ms${m.largestContentfulPaintSamplesMs ? ` (median of ${m.largestContentfulPaintSamplesMs.map((ms) => ms ?? "?").join(", ")})` : ""} ` +
        `(target < 1,000 ms), DOMContentLoaded ${m.domContentLoadedMs} ms`,
  ];
}
