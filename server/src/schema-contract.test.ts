import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType } from "graphql";
import { describe, expect, it } from "vitest";
import { buildGatehouseSchema, printGatehouseSchema } from "./graphql/schema.js";
import { app } from "./modules/registry.js";

const schemaFile = fileURLToPath(new URL("../../schema/schema.graphql", import.meta.url));

describe("schema contract", () => {
  it("schema/schema.graphql is what the server emits (run `pnpm schema:emit`)", async () => {
    const emitted = printGatehouseSchema(await buildGatehouseSchema(app.modules));
    expect(readFileSync(schemaFile, "utf8")).toBe(emitted);
  });

  it("has no default values on input fields: graphql-jit, which runs operations, ignores them (graphql/jit-executor.ts)", async () => {
    const schema = await buildGatehouseSchema(app.modules);
    const defaulted = Object.values(schema.getTypeMap())
      .filter(isInputObjectType)
      .flatMap((type) => Object.values(type.getFields()).filter((f) => f.defaultValue !== undefined).map((f) => `${type.name}.${f.name}`));
    expect(defaulted).toEqual([]);
  });

  it("describes every type, field, argument and enum value", async () => {
    const schema = await buildGatehouseSchema(app.modules);
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || isSpecifiedScalarType(type)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});
