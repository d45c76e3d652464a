import { MAX_TENANT_NAME_LENGTH } from "@gatehouse/schema/lengths";
import { MAX_SUBDOMAIN_LENGTH } from "@gatehouse/schema/subdomain";
import { Field, InputType, ObjectType } from "type-graphql";
import { EmailAddressScalar } from "../../graphql/scalars.js";
import { User } from "../team/user.type.js";
import { TenantUserError } from "./tenant.errors.js";
import { Tenant } from "./tenant.type.js";

@InputType("CreateTenantInput", { description: "A new tenant and its first admin." })
export class CreateTenantInput {
  @Field(() => String, { description: `Organization name (1–${MAX_TENANT_NAME_LENGTH} characters).` })
  name: string;
  @Field(() => String, { nullable: true, description: `\`[a-z0-9-]\`, 1–${MAX_SUBDOMAIN_LENGTH} characters; derived from the name when omitted.` })
  subdomain?: string | null;
  @Field(() => EmailAddressScalar, { description: "Email of the tenant's first admin." })
  adminEmail: string;
  @Field(() => String, { nullable: true, description: "Password of the first admin; generated and returned once when omitted." })
  adminPassword?: string | null;
}

@ObjectType("CreateTenantPayload", { description: "Result of `createTenant`." })
export class CreateTenantPayload {
  @Field(() => Tenant, { nullable: true, description: "The new tenant." })
  tenant: Tenant | null;
  @Field(() => User, { nullable: true, description: "Its first admin." })
  adminUser: User | null;
  @Field(() => String, { nullable: true, description: "The generated admin password: present only when none was given, and only this once." })
  generatedAdminPassword: string | null;
  @Field(() => [TenantUserError], { description: "Why the tenant was not created." })
  userErrors: InstanceType<typeof TenantUserError>[];
}

@InputType("UpdateTenantSettingsInput", { description: "Changes to the signed-in user's own tenant; what is omitted stays." })
export class UpdateTenantSettingsInput {
  @Field(() => String, { nullable: true, description: `Organization name (1–${MAX_TENANT_NAME_LENGTH} characters).` })
  name?: string | null;
  @Field(() => String, { nullable: true, description: "IANA time zone, such as Europe/Madrid, or UTC: the default of analytics." })
  timeZone?: string | null;
}

@ObjectType("UpdateTenantSettingsPayload", { description: "Result of `updateTenantSettings`." })
export class UpdateTenantSettingsPayload {
  @Field(() => Tenant, { nullable: true, description: "The tenant as it is now; null when nothing was changed for an error." })
  tenant: Tenant | null;
  @Field(() => [TenantUserError], { description: "Why nothing was changed." })
  userErrors: InstanceType<typeof TenantUserError>[];
}
