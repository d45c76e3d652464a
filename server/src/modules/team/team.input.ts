import { MAX_ACCESS_TOKEN_NAME_LENGTH } from "@gatehouse/schema/lengths";
import { MIN_PASSWORD_LENGTH } from "@gatehouse/schema/password";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { EmailAddressScalar } from "../../graphql/scalars.js";
import { AccessToken, AccessTokenPermissionEnum, AccessTokenScopeEnum } from "./access-token.type.js";
import { AccessTokenUserError, AuthUserError } from "./team.errors.js";
import { User } from "./user.type.js";

@InputType("LoginInput", { description: "Credentials of a team user." })
export class LoginInput {
  @Field(() => String, {
    nullable: true,
    description:
      "Subdomain of the tenant (e.g. `acme`). Omit it for the master; inferred from the Host `<subdomain>-admin.<GATEHOUSE_BASE_DOMAIN>` when that is set.",
  })
  tenant?: string | null;
  @Field(() => EmailAddressScalar, { description: "Login email." })
  email: string;
  @Field(() => String, { description: "Password." })
  password: string;
}

@ObjectType("LoginPayload", { description: "Result of `login`; on success the session cookie is set." })
export class LoginPayload {
  @Field(() => User, { nullable: true, description: "The signed-in user." })
  user: User | null;
  @Field(() => [AuthUserError], { description: "Why the login was refused." })
  userErrors: InstanceType<typeof AuthUserError>[];
}

@InputType("LogoutInput", { description: "Nothing is needed to log out." })
export class LogoutInput {
  @Field(() => String, { nullable: true, description: "Echoed back, for clients that correlate mutations." })
  clientMutationId?: string | null;
}

@ObjectType("LogoutPayload", { description: "Result of `logout`." })
export class LogoutPayload {
  @Field(() => Boolean, { description: "True when a session was ended." })
  loggedOut: boolean;
  @Field(() => String, { nullable: true, description: "The value given in the input." })
  clientMutationId: string | null;
}

@InputType("ChangePasswordInput", { description: "A new password for the signed-in user." })
export class ChangePasswordInput {
  @Field(() => String, { description: "The password in use now." })
  currentPassword: string;
  @Field(() => String, { description: `The new password (at least ${MIN_PASSWORD_LENGTH} characters).` })
  newPassword: string;
}

@ObjectType("ChangePasswordPayload", {
  description: "Result of `changePassword`; other sessions of the user are signed out.",
})
export class ChangePasswordPayload {
  @Field(() => User, { nullable: true, description: "The user, when the password was changed." })
  user: User | null;
  @Field(() => [AuthUserError], { description: "Why the change was refused." })
  userErrors: InstanceType<typeof AuthUserError>[];
}

@InputType("CreateAccessTokenInput", { description: "A new personal access token." })
export class CreateAccessTokenInput {
  @Field(() => String, { description: `What the token is for (1–${MAX_ACCESS_TOKEN_NAME_LENGTH} characters).` })
  name: string;
  @Field(() => [AccessTokenScopeEnum], { description: "API areas it can reach; at least one." })
  scopes: AccessTokenScopeEnum[];
  @Field(() => AccessTokenPermissionEnum, { description: "Read-only or read-write." })
  permission: AccessTokenPermissionEnum;
  @Field(() => Date, { nullable: true, description: "When it stops working; omitted for never." })
  expiresAt?: Date | null;
}

@ObjectType("CreateAccessTokenPayload", { description: "Result of `createAccessToken`." })
export class CreateAccessTokenPayload {
  @Field(() => AccessToken, { nullable: true, description: "The token's record." })
  accessToken: AccessToken | null;
  @Field(() => String, { nullable: true, description: "The plaintext token. Returned this once and never again: store it now." })
  token: string | null;
  @Field(() => [AccessTokenUserError], { description: "Why it was not created." })
  userErrors: InstanceType<typeof AccessTokenUserError>[];
}

@InputType("RevokeAccessTokenInput", { description: "The token to revoke." })
export class RevokeAccessTokenInput {
  @Field(() => ID, { description: "ID of one of your access tokens." })
  id: string;
}

@ObjectType("RevokeAccessTokenPayload", { description: "Result of `revokeAccessToken`." })
export class RevokeAccessTokenPayload {
  @Field(() => AccessToken, { nullable: true, description: "The revoked token." })
  accessToken: AccessToken | null;
  @Field(() => [AccessTokenUserError], { description: "Why it was not revoked." })
  userErrors: InstanceType<typeof AccessTokenUserError>[];
}
