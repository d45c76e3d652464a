import { COLUMN_FIELDS } from "@gatehouse/schema/accounts";
import { and, eq } from "drizzle-orm";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { Access } from "../../graphql/access.js";
import { actorOf, type Context } from "../../graphql/context.js";
import { toGlobalId } from "../../graphql/node.js";
import { ExportPayload } from "../../jobs/export.type.js";
import { createdOrder, defineExport, type ExportCell } from "../../kit/export.js";
import { plansByIds } from "../plans/plan.service.js";
import { accountFilterJson, type AccountFilterJson } from "./account.jobs.js";
import { accountsByIds, firstAdminUserOfAccount } from "./account.service.js";
import { accountListing } from "./account.type.js";
import { accounts } from "./accounts.tables.js";
import { fieldDefinitionsOf } from "./field-definition.service.js";

const fieldKey = (name: string) => `field:${name}`;

/** `exportAccounts`: the accounts a filter matches, oldest first, with their admin user and every field (hidden ones too). */
export const accountExport = defineExport({
  kind: "accounts.export",
  exportKind: "ACCOUNTS",
  fileName: "accounts",
  scope: "ACCOUNT_MANAGEMENT",
  inputName: "ExportAccountsInput",
  things: "developer accounts",
  filterInput: accountListing.Filter!,
  filter: accountFilterJson,
  async columns(tx, actor) {
    const fields = (await fieldDefinitionsOf(tx, actor, "ACCOUNT")).filter((d) => !COLUMN_FIELDS.ACCOUNT.includes(d.name));
    return [
      { key: "id", header: "ID", raw: true },
      { key: "orgName", header: "Organization" },
      { key: "state", header: "State", raw: true },
      { key: "plan", header: "Account plan" },
      { key: "adminUsername", header: "Admin username" },
      { key: "adminEmail", header: "Admin email" },
      { key: "createdAt", header: "Signed up at", raw: true },
      { key: "stateChangedAt", header: "State changed at", raw: true },
      ...fields.map((f) => ({ key: fieldKey(f.name), header: f.label })),
    ];
  },
  rows: createdOrder({
    table: accounts,
    id: accounts.id,
    createdAt: accounts.createdAt,
    where: (actor, filter: AccountFilterJson) => and(eq(accounts.tenantId, actor.tenantId), accountListing.where(filter)),
  }),
  async read(tx, _actor, ids) {
    const rows = await accountsByIds(tx, ids);
    const [plans, admins] = await Promise.all([plansByIds(tx, [...new Set(rows.map((r) => r.planId))]), firstAdminUserOfAccount(tx).loadMany(ids)]);
    const planNames = new Map(plans.map((p) => [p.id, p.name]));
    const adminOf = new Map(ids.map((id, i) => [id, admins[i]]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    // An account deleted since its key was read is left out.
    return ids.flatMap((id) => {
      const account = byId.get(id);
      if (!account) return [];
      const found = adminOf.get(id);
      const admin = found && !(found instanceof Error) ? found : null;
      const cells: Record<string, ExportCell> = {
        id: toGlobalId("Account", id),
        orgName: account.orgName,
        state: account.state,
        plan: planNames.get(account.planId),
        adminUsername: admin?.username,
        adminEmail: admin?.email,
        createdAt: account.createdAt,
        stateChangedAt: account.stateChangedAt,
      };
      for (const [name, value] of Object.entries(account.fields)) cells[fieldKey(name)] = value;
      return [cells];
    });
  },
});

@Resolver()
export class AccountExportResolver {
  @Mutation(() => ExportPayload, {
    description:
      "Exports the developer accounts a filter matches (all of them without one) as a CSV file, oldest first, with their admin user and fields. " +
      "It is written in the background: follow `export.job`, then download `export.url`.",
  })
  @Access({ scope: "ACCOUNT_MANAGEMENT" })
  async exportAccounts(@Arg("input", () => accountExport.Input, { description: "Which accounts." }) input: InstanceType<typeof accountExport.Input>, @Ctx() ctx: Context) {
    // A filter value the listing refuses is refused now (BAD_USER_INPUT), not in the job.
    accountListing.where(input.filter);
    const started = await accountExport.start(ctx.tx, actorOf(ctx), input.filter);
    return started.ok ? { export: started.export, userErrors: [] } : { export: null, userErrors: started.userErrors };
  }
}
