import "reflect-metadata";
import { bootstrap } from "../bootstrap.js";
import { loadConfig } from "../config/config.js";
import { createLogger } from "../config/logger.js";
import { openDatabase } from "../db/client.js";
import { app } from "../modules/registry.js";

/** Migrates and seeds the master tenant and the demo data (idempotent). */
const config = loadConfig();
const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
const result = await bootstrap(app, config, createLogger(config), database, { demo: true });
await database.close();
for (const login of result.logins) console.log(`${login.tenant ?? "master"}\t${login.email}\t${login.password}`);
if (result.generatedMasterPassword) console.log(`master\t${result.masterEmail}\t${result.generatedMasterPassword}`);
