import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { baseURL, master, port } from "./support/server.js";

const e2eDir = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  testDir: path.join(e2eDir, "tests"),
  outputDir: path.join(e2eDir, "test-results"),
  reporter: "list",
  workers: 1,
  retries: 0,
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  use: {
    baseURL,
    screenshot: "only-on-failure",
    launchOptions: {
      // The distribution's Chromium (apt-get install chromium): no `playwright install` download.
      executablePath: "/usr/bin/chromium",
      // Without the networking flags Chromium keeps dialing Google services on a closed network.
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // The real server (GraphQL at /graphql, the built SPA from web/dist at /) on a fresh PGlite database.
    command: `bash ${JSON.stringify(path.join(e2eDir, "start-server.sh"))}`,
    env: {
      PORT: String(port),
      GATEHOUSE_MASTER_EMAIL: master.email,
      GATEHOUSE_MASTER_PASSWORD: master.password,
      // The webhooks spec posts to a receiver it starts on 127.0.0.1, which a server refuses by default.
      GATEHOUSE_WEBHOOKS_ALLOW_PRIVATE: "true",
    },
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
