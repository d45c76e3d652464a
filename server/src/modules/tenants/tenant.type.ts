import { ilike, or } from "drizzle-orm";
import { Field, ObjectType } from "type-graphql";
import { escapeLike } from "../../db/like.js";
import { Node } from "../../graphql/node.js";
import { defineListing, filter, type ListingArgsOf } from "../../kit/listing.js";
import { type TenantRow, tenants } from "./tenants.tables.js";

@ObjectType("Tenant", { implements: Node, description: "An API provider: its data is isolated from every other tenant's." })
export class Tenant extends Node {
  @Field(() => String, { description: "Organization name." })
  name: string;
  @Field(() => String, { description: "Unique subdomain, `[a-z0-9-]`; the admin portal is `<subdomain>-admin.<domain>`." })
  subdomain: string;
  @Field(() => Boolean, { description: "True for the operator's own (master) tenant." })
  isMaster: boolean;
  @Field(() => String, { description: "IANA time zone of the tenant (UTC by default): analytics use it unless asked for another; billing always counts in UTC." })
  timeZone: string;
  @Field(() => Date, { description: "When the tenant was created." })
  createdAt: Date;
}

export const tenantListing = defineListing({
  name: "Tenant",
  things: "tenants",
  node: Tenant,
  table: tenants,
  id: tenants.id,
  row: {} as TenantRow,
  orders: {
    CREATED_AT: { column: tenants.createdAt, description: "Creation time." },
    NAME: { column: tenants.name, description: "Name." },
  },
  defaultOrder: { field: "CREATED_AT", direction: "DESC" },
  filters: {
    search: filter.text("Matches the name or subdomain, case-insensitive.", (search) =>
      or(ilike(tenants.name, `%${escapeLike(search)}%`), ilike(tenants.subdomain, `%${escapeLike(search)}%`)),
    ),
  },
  // `Tenant.users` (the team module's field) comes in the page's own statement when a query selects it.
  prefetch: {
    users: { loader: (loaders) => loaders.team.usersOfTenant },
  },
});
export type TenantListArgs = ListingArgsOf<typeof tenantListing>;
