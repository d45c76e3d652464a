import type { Config } from "./config/config.js";
import type { Logger } from "./config/logger.js";
import type { Database } from "./db/client.js";
import { inTenantTransaction } from "./db/tenancy.js";
import type { Composition, DemoSeed } from "./kit/module.js";
import { ensureMasterTenant } from "./modules/tenants/tenant.service.js";

export interface BootstrapResult {
  masterEmail: string;
  /** Printed once, on the start that created the master admin without a configured password. */
  generatedMasterPassword: string | null;
  logins: DemoSeed["logins"];
}

/** Migrates, creates the master tenant on first start, and seeds the demo data when asked. */
export async function bootstrap(
  composition: Composition,
  config: Config,
  logger: Logger,
  database: Database,
  options: { demo: boolean },
): Promise<BootstrapResult> {
  for (const module of composition.modules) module.configure?.(config);
  await database.migrate();
  logger.debug("migrations applied");
  const masterScope = { tenantId: null, master: true };
  const master = await inTenantTransaction(database.db, masterScope, (tx) =>
    ensureMasterTenant(tx, { email: config.masterEmail, password: config.masterPassword }),
  );
  const logins: DemoSeed["logins"] = [];
  if (options.demo) {
    await inTenantTransaction(database.db, masterScope, async (tx) => {
      const seed: DemoSeed = { tx, scope: masterScope, logins };
      for (const module of composition.modules) await module.seedDemo?.(seed);
    });
  }
  return { masterEmail: config.masterEmail, generatedMasterPassword: master.generatedPassword, logins };
}
