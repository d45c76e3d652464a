import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: ["./src/modules/*/*.tables.ts", "./src/jobs/*.tables.ts"],
  out: "../drizzle",
  entities: { roles: { provider: "", exclude: [] } },
  strict: true,
});
