import { setTenantScope } from "../../db/tenancy.js";
import type { GatehouseModule } from "../module.js";
import { AccessTokenResolver } from "./access-token.resolver.js";
import { AuthResolver } from "./auth.resolver.js";
import { TenantUsersResolver, UserResolver } from "./user.resolver.js";
import { createUser, findUserByEmail } from "./user.service.js";

export const DEMO_MEMBER = { email: "member@acme.test", password: "acme-member-2026" };

export const teamModule: GatehouseModule = {
  name: "team",
  resolvers: [AuthResolver, UserResolver, TenantUsersResolver, AccessTokenResolver],
  nodes: {
    User: (ctx, id) => ctx.loaders.team.userById.load(id),
    // Access tokens are personal: only their owner sees them.
    AccessToken: async (ctx, id) => {
      const token = await ctx.loaders.team.accessTokenById.load(id);
      return token && token.userId === ctx.auth?.user.id ? token : null;
    },
  },
  async seedDemo(seed) {
    if (!seed.acmeTenantId) return;
    await setTenantScope(seed.tx, { tenantId: seed.acmeTenantId, master: false });
    if (!(await findUserByEmail(seed.tx, seed.acmeTenantId, DEMO_MEMBER.email))) {
      await createUser(seed.tx, { tenantId: seed.acmeTenantId, email: DEMO_MEMBER.email, password: DEMO_MEMBER.password, role: "MEMBER", name: "Demo Member" });
    }
    await setTenantScope(seed.tx, seed.scope);
    seed.logins.push({ tenant: "acme", email: DEMO_MEMBER.email, password: DEMO_MEMBER.password, role: "MEMBER" });
  },
};
