import { MEMBER_AREAS } from "@gatehouse/schema/notifications";
import { defineEnum, type EnumValue } from "../kit/enum.js";
import type { UserActor } from "./actor.js";

export const TeamRole = defineEnum("UserRole", "What a team user may do.", {
  ADMIN: "Everything in the tenant.",
  MEMBER: "Reads everything; writes only personal settings until member rights are configurable.",
});
export type TeamRole = EnumValue<typeof TeamRole>;

/** The areas of the admin a member can be given (the shared catalogue, `@gatehouse/schema/notifications`). */
export const MemberArea = defineEnum("MemberArea", "An area of the admin a member can be given; admins have them all.", MEMBER_AREAS);
export type MemberArea = EnumValue<typeof MemberArea>;

export const AccessTokenScope = defineEnum("AccessTokenScope", "The API areas an access token can reach.", {
  ACCOUNT_MANAGEMENT: "Tenants, team, developer accounts and applications.",
  BILLING: "Billing settings, invoices and payments.",
  ANALYTICS: "Usage and analytics.",
});
export type AccessTokenScope = EnumValue<typeof AccessTokenScope>;

export const AccessTokenPermission = defineEnum("AccessTokenPermission", "Whether a token may change anything.", {
  READ_ONLY: "Queries only; every mutation is refused.",
  READ_WRITE: "Queries and mutations, within the owner's own rights.",
});
export type AccessTokenPermission = EnumValue<typeof AccessTokenPermission>;

/** The credential a request was authenticated with, when it was an access token. */
export interface TokenCredential {
  id: string;
  scopes: readonly AccessTokenScope[];
  permission: AccessTokenPermission;
}

/**
 * The authenticated principal of a request: a team user acting through a session or an access
 * token. It is a `UserActor`, so resolvers pass it straight to services.
 */
export interface Auth extends UserActor {
  role: TeamRole;
  email: string;
  /** The session that authenticated the request, if it was one. */
  sessionId: string | null;
  /** The access token that authenticated the request, if it was one. */
  token: TokenCredential | null;
}

/** The principal as the actor of a service call or a job: who, without the request's credential details. */
export function userActorOf(auth: Auth, requestId: string | null = null): UserActor {
  return { kind: "user", tenantId: auth.tenantId, master: auth.master, userId: auth.userId, tokenId: auth.tokenId, email: auth.email, requestId };
}

/** The outcome of authenticating a request's credentials. */
export interface Authentication {
  auth: Auth | null;
  /** Why presented credentials were refused (expired, revoked…), for the error message. */
  failure: string | null;
  /** A bearer token was sent and refused: the whole request is refused. */
  tokenRejected?: boolean;
}

/** The credentials a request presents: a bearer token wins over the session cookie. */
export interface Credentials {
  bearer?: string;
  sessionToken?: string;
}
