import "reflect-metadata";
import { loadConfig } from "../config/config.js";
import { openDatabase } from "../db/client.js";

/** Applies the migrations in drizzle/ to DATABASE_URL, or to the embedded database. */
const config = loadConfig();
const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
await database.migrate();
await database.close();
console.log("migrations applied");
