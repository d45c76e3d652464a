import { Field, InputType, ObjectType } from "type-graphql";
import { Access } from "../../graphql/access.js";
import { Connection, OrderInput } from "../../graphql/connection.js";
import { Node } from "../../graphql/node.js";

@ObjectType("Tenant", { implements: Node, description: "An API provider: isolated from every other tenant (003 §30)." })
@Access({ scope: "ACCOUNT_MANAGEMENT" })
export class Tenant extends Node {
  @Field(() => String, { description: "Organization name." })
  name: string;
  @Field(() => String, { description: "Unique subdomain, `[a-z0-9-]`; the admin portal is `<subdomain>-admin.<domain>`." })
  subdomain: string;
  @Field(() => Boolean, { description: "True for the operator's own (master) tenant." })
  isMaster: boolean;
  @Field(() => Date, { description: "When the tenant was created." })
  createdAt: Date;
}

export const TenantConnection = Connection(Tenant, "Tenant", "A page of tenants.");

export const TenantOrder = OrderInput("Tenant", "tenants", { CREATED_AT: "Creation time.", NAME: "Name." });
export type TenantOrder = InstanceType<typeof TenantOrder>;

@InputType("TenantFilter", { description: "Narrows a list of tenants." })
export class TenantFilter {
  @Field(() => String, { nullable: true, description: "Matches the name or subdomain, case-insensitive." })
  search?: string | null;
}
