import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Access } from "../../graphql/access.js";
import { Connection, OrderInput } from "../../graphql/connection.js";
import { Node } from "../../graphql/node.js";
import { EmailAddressScalar } from "../../graphql/scalars.js";

export enum UserRoleEnum {
  ADMIN = "ADMIN",
  MEMBER = "MEMBER",
}
registerEnumType(UserRoleEnum, {
  name: "UserRole",
  description: "What a team user may do (003 §3).",
  valuesConfig: {
    ADMIN: { description: "Everything in the tenant." },
    MEMBER: { description: "Reads everything; writes only personal settings until member rights are configurable." },
  },
});

@ObjectType("User", { implements: Node, description: "A team user of a tenant: someone who runs the API program." })
@Access({ scope: "ACCOUNT_MANAGEMENT" })
export class User extends Node {
  @Field(() => EmailAddressScalar, { description: "Login email, unique within the tenant." })
  email: string;
  @Field(() => String, { nullable: true, description: "Display name." })
  name: string | null;
  @Field(() => UserRoleEnum, { description: "Admin or member." })
  role: UserRoleEnum;
  @Field(() => Date, { description: "When the user was created." })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: "Last successful login." })
  lastLoginAt: Date | null;
}

export const UserConnection = Connection(User, "User", "A page of team users.");

export const UserOrder = OrderInput("User", "team users", { CREATED_AT: "Creation time.", EMAIL: "Email address." });
export type UserOrder = InstanceType<typeof UserOrder>;
