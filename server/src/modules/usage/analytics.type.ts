import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { DecimalScalar } from "../../graphql/scalars.js";
import { defineEnum, type EnumValue } from "../../kit/enum.js";
import { Account } from "../accounts/account.type.js";
import { Application } from "../applications/application.type.js";
import { Metric } from "../catalog/service.type.js";
import { UsagePeriod } from "../plans/plans.tables.js";
import { AnalyticsUserError } from "./analytics.errors.js";
import { RollupGranularity } from "./usage.tables.js";

export const UsageRangePreset = defineEnum("UsageRangePreset", "A range counted back from now in the chosen time zone, the current hour, day or month included.", {
  LAST_24_HOURS: "The last 24 hours, by hour.",
  LAST_7_DAYS: "The last 7 days (today included), by day.",
  LAST_30_DAYS: "The last 30 days (today included), by day.",
  LAST_12_MONTHS: "The last 12 months (this month included), by month.",
});
export type UsageRangePreset = EnumValue<typeof UsageRangePreset>;

export const CalendarPeriod = defineEnum("CalendarPeriod", "A calendar period (UTC) top applications are ranked by.", {
  DAY: "A day.",
  WEEK: "A week, from Monday.",
  MONTH: "A month.",
  YEAR: "A year.",
});
export type CalendarPeriod = EnumValue<typeof CalendarPeriod>;

@InputType("UsageRangeInput", { description: "A preset, or a custom range [since, until)." })
export class UsageRangeInput {
  @Field(() => UsageRangePreset.graphql, { nullable: true, description: "A preset range; leave since and until out." })
  preset?: UsageRangePreset | null;
  @Field(() => Date, { nullable: true, description: "Start of a custom range (inclusive)." })
  since?: Date | null;
  @Field(() => Date, { nullable: true, description: "End of a custom range (exclusive)." })
  until?: Date | null;
}

@InputType("UsageTargetInput", { description: "Whose usage: exactly one of a product, an application or a developer account." })
export class UsageTargetInput {
  @Field(() => ID, { nullable: true, description: "A product (Service): all of its applications." })
  service?: string | null;
  @Field(() => ID, { nullable: true, description: "An application." })
  application?: string | null;
  @Field(() => ID, { nullable: true, description: "A developer account: all of its applications." })
  account?: string | null;
}

@InputType("ResponseCodesTargetInput", { description: "Whose response codes: a product, or one application." })
export class ResponseCodesTargetInput {
  @Field(() => ID, { nullable: true, description: "A product (Service)." })
  service?: string | null;
  @Field(() => ID, { nullable: true, description: "An application." })
  application?: string | null;
}

@ObjectType("UsagePoint", { description: "The usage in one bucket." })
export class UsagePoint {
  @Field(() => Date, { description: "Where the bucket starts (local hour, day or month in the series' time zone)." })
  start: Date;
  @Field(() => DecimalScalar, { description: "Units counted, a whole number as a string." })
  value: number;
}

@ObjectType("UsageSeries", { description: "A metric's usage per bucket over a range, with the total and the previous period's total." })
export class UsageSeries {
  @Field(() => Metric, { description: "The metric or method." })
  metric: unknown;
  @Field(() => Date, { description: "Start of the range (inclusive)." })
  since: Date;
  @Field(() => Date, { description: "End of the range (exclusive)." })
  until: Date;
  @Field(() => String, { description: "The time zone of the buckets." })
  timeZone: string;
  @Field(() => RollupGranularity.graphql, { description: "The bucket size." })
  granularity: string;
  @Field(() => [UsagePoint], { description: "One point per bucket; empty when there is no data for the selected period." })
  points: UsagePoint[];
  @Field(() => DecimalScalar, { description: "Units over the range." })
  total: number;
  @Field(() => DecimalScalar, { description: "Units over the period of the same length right before it." })
  previousTotal: number;
  @Field(() => Float, { nullable: true, description: "Change against the previous period, in percent; null when the previous period had none." })
  changePercent: number | null;
}

@ObjectType("UsageSeriesPayload", { description: "Result of `usageSeries`." })
export class UsageSeriesPayload {
  @Field(() => UsageSeries, { nullable: true, description: "The series; null when the arguments were refused." })
  series: UsageSeries | null;
  @Field(() => [AnalyticsUserError], { description: "Why there is no series." })
  userErrors: InstanceType<typeof AnalyticsUserError>[];
}

@ObjectType("TopApplication", { description: "An application among the top users of a metric." })
export class TopApplication {
  @Field(() => Application, { nullable: true, description: "The application (null once deleted)." })
  application: unknown;
  @Field(() => DecimalScalar, { description: "Its usage in the calendar period it was ranked by." })
  periodValue: number;
  @Field(() => DecimalScalar, { description: "Its usage over the chosen range (may be 0: ranked by the calendar period)." })
  value: number;
}

@ObjectType("TopApplications", { description: "The top applications of a metric, ranked by the calendar period that best fits the range (003 ch.34)." })
export class TopApplications {
  @Field(() => Metric, { description: "The metric or method." })
  metric: unknown;
  @Field(() => Date, { description: "Start of the chosen range." })
  since: Date;
  @Field(() => Date, { description: "End of the chosen range (exclusive)." })
  until: Date;
  @Field(() => CalendarPeriod.graphql, { description: "The calendar period (UTC) they were ranked by: the shortest that holds the range." })
  calendarPeriod: CalendarPeriod;
  @Field(() => Date, { description: "Where that calendar period starts." })
  periodStart: Date;
  @Field(() => [TopApplication], { description: "Most used first." })
  applications: TopApplication[];
}

@ObjectType("TopApplicationsPayload", { description: "Result of `topApplications`." })
export class TopApplicationsPayload {
  @Field(() => TopApplications, { nullable: true, description: "The ranking; null when the arguments were refused." })
  result: TopApplications | null;
  @Field(() => [AnalyticsUserError], { description: "Why there is no ranking." })
  userErrors: InstanceType<typeof AnalyticsUserError>[];
}

@ObjectType("ResponseCodePoint", { description: "Upstream responses in one bucket, by class." })
export class ResponseCodePoint {
  @Field(() => Date, { description: "Where the bucket starts." })
  start: Date;
  @Field(() => DecimalScalar, { description: "1xx responses." })
  informational: number;
  @Field(() => DecimalScalar, { description: "2xx responses." })
  success: number;
  @Field(() => DecimalScalar, { description: "3xx responses." })
  redirection: number;
  @Field(() => DecimalScalar, { description: "4xx responses." })
  clientError: number;
  @Field(() => DecimalScalar, { description: "5xx responses." })
  serverError: number;
}

@ObjectType("ResponseCodeCount", { description: "How often one response code was reported over the range." })
export class ResponseCodeCount {
  @Field(() => Int, { description: "The HTTP status code." })
  code: number;
  @Field(() => DecimalScalar, { description: "How many responses had it." })
  count: number;
}

@ObjectType("ResponseCodeSeries", { description: "Upstream response codes reported with usage (003 ch.35)." })
export class ResponseCodeSeries {
  @Field(() => Date, { description: "Start of the range." })
  since: Date;
  @Field(() => Date, { description: "End of the range (exclusive)." })
  until: Date;
  @Field(() => String, { description: "The time zone of the buckets." })
  timeZone: string;
  @Field(() => RollupGranularity.graphql, { description: "The bucket size." })
  granularity: string;
  @Field(() => [ResponseCodePoint], { description: "One point per bucket; empty when no code was reported in the range." })
  points: ResponseCodePoint[];
  @Field(() => [ResponseCodeCount], { description: "Every code reported in the range, by code." })
  codes: ResponseCodeCount[];
}

@ObjectType("ResponseCodesPayload", { description: "Result of `responseCodes`." })
export class ResponseCodesPayload {
  @Field(() => ResponseCodeSeries, { nullable: true, description: "The series; null when the arguments were refused." })
  series: ResponseCodeSeries | null;
  @Field(() => [AnalyticsUserError], { description: "Why there is no series." })
  userErrors: InstanceType<typeof AnalyticsUserError>[];
}

@ObjectType("LimitUtilization", { description: "How much of a limit an application has used in the current period." })
export class LimitUtilization {
  @Field(() => Metric, { nullable: true, description: "The metric or method limited." })
  metric: unknown;
  @Field(() => UsagePeriod.graphql, { description: "The limit's period." })
  period: string;
  @Field(() => DecimalScalar, { description: "The limit (0: the metric is disabled)." })
  max: number;
  @Field(() => DecimalScalar, { description: "Counted in the current period." })
  current: number;
  @Field(() => Float, { nullable: true, description: "current / max in percent, one decimal; null for a disabled metric." })
  percent: number | null;
  @Field(() => Date, { description: "Where the current period started (UTC)." })
  periodStart: Date;
  @Field(() => Date, { nullable: true, description: "When the counter resets; null for eternity." })
  resetAt: Date | null;
}

@ObjectType("PotentialUpgrade", { description: "An application at or over 80 % of a limit in its current period: a candidate for a bigger plan." })
export class PotentialUpgrade {
  @Field(() => Application, { nullable: true, description: "The application." })
  application: unknown;
  @Field(() => LimitUtilization, { description: "Its most-used limit." })
  limit: LimitUtilization;
}

@ObjectType("SignupPoint", { description: "Developer accounts created in one bucket." })
export class SignupPoint {
  @Field(() => Date, { description: "Where the bucket starts." })
  start: Date;
  @Field(() => Int, { description: "Accounts created." })
  count: number;
}

@ObjectType("SignupSeries", { description: "Developer signups per bucket." })
export class SignupSeries {
  @Field(() => Date, { description: "Start of the range." })
  since: Date;
  @Field(() => Date, { description: "End of the range (exclusive)." })
  until: Date;
  @Field(() => String, { description: "The time zone of the buckets." })
  timeZone: string;
  @Field(() => RollupGranularity.graphql, { description: "The bucket size." })
  granularity: string;
  @Field(() => [SignupPoint], { description: "One point per bucket." })
  points: SignupPoint[];
  @Field(() => Int, { description: "Accounts created over the range." })
  total: number;
  @Field(() => Int, { description: "Accounts created over the period of the same length before it." })
  previousTotal: number;
}

@ObjectType("SignupsPayload", { description: "Result of `signups`." })
export class SignupsPayload {
  @Field(() => SignupSeries, { nullable: true, description: "The series; null when the arguments were refused." })
  series: SignupSeries | null;
  @Field(() => [AnalyticsUserError], { description: "Why there is no series." })
  userErrors: InstanceType<typeof AnalyticsUserError>[];
}

@ObjectType("EngagementAccount", { description: "A developer account of the engagement report, with its calls in each half of the window." })
export class EngagementAccount {
  @Field(() => Account, { nullable: true, description: "The account." })
  account: unknown;
  @Field(() => Date, { description: "When it signed up." })
  signedUpAt: Date;
  @Field(() => DecimalScalar, { description: "Calls (hits) in the first half of the window." })
  firstHalf: number;
  @Field(() => DecimalScalar, { description: "Calls (hits) in the second half of the window." })
  secondHalf: number;
  @Field(() => Float, { nullable: true, description: "Second half against the first, in percent; null when the first half had none." })
  growthPercent: number | null;
}

@ObjectType("EngagementReport", {
  description:
    "Of the developer accounts that signed up in the window (003 ch.32): those that never called the API, those that called it only in the first half (stopped), and those active in the second half, with their growth.",
})
export class EngagementReport {
  @Field(() => Date, { description: "Start of the window." })
  since: Date;
  @Field(() => Date, { description: "Where the second half starts (a UTC midnight)." })
  middle: Date;
  @Field(() => Date, { description: "End of the window (now)." })
  until: Date;
  @Field(() => Int, { description: "Accounts that signed up in the window (at most 5,000 are reported)." })
  signups: number;
  @Field(() => [EngagementAccount], { description: "No call in the window." })
  neverUsed: EngagementAccount[];
  @Field(() => [EngagementAccount], { description: "Calls in the first half only." })
  stopped: EngagementAccount[];
  @Field(() => [EngagementAccount], { description: "Calls in the second half, by growth (new ones first)." })
  active: EngagementAccount[];
}

@ObjectType("EngagementReportPayload", { description: "Result of `engagementReport`." })
export class EngagementReportPayload {
  @Field(() => EngagementReport, { nullable: true, description: "The report; null when the arguments were refused." })
  report: EngagementReport | null;
  @Field(() => [AnalyticsUserError], { description: "Why there is no report." })
  userErrors: InstanceType<typeof AnalyticsUserError>[];
}
