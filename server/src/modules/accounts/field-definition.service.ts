import {
  BUILTIN_FIELDS,
  COLUMN_FIELDS,
  extraFieldView,
  fieldDefinitionViews,
  type FieldDefinitionView,
  fieldNameProblem,
  type FieldValueInput,
  MAX_EXTRA_FIELDS,
  MAX_FIELD_CHOICES,
  MAX_FIELD_LABEL_LENGTH,
  mergeFieldValueInputs,
  newFieldPosition,
} from "@gatehouse/schema/accounts";
import { and, asc, count, eq, sql } from "drizzle-orm";
import type { Actor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { advisoryXactLock } from "../../db/locks.js";
import { userError, type UserErrorOf, type UserOutcome } from "../../graphql/user-error.js";
import { changesOf, emit } from "../events/events.service.js";
import { AccountErrorCode } from "./accounts.errors.js";
import { accounts, accountUsers, fieldDefinitions, type FieldDefinitionRow, type FieldTarget } from "./accounts.tables.js";

export type AccountError = UserErrorOf<AccountErrorCode>;
export type Outcome<T> = UserOutcome<T, AccountErrorCode>;
export type { FieldDefinitionView, FieldValueInput };

/** The tenant's fields of `target`: the built-in ones with its settings, then its extra ones, in form order. */
export async function fieldDefinitionsOf(tx: Executor, actor: Pick<Actor, "tenantId">, target: FieldTarget): Promise<FieldDefinitionView[]> {
  const rows = await tx
    .select()
    .from(fieldDefinitions)
    .where(and(eq(fieldDefinitions.tenantId, actor.tenantId), eq(fieldDefinitions.target, target)))
    .orderBy(asc(fieldDefinitions.position), asc(fieldDefinitions.createdAt));
  return fieldDefinitionViews(target, rows);
}

/**
 * Checks values against the tenant's fields and merges them into `current` (`mergeFieldValueInputs`,
 * shared with the mock): unknown fields, values of the wrong form, and the column fields (given as their
 * own input) are user errors at `<path>.<i>`. Required fields are not enforced: admins may leave them
 * empty (003 §7.1); a signup checks them.
 */
export function mergeFieldValues(
  definitions: readonly FieldDefinitionView[],
  current: Record<string, string>,
  values: readonly FieldValueInput[] | null | undefined,
  errors: AccountError[],
  path: string[] = ["input", "fields"],
): Record<string, string> {
  const merged = mergeFieldValueInputs(definitions, current, values);
  for (const refusal of merged.refusals) errors.push(userError(AccountErrorCode[refusal.code], refusal.message, [...path, String(refusal.index)]));
  return merged.values;
}

/** The fields as a list in form order, with each value (null when empty). */
export function fieldValuesOf(definitions: readonly FieldDefinitionView[], values: Record<string, string>) {
  return definitions
    .filter((d) => !COLUMN_FIELDS[d.target].includes(d.name))
    .map((d) => ({ name: d.name, label: d.label, value: Object.hasOwn(values, d.name) ? values[d.name]! : null }));
}

// ── changes ──────────────────────────────────────────────────────────────────────────────

export interface FieldSettings {
  label?: string | null;
  required?: boolean | null;
  hidden?: boolean | null;
  choices?: string[] | null;
  position?: number | null;
}

function checkSettings(input: FieldSettings, errors: AccountError[]): Partial<FieldDefinitionRow> {
  const values: Partial<FieldDefinitionRow> = {};
  if (input.label != null) {
    const label = input.label.trim();
    if (!label) errors.push(userError(AccountErrorCode.BLANK, "Give the field a label.", ["input", "label"]));
    else if (label.length > MAX_FIELD_LABEL_LENGTH) errors.push(userError(AccountErrorCode.TOO_LONG, `Use at most ${MAX_FIELD_LABEL_LENGTH} characters.`, ["input", "label"]));
    values.label = label;
  }
  if (input.required != null) values.required = input.required;
  if (input.hidden != null) values.hidden = input.hidden;
  if (input.choices != null) {
    const choices = [...new Set(input.choices.map((c) => c.trim()).filter(Boolean))];
    if (choices.length > MAX_FIELD_CHOICES) errors.push(userError(AccountErrorCode.TOO_LONG, `Offer at most ${MAX_FIELD_CHOICES} choices.`, ["input", "choices"]));
    else if (choices.some((c) => c.length > MAX_FIELD_LABEL_LENGTH)) errors.push(userError(AccountErrorCode.TOO_LONG, `Keep each choice to ${MAX_FIELD_LABEL_LENGTH} characters.`, ["input", "choices"]));
    values.choices = choices;
  }
  if (input.position != null) {
    if (input.position < 0 || input.position > 10_000) errors.push(userError(AccountErrorCode.INVALID, "Use a position from 0 to 10000.", ["input", "position"]));
    values.position = input.position;
  }
  return values;
}

const targetWords = (target: FieldTarget) => (target === "ACCOUNT" ? "accounts" : "developer users");

/** Field definitions of a tenant change one writer at a time (positions, the extra-field bound). */
const lockFields = (tx: Executor, actor: Actor) => advisoryXactLock(tx, `gatehouse:field-definitions:${actor.tenantId}`);

export async function createFieldDefinition(
  tx: Executor,
  actor: Actor,
  input: FieldSettings & { target: FieldTarget; name: string; label: string },
): Promise<Outcome<{ definition: FieldDefinitionView }>> {
  await lockFields(tx, actor);
  const errors: AccountError[] = [];
  const name = input.name.trim();
  const problem = fieldNameProblem(name, input.target);
  if (problem) errors.push(userError(name ? (Object.hasOwn(BUILTIN_FIELDS[input.target], name) ? AccountErrorCode.TAKEN : AccountErrorCode.INVALID) : AccountErrorCode.BLANK, problem, ["input", "name"]));
  const values = checkSettings({ ...input, label: input.label }, errors);
  if (values.required && values.hidden) errors.push(userError(AccountErrorCode.INVALID, "A hidden field cannot be required: developers would not see it.", ["input", "hidden"]));
  if (errors.length) return { ok: false, userErrors: errors };
  const existing = await tx
    .select({ n: count() })
    .from(fieldDefinitions)
    .where(and(eq(fieldDefinitions.tenantId, actor.tenantId), eq(fieldDefinitions.target, input.target), eq(fieldDefinitions.builtin, false)));
  if (existing[0]!.n >= MAX_EXTRA_FIELDS) {
    return { ok: false, userErrors: [userError(AccountErrorCode.LIMIT_REACHED, `There are already ${MAX_EXTRA_FIELDS} extra fields of ${targetWords(input.target)}.`, ["input", "name"])] };
  }
  // After every field, built-in ones included (they may have been moved down).
  const position = values.position ?? newFieldPosition(await fieldDefinitionsOf(tx, actor, input.target));
  const [row] = await tx
    .insert(fieldDefinitions)
    .values({ ...values, tenantId: actor.tenantId, target: input.target, name, label: values.label!, builtin: false, position })
    .onConflictDoNothing()
    .returning();
  if (!row) return { ok: false, userErrors: [userError(AccountErrorCode.TAKEN, `There is already a field \`${name}\`.`, ["input", "name"])] };
  await emit(tx, actor, { type: "field_definition", action: "created", target: null, summary: `Added the field "${row.label}" to ${targetWords(row.target)}.` });
  return { ok: true, definition: extraFieldView(row) };
}

export async function updateFieldDefinition(
  tx: Executor,
  actor: Actor,
  target: FieldTarget,
  name: string,
  input: FieldSettings,
): Promise<Outcome<{ definition: FieldDefinitionView }>> {
  await lockFields(tx, actor);
  const before = (await fieldDefinitionsOf(tx, actor, target)).find((d) => d.name === name);
  if (!before) return { ok: false, userErrors: [userError(AccountErrorCode.NOT_FOUND, `There is no field \`${name.slice(0, 60)}\`.`, ["input", "name"])] };
  const errors: AccountError[] = [];
  const values = checkSettings(input, errors);
  if (before.fixed && (values.required === false || values.hidden === true)) {
    errors.push(userError(AccountErrorCode.BUILTIN, `"${before.label}" is always required and shown.`, ["input", values.required === false ? "required" : "hidden"]));
  }
  if (before.builtin && values.choices !== undefined) errors.push(userError(AccountErrorCode.BUILTIN, "Built-in fields take free values.", ["input", "choices"]));
  const after = { ...before, ...values };
  if (after.required && after.hidden) errors.push(userError(AccountErrorCode.INVALID, "A hidden field cannot be required: developers would not see it.", ["input", "hidden"]));
  if (errors.length) return { ok: false, userErrors: errors };
  const row = { label: after.label, required: after.required, hidden: after.hidden, choices: [...after.choices], position: after.position };
  await tx
    .insert(fieldDefinitions)
    .values({ ...row, tenantId: actor.tenantId, target, name, builtin: before.builtin })
    .onConflictDoUpdate({ target: [fieldDefinitions.tenantId, fieldDefinitions.target, fieldDefinitions.name], set: row });
  const changes = changesOf(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>, ["label", "required", "hidden", "choices", "position"]);
  if (changes.length) {
    await emit(tx, actor, { type: "field_definition", action: "updated", target: null, summary: `Changed the field "${after.label}" of ${targetWords(target)}.`, changes });
  }
  return { ok: true, definition: after };
}

/** Deletes an extra field and its values from every account (or user) of the tenant. */
export async function deleteFieldDefinition(tx: Executor, actor: Actor, target: FieldTarget, name: string): Promise<Outcome<{ definition: FieldDefinitionView }>> {
  await lockFields(tx, actor);
  const definition = (await fieldDefinitionsOf(tx, actor, target)).find((d) => d.name === name);
  if (!definition) return { ok: false, userErrors: [userError(AccountErrorCode.NOT_FOUND, `There is no field \`${name.slice(0, 60)}\`.`, ["input", "name"])] };
  if (definition.builtin) return { ok: false, userErrors: [userError(AccountErrorCode.BUILTIN, `"${definition.label}" is a built-in field; hide it instead.`, ["input", "name"])] };
  await tx.delete(fieldDefinitions).where(and(eq(fieldDefinitions.tenantId, actor.tenantId), eq(fieldDefinitions.target, target), eq(fieldDefinitions.name, name)));
  const table = target === "ACCOUNT" ? accounts : accountUsers;
  await tx
    .update(table)
    .set({ fields: sql`${table.fields} - ${name}::text` })
    .where(and(eq(table.tenantId, actor.tenantId), sql`${table.fields} ? ${name}::text`));
  await emit(tx, actor, { type: "field_definition", action: "deleted", target: null, summary: `Deleted the field "${definition.label}" of ${targetWords(target)} with its values.` });
  return { ok: true, definition };
}
