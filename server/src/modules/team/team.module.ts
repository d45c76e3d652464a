import { withTenantScope } from "../../db/tenancy.js";
import { defineModule } from "../../kit/module.js";
import { revokeAccessTokensJob } from "./access-token.jobs.js";
import { AccessTokenResolver } from "./access-token.resolver.js";
import { SessionResolver } from "./session.resolver.js";
import { createTeamLoaders } from "./team.loaders.js";
import { TenantUsersResolver, UserResolver } from "./user.resolver.js";
import { createUser, findUserByEmail } from "./user.service.js";

export const DEMO_MEMBER = { email: "member@acme.test", password: "acme-member-2026" };

/** Team users, their sessions and their personal access tokens. */
export const teamModule = defineModule({
  name: "team",
  resolvers: [SessionResolver, UserResolver, TenantUsersResolver, AccessTokenResolver],
  loaders: { team: createTeamLoaders },
  nodes: {
    User: (ctx, id) => ctx.loaders.team.userById.load(id),
    // Access tokens are personal: only their owner sees them.
    AccessToken: async (ctx, id) => {
      const token = await ctx.loaders.team.accessTokenById.load(id);
      return token && token.userId === ctx.auth?.userId ? token : null;
    },
  },
  jobs: [revokeAccessTokensJob],
  typeAccess: {
    User: { scope: "ACCOUNT_MANAGEMENT" },
    // Tokens are managed with a session only: a token cannot list, read or mint tokens.
    AccessToken: { sessionOnly: true },
  },
  async seedDemo(seed) {
    const acme = seed.acmeTenantId;
    if (!acme) return;
    await withTenantScope(seed.tx, { tenantId: acme, master: false }, seed.scope, async () => {
      if (!(await findUserByEmail(seed.tx, acme, DEMO_MEMBER.email))) {
        await createUser(seed.tx, { tenantId: acme, email: DEMO_MEMBER.email, password: DEMO_MEMBER.password, role: "MEMBER", name: "Demo Member", memberAreas: ["PARTNERS"] });
      }
    });
    seed.logins.push({ tenant: "acme", email: DEMO_MEMBER.email, password: DEMO_MEMBER.password, role: "MEMBER" });
  },
});
