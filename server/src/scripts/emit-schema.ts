import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildGatehouseSchema, printGatehouseSchema } from "../graphql/schema.js";
import { app } from "../modules/registry.js";

/** Writes schema/schema.graphql, the API contract the web codegen and MSW read. */
export const schemaFile = fileURLToPath(new URL("../../../schema/schema.graphql", import.meta.url));

const sdl = printGatehouseSchema(await buildGatehouseSchema(app.modules));
writeFileSync(schemaFile, sdl);
console.log(`wrote ${schemaFile}`);
