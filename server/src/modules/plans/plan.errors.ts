import { defineUserErrors } from "../../graphql/user-error.js";

export const { codes: PlanErrorCode, Type: PlanUserError } = defineUserErrors("PlanUserError", "PlanErrorCode", {
  BLANK: "A required value is empty.",
  TOO_LONG: "A value is longer than allowed.",
  INVALID: "A value has the wrong form or is out of range (a negative fee, a trial on an account plan…).",
  TAKEN: "Another plan or feature of the same owner uses this system name.",
  NOT_FOUND: "No such plan, service, metric, limit, pricing rule or feature in this tenant.",
  PLAN_IN_USE: "Accounts or applications are on the plan: move them to another plan first.",
  DEFAULT_PLAN: "The plan is its owner's default (what signups get): make another plan the default first.",
  OVERLAPPING_RANGE: "The range overlaps another pricing rule of the same metric on the plan.",
  WRONG_SERVICE: "The metric or feature belongs to another service than the plan.",
  WRONG_KIND: "The operation does not apply to this kind of plan (pricing rules are for application plans).",
  LIMIT_REACHED: "The owner has as many plans or features as it may have.",
});
export type PlanErrorCode = keyof typeof PlanErrorCode;
