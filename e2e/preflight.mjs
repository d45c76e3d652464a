// Run first by the root `pnpm test`: the browser tests drive Debian's Chromium at this path (the
// executablePath in playwright.config.ts); without it they would fail only after minutes of other suites.
import { accessSync, constants } from "node:fs";

const chromium = "/usr/bin/chromium";
try {
  accessSync(chromium, constants.X_OK);
} catch {
  console.error(`pnpm test: the browser tests need Chromium at ${chromium}; install it with: sudo apt-get install -y chromium`);
  process.exit(1);
}
