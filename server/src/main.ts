import "reflect-metadata";
import { fileURLToPath } from "node:url";
import { bootstrap } from "./bootstrap.js";
import { ConfigError, loadConfig } from "./config/config.js";
import { createLogger } from "./config/logger.js";
import { openDatabase } from "./db/client.js";
import { DataDirLockedError } from "./db/data-dir-lock.js";
import { startApp } from "./http/app.js";
import { app as composition } from "./modules/registry.js";

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  config.webDist ??= fileURLToPath(new URL("../../web/dist", import.meta.url));
  const logger = createLogger(config);
  let database;
  try {
    const onWarning = (message: string) => logger.warn(message);
    database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir, onWarning });
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const boot = await bootstrap(composition, config, logger, database, { demo: config.demo });
  const app = await startApp(composition, config, logger, database);

  // Before announcing the server: whoever reads the banner may stop it at once.
  const shutdown = async (signal: string) => {
    logger.info({ signal }, "shutting down");
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));

  const where = config.databaseUrl ? "PostgreSQL (DATABASE_URL)" : `embedded PGlite in ${config.dataDir}`;
  const lines = [
    "",
    `Gatehouse is running at http://localhost:${config.port}  (GraphQL: /graphql, health: /healthz)`,
    `Database: ${where}`,
    "",
    "Log in:",
    `  master  ${boot.masterEmail}  ${boot.generatedMasterPassword ?? (config.masterPassword ? "(GATEHOUSE_MASTER_PASSWORD)" : "(password printed on first start)")}  (leave tenant empty)`,
    ...boot.logins.map((l) => `  ${l.tenant ?? "master"}  ${l.email}  ${l.password}  (${l.role.toLowerCase()}, tenant "${l.tenant}")`),
    "",
  ];
  if (boot.generatedMasterPassword) lines.push("The master password above was generated and is shown this once.", "");
  console.log(lines.join("\n"));

}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
