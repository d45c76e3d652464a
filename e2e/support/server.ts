/** Where the e2e server listens and the master it bootstraps; playwright.config.ts passes these to start-server.sh. */
export const port = 4300;
export const baseURL = `http://localhost:${port}`;
export const master = { email: "master@e2e.test", password: "master-e2e-password" } as const;
