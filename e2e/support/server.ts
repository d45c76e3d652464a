/** Where the e2e server listens and the master it bootstraps; playwright.config.ts passes these to start-server.sh. */
// E2E_PORT lets several checkouts run their browser tests side by side.
export const port = Number(process.env.E2E_PORT ?? 4300);
export const baseURL = `http://localhost:${port}`;
export const master = { email: "master@e2e.test", password: "master-e2e-password" } as const;
