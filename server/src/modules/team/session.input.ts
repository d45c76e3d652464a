import { MIN_PASSWORD_LENGTH } from "@gatehouse/schema/password";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { EmailAddressScalar } from "../../graphql/scalars.js";
import { AuthUserError } from "./session.errors.js";
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

@InputType("UnlockLoginInput", { description: "The team user whose login lock to lift." })
export class UnlockLoginInput {
  @Field(() => ID, { description: "Global ID of the user (of any tenant)." })
  userId: string;
}

@ObjectType("UnlockLoginPayload", { description: "Result of `unlockLogin`." })
export class UnlockLoginPayload {
  @Field(() => User, { nullable: true, description: "The user whose failed-login counters were cleared." })
  user: User | null;
  @Field(() => Int, { description: "How many counters (one per client address that guessed) were cleared; 0 when none was locked." })
  cleared: number;
  @Field(() => [AuthUserError], { description: "Why nothing was cleared." })
  userErrors: InstanceType<typeof AuthUserError>[];
}
