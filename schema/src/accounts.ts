/**
 * Rules of developer accounts (buyers) shared by the server, the admin's forms and the mocks: the state
 * machine (porta's, 001 ch.2, 003 §8.2), the built-in fields (003 §7, §26.7, §26.10) and the forms of
 * names, usernames and field values. Which names and emails are taken only the server knows.
 */

export const MAX_ORG_NAME_LENGTH = 255;
export const MAX_USERNAME_LENGTH = 40;
/** Porta's username rule: letters, digits and `_ - . @`, 3–40 characters. */
export const USERNAME_PATTERN = /^[A-Za-z0-9_.@-]{3,40}$/;
export const MAX_FIELD_VALUE_LENGTH = 1000;
export const MAX_FIELD_LABEL_LENGTH = 100;
/** Extra field names: lowercase letters, digits and `_`, starting with a letter (they become CSV columns). */
export const FIELD_NAME_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;
export const MAX_EXTRA_FIELDS = 50;
export const MAX_FIELD_CHOICES = 50;

// ── states ───────────────────────────────────────────────────────────────────────────────────

export const ACCOUNT_STATES = ["CREATED", "PENDING", "APPROVED", "REJECTED", "SUSPENDED"] as const;
export type AccountState = (typeof ACCOUNT_STATES)[number];

export const ACCOUNT_ACTIONS = {
  MAKE_PENDING: { from: ["CREATED", "APPROVED", "REJECTED"], to: "PENDING", verb: "made pending" },
  APPROVE: { from: ["CREATED", "PENDING", "REJECTED"], to: "APPROVED", verb: "approved" },
  REJECT: { from: ["CREATED", "PENDING", "APPROVED"], to: "REJECTED", verb: "rejected" },
  SUSPEND: { from: ["CREATED", "PENDING", "APPROVED", "REJECTED"], to: "SUSPENDED", verb: "suspended" },
  RESUME: { from: ["SUSPENDED"], to: "APPROVED", verb: "resumed" },
} as const satisfies Record<string, { from: readonly AccountState[]; to: AccountState; verb: string }>;
export type AccountAction = keyof typeof ACCOUNT_ACTIONS;

/** The state after `action`, or null when the account's state does not allow it. */
export function accountTransition(state: AccountState, action: AccountAction): AccountState | null {
  const rule = ACCOUNT_ACTIONS[action];
  return (rule.from as readonly AccountState[]).includes(state) ? rule.to : null;
}

/** The words of a refused transition, naming the current state. */
export function accountTransitionRefusal(state: AccountState, action: AccountAction): string {
  const allowed = ACCOUNT_ACTIONS[action].from.map((s) => s.toLowerCase()).join(", ");
  return `The account is ${state.toLowerCase()}; it can be ${ACCOUNT_ACTIONS[action].verb} only when ${allowed}.`;
}

/** The actions an account in `state` allows, for the admin's buttons. */
export function accountActionsFrom(state: AccountState): AccountAction[] {
  return (Object.keys(ACCOUNT_ACTIONS) as AccountAction[]).filter((a) => accountTransition(state, a) !== null);
}

// ── fields ───────────────────────────────────────────────────────────────────────────────────

export const FIELD_TARGETS = ["ACCOUNT", "USER"] as const;
export type FieldTarget = (typeof FIELD_TARGETS)[number];

export type FieldKind = "TEXT" | "DECIMAL_PERCENT";

export interface BuiltinField {
  label: string;
  kind: FieldKind;
  /** Required unless the tenant changes it. */
  required: boolean;
  /** Always required and shown: the tenant cannot make it optional or hide it. */
  fixed?: boolean;
}

/**
 * The built-in fields of accounts and of their users. `org_name`, `username` and `email` are columns of
 * their own; the others are values like an extra field's. `vat_rate` is a percentage with up to two
 * decimals that billing adds to invoices (003 §26.10).
 */
export const BUILTIN_FIELDS: Record<FieldTarget, Record<string, BuiltinField>> = {
  ACCOUNT: {
    org_name: { label: "Organization/Group name", kind: "TEXT", required: true, fixed: true },
    org_legaladdress: { label: "Legal address", kind: "TEXT", required: false },
    org_legaladdress_cont: { label: "Legal address (continued)", kind: "TEXT", required: false },
    city: { label: "City", kind: "TEXT", required: false },
    state_region: { label: "State/Region", kind: "TEXT", required: false },
    zip: { label: "ZIP code", kind: "TEXT", required: false },
    country: { label: "Country", kind: "TEXT", required: false },
    telephone_number: { label: "Telephone number", kind: "TEXT", required: false },
    vat_code: { label: "VAT code", kind: "TEXT", required: false },
    vat_rate: { label: "VAT rate (%)", kind: "DECIMAL_PERCENT", required: false },
  },
  USER: {
    username: { label: "Username", kind: "TEXT", required: true, fixed: true },
    email: { label: "Email", kind: "TEXT", required: true, fixed: true },
    first_name: { label: "First name", kind: "TEXT", required: false },
    last_name: { label: "Last name", kind: "TEXT", required: false },
    job_role: { label: "Job role", kind: "TEXT", required: false },
  },
};

/** Built-in fields stored as columns, not among the field values. */
export const COLUMN_FIELDS: Record<FieldTarget, readonly string[]> = { ACCOUNT: ["org_name"], USER: ["username", "email"] };

/** A field as the tenant has it: built-in with the tenant's settings, or extra. */
export interface FieldDefinitionRule {
  name: string;
  label: string;
  required: boolean;
  hidden: boolean;
  builtin: boolean;
  kind: FieldKind;
  /** An extra field may offer a fixed list of values. */
  choices: readonly string[];
}

/** `12`, `7.5`, `20.00`: 0 to 100 with at most two decimals. */
const PERCENT = /^(100(\.0{1,2})?|\d{1,2}(\.\d{1,2})?)$/;

/** What is wrong with a value of `field`, or null. An empty value is "no value". */
export function fieldValueProblem(field: FieldDefinitionRule, value: string): string | null {
  if (value.length > MAX_FIELD_VALUE_LENGTH) return `Use at most ${MAX_FIELD_VALUE_LENGTH} characters.`;
  if (!value) return null;
  if (field.kind === "DECIMAL_PERCENT" && !PERCENT.test(value)) return "Give a percentage from 0 to 100 with at most two decimals, e.g. 21 or 7.5.";
  if (field.choices.length && !field.choices.includes(value)) return `Choose one of: ${field.choices.join(", ")}.`;
  return null;
}

/** A field as the tenant keeps it: its settings of a built-in field, or an extra field (`field_definitions`). */
export interface StoredFieldDefinition {
  target: FieldTarget;
  name: string;
  label: string;
  required: boolean;
  hidden: boolean;
  builtin: boolean;
  choices: readonly string[];
  position: number;
}

/** A field as the tenant has it, built-in (with its settings) or extra, where it stands in the forms. */
export interface FieldDefinitionView extends FieldDefinitionRule {
  target: FieldTarget;
  fixed: boolean;
  position: number;
}

/**
 * The tenant's fields of `target` in form order (003 §7): every built-in field with the tenant's
 * settings (fixed ones always required and shown; at its place in BUILTIN_FIELDS unless moved), then
 * its extra fields, by position — a built-in field before an extra one at the same position. `rows`
 * are the tenant's stored rows of `target`, by position and then creation.
 */
export function fieldDefinitionViews(target: FieldTarget, rows: readonly StoredFieldDefinition[]): FieldDefinitionView[] {
  const byName = new Map(rows.map((r) => [r.name, r]));
  const builtins = Object.entries(BUILTIN_FIELDS[target]).map(([name, b], index): FieldDefinitionView => {
    const row = byName.get(name);
    return {
      target,
      name,
      label: row?.label ?? b.label,
      required: b.fixed ? true : (row?.required ?? b.required),
      hidden: b.fixed ? false : (row?.hidden ?? false),
      builtin: true,
      fixed: b.fixed === true,
      kind: b.kind,
      choices: [],
      position: row?.position ?? index,
    };
  });
  const extras = rows.filter((r) => !r.builtin).map((r) => extraFieldView(r));
  return [...builtins, ...extras].sort((a, b) => a.position - b.position || Number(b.builtin) - Number(a.builtin));
}

/** An extra field as the tenant has it (free text, or one of its choices). */
export function extraFieldView(row: StoredFieldDefinition): FieldDefinitionView {
  return { target: row.target, name: row.name, label: row.label, required: row.required, hidden: row.hidden, builtin: false, fixed: false, kind: "TEXT", choices: [...row.choices], position: row.position };
}

/** Where a new field goes unless a position is given: after every field, moved built-in ones included. */
export function newFieldPosition(definitions: readonly { position: number }[]): number {
  return Math.max(-1, ...definitions.map((d) => d.position)) + 1;
}

/** One value given for a field: an empty value removes it. */
export interface FieldValueInput {
  name: string;
  value: string;
}

/** A value that cannot be taken, by its index in the list given, with the code its user error carries. */
export interface FieldValueRefusal {
  index: number;
  code: "NOT_FOUND" | "INVALID" | "TOO_LONG";
  message: string;
}

/**
 * Values given for the tenant's fields merged into `current` (trimmed; an empty one removes the value):
 * an unknown field, a column field (it has an input of its own) and a value of the wrong form are
 * refused, each by its index. Required fields are not enforced here: admins may leave them empty
 * (003 §7.1); a signup checks them with `missingRequiredFields`.
 */
export function mergeFieldValueInputs(
  definitions: readonly (FieldDefinitionRule & { target: FieldTarget })[],
  current: Readonly<Record<string, string>>,
  values: readonly FieldValueInput[] | null | undefined,
): { values: Record<string, string>; refusals: FieldValueRefusal[] } {
  const merged = { ...current };
  const refusals: FieldValueRefusal[] = [];
  const byName = new Map(definitions.map((d) => [d.name, d]));
  (values ?? []).forEach(({ name, value }, index) => {
    const definition = byName.get(name);
    if (!definition || COLUMN_FIELDS[definition.target].includes(name)) {
      refusals.push({ index, code: "NOT_FOUND", message: definition ? `\`${name}\` has an input of its own.` : `There is no field \`${name.slice(0, 60)}\`.` });
      return;
    }
    const text = value.trim();
    const problem = fieldValueProblem(definition, text);
    if (problem) {
      refusals.push({ index, code: text.length > MAX_FIELD_VALUE_LENGTH ? "TOO_LONG" : "INVALID", message: `${definition.label}: ${problem}` });
      return;
    }
    if (text) merged[name] = text;
    else delete merged[name];
  });
  return { values: merged, refusals };
}

/**
 * The fields a developer must fill in and left empty (on signup; admins may leave them empty, 003 §7.1):
 * required, shown, not stored as a column of their own (org name, username, email have their own input).
 */
export function missingRequiredFields<F extends FieldDefinitionRule>(definitions: readonly F[], values: Readonly<Record<string, string>>, target: FieldTarget): F[] {
  return definitions.filter((d) => d.required && !d.hidden && !COLUMN_FIELDS[target].includes(d.name) && !(Object.hasOwn(values, d.name) && values[d.name]));
}

export function fieldNameProblem(name: string, target: FieldTarget): string | null {
  if (!FIELD_NAME_PATTERN.test(name)) return "Use 1–40 lowercase letters, digits and `_`, starting with a letter.";
  if (Object.hasOwn(BUILTIN_FIELDS[target], name)) return `\`${name}\` is a built-in field.`;
  return null;
}

export function usernameProblem(username: string): string | null {
  return USERNAME_PATTERN.test(username) ? null : "Use 3–40 letters, digits and `_ - . @`.";
}

/** A username derived from an email's local part when none is given. */
export function usernameFromEmail(email: string): string {
  const local = email.split("@")[0]!.replace(/[^A-Za-z0-9_.-]+/g, "_").slice(0, MAX_USERNAME_LENGTH);
  return local.length >= 3 ? local : `${local}___`.slice(0, 3);
}

export const MAX_MESSAGE_SUBJECT_LENGTH = 200;
export const MAX_MESSAGE_BODY_LENGTH = 20_000;
