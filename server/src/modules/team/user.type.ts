import { Field, ObjectType } from "type-graphql";
import { TeamRole } from "../../auth/principal.js";
import { Node } from "../../graphql/node.js";
import { EmailAddressScalar } from "../../graphql/scalars.js";
import { defineListing, type ListingArgsOf } from "../../kit/listing.js";
import { type UserRow, users } from "./team.tables.js";

@ObjectType("User", { implements: Node, description: "A team user of a tenant: someone who runs the API program." })
export class User extends Node {
  @Field(() => EmailAddressScalar, { description: "Login email, unique within the tenant." })
  email: string;
  @Field(() => String, { nullable: true, description: "Display name." })
  name: string | null;
  @Field(() => TeamRole.graphql, { description: "Admin or member." })
  role: TeamRole;
  @Field(() => Date, { description: "When the user was created." })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: "Last successful login." })
  lastLoginAt: Date | null;
}

export const userListing = defineListing({
  name: "User",
  things: "team users",
  node: User,
  table: users,
  id: users.id,
  row: {} as UserRow,
  orders: {
    CREATED_AT: { column: users.createdAt, description: "Creation time." },
    EMAIL: { column: users.email, description: "Email address." },
  },
  defaultOrder: { field: "CREATED_AT", direction: "ASC" },
});
export type UserListArgs = ListingArgsOf<typeof userListing>;
