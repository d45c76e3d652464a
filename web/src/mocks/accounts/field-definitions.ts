import {
  BUILTIN_FIELDS,
  COLUMN_FIELDS,
  extraFieldView,
  fieldDefinitionViews,
  fieldNameProblem,
  MAX_EXTRA_FIELDS,
  MAX_FIELD_CHOICES,
  MAX_FIELD_LABEL_LENGTH,
  mergeFieldValueInputs,
  missingRequiredFields,
  newFieldPosition,
  type FieldDefinitionView,
  type FieldTarget,
  type FieldValueInput,
} from '@gatehouse/schema/accounts';
import type { AccountErrorCode, FieldDefinition } from '../../gql/schema-types';
import { changesOf, emit, type AuditState, type MockActor } from '../events/events';
import { userError } from '../mock-errors';
import { nextTime, type AccountsState, type FieldDefinitionFixture } from './account-store';

/**
 * Fields of developer accounts and of their users (server/src/modules/accounts/field-definition.service.ts):
 * the built-in ones (`BUILTIN_FIELDS`) with the tenant's settings, and the extra ones it adds; how
 * values are checked against them and merged; and the admins' changes to them, with the server's
 * codes, messages, fields and audit entries. Which fields a tenant has, in which order, where a new
 * one goes, and how values merge are the shared rules (@gatehouse/schema/accounts); this module keeps
 * the tenant's rows and words the refusals as user errors.
 */
type State = AccountsState & AuditState;

export const accountError = (code: AccountErrorCode, message: string, field: string[] | null) => userError('AccountUserError', code, message, field);
export type AccountError = ReturnType<typeof accountError>;

/** Outcome of a write: what the payload shows, or why nothing changed. */
export type Outcome<T> = ({ ok: true } & T) | { ok: false; userErrors: AccountError[] };

/** A field as the API shows it. */
export const fieldDefinitionNode = (view: FieldDefinitionView): FieldDefinition => ({
  __typename: 'FieldDefinition',
  target: view.target,
  name: view.name,
  label: view.label,
  required: view.required,
  hidden: view.hidden,
  builtin: view.builtin,
  fixed: view.fixed,
  kind: view.kind,
  choices: [...view.choices],
  position: view.position,
});

/** The tenant's fields of `target`: the built-in ones with its settings, then its extra ones, in form order. */
export function fieldDefinitionsOf(state: AccountsState, tenantId: string, target: FieldTarget): FieldDefinitionView[] {
  const rows = state.fieldDefinitions
    .filter((d) => d.tenantId === tenantId && d.target === target)
    .sort((a, b) => a.position - b.position || Date.parse(a.createdAt) - Date.parse(b.createdAt));
  return fieldDefinitionViews(target, rows);
}

/**
 * Checks values against the tenant's fields and merges them into `current` (the shared rule): each
 * refusal is a user error at `<path>.<i>`. Required fields are not enforced: admins may leave them
 * empty (003 §7.1); a signup adds `requireFields`.
 */
export function mergeFieldValues(
  definitions: readonly FieldDefinitionView[],
  current: Record<string, string>,
  values: readonly FieldValueInput[] | null | undefined,
  errors: AccountError[],
  path: string[] = ['input', 'fields'],
): Record<string, string> {
  const merged = mergeFieldValueInputs(definitions, current, values);
  for (const refusal of merged.refusals) errors.push(accountError(refusal.code, refusal.message, [...path, String(refusal.index)]));
  return merged.values;
}

/** A BLANK error at `path` for each required field left empty (on signup: admins may leave them empty, 003 §7.1). */
export function requireFields(definitions: readonly FieldDefinitionView[], values: Record<string, string>, target: FieldTarget, errors: AccountError[], path: string[]): void {
  for (const field of missingRequiredFields(definitions, values, target)) errors.push(accountError('BLANK', `${field.label} is required.`, [...path, field.name]));
}

/** The fields as a list in form order, with each value (null when empty): `Account.fields`, `AccountUser.fields`. */
export function fieldValuesOf(definitions: readonly FieldDefinitionView[], values: Record<string, string>) {
  return definitions
    .filter((d) => !COLUMN_FIELDS[d.target].includes(d.name))
    .map((d) => ({ __typename: 'FieldValue' as const, name: d.name, label: d.label, value: valueOf(values, d.name) }));
}

/** A field's value, or null: own keys only (`constructor` is a fine field name, not the object's). */
export function valueOf(values: Record<string, string>, name: string): string | null {
  return Object.hasOwn(values, name) ? values[name]! : null;
}

// ── changes ────────────────────────────────────────────────────────────────────────────────────

export interface FieldSettings {
  label?: string | null;
  required?: boolean | null;
  hidden?: boolean | null;
  choices?: readonly string[] | null;
  position?: number | null;
}

type SettingValues = Partial<Pick<FieldDefinitionFixture, 'label' | 'required' | 'hidden' | 'choices' | 'position'>>;

/** The settings given, trimmed, with their problems in the server's order. */
function checkSettings(input: FieldSettings, errors: AccountError[]): SettingValues {
  const values: SettingValues = {};
  if (input.label != null) {
    const label = input.label.trim();
    if (!label) errors.push(accountError('BLANK', 'Give the field a label.', ['input', 'label']));
    else if (label.length > MAX_FIELD_LABEL_LENGTH) errors.push(accountError('TOO_LONG', `Use at most ${MAX_FIELD_LABEL_LENGTH} characters.`, ['input', 'label']));
    values.label = label;
  }
  if (input.required != null) values.required = input.required;
  if (input.hidden != null) values.hidden = input.hidden;
  if (input.choices != null) {
    const choices = [...new Set(input.choices.map((c) => c.trim()).filter(Boolean))];
    if (choices.length > MAX_FIELD_CHOICES) errors.push(accountError('TOO_LONG', `Offer at most ${MAX_FIELD_CHOICES} choices.`, ['input', 'choices']));
    else if (choices.some((c) => c.length > MAX_FIELD_LABEL_LENGTH)) {
      errors.push(accountError('TOO_LONG', `Keep each choice to ${MAX_FIELD_LABEL_LENGTH} characters.`, ['input', 'choices']));
    }
    values.choices = choices;
  }
  if (input.position != null) {
    if (input.position < 0 || input.position > 10_000) errors.push(accountError('INVALID', 'Use a position from 0 to 10000.', ['input', 'position']));
    values.position = input.position;
  }
  return values;
}

const targetWords = (target: FieldTarget) => (target === 'ACCOUNT' ? 'accounts' : 'developer users');
const hiddenRequired = () => accountError('INVALID', 'A hidden field cannot be required: developers would not see it.', ['input', 'hidden']);
const noSuchField = (name: string) => accountError('NOT_FOUND', `There is no field \`${name.slice(0, 60)}\`.`, ['input', 'name']);

/** `createFieldDefinition`: an extra field, after the others unless a position is given; at most MAX_EXTRA_FIELDS per target. */
export function createFieldDefinition(
  state: State,
  actor: MockActor,
  input: FieldSettings & { target: FieldTarget; name: string; label: string },
  now: Date,
): Outcome<{ definition: FieldDefinitionView }> {
  const errors: AccountError[] = [];
  const name = input.name.trim();
  const problem = fieldNameProblem(name, input.target);
  if (problem) errors.push(accountError(name ? (Object.hasOwn(BUILTIN_FIELDS[input.target], name) ? 'TAKEN' : 'INVALID') : 'BLANK', problem, ['input', 'name']));
  const values = checkSettings({ ...input, label: input.label }, errors);
  if (values.required && values.hidden) errors.push(hiddenRequired());
  if (errors.length) return { ok: false, userErrors: errors };
  const extras = state.fieldDefinitions.filter((d) => d.tenantId === actor.tenantId && d.target === input.target && !d.builtin);
  if (extras.length >= MAX_EXTRA_FIELDS) {
    return { ok: false, userErrors: [accountError('LIMIT_REACHED', `There are already ${MAX_EXTRA_FIELDS} extra fields of ${targetWords(input.target)}.`, ['input', 'name'])] };
  }
  const position = values.position ?? newFieldPosition(fieldDefinitionsOf(state, actor.tenantId, input.target));
  if (state.fieldDefinitions.some((d) => d.tenantId === actor.tenantId && d.target === input.target && d.name === name)) {
    return { ok: false, userErrors: [accountError('TAKEN', `There is already a field \`${name}\`.`, ['input', 'name'])] };
  }
  const row: FieldDefinitionFixture = {
    tenantId: actor.tenantId,
    target: input.target,
    name,
    label: values.label!,
    required: values.required ?? false,
    hidden: values.hidden ?? false,
    builtin: false,
    choices: values.choices ?? [],
    position,
    createdAt: nextTime(state.fieldDefinitions, now).toISOString(),
  };
  state.fieldDefinitions.push(row);
  emit(state, actor, { type: 'field_definition', action: 'created', target: null, summary: `Added the field "${row.label}" to ${targetWords(row.target)}.` }, now);
  return { ok: true, definition: extraFieldView(row) };
}

/**
 * `updateFieldDefinition`: a field's label, whether it is required or hidden, its choices (extra
 * fields only) and position. The fixed fields stay required and shown; a hidden field cannot be
 * required. Recorded with what changed, and not at all when nothing did.
 */
export function updateFieldDefinition(
  state: State,
  actor: MockActor,
  target: FieldTarget,
  name: string,
  input: FieldSettings,
  now: Date,
): Outcome<{ definition: FieldDefinitionView }> {
  const before = fieldDefinitionsOf(state, actor.tenantId, target).find((d) => d.name === name);
  if (!before) return { ok: false, userErrors: [noSuchField(name)] };
  const errors: AccountError[] = [];
  const values = checkSettings(input, errors);
  if (before.fixed && (values.required === false || values.hidden === true)) {
    errors.push(accountError('BUILTIN', `"${before.label}" is always required and shown.`, ['input', values.required === false ? 'required' : 'hidden']));
  }
  if (before.builtin && values.choices !== undefined) errors.push(accountError('BUILTIN', 'Built-in fields take free values.', ['input', 'choices']));
  const after: FieldDefinitionView = { ...before, ...values };
  if (after.required && after.hidden) errors.push(hiddenRequired());
  if (errors.length) return { ok: false, userErrors: errors };
  const settings = { label: after.label, required: after.required, hidden: after.hidden, choices: [...after.choices], position: after.position };
  const row = state.fieldDefinitions.find((d) => d.tenantId === actor.tenantId && d.target === target && d.name === name);
  if (row) Object.assign(row, settings);
  else state.fieldDefinitions.push({ ...settings, tenantId: actor.tenantId, target, name, builtin: before.builtin, createdAt: nextTime(state.fieldDefinitions, now).toISOString() });
  const changes = changesOf(before, after, ['label', 'required', 'hidden', 'choices', 'position']);
  if (changes.length) {
    emit(state, actor, { type: 'field_definition', action: 'updated', target: null, summary: `Changed the field "${after.label}" of ${targetWords(target)}.`, changes }, now);
  }
  return { ok: true, definition: after };
}

/** `deleteFieldDefinition`: an extra field, with its values on every account (or user) of the tenant; built-in fields can only be hidden. */
export function deleteFieldDefinition(state: State, actor: MockActor, target: FieldTarget, name: string, now: Date): Outcome<{ definition: FieldDefinitionView }> {
  const definition = fieldDefinitionsOf(state, actor.tenantId, target).find((d) => d.name === name);
  if (!definition) return { ok: false, userErrors: [noSuchField(name)] };
  if (definition.builtin) {
    return { ok: false, userErrors: [accountError('BUILTIN', `"${definition.label}" is a built-in field; hide it instead.`, ['input', 'name'])] };
  }
  state.fieldDefinitions = state.fieldDefinitions.filter((d) => !(d.tenantId === actor.tenantId && d.target === target && d.name === name));
  const rows = target === 'ACCOUNT' ? state.accounts : state.accountUsers;
  for (const row of rows) if (row.tenantId === actor.tenantId && Object.hasOwn(row.values, name)) delete row.values[name];
  const summary = `Deleted the field "${definition.label}" of ${targetWords(target)} with its values.`;
  emit(state, actor, { type: 'field_definition', action: 'deleted', target: null, summary }, now);
  return { ok: true, definition };
}
