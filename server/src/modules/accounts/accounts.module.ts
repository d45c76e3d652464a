import { withTenantScope } from "../../db/tenancy.js";
import { defineModule } from "../../kit/module.js";
import { AccountInvitationResolver, AccountResolver, AccountUserResolver, FieldDefinitionResolver, SignupSettingsResolver } from "./account.resolver.js";
import { createAccountsLoaders } from "./accounts.loaders.js";
import { seedDemoAccounts } from "./accounts.seed.js";
import { bulkAccountOperationJob } from "./account.jobs.js";
import { AccountExportResolver, accountExport } from "./account.export.js";

/** Developer accounts (buyers), their users, and the fields the tenant keeps on them. */
export const accountsModule = defineModule({
  name: "accounts",
  resolvers: [AccountResolver, AccountUserResolver, FieldDefinitionResolver, SignupSettingsResolver, AccountInvitationResolver, AccountExportResolver],
  loaders: { accounts: createAccountsLoaders },
  nodes: {
    Account: (ctx, id) => ctx.loaders.accounts.accountById.load(id),
    AccountUser: (ctx, id) => ctx.loaders.accounts.accountUserById.load(id),
    AccountMessage: (ctx, id) => ctx.loaders.accounts.accountMessageById.load(id),
    AccountInvitation: (ctx, id) => ctx.loaders.accounts.accountInvitationById.load(id),
  },
  typeAccess: {
    Account: { scope: "ACCOUNT_MANAGEMENT" },
    AccountUser: { scope: "ACCOUNT_MANAGEMENT" },
    AccountMessage: { scope: "ACCOUNT_MANAGEMENT" },
    AccountInvitation: { scope: "ACCOUNT_MANAGEMENT" },
    FieldDefinition: { scope: "ACCOUNT_MANAGEMENT" },
  },
  jobs: [bulkAccountOperationJob, accountExport.job],
  async seedDemo(seed) {
    const acme = seed.acmeTenantId;
    if (!acme) return;
    await withTenantScope(seed.tx, { tenantId: acme, master: false }, seed.scope, () => seedDemoAccounts(seed.tx, acme));
  },
});
