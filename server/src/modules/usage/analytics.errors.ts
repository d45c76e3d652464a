import { defineUserErrors } from "../../graphql/user-error.js";

export const { codes: AnalyticsErrorCode, Type: AnalyticsUserError } = defineUserErrors("AnalyticsUserError", "AnalyticsErrorCode", {
  INVALID_RANGE: "The range is not valid: give a preset or both since and until, with until after since (not before 2000).",
  RANGE_TOO_LONG: "The range is longer than the granularity allows (hourly: 90 days, daily: 3 years, monthly: 10 years).",
  INVALID_TIME_ZONE: "The time zone is not an IANA time zone name.",
  NOT_FOUND: "No such product, application, account, metric or plan in your tenant.",
  INVALID_TARGET: "Give exactly one target (a product, an application or an account), or a metric of that product.",
  INVALID_VALUE: "A number is out of its bounds.",
});
export type AnalyticsErrorCode = keyof typeof AnalyticsErrorCode;
