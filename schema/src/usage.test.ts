import { describe, expect, it } from "vitest";
import {
  ALERT_LEVELS,
  alertDue,
  alertKind,
  alertLevel,
  exceededLimit,
  type LimitUsage,
  periodEnd,
  periodStart,
  remainingCalls,
  rollUpUsage,
  tightestLimit,
  USAGE_PERIODS,
  usageTimestampProblem,
  usageValueProblem,
  utilization,
} from "./usage.js";

const utc = (text: string) => new Date(text);
const iso = (date: Date | null) => date?.toISOString() ?? null;

describe("calendar periods in UTC", () => {
  const at = utc("2026-12-03T14:37:52.123Z"); // a Thursday

  it("start on their UTC boundary and end where the next one starts", () => {
    const bounds = Object.fromEntries(USAGE_PERIODS.map((p) => [p, [iso(periodStart(p, at)), iso(periodEnd(p, at))]]));
    expect(bounds).toEqual({
      MINUTE: ["2026-12-03T14:37:00.000Z", "2026-12-03T14:38:00.000Z"],
      HOUR: ["2026-12-03T14:00:00.000Z", "2026-12-03T15:00:00.000Z"],
      DAY: ["2026-12-03T00:00:00.000Z", "2026-12-04T00:00:00.000Z"],
      WEEK: ["2026-11-30T00:00:00.000Z", "2026-12-07T00:00:00.000Z"],
      MONTH: ["2026-12-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z"],
      YEAR: ["2026-01-01T00:00:00.000Z", "2027-01-01T00:00:00.000Z"],
      ETERNITY: ["1970-01-01T00:00:00.000Z", null],
    });
  });

  it("start a week on Monday: a Sunday belongs to the week that began six days before, across months and years", () => {
    expect(iso(periodStart("WEEK", utc("2026-12-06T23:59:59.999Z")))).toBe("2026-11-30T00:00:00.000Z"); // Sunday
    expect(iso(periodStart("WEEK", utc("2026-12-07T00:00:00.000Z")))).toBe("2026-12-07T00:00:00.000Z"); // Monday
    expect(iso(periodStart("WEEK", utc("2027-01-02T10:00:00.000Z")))).toBe("2026-12-28T00:00:00.000Z"); // Saturday, new year
    expect(iso(periodEnd("WEEK", utc("2027-01-02T10:00:00.000Z")))).toBe("2027-01-04T00:00:00.000Z");
  });

  it("give a period's first instant to it, and its last to it too", () => {
    for (const period of USAGE_PERIODS.filter((p) => p !== "ETERNITY")) {
      const start = periodStart(period, at);
      const end = periodEnd(period, at)!;
      expect(iso(periodStart(period, start))).toBe(iso(start));
      expect(iso(periodStart(period, new Date(end.getTime() - 1)))).toBe(iso(start));
      expect(iso(periodStart(period, end))).toBe(iso(end));
    }
  });

  it("follow month lengths and leap years", () => {
    expect(iso(periodEnd("MONTH", utc("2028-02-29T12:00:00Z")))).toBe("2028-03-01T00:00:00.000Z");
    expect(iso(periodEnd("MONTH", utc("2027-02-15T00:00:00Z")))).toBe("2027-03-01T00:00:00.000Z");
    expect(iso(periodStart("MONTH", utc("2027-03-31T23:59:59.999Z")))).toBe("2027-03-01T00:00:00.000Z");
    expect(iso(periodEnd("YEAR", utc("2028-12-31T23:59:59.999Z")))).toBe("2029-01-01T00:00:00.000Z");
  });

  it("hold instants before 1970 in their own periods, and refuse an invalid date", () => {
    expect(iso(periodStart("DAY", utc("1969-12-31T18:00:00Z")))).toBe("1969-12-31T00:00:00.000Z");
    expect(iso(periodStart("WEEK", utc("1969-12-31T18:00:00Z")))).toBe("1969-12-29T00:00:00.000Z"); // a Monday
    expect(iso(periodStart("ETERNITY", utc("2026-12-03T00:00:00Z")))).toBe("1970-01-01T00:00:00.000Z");
    // Each call gives its own Date: changing one changes no other period's start.
    periodStart("ETERNITY", at).setTime(5);
    expect(periodStart("ETERNITY", at).getTime()).toBe(0);
    expect(() => periodStart("DAY", new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe("a transaction's timestamp and values", () => {
  const now = utc("2026-12-03T12:00:00Z");
  it("accepts from 24 hours in the past to 1 hour ahead, both ends included", () => {
    expect(usageTimestampProblem(utc("2026-12-02T12:00:00Z"), now)).toBeNull();
    expect(usageTimestampProblem(utc("2026-12-03T13:00:00Z"), now)).toBeNull();
    expect(usageTimestampProblem(utc("2026-12-02T11:59:59.999Z"), now)).toMatch(/24 hours in the past/);
    expect(usageTimestampProblem(utc("2026-12-03T13:00:00.001Z"), now)).toMatch(/1 hour in the future/);
    expect(usageTimestampProblem(new Date("not a date"), now)).toMatch(/not a valid date/);
  });

  it("takes whole numbers from 0 to a billion", () => {
    for (const ok of [0, 1, 1_000_000_000]) expect(usageValueProblem(ok)).toBeNull();
    expect(usageValueProblem(-1)).toMatch(/negative/);
    expect(usageValueProblem(1.5)).toMatch(/whole number/);
    expect(usageValueProblem("1")).toMatch(/whole number/);
    expect(usageValueProblem(Number.NaN)).toMatch(/whole number/);
    expect(usageValueProblem(1_000_000_001)).toBe("A usage value is at most 1,000,000,000.");
  });
});

describe("roll-up of methods into their parent metric", () => {
  const parents: Record<string, string | null> = { hits: null, search: "hits", "search/geo": "search", mb: null };
  const parentOf = (m: string) => parents[m] ?? null;

  it("counts a method on itself and on every ancestor, and adds what several report", () => {
    expect(rollUpUsage({ search: 2 }, parentOf)).toEqual({ search: 2, hits: 2 });
    expect(rollUpUsage({ "search/geo": 1, search: 1, hits: 1, mb: 5 }, parentOf)).toEqual({ "search/geo": 1, search: 2, hits: 3, mb: 5 });
    expect(rollUpUsage({}, parentOf)).toEqual({});
  });

  it("counts metrics named like Object's own properties as any other", () => {
    const odd: Record<string, string | null> = { hits: null, constructor: "hits", ["__proto__"]: "hits", toString: null };
    const oddParent = (m: string) => (Object.hasOwn(odd, m) ? odd[m]! : null);
    const usage = JSON.parse('{"constructor": 2, "__proto__": 3, "toString": 1}') as Record<string, number>;
    const counted = rollUpUsage(usage, oddParent);
    expect(Object.entries(counted).sort()).toEqual([["__proto__", 3], ["constructor", 2], ["hits", 5], ["toString", 1]]);
    const disabled: LimitUsage = { metric: "constructor", period: "ETERNITY", max: 0, current: 0 };
    const full: LimitUsage = { metric: "__proto__", period: "DAY", max: 3, current: 1 };
    expect(exceededLimit([disabled], counted)).toBe(disabled);
    expect(exceededLimit([full], counted)).toBe(full);
    expect(exceededLimit([{ ...disabled, metric: "valueOf" }], counted)).toBeNull();
  });

  it("refuses a catalog whose metrics form a cycle", () => {
    expect(() => rollUpUsage({ a: 1 }, (m) => (m === "a" ? "b" : "a"))).toThrow(/its own ancestor/);
  });
});

describe("limits", () => {
  const perMinute = (current: number, max = 100): LimitUsage => ({ metric: "hits", period: "MINUTE", max, current });

  it("let the call that reaches the limit through and refuse the one past it", () => {
    expect(exceededLimit([perMinute(99)], { hits: 1 })).toBeNull();
    expect(exceededLimit([perMinute(100)], { hits: 1 })).toEqual(perMinute(100));
    expect(exceededLimit([perMinute(95)], { hits: 5 })).toBeNull();
    expect(exceededLimit([perMinute(95)], { hits: 6 })).not.toBeNull();
  });

  it("refuse any use of a disabled metric (a limit of 0), but not a report of 0", () => {
    const disabled: LimitUsage = { metric: "export", period: "ETERNITY", max: 0, current: 0 };
    expect(exceededLimit([disabled], { export: 1 })).toBe(disabled);
    expect(exceededLimit([disabled], { export: 0 })).toBeNull();
    expect(exceededLimit([disabled], { hits: 1 })).toBeNull();
  });

  it("look only at the metrics a transaction counts; without usage, at every limit, which may be full but not over", () => {
    const full = perMinute(100);
    const over: LimitUsage = { metric: "mb", period: "DAY", max: 10, current: 11 };
    expect(exceededLimit([full, over], { hits: 0 })).toBeNull();
    expect(exceededLimit([full], null)).toBeNull();
    expect(exceededLimit([full, over], null)).toBe(over);
  });

  it("name the shortest period's limit first when several are broken", () => {
    const day: LimitUsage = { metric: "hits", period: "DAY", max: 1000, current: 1000 };
    const minute = perMinute(100);
    expect(exceededLimit([day, minute], { hits: 1 })).toBe(minute);
  });

  it("report the tightest as the anchor: fewest more calls like this one, the longer period among equals", () => {
    const at = utc("2026-12-03T14:37:52Z");
    const minute = perMinute(90); // 10 left
    const day: LimitUsage = { metric: "hits", period: "DAY", max: 1000, current: 990 }; // 10 left
    const month: LimitUsage = { metric: "hits", period: "MONTH", max: 10_000, current: 9_995 }; // 5 left
    expect(tightestLimit([minute, day], { hits: 1 }, at)).toEqual({ limit: day, remainingCalls: 10, resetAt: utc("2026-12-04T00:00:00Z") });
    expect(tightestLimit([minute, day, month], { hits: 1 }, at)).toEqual({ limit: month, remainingCalls: 5, resetAt: utc("2027-01-01T00:00:00Z") });
    // Calls of 4 hits: 10 left is 2 more calls, 5 left is 1.
    expect(tightestLimit([minute, month], { hits: 4 }, at)).toMatchObject({ limit: month, remainingCalls: 1 });
    expect(tightestLimit([{ metric: "hits", period: "ETERNITY", max: 5, current: 7 }], { hits: 1 }, at)).toMatchObject({ remainingCalls: 0, resetAt: null });
  });

  it("leave out of the headers the limits of metrics the call does not use", () => {
    const at = utc("2026-12-03T14:37:52Z");
    const mb: LimitUsage = { metric: "mb", period: "MINUTE", max: 10, current: 9 };
    expect(remainingCalls(mb, { hits: 1 })).toBeNull();
    expect(remainingCalls(mb, { hits: 1, mb: 0 })).toBeNull();
    expect(remainingCalls({ ...mb, current: 10 }, { hits: 1 })).toBe(0); // nothing left is nothing left
    expect(tightestLimit([mb, perMinute(50)], { hits: 1 }, at)).toMatchObject({ limit: { metric: "hits" }, remainingCalls: 50 });
    expect(tightestLimit([mb], { hits: 1 }, at)).toBeNull();
    expect(tightestLimit([], { hits: 1 }, at)).toBeNull();
  });
});

describe("usage alerts", () => {
  it("measure the most-used limit, leaving disabled metrics out", () => {
    const limits: LimitUsage[] = [
      { metric: "hits", period: "MINUTE", max: 100, current: 30 },
      { metric: "hits", period: "DAY", max: 1000, current: 850 },
      { metric: "export", period: "ETERNITY", max: 0, current: 0 },
    ];
    expect(utilization(limits)).toEqual({ percent: 85, limit: limits[1] });
    expect(utilization([limits[2]!])).toBeNull();
  });

  it("are raised at the anchor's levels, alerts below 100 % and violations from it", () => {
    expect(ALERT_LEVELS).toEqual([50, 80, 90, 100, 120, 150, 200, 300]);
    expect(alertLevel(49.99)).toBeNull();
    expect(alertLevel(50)).toBe(50);
    expect(alertLevel(99.99)).toBe(90);
    expect(alertLevel(100)).toBe(100);
    expect(alertLevel(1234)).toBe(300);
    expect(alertKind(90)).toBe("ALERT");
    expect(alertKind(100)).toBe("VIOLATION");
  });

  it("come at most once per level in 24 hours", () => {
    const now = utc("2026-12-03T12:00:00Z");
    expect(alertDue(null, now)).toBe(true);
    expect(alertDue(utc("2026-12-02T12:00:00.001Z"), now)).toBe(false);
    expect(alertDue(utc("2026-12-02T12:00:00Z"), now)).toBe(true);
  });
});
