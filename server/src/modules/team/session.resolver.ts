import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { clearedSessionCookie, sessionCookie } from "../../auth/session-cookie.js";
import { Access } from "../../graphql/access.js";
import { actorOf, type Context, requireAuth } from "../../graphql/context.js";
import { rowIdOf } from "../../graphql/node.js";
import {
  ChangePasswordInput,
  ChangePasswordPayload,
  LoginInput,
  LoginPayload,
  LogoutInput,
  LogoutPayload,
  UnlockLoginInput,
  UnlockLoginPayload,
} from "./session.input.js";
import * as sessions from "./session.service.js";

/** Subdomain from a Host like `acme-admin.example.com` when GATEHOUSE_BASE_DOMAIN is `example.com`. */
export function tenantFromHost(host: string | undefined, baseDomain: string | undefined): string | null {
  if (!host || !baseDomain) return null;
  const name = host.toLowerCase().split(":")[0]!;
  const suffix = `-admin.${baseDomain.split(":")[0]}`;
  return name.endsWith(suffix) ? name.slice(0, -suffix.length) || null : null;
}

@Resolver()
export class SessionResolver {
  @Mutation(() => LoginPayload, {
    description: "Signs a team user in and sets the HTTP-only session cookie. Must be the only field of its operation.",
  })
  @Access({ public: true, alone: true, ownTransaction: true })
  async login(@Arg("input", () => LoginInput, { description: "Credentials." }) input: LoginInput, @Ctx() ctx: Context) {
    const tenant = input.tenant?.trim() || tenantFromHost(ctx.http.host, ctx.config.baseDomain);
    const { openTransaction, openRequestTransaction } = ctx;
    if (!openTransaction || !openRequestTransaction) throw new Error("login runs as an ownTransaction mutation (graphql/operation-mode.ts)");
    const db = { shortTransaction: openTransaction, requestTransaction: () => openRequestTransaction(ctx) };
    const result = await sessions.login(db, ctx.config.secret, { tenant, email: input.email, password: input.password, address: ctx.http.clientAddress, addressLimit: ctx.config.loginAddressLimit, requestId: ctx.http.requestId });
    if (!result.ok) return { user: null, userErrors: result.userErrors };
    ctx.auth = result.auth;
    ctx.scope = { tenantId: result.auth.tenantId, master: result.auth.master };
    ctx.http.setCookie(sessionCookie(result.sessionToken, ctx.http.secure));
    return { user: result.user, userErrors: [] };
  }

  @Mutation(() => LogoutPayload, { description: "Ends the current session and clears its cookie." })
  @Access({ public: true })
  async logout(
    @Arg("input", () => LogoutInput, { nullable: true, description: "Optional." }) input: LogoutInput | null,
    @Ctx() ctx: Context,
  ) {
    const loggedOut = await sessions.logout(ctx.tx, ctx.config.secret, ctx.auth, ctx.http.sessionToken, ctx.http.requestId);
    ctx.http.setCookie(clearedSessionCookie(ctx.http.secure));
    return { loggedOut, clientMutationId: input?.clientMutationId ?? null };
  }

  @Mutation(() => ChangePasswordPayload, {
    description:
      "Changes the signed-in user's password; ends the user's other sessions. The user's access tokens keep working (revoke them separately). Wrong current passwords count towards the same lock as failed logins.",
  })
  @Access({ sessionOnly: true, personal: true })
  async changePassword(
    @Arg("input", () => ChangePasswordInput, { description: "Current and new password." }) input: ChangePasswordInput,
    @Ctx() ctx: Context,
  ) {
    const result = await sessions.changePassword(ctx.tx, requireAuth(ctx), input, { address: ctx.http.clientAddress, addressLimit: ctx.config.loginAddressLimit }, ctx.http.requestId);
    return result.ok ? { user: result.user, userErrors: [] } : { user: null, userErrors: result.userErrors };
  }

  @Mutation(() => UnlockLoginPayload, {
    description: "Lifts a team user's login lock after too many failed logins (from every client address). Master only.",
  })
  @Access({ master: true, scope: "ACCOUNT_MANAGEMENT" })
  async unlockLogin(@Arg("input", () => UnlockLoginInput, { description: "The user." }) input: UnlockLoginInput, @Ctx() ctx: Context) {
    const result = await sessions.unlockLogin(ctx.tx, actorOf(ctx), rowIdOf(input.userId, "User"));
    return result.ok ? { user: result.user, cleared: result.cleared, userErrors: [] } : { user: null, cleared: 0, userErrors: result.userErrors };
  }
}
