import { Field, InputType, ObjectType, registerEnumType } from "type-graphql";
import { Access } from "../../graphql/access.js";
import { Connection, OrderInput } from "../../graphql/connection.js";
import { Node } from "../../graphql/node.js";

export enum AccessTokenScopeEnum {
  ACCOUNT_MANAGEMENT = "ACCOUNT_MANAGEMENT",
  BILLING = "BILLING",
  ANALYTICS = "ANALYTICS",
}
registerEnumType(AccessTokenScopeEnum, {
  name: "AccessTokenScope",
  description: "The API areas an access token can reach (003 §3: areas map to APIs).",
  valuesConfig: {
    ACCOUNT_MANAGEMENT: { description: "Tenants, team, developer accounts and applications." },
    BILLING: { description: "Billing settings, invoices and payments." },
    ANALYTICS: { description: "Usage and analytics." },
  },
});

export enum AccessTokenPermissionEnum {
  READ_ONLY = "READ_ONLY",
  READ_WRITE = "READ_WRITE",
}
registerEnumType(AccessTokenPermissionEnum, {
  name: "AccessTokenPermission",
  description: "Whether a token may change anything.",
  valuesConfig: {
    READ_ONLY: { description: "Queries only; every mutation is refused." },
    READ_WRITE: { description: "Queries and mutations, within the owner's own rights." },
  },
});

export enum AccessTokenState {
  ACTIVE = "ACTIVE",
  EXPIRED = "EXPIRED",
  REVOKED = "REVOKED",
}
registerEnumType(AccessTokenState, {
  name: "AccessTokenState",
  description: "Whether a token still authenticates.",
  valuesConfig: {
    ACTIVE: { description: "Authenticates requests." },
    EXPIRED: { description: "Past its expiry time; refused." },
    REVOKED: { description: "Revoked by its owner; refused." },
  },
});

// Tokens are managed with a session only: a token cannot list, read or mint tokens.
@Access({ sessionOnly: true })
@ObjectType("AccessToken", {
  implements: Node,
  description: "A personal access token of a team user, for integrators calling the API with `Authorization: Bearer`.",
})
export class AccessToken extends Node {
  @Field(() => String, { description: "What the token is for." })
  name: string;
  @Field(() => [AccessTokenScopeEnum], { description: "API areas the token can reach." })
  scopes: AccessTokenScopeEnum[];
  @Field(() => AccessTokenPermissionEnum, { description: "Read-only or read-write." })
  permission: AccessTokenPermissionEnum;
  @Field(() => String, { description: "First characters of the token, to recognise it; the token itself is shown only once." })
  prefix: string;
  @Field(() => Date, { nullable: true, description: "When the token stops working; null for never." })
  expiresAt: Date | null;
  @Field(() => Date, { nullable: true, description: "Last request authenticated with it (updated at most once a minute)." })
  lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true, description: "When it was revoked." })
  revokedAt: Date | null;
  @Field(() => Date, { description: "When it was created." })
  createdAt: Date;
}

export const AccessTokenConnection = Connection(AccessToken, "AccessToken", "A page of access tokens.");

export const AccessTokenOrder = OrderInput("AccessToken", "access tokens", { CREATED_AT: "Creation time.", NAME: "Name." });
export type AccessTokenOrder = InstanceType<typeof AccessTokenOrder>;

@InputType("AccessTokenFilter", { description: "Narrows a list of access tokens." })
export class AccessTokenFilter {
  @Field(() => String, { nullable: true, description: "Matches the name or prefix, case-insensitive." })
  search?: string | null;
  @Field(() => [AccessTokenState], { nullable: true, description: "Only tokens in these states." })
  states?: AccessTokenState[] | null;
}
