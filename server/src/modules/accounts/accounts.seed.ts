import { and, count, eq } from "drizzle-orm";
import type { Executor } from "../../db/client.js";
import { plans } from "../plans/plans.tables.js";
import { type AccountState, accounts, accountUsers } from "./accounts.tables.js";

const PREFIXES = ["Acme", "Blue", "Bright", "Cloud", "Delta", "Echo", "Falcon", "Green", "Harbor", "Iron", "Jade", "Kite", "Lumen", "Maple", "Nova", "Orbit", "Pixel", "Quartz", "River", "Summit"];
const SUFFIXES = ["Labs", "Logistics", "Health", "Media", "Payments", "Analytics", "Retail", "Travel", "Robotics", "Studio"];
const FIRST = ["Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jon", "Kim", "Leo", "Maya", "Nils", "Omar", "Priya"];
const LAST = ["Lovelace", "Okafor", "Martin", "Patel", "Rossi", "Haddad", "Hopper", "Berg", "Silva", "Park", "Nakamura", "Dubois"];
const COUNTRIES = ["ES", "DE", "US", "GB", "FR", "NL", "IN", "BR", "JP", "SE"];
const VAT = ["21", "19", "0", "20", "20", "21", "18", "0", "10", "25"];
/** Mostly approved, some of every other state: what a real program's list looks like. */
const STATES: AccountState[] = ["APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "PENDING", "PENDING", "CREATED", "REJECTED", "SUSPENDED"];
export const DEMO_ACCOUNT_COUNT = 200;

/**
 * The demo tenant's developer accounts: 200 organizations in every state, each with its admin user,
 * signed up over the last year. Written directly (not through `createAccount`): the demo starts without
 * 200 "new account" notifications and emails. Runs once: a tenant that has accounts is left alone.
 */
export async function seedDemoAccounts(tx: Executor, tenantId: string): Promise<void> {
  const [existing] = await tx.select({ n: count() }).from(accounts).where(eq(accounts.tenantId, tenantId));
  if ((existing?.n ?? 0) > 0) return;
  const accountPlans = await tx.select({ id: plans.id, isDefault: plans.isDefault }).from(plans).where(and(eq(plans.tenantId, tenantId), eq(plans.kind, "ACCOUNT")));
  const defaultPlan = accountPlans.find((p) => p.isDefault) ?? accountPlans[0];
  if (!defaultPlan) return;
  const now = Date.now();
  const rows = Array.from({ length: DEMO_ACCOUNT_COUNT }, (_, i) => {
    const country = i % COUNTRIES.length;
    const createdAt = new Date(now - Math.round(((DEMO_ACCOUNT_COUNT - i) / DEMO_ACCOUNT_COUNT) * 365 * 86_400_000) - (i % 7) * 3_600_000);
    const plan = i % 5 === 4 ? accountPlans[i % accountPlans.length]! : defaultPlan;
    return {
      tenantId,
      orgName: `${PREFIXES[i % PREFIXES.length]} ${SUFFIXES[Math.floor(i / PREFIXES.length) % SUFFIXES.length]}${i >= PREFIXES.length * SUFFIXES.length ? ` ${Math.floor(i / 200) + 2}` : ""}`,
      state: STATES[(i * 7) % STATES.length]!,
      planId: plan.id,
      fields: { country: COUNTRIES[country]!, vat_rate: VAT[country]!, city: ["Madrid", "Berlin", "Austin", "Leeds", "Lyon", "Utrecht", "Pune", "Recife", "Osaka", "Malmö"][country]! },
      vatRate: VAT[country]!,
      createdAt,
      updatedAt: createdAt,
      stateChangedAt: createdAt,
    };
  });
  const inserted = await tx.insert(accounts).values(rows).returning({ id: accounts.id, orgName: accounts.orgName, createdAt: accounts.createdAt, state: accounts.state });
  await tx.insert(accountUsers).values(
    inserted.map((a, i) => {
      const first = FIRST[i % FIRST.length]!;
      const last = LAST[(i * 5) % LAST.length]!;
      const username = `${first}.${last}${i}`.toLowerCase();
      return {
        tenantId,
        accountId: a.id,
        username,
        email: `${username}@${a.orgName.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.example.com`,
        role: "ADMIN" as const,
        state: a.state === "APPROVED" ? ("ACTIVE" as const) : ("PENDING" as const),
        fields: { first_name: first, last_name: last },
        createdAt: a.createdAt,
        updatedAt: a.createdAt,
      };
    }),
  );
}
