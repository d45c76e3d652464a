import { Field, ObjectType } from "type-graphql";
import { Node } from "../../graphql/node.js";

/** A gateway's credential for the usage endpoint of one product; admins only (usage.module.ts). */
@ObjectType("ServiceToken", {
  implements: Node,
  description:
    "A product's service token: what a gateway sends as `Authorization: Bearer` to the usage endpoint (`POST /api/usage/authorize`, `authrep`, `report`). " +
    "Only its first characters are kept in clear; the token itself is shown once, when it is created.",
})
export class ServiceToken extends Node {
  @Field(() => String, { description: "What the token is for (the gateway or environment using it)." })
  name: string;
  @Field(() => String, { description: "First characters of the token, to recognise it." })
  prefix: string;
  @Field(() => Date, { description: "When it was created." })
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: "The last call to the usage endpoint made with it (updated at most once a minute)." })
  lastUsedAt: Date | null;
}
