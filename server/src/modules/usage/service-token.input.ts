import { MAX_SERVICE_TOKEN_NAME_LENGTH } from "@gatehouse/schema/lengths";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { ServiceTokenUserError } from "./service-token.errors.js";
import { ServiceToken } from "./service-token.type.js";

@InputType("CreateServiceTokenInput", { description: "A new service token of a product." })
export class CreateServiceTokenInput {
  @Field(() => ID, { description: "The product (Service) whose usage the token reports." })
  serviceId: string;
  @Field(() => String, { description: `What the token is for, e.g. the gateway using it (1–${MAX_SERVICE_TOKEN_NAME_LENGTH} characters).` })
  name: string;
}

@ObjectType("CreateServiceTokenPayload", { description: "Result of `createServiceToken`." })
export class CreateServiceTokenPayload {
  @Field(() => ServiceToken, { nullable: true, description: "The token's record." })
  serviceToken: ServiceToken | null;
  @Field(() => String, { nullable: true, description: "The plaintext token. Returned this once and never again: give it to the gateway now." })
  token: string | null;
  @Field(() => [ServiceTokenUserError], { description: "Why it was not created." })
  userErrors: InstanceType<typeof ServiceTokenUserError>[];
}

@InputType("RevokeServiceTokenInput", { description: "The service token to revoke." })
export class RevokeServiceTokenInput {
  @Field(() => ID, { description: "ID of the service token." })
  id: string;
}

@ObjectType("RevokeServiceTokenPayload", { description: "Result of `revokeServiceToken`." })
export class RevokeServiceTokenPayload {
  @Field(() => ServiceToken, { nullable: true, description: "The token as it was; it is gone, and calls made with it are refused." })
  serviceToken: ServiceToken | null;
  @Field(() => [ServiceTokenUserError], { description: "Why it was not revoked." })
  userErrors: InstanceType<typeof ServiceTokenUserError>[];
}
