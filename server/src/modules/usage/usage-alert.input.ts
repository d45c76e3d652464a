import { Field, ID, InputType, ObjectType } from "type-graphql";
import { UsageAlertUserError } from "./usage-alert.errors.js";
import { UsageAlert } from "./usage-alert.type.js";

/** Alerts one call may mark or delete. */
export const MAX_ALERTS_PER_CALL = 100;

@InputType("MarkAlertsReadInput", { description: "Usage alerts to mark read (or unread)." })
export class MarkAlertsReadInput {
  @Field(() => [ID], { description: `The alerts (at most ${MAX_ALERTS_PER_CALL}).` })
  ids: string[];
  @Field(() => Boolean, { nullable: true, description: "False marks them unread again; true or left out marks them read." })
  read?: boolean | null;
}

@ObjectType("MarkAlertsReadPayload", { description: "Result of `markAlertsRead`." })
export class MarkAlertsReadPayload {
  @Field(() => [UsageAlert], { description: "The alerts as they are now." })
  alerts: UsageAlert[];
  @Field(() => [UsageAlertUserError], { description: "Alerts not found (nothing else changed for them), or too many given." })
  userErrors: InstanceType<typeof UsageAlertUserError>[];
}

@InputType("DeleteAlertsInput", { description: "Usage alerts to delete." })
export class DeleteAlertsInput {
  @Field(() => [ID], { description: `The alerts (at most ${MAX_ALERTS_PER_CALL}).` })
  ids: string[];
}

@ObjectType("DeleteAlertsPayload", { description: "Result of `deleteAlerts`." })
export class DeleteAlertsPayload {
  @Field(() => [ID], { description: "IDs of the alerts deleted." })
  deletedAlertIds: string[];
  @Field(() => [UsageAlertUserError], { description: "Alerts not found, or too many given." })
  userErrors: InstanceType<typeof UsageAlertUserError>[];
}
