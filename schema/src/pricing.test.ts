import { describe, expect, it } from "vitest";
import {
  canonicalDecimal,
  COST_PER_UNIT_DECIMALS,
  DEFAULT_TIER_MODE,
  monthlyCost,
  overlappingRule,
  type PricingRuleInput,
  pricingRuleProblem,
  roundCostPerUnit,
  roundMoney,
  TIER_MODES,
  variableCost,
} from "./pricing";

const rule = (from: PricingRuleInput["from"], to: PricingRuleInput["to"], costPerUnit: string): PricingRuleInput => ({
  from,
  to,
  costPerUnit,
});

// porta's worked example.
const porta = [rule(1, 120, "0.5"), rule(121, 1121, "0.3"), rule(1122, null, "0.1")];
// 003 §25.1, example 1: calls 1–100 at $0.04, from call 101 on at $0.10.
const example1 = [rule(1, 100, "0.04"), rule(101, null, "0.10")];
// 003 §25.1, example 2: the first 1000 calls are included in the monthly fee, then $0.50 each.
const example2 = [rule(1, 1000, "0"), rule(1001, null, "0.50")];
// 003 §25.1, example 3 says "1 to 100 at $0.30, 100 to 500 at $0.40, 500 and further at $0.50": as
// inclusive ranges those overlap (see overlappingRule below); the rules one can save are these.
const example3 = [rule(1, 100, "0.30"), rule(101, 500, "0.40"), rule(501, null, "0.50")];
// Units 11–20 and everything past 30 are covered by no rule.
const withGaps = [rule(1, 10, "1"), rule(21, 30, "2")];

describe("variableCost, GRADUATED (porta's rule)", () => {
  it("charges each rule for the units in its own range: porta's 2,000 units cost 60 + 300.3 + 87.9", () => {
    expect(variableCost(porta, "GRADUATED", 2000)).toBe("448.20");
  });

  it("is the default mode", () => {
    expect(DEFAULT_TIER_MODE).toBe("GRADUATED");
    expect(TIER_MODES).toEqual(["GRADUATED", "VOLUME"]);
  });

  it("charges a quantity exactly on a boundary to the rule that ends there", () => {
    expect(variableCost(porta, "GRADUATED", 120)).toBe("60.00");
    expect(variableCost(porta, "GRADUATED", 121)).toBe("60.30");
    expect(variableCost(porta, "GRADUATED", 1121)).toBe("360.30");
    expect(variableCost(porta, "GRADUATED", 1122)).toBe("360.40");
    expect(variableCost(porta, "GRADUATED", 1)).toBe("0.50");
  });

  it("costs nothing for no usage, or with no rules", () => {
    expect(variableCost(porta, "GRADUATED", 0)).toBe("0.00");
    expect(variableCost([], "GRADUATED", 5000)).toBe("0.00");
  });

  it("003 §25.1 example 1: call 150 costs 0.10 while calls 1–100 still cost 0.04 each", () => {
    expect(variableCost(example1, "GRADUATED", 100)).toBe("4.00");
    expect(variableCost(example1, "GRADUATED", 149)).toBe("8.90");
    expect(variableCost(example1, "GRADUATED", 150)).toBe("9.00");
  });

  it("003 §25.1 example 2: the first 1000 calls are free, then 0.50 each", () => {
    expect(variableCost(example2, "GRADUATED", 1000)).toBe("0.00");
    expect(variableCost(example2, "GRADUATED", 1001)).toBe("0.50");
    expect(variableCost(example2, "GRADUATED", 1500)).toBe("250.00");
  });

  it("003 §25.1 example 3: 0.30, then 0.40, then 0.50 a call", () => {
    expect(variableCost(example3, "GRADUATED", 100)).toBe("30.00");
    expect(variableCost(example3, "GRADUATED", 500)).toBe("190.00");
    expect(variableCost(example3, "GRADUATED", 600)).toBe("240.00");
  });

  it("charges nothing for units in a gap between rules, before the first rule or past the last bounded one", () => {
    expect(variableCost(withGaps, "GRADUATED", 15)).toBe("10.00");
    expect(variableCost(withGaps, "GRADUATED", 20)).toBe("10.00");
    expect(variableCost(withGaps, "GRADUATED", 25)).toBe("20.00");
    expect(variableCost(withGaps, "GRADUATED", 40)).toBe("30.00");
    expect(variableCost([rule(5, null, "1")], "GRADUATED", 4)).toBe("0.00");
    expect(variableCost([rule(5, null, "1")], "GRADUATED", 6)).toBe("2.00");
  });

  it("does not depend on the order of the rules", () => {
    expect(variableCost([...porta].reverse(), "GRADUATED", 2000)).toBe("448.20");
  });

  it("equals the sum of what each unit costs under the rule holding it", () => {
    const rules = [rule(2, 3, "0.0001"), rule(5, 9, "1.2345"), rule(10, 10, "7"), rule(12, null, "0.5")];
    const costOfUnit = (unit: number) => {
      const holder = rules.find((r) => unit >= Number(r.from) && (r.to === null || unit <= Number(r.to)));
      return holder ? BigInt(roundCostPerUnit(holder.costPerUnit).replace(".", "").padEnd(5, "0")) : 0n;
    };
    let tenThousandths = 0n;
    for (let quantity = 0; quantity <= 40; quantity++) {
      if (quantity > 0) tenThousandths += costOfUnit(quantity);
      const expected = `${tenThousandths / 10_000n}.${(tenThousandths % 10_000n).toString().padStart(4, "0")}`;
      expect(variableCost(rules, "GRADUATED", quantity)).toBe(canonicalDecimal(expected));
    }
  });
});

describe("variableCost, VOLUME", () => {
  it("charges every unit at the cost of the rule the total quantity falls in", () => {
    expect(variableCost(porta, "VOLUME", 2000)).toBe("200.00");
    expect(variableCost(example1, "VOLUME", 150)).toBe("15.00");
    expect(variableCost(example1, "VOLUME", 100)).toBe("4.00");
    expect(variableCost(example2, "VOLUME", 1000)).toBe("0.00");
    expect(variableCost(example2, "VOLUME", 1001)).toBe("500.50");
  });

  it("switches tier exactly at the boundaries", () => {
    expect(variableCost(porta, "VOLUME", 120)).toBe("60.00");
    expect(variableCost(porta, "VOLUME", 121)).toBe("36.30");
    expect(variableCost(porta, "VOLUME", 1121)).toBe("336.30");
    expect(variableCost(porta, "VOLUME", 1122)).toBe("112.20");
  });

  it("costs nothing for no usage, or for a quantity that no rule holds", () => {
    expect(variableCost(porta, "VOLUME", 0)).toBe("0.00");
    expect(variableCost(withGaps, "VOLUME", 10)).toBe("10.00");
    expect(variableCost(withGaps, "VOLUME", 15)).toBe("0.00");
    expect(variableCost(withGaps, "VOLUME", 25)).toBe("50.00");
    expect(variableCost(withGaps, "VOLUME", 40)).toBe("0.00");
    expect(variableCost([rule(5, null, "1")], "VOLUME", 4)).toBe("0.00");
  });

  it("uses the rule that starts last if rules overlap anyway", () => {
    const overlapping = [rule(1, 100, "0.30"), rule(100, 500, "0.40")];
    expect(variableCost(overlapping, "VOLUME", 100)).toBe("40.00");
    expect(variableCost([...overlapping].reverse(), "VOLUME", 100)).toBe("40.00");
    // GRADUATED charges the shared unit under both rules, as porta's sum of per-rule costs does.
    expect(variableCost(overlapping, "GRADUATED", 100)).toBe("30.40");
  });
});

describe("variableCost: exact decimals", () => {
  it("charges a cost per unit rounded half-up to 4 decimals", () => {
    expect(variableCost([rule(1, null, "0.00005")], "GRADUATED", 10)).toBe("0.001");
    expect(variableCost([rule(1, null, "0.00004999")], "GRADUATED", 10)).toBe("0.00");
    expect(variableCost([rule(1, null, "1.23455")], "VOLUME", 2)).toBe("2.4692");
  });

  it("keeps sub-cent amounts instead of rounding them to cents", () => {
    expect(variableCost([rule(1, null, "0.0004")], "GRADUATED", 1)).toBe("0.0004");
    expect(variableCost([rule(1, null, "0.0001")], "GRADUATED", 3)).toBe("0.0003");
  });

  it("adds tenths exactly where floats would not", () => {
    // 0.1 + 0.2 in floating point is 0.30000000000000004.
    expect(variableCost([rule(1, 1, "0.1"), rule(2, 2, "0.2")], "GRADUATED", 2)).toBe("0.30");
  });

  it("prices 10^12 units and more without losing a digit", () => {
    const trillion = 1_000_000_000_000;
    expect(variableCost([rule(1, null, "0.0001")], "GRADUATED", trillion)).toBe("100000000.00");
    expect(variableCost([rule(1, null, "999999999999999.9999")], "VOLUME", trillion)).toBe(
      "999999999999999999900000000.00",
    );
    const tiers = [rule(1, trillion, "0.0001"), rule(trillion + 1, null, "0.0002")];
    expect(variableCost(tiers, "GRADUATED", "1000000000010")).toBe("100000000.002");
    expect(variableCost(tiers, "VOLUME", 1_000_000_000_010n)).toBe("200000000.002");
    // Past 2^53 − 1 only a string or a bigint holds the count exactly.
    expect(variableCost([rule(1, null, "0.0001")], "GRADUATED", 10n ** 20n)).toBe("10000000000000000.00");
    expect(variableCost([rule("1", "100000000000000000000", "0.0003")], "GRADUATED", "100000000000000000001")).toBe(
      "30000000000000000.00",
    );
  });
});

describe("variableCost: refusals", () => {
  it("accepts a quantity as a safe integer, a bigint or a string of digits", () => {
    for (const quantity of [150, 150n, "150", "0150"]) {
      expect(variableCost(example1, "GRADUATED", quantity)).toBe("9.00");
    }
    for (const zero of [0, -0, 0n, "0"]) expect(variableCost(example1, "GRADUATED", zero)).toBe("0.00");
  });

  it("throws a RangeError for a negative, fractional or unreadable quantity", () => {
    for (const quantity of [-1, 1.5, Number.NaN, Infinity, 2 ** 53, -1n, "-1", "1.0", "1e3", " 1", ""]) {
      expect(() => variableCost(example1, "GRADUATED", quantity)).toThrow(RangeError);
    }
    expect(() => variableCost(example1, "GRADUATED", null as any)).toThrow(RangeError);
  });

  it("throws a RangeError for an unknown mode or a rule pricingRuleProblem refuses", () => {
    expect(() => variableCost(example1, "TIERED" as any, 1)).toThrow(RangeError);
    expect(() => variableCost([rule(0, 10, "1")], "GRADUATED", 1)).toThrow(/from 0 to 10: "From" must be/);
    expect(() => variableCost([rule(1, null, "-1")], "VOLUME", 1)).toThrow(RangeError);
    expect(() => variableCost([rule(1, null, "1e-3")], "GRADUATED", 1)).toThrow(RangeError);
  });
});

describe("pricingRuleProblem", () => {
  it("accepts whole-number ranges from 1 with a non-negative cost", () => {
    expect(pricingRuleProblem(rule(1, null, "0.04"))).toBeNull();
    expect(pricingRuleProblem(rule(1, 1, "0"))).toBeNull();
    expect(pricingRuleProblem(rule("5", "10", "12"))).toBeNull();
    expect(pricingRuleProblem(rule(5n, 5n, ".5"))).toBeNull();
    expect(pricingRuleProblem(rule(1, null, "-0"))).toBeNull();
  });

  it("rounds a cost with more than 4 decimals instead of refusing it", () => {
    expect(COST_PER_UNIT_DECIMALS).toBe(4);
    expect(pricingRuleProblem(rule(1, null, "0.00005"))).toBeNull();
    expect(pricingRuleProblem(rule(1, null, "0.123456789"))).toBeNull();
  });

  it("refuses a from below 1 or not a whole number", () => {
    for (const from of [0, -1, 1.5, "", "abc", "1.0", Number.NaN]) {
      expect(pricingRuleProblem(rule(from, null, "1"))).toBe(`"From" must be a whole number of at least 1.`);
    }
  });

  it("refuses a to below from or not a whole number; null is no upper bound", () => {
    const message = `"To" must be a whole number no less than "From", or empty for no upper bound.`;
    expect(pricingRuleProblem(rule(10, 9, "1"))).toBe(message);
    expect(pricingRuleProblem(rule(10, 10.5, "1"))).toBe(message);
    expect(pricingRuleProblem(rule(10, "", "1"))).toBe(message);
    expect(pricingRuleProblem(rule(10, null, "1"))).toBeNull();
  });

  it("refuses a negative cost or one that is not a plain decimal", () => {
    expect(pricingRuleProblem(rule(1, null, "-0.01"))).toBe("Cost per unit cannot be negative.");
    expect(pricingRuleProblem(rule(1, null, "-0.00001"))).toBe("Cost per unit cannot be negative.");
    for (const cost of ["", "abc", "1e-5", " 1", "1,5", "0x10", ".", "-", "1.2.3", "Infinity"]) {
      expect(pricingRuleProblem(rule(1, null, cost))).toBe("Cost per unit must be a decimal number such as 0.05.");
    }
  });

  it("refuses more than 15 digits before the decimal point, counted after rounding", () => {
    const message = "Cost per unit must have at most 15 digits before the decimal point.";
    expect(pricingRuleProblem(rule(1, null, "999999999999999.9999"))).toBeNull();
    expect(pricingRuleProblem(rule(1, null, "000999999999999999"))).toBeNull();
    expect(pricingRuleProblem(rule(1, null, "1000000000000000"))).toBe(message);
    expect(pricingRuleProblem(rule(1, null, "999999999999999.99995"))).toBe(message);
  });
});

describe("overlappingRule", () => {
  const stored = [
    { id: "a", ...rule(1, 100, "0.30") },
    { id: "b", ...rule(101, 500, "0.40") },
    { id: "c", ...rule(501, null, "0.50") },
  ];

  it("finds the first stored rule sharing a unit with the candidate (ranges inclusive)", () => {
    expect(overlappingRule(stored, rule(1, 1, "1"))?.id).toBe("a");
    expect(overlappingRule(stored, rule(100, 101, "1"))?.id).toBe("a");
    expect(overlappingRule(stored, rule(500, 500, "1"))?.id).toBe("b");
    expect(overlappingRule(stored, rule(600, 700, "1"))?.id).toBe("c");
    expect(overlappingRule(stored, rule(10_000, null, "1"))?.id).toBe("c");
    expect(overlappingRule(stored, rule(50, null, "1"))?.id).toBe("a");
  });

  it("refuses 003 §25.1 example 3 as written: its ranges share calls 100 and 500", () => {
    const first = [{ id: 1, ...rule(1, 100, "0.30") }];
    expect(overlappingRule(first, rule(100, 500, "0.40"))).toBe(first[0]);
    const second = [...first, { id: 2, ...rule(101, 500, "0.40") }];
    expect(overlappingRule(second, rule(500, null, "0.50"))).toBe(second[1]);
    expect(overlappingRule(second, rule(501, null, "0.50"))).toBeNull();
  });

  it("lets a rule fill a gap or start after a bounded last rule", () => {
    const gaps = [{ id: "x", ...withGaps[0]! }, { id: "y", ...withGaps[1]! }];
    expect(overlappingRule(gaps, rule(11, 20, "1"))).toBeNull();
    expect(overlappingRule(gaps, rule(31, null, "1"))).toBeNull();
    expect(overlappingRule(gaps, rule(11, 21, "1"))?.id).toBe("y");
    expect(overlappingRule(gaps, rule(5, null, "1"))?.id).toBe("x");
    expect(overlappingRule([], rule(1, null, "1"))).toBeNull();
  });

  it("ignores the rule being updated, comparing ids as strings", () => {
    expect(overlappingRule(stored, rule(101, 500, "0.45"), "b")).toBeNull();
    expect(overlappingRule(stored, rule(90, 500, "0.45"), "b")?.id).toBe("a");
    expect(overlappingRule(stored, rule(101, 600, "0.45"), "b")?.id).toBe("c");
    const numbered = [{ id: 7, ...rule(1, 10, "1") }];
    expect(overlappingRule(numbered, rule(1, 20, "1"), "7")).toBeNull();
    expect(overlappingRule(numbered, rule(1, 20, "1"), 8)).toBe(numbered[0]);
  });

  it("compares large bounds exactly", () => {
    const big = [{ id: "big", ...rule("1", "100000000000000000000", "1") }];
    expect(overlappingRule(big, rule("100000000000000000001", null, "1"))).toBeNull();
    expect(overlappingRule(big, rule("100000000000000000000", null, "1"))).toBe(big[0]);
  });

  it("throws a RangeError for a malformed range", () => {
    expect(() => overlappingRule(stored, rule(0, 10, "1"))).toThrow(RangeError);
    expect(() => overlappingRule(stored, rule(1, 2.5, "1"))).toThrow(RangeError);
  });
});

describe("monthlyCost", () => {
  it("adds the fees and each metric's variable cost", () => {
    expect(
      monthlyCost({
        setupFee: "5",
        costPerMonth: "10",
        variable: [
          { rules: porta, mode: "GRADUATED", quantity: 2000 },
          { rules: example1, mode: "VOLUME", quantity: "150" },
        ],
      }),
    ).toEqual({ setupFee: "5.00", costPerMonth: "10.00", variable: ["448.20", "15.00"], total: "478.20" });
  });

  it("003 ch.25: a $10 plan with a $5 setup fee costs $15 the first month", () => {
    expect(monthlyCost({ setupFee: "5", costPerMonth: "10", variable: [] })).toEqual({
      setupFee: "5.00",
      costPerMonth: "10.00",
      variable: [],
      total: "15.00",
    });
  });

  it("keeps the total exact; roundMoney gives the amount to invoice", () => {
    const cost = monthlyCost({
      setupFee: "0",
      costPerMonth: "19.99",
      variable: [{ rules: [rule(1, null, "0.0004")], mode: "GRADUATED", quantity: 13 }],
    });
    expect(cost).toEqual({ setupFee: "0.00", costPerMonth: "19.99", variable: ["0.0052"], total: "19.9952" });
    expect(roundMoney(cost.total)).toBe("20.00");
  });

  it("throws a RangeError for a malformed fee or variable cost", () => {
    expect(() => monthlyCost({ setupFee: "5,00", costPerMonth: "10", variable: [] })).toThrow(RangeError);
    expect(() => monthlyCost({ setupFee: "5", costPerMonth: "", variable: [] })).toThrow(RangeError);
    expect(() =>
      monthlyCost({ setupFee: "5", costPerMonth: "10", variable: [{ rules: porta, mode: "GRADUATED", quantity: -1 }] }),
    ).toThrow(RangeError);
  });
});

describe("decimal strings", () => {
  it("canonicalDecimal: at least 2 decimals, no trailing zero past them, no leading zeros, never rounds", () => {
    expect(canonicalDecimal("448.2")).toBe("448.20");
    expect(canonicalDecimal("0.5000")).toBe("0.50");
    expect(canonicalDecimal("007.1")).toBe("7.10");
    expect(canonicalDecimal("0.00040")).toBe("0.0004");
    expect(canonicalDecimal("12.345678")).toBe("12.345678");
    expect(canonicalDecimal("3")).toBe("3.00");
    expect(canonicalDecimal(".5")).toBe("0.50");
    expect(canonicalDecimal("5.")).toBe("5.00");
    expect(canonicalDecimal("-0.000")).toBe("0.00");
    expect(canonicalDecimal("-12.5")).toBe("-12.50");
    for (const bad of ["", "1e3", "+1", " 1", "1 ", "NaN", "1_000", "١٢"]) {
      expect(() => canonicalDecimal(bad)).toThrow(RangeError);
    }
  });

  it("roundCostPerUnit: half-up to 4 decimals", () => {
    expect(roundCostPerUnit("0.00005")).toBe("0.0001");
    expect(roundCostPerUnit("0.000049")).toBe("0.00");
    expect(roundCostPerUnit("1.23455")).toBe("1.2346");
    expect(roundCostPerUnit("1.23454999")).toBe("1.2345");
    expect(roundCostPerUnit("0.99995")).toBe("1.00");
    expect(roundCostPerUnit("0.5")).toBe("0.50");
    expect(() => roundCostPerUnit("abc")).toThrow(RangeError);
  });

  it("roundMoney: exactly `places` decimals (2 by default), ties away from zero", () => {
    expect(roundMoney("448.2")).toBe("448.20");
    expect(roundMoney("0.005")).toBe("0.01");
    expect(roundMoney("0.0049")).toBe("0.00");
    expect(roundMoney("2.675")).toBe("2.68"); // (2.675).toFixed(2) is "2.67"
    expect(roundMoney("1.005")).toBe("1.01"); // (1.005).toFixed(2) is "1.00"
    expect(roundMoney("-0.005")).toBe("-0.01");
    expect(roundMoney("-0.004")).toBe("0.00");
    expect(roundMoney("99.995")).toBe("100.00");
    expect(roundMoney("12.34567", 4)).toBe("12.3457");
    expect(roundMoney("0.5", 4)).toBe("0.5000");
    expect(roundMoney("2.5", 0)).toBe("3");
    expect(roundMoney("999999999999999999900000000.005")).toBe("999999999999999999900000000.01");
    expect(() => roundMoney("1", -1)).toThrow(RangeError);
    expect(() => roundMoney("1", 1.5)).toThrow(RangeError);
    expect(() => roundMoney("1e2")).toThrow(RangeError);
  });
});
