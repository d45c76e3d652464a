import type { TestProject } from "vitest/node";
import { createDatabaseTemplate, type DatabaseTemplate } from "./database-template.js";
import { startSetupClock } from "./setup-time.js";

declare module "vitest" {
  export interface ProvidedContext {
    databaseTemplate: DatabaseTemplate;
  }
}

/** Migrates one template database per run; every test file gets a copy of it (test/harness.ts). */
export default async function setup(project: TestProject) {
  const clock = startSetupClock();
  const { template, drop } = await createDatabaseTemplate(process.env.TEST_DATABASE_URL);
  clock.report(`template (${template.driver}, once per run)`);
  project.provide("databaseTemplate", template);
  return drop;
}
