import Decimal from "decimal.js";

/**
 * Pricing rules and what they cost (DOMAIN.md "Catalog" and "Billing"; seed 003 ch.25). The server
 * checks and stores rules and bills with them, the cost calculator previews a month, the mock store
 * does both: all through these functions, so the three can never disagree by a cent.
 *
 * Money is decimal all the way: amounts come in and go out as decimal strings, and the arithmetic
 * is decimal.js's (a private clone configured below: exact sums and products, half-up rounding), never
 * float. A cost per unit has 4 decimals and a quantity is a whole number, so every product and sum
 * is exact at any size. decimal.js is the one package the shared rules may import
 * (.dependency-cruiser.cjs "schema-rules-portable"): it runs unchanged in the browser and in Node.
 * Counts (quantities, range bounds) are whole numbers and stay bigint.
 *
 * Canonical output (`canonicalDecimal`, and every amount these functions return): plain notation,
 * no exponent, no `+`, no leading zeros, `-` only before a non-zero value, at least 2 decimals and no
 * trailing zero beyond the 2nd — `"448.20"`, `"0.50"`, `"0.0004"`, `"0.00"`. Costs are exact, never
 * rounded to cents: round with `roundMoney` where an amount is shown or invoiced.
 *
 * Rounding, wherever it happens, is half-up in magnitude (ties away from zero), as porta's
 * BigDecimal does when it stores a cost per unit with more than 4 decimals (003 §25.2).
 */

/** A cost per unit keeps 4 decimals; more are rounded, not refused (003 §25.2). */
export const COST_PER_UNIT_DECIMALS = 4;
/** Digits before the decimal point of a cost per unit: a numeric(19, 4) column holds it. */
export const MAX_COST_INTEGER_DIGITS = 15;

/**
 * How the rules of one plan × metric price a month's quantity:
 * - GRADUATED (porta's rule, the default): each rule charges the units that fall in its own range,
 *   the charges are summed; units outside every range (a gap, past the last bounded rule) are free.
 * - VOLUME: every unit is charged at the cost of the rule whose range holds the total quantity; a
 *   quantity outside every range costs nothing.
 */
export const TIER_MODES = ["GRADUATED", "VOLUME"] as const;
export type TierMode = (typeof TIER_MODES)[number];
export const DEFAULT_TIER_MODE: TierMode = "GRADUATED";

/**
 * A whole number of units: a safe-integer number, a bigint, or a string of digits (for counts past
 * 2^53 − 1, which a number cannot hold exactly).
 */
export type Count = number | bigint | string;

/** A rule's range: `from` ≥ 1, `to` ≥ `from` or null for no upper bound (003 §25.2), both inclusive. */
export interface PricingRuleRange {
  readonly from: Count;
  readonly to: Count | null;
}

export interface PricingRuleInput extends PricingRuleRange {
  /** A decimal string ("0.04"); rounded to 4 decimals before use. */
  readonly costPerUnit: string;
}

export interface VariableCostInput {
  readonly rules: readonly PricingRuleInput[];
  readonly mode: TierMode;
  readonly quantity: Count;
}

export interface MonthlyCostInput {
  readonly setupFee: string;
  readonly costPerMonth: string;
  /** One entry per metric with pricing rules. */
  readonly variable: readonly VariableCostInput[];
}

/** Every amount canonical and exact; `variable` in the order of the input. */
export interface MonthlyCost {
  setupFee: string;
  costPerMonth: string;
  variable: string[];
  total: string;
}

// ── Exact decimals ─────────────────────────────────────────────────────────────────────────────

/**
 * This module's own Decimal constructor: a clone from the library's defaults, so whatever anyone
 * sets on the global `Decimal` (or on another clone) changes nothing here.
 * - `rounding`: ROUND_HALF_UP is half-up in magnitude (ties away from zero), the rule at the top.
 * - `precision`: addition and multiplication round their result to this many significant digits,
 *   so it is the library's maximum (1e9): a quantity may have any number of digits (a string of
 *   them), and a product or sum of these amounts must never be rounded. Addition, multiplication
 *   and rounding to a number of decimals do no work in proportion to the precision; division and
 *   roots would, and are not used here.
 */
const Exact = Decimal.clone({ defaults: true, precision: 1e9, rounding: Decimal.ROUND_HALF_UP });

/** `12`, `-0.5`, `.5`, `5.`: digits, an optional point and minus; no exponent, no spaces. */
const DECIMAL_PATTERN = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Input checking: the library reads more (`1e3`, `0x10`, `Infinity`, spaces) than an amount may be. */
function parseDecimalOrNull(value: string): Decimal | null {
  return typeof value === "string" && DECIMAL_PATTERN.test(value) ? new Exact(value) : null;
}

function parseDecimal(value: string, what: string): Decimal {
  const parsed = parseDecimalOrNull(value);
  if (!parsed) throw new RangeError(`${what} must be a decimal number such as "0.05", got ${JSON.stringify(value)}.`);
  return parsed;
}

/** `value` to at most `places` decimals, ties away from zero (the clone's rounding). */
const roundHalfUp = (value: Decimal, places: number) => value.toDecimalPlaces(places);

const ZERO = new Exact(0);

/**
 * Plain notation (`toFixed` never writes an exponent) with at least `minPlaces` decimals and no
 * trailing zero beyond them. Nothing is rounded: `decimalPlaces` is the value's own count. A zero,
 * -0 included, gets no sign.
 */
function format(value: Decimal, minPlaces: number): string {
  return value.toFixed(Math.max(minPlaces, value.decimalPlaces()));
}

const canonical = (value: Decimal) => format(value, 2);

/** 10^15, the least cost per unit with more than MAX_COST_INTEGER_DIGITS digits before the point. */
const COST_INTEGER_LIMIT = new Exact(10).pow(MAX_COST_INTEGER_DIGITS);

/**
 * The canonical form of a decimal string (see the top of this file): `"0.5000"` → `"0.50"`,
 * `"007.1"` → `"7.10"`, `"0.00040"` → `"0.0004"`. Never rounds. Throws a RangeError for anything
 * but digits with an optional point and leading minus.
 */
export function canonicalDecimal(value: string): string {
  return canonical(parseDecimal(value, "An amount"));
}

/**
 * `value` rounded half-up (ties away from zero) to exactly `places` decimals, for display and
 * invoices: `roundMoney("448.2")` → `"448.20"`, `roundMoney("2.675")` → `"2.68"` (a float says
 * 2.67), `roundMoney("0.0049")` → `"0.00"`, `roundMoney("12.34567", 4)` → `"12.3457"`.
 */
export function roundMoney(value: string, places = 2): string {
  if (!Number.isSafeInteger(places) || places < 0) {
    throw new RangeError(`Decimal places must be a whole number of at least 0, got ${places}.`);
  }
  return format(roundHalfUp(parseDecimal(value, "An amount"), places), places);
}

// ── Rules ──────────────────────────────────────────────────────────────────────────────────────

/** A whole number ≥ 0 from a Count, or null when it is not one (a number past 2^53 − 1 included). */
function countOrNull(value: unknown): bigint | null {
  if (typeof value === "bigint") return value >= 0n ? value : null;
  if (typeof value === "number") return Number.isSafeInteger(value) && value >= 0 ? BigInt(value) : null;
  if (typeof value === "string") return /^\d+$/.test(value) ? BigInt(value) : null;
  return null;
}

function quantityOf(quantity: Count): bigint {
  const count = countOrNull(quantity);
  if (count === null) {
    throw new RangeError(
      `A quantity must be a whole number of at least 0 (as a string past 2^53 − 1), got ${describe(quantity)}.`,
    );
  }
  return count;
}

function describe(value: unknown): string {
  return typeof value === "bigint" ? `${value}n` : typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** The cost per unit as it is stored and charged: rounded half-up to 4 decimals, canonical. */
export function roundCostPerUnit(costPerUnit: string): string {
  return canonical(roundHalfUp(parseDecimal(costPerUnit, "Cost per unit"), COST_PER_UNIT_DECIMALS));
}

/**
 * Why a pricing rule cannot be saved, or null when it can (it may still overlap another rule:
 * see `overlappingRule`). A cost with more than 4 decimals is fine — it is rounded, not refused.
 */
export function pricingRuleProblem(rule: PricingRuleInput): string | null {
  const from = countOrNull(rule.from);
  if (from === null || from < 1n) return `"From" must be a whole number of at least 1.`;
  const to = rule.to ?? null;
  if (to !== null) {
    const end = countOrNull(to);
    if (end === null || end < from) return `"To" must be a whole number no less than "From", or empty for no upper bound.`;
  }
  const cost = parseDecimalOrNull(rule.costPerUnit);
  if (cost === null) return "Cost per unit must be a decimal number such as 0.05.";
  if (cost.lessThan(0)) return "Cost per unit cannot be negative.";
  if (roundHalfUp(cost, COST_PER_UNIT_DECIMALS).greaterThanOrEqualTo(COST_INTEGER_LIMIT)) {
    return `Cost per unit must have at most ${MAX_COST_INTEGER_DIGITS} digits before the decimal point.`;
  }
  return null;
}

interface Range {
  readonly from: bigint;
  /** null: no upper bound. */
  readonly to: bigint | null;
}

function rangeOf(rule: PricingRuleRange): Range {
  const from = countOrNull(rule.from);
  const to = rule.to == null ? null : countOrNull(rule.to);
  if (from === null || from < 1n || (rule.to != null && to === null)) {
    throw new RangeError(`Not a pricing rule range: from ${describe(rule.from)} to ${describe(rule.to)}.`);
  }
  return { from, to };
}

/**
 * The first rule in `rules` whose range shares a unit with `candidate`'s (ranges inclusive, a null
 * `to` unbounded), or null: ranges on one metric must not overlap (DOMAIN.md "Catalog"). Pass the
 * rule being updated as `ignoreId` so it does not conflict with its own stored version (ids
 * compare as strings). Check the candidate with `pricingRuleProblem` first; a malformed range
 * throws a RangeError.
 */
export function overlappingRule<R extends PricingRuleRange & { readonly id?: string | number | bigint }>(
  rules: readonly R[],
  candidate: PricingRuleRange,
  ignoreId?: string | number | bigint,
): R | null {
  const wanted = rangeOf(candidate);
  for (const rule of rules) {
    if (ignoreId !== undefined && rule.id !== undefined && String(rule.id) === String(ignoreId)) continue;
    const range = rangeOf(rule);
    const startsBeforeWantedEnds = wanted.to === null || range.from <= wanted.to;
    const endsAfterWantedStarts = range.to === null || range.to >= wanted.from;
    if (startsBeforeWantedEnds && endsAfterWantedStarts) return rule;
  }
  return null;
}

interface CheckedRule extends Range {
  readonly costPerUnit: Decimal;
}

function checkedRule(rule: PricingRuleInput): CheckedRule {
  const problem = pricingRuleProblem(rule);
  if (problem !== null) {
    throw new RangeError(`Pricing rule from ${describe(rule.from)} to ${describe(rule.to)}: ${problem}`);
  }
  return {
    ...rangeOf(rule),
    costPerUnit: roundHalfUp(parseDecimal(rule.costPerUnit, "Cost per unit"), COST_PER_UNIT_DECIMALS),
  };
}

/** How many of units 1…quantity fall in `range`. */
function unitsIn(range: Range, quantity: bigint): bigint {
  const last = range.to === null || range.to > quantity ? quantity : range.to;
  return last >= range.from ? last - range.from + 1n : 0n;
}

/**
 * What a month's `quantity` of one metric costs under `rules` (one plan × metric) in `mode` (see
 * TierMode): exact and canonical (`"448.20"`, `"0.0004"`), not rounded to cents. Rules with a cost
 * of more than 4 decimals are charged at the rounded cost. Throws a RangeError for a quantity that
 * is not a whole number ≥ 0, an unknown mode, or a rule `pricingRuleProblem` refuses.
 *
 * Rules are expected not to overlap (`overlappingRule`). If they do anyway, GRADUATED charges a
 * shared unit under each of its rules, as porta does, and VOLUME uses the rule that starts last.
 */
export function variableCost(rules: readonly PricingRuleInput[], mode: TierMode, quantity: Count): string {
  if (!TIER_MODES.includes(mode)) throw new RangeError(`Unknown tier mode ${describe(mode)}.`);
  const count = quantityOf(quantity);
  const checked = rules.map(checkedRule);
  if (mode === "GRADUATED") {
    return canonical(checked.reduce((sum, rule) => sum.plus(rule.costPerUnit.times(unitsIn(rule, count))), ZERO));
  }
  let tier: CheckedRule | null = null;
  for (const rule of checked) {
    const holds = rule.from <= count && (rule.to === null || count <= rule.to);
    if (holds && (tier === null || rule.from > tier.from)) tier = rule;
  }
  return canonical(tier === null ? ZERO : tier.costPerUnit.times(count));
}

/**
 * A month on a plan (the `costPreview` query, the cost calculator): the setup fee, the cost per
 * month and each metric's variable cost, and their total — a first full month, before proration
 * and VAT. Every amount exact and canonical; fees are taken as they are (decimal strings, not
 * rounded). Throws a RangeError on a malformed fee or anything `variableCost` refuses.
 */
export function monthlyCost(input: MonthlyCostInput): MonthlyCost {
  const setupFee = parseDecimal(input.setupFee, "The setup fee");
  const costPerMonth = parseDecimal(input.costPerMonth, "The cost per month");
  const variable = input.variable.map(({ rules, mode, quantity }) => variableCost(rules, mode, quantity));
  const total = variable.reduce((sum, cost) => sum.plus(parseDecimal(cost, "A variable cost")), setupFee.plus(costPerMonth));
  return {
    setupFee: canonical(setupFee),
    costPerMonth: canonical(costPerMonth),
    variable,
    total: canonical(total),
  };
}
