import { Badge, Group, Select, TextInput } from '@mantine/core';
import { COLUMN_FIELDS, fieldValueProblem, MAX_FIELD_VALUE_LENGTH } from '@gatehouse/schema/accounts';
import type { FieldDefinitionForFormFragment } from '../../gql/graphql';
import type { UserErrorLike } from '../../lib/user-errors';

type Definition = FieldDefinitionForFormFragment;

/** The fields that are values (the column fields — org name, username, email — have inputs of their own). */
export function valueFields(definitions: readonly Definition[]): Definition[] {
  return definitions.filter((definition) => !COLUMN_FIELDS[definition.target].includes(definition.name));
}

/** The form key of a field's value: the values live under `fields`, by the field's name. */
export const fieldKey = (name: string) => `fields.${name}`;

/** The shared rule's objection to each value, under its form key (`fields.vat_rate`); none for an empty one. */
export function fieldValueProblems(definitions: readonly Definition[], values: Readonly<Record<string, string | null>>): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const definition of definitions) {
    const problem = fieldValueProblem(definition, (values[definition.name] ?? '').trim());
    if (problem) problems[fieldKey(definition.name)] = problem;
  }
  return problems;
}

/**
 * A user error on a value names its place in the list sent (`["input", "fields", "2"]`): put it on the
 * field's own input instead (`fields.vat_rate`), which `applyUserErrors` then finds.
 */
export function onFieldInputs<T extends UserErrorLike>(errors: readonly T[], sent: readonly { name: string }[]): T[] {
  return errors.map((error) => {
    const [, list, index] = error.field ?? [];
    const name = list === 'fields' && index !== undefined ? sent[Number(index)]?.name : undefined;
    return name ? { ...error, field: ['input', fieldKey(name)] } : error;
  });
}

/** The values to send: each field whose value differs from `before`, an emptied one as "" (which removes it). */
export function changedValues(
  definitions: readonly Definition[],
  before: Readonly<Record<string, string | null>>,
  after: Readonly<Record<string, string | null>>,
): { name: string; value: string }[] {
  return definitions
    .map((definition) => ({ name: definition.name, value: (after[definition.name] ?? '').trim() }))
    .filter(({ name, value }) => value !== (before[name] ?? ''));
}

interface FieldValueInputsProps {
  definitions: readonly Definition[];
  /** The form's props for a field's input, by its form key. */
  inputProps: (key: string) => object;
}

/**
 * An input per field: a select for a field with choices, a percentage for `vat_rate`, text otherwise.
 * Required fields carry the asterisk (developers must fill them in) but an admin may leave them empty;
 * hidden fields say that developers do not see them.
 */
export function FieldValueInputs({ definitions, inputProps }: FieldValueInputsProps) {
  return definitions.map((definition) => {
    const props = inputProps(fieldKey(definition.name)) as { value?: string | null };
    const common = {
      label: (
        <Group component="span" gap={6} display="inline-flex" wrap="nowrap">
          <span>{definition.label}</span>
          {definition.hidden && (
            <Badge component="span" size="xs" variant="light" color="gray">
              hidden from developers
            </Badge>
          )}
        </Group>
      ),
      // Named by the label's text alone, not the badge.
      'aria-label': definition.label,
      withAsterisk: definition.required,
      ...props,
    };
    if (definition.choices.length > 0) {
      // A value given before the choices changed stays selectable until it is changed.
      const data = props.value && !definition.choices.includes(props.value) ? [props.value, ...definition.choices] : [...definition.choices];
      return <Select key={definition.name} {...common} value={props.value || null} data={data} clearable placeholder="No value" />;
    }
    if (definition.kind === 'DECIMAL_PERCENT') {
      return <TextInput key={definition.name} {...common} value={props.value ?? ''} inputMode="decimal" rightSection="%" placeholder="e.g. 21 or 7.5" maxLength={6} />;
    }
    return <TextInput key={definition.name} {...common} value={props.value ?? ''} maxLength={MAX_FIELD_VALUE_LENGTH} />;
  });
}
