import { Button, Checkbox, Group, Modal, NumberInput, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { fieldNameProblem, MAX_FIELD_CHOICES, MAX_FIELD_LABEL_LENGTH } from '@gatehouse/schema/accounts';
import { graphql } from '../../gql';
import type { FieldDefinitionForFormFragment, FieldTarget, UpdateFieldDefinitionInput } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';

const CreateFieldDefinition = graphql(`
  mutation CreateFieldDefinition($input: CreateFieldDefinitionInput!) {
    createFieldDefinition(input: $input) {
      fieldDefinition {
        ...FieldDefinitionForForm
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const UpdateFieldDefinition = graphql(`
  mutation UpdateFieldDefinition($input: UpdateFieldDefinitionInput!) {
    updateFieldDefinition(input: $input) {
      fieldDefinition {
        ...FieldDefinitionForForm
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const FIELDS = ['name', 'label', 'required', 'hidden', 'choices', 'position'];
const targetWords: Record<FieldTarget, string> = { ACCOUNT: 'accounts', USER: 'users' };

interface FormValues {
  name: string;
  label: string;
  required: boolean;
  hidden: boolean;
  choices: string[];
  position: number | '';
}

/** What differs from the field as saved: the input of `updateFieldDefinition`, whose left-out settings stay. */
function changedSettings(values: FormValues, field: FieldDefinitionForFormFragment): Omit<UpdateFieldDefinitionInput, 'target' | 'name'> {
  const changes: Omit<UpdateFieldDefinitionInput, 'target' | 'name'> = {};
  if (values.label.trim() !== field.label) changes.label = values.label.trim();
  if (values.required !== field.required) changes.required = values.required;
  if (values.hidden !== field.hidden) changes.hidden = values.hidden;
  if (!field.builtin && JSON.stringify(values.choices) !== JSON.stringify(field.choices)) changes.choices = values.choices;
  if (values.position !== '' && values.position !== field.position) changes.position = values.position;
  return changes;
}

interface FieldDefinitionModalProps {
  target: FieldTarget;
  /** The field to edit; null to add an extra field. */
  field: FieldDefinitionForFormFragment | null;
  opened: boolean;
  onClose: () => void;
}

/** Adds an extra field, or changes a field's label, whether it is required or hidden, its choices (extra fields) and position. */
export function FieldDefinitionModal({ target, field, opened, onClose }: FieldDefinitionModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={field ? `Edit field “${field.label}”` : `Add a field to ${targetWords[target]}`}>
      {opened && <FieldDefinitionForm target={target} field={field} onClose={onClose} />}
    </Modal>
  );
}

function FieldDefinitionForm({ target, field, onClose }: { target: FieldTarget; field: FieldDefinitionForFormFragment | null; onClose: () => void }) {
  const options = { refetchQueries: ['FieldDefinitions'], awaitRefetchQueries: true };
  const [create, { loading: creating }] = useMutation(CreateFieldDefinition, options);
  const [update, { loading: updating }] = useMutation(UpdateFieldDefinition, options);
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: field
      ? { name: field.name, label: field.label, required: field.required, hidden: field.hidden, choices: [...field.choices], position: field.position }
      : { name: '', label: '', required: false, hidden: false, choices: [], position: '' },
    validate: {
      name: (name) => (field ? null : fieldNameProblem(name.trim(), target)),
      label: (label) => (label.trim() ? null : 'Give the field a label'),
      choices: (choices) => (choices.length > MAX_FIELD_CHOICES ? `Offer at most ${MAX_FIELD_CHOICES} choices` : null),
    },
  });
  const fixed = field?.fixed === true;
  const extra = !field?.builtin;

  const submit = form.onSubmit(async (values) => {
    try {
      const payload = field
        ? await (async () => {
            const changes = changedSettings(values, field);
            if (Object.keys(changes).length === 0) return null;
            return (await update({ variables: { input: { target, name: field.name, ...changes } } })).data?.updateFieldDefinition;
          })()
        : (
            await create({
              variables: {
                input: {
                  target,
                  name: values.name.trim(),
                  label: values.label.trim(),
                  required: values.required,
                  hidden: values.hidden,
                  choices: values.choices,
                  position: values.position === '' ? null : values.position,
                },
              },
            })
          ).data?.createFieldDefinition;
      if (payload === null) {
        onClose();
        return;
      }
      if (!payload || applyUserErrors(payload.userErrors, form.setFieldError, FIELDS)) return;
      notifications.show({
        color: 'green',
        title: field ? 'Field saved' : 'Field added',
        message: payload.fieldDefinition ? `${payload.fieldDefinition.label} (${payload.fieldDefinition.name})` : null,
      });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: field ? 'Could not save the field' : 'Could not add the field', message: errorMessage(error) });
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {field ? (
          <TextInput label="Name" value={field.name} readOnly description="Fixed: exports and the API name the field by it." />
        ) : (
          <TextInput
            label="Name"
            aria-label="Name"
            required
            description="Lowercase letters, digits and _, starting with a letter; exports and the API name the field by it."
            maxLength={40}
            data-autofocus
            {...form.getInputProps('name')}
          />
        )}
        <TextInput label="Label" aria-label="Label" required maxLength={MAX_FIELD_LABEL_LENGTH} {...form.getInputProps('label')} />
        <Checkbox
          label="Required"
          description={fixed ? 'Always required.' : 'Developers must fill it in when they sign up (admins may leave it empty).'}
          disabled={fixed || form.values.hidden}
          {...form.getInputProps('required', { type: 'checkbox' })}
        />
        <Checkbox
          label="Hidden from developers"
          description={fixed ? 'Always shown.' : 'Only admins see it; a hidden field cannot be required.'}
          disabled={fixed}
          {...form.getInputProps('hidden', { type: 'checkbox' })}
          onChange={(event) => {
            const hidden = event.currentTarget.checked;
            form.setFieldValue('hidden', hidden);
            // Developers would not see a hidden field: it cannot be required of them.
            if (hidden) form.setFieldValue('required', false);
          }}
        />
        {extra ? (
          <TagsInput
            label="Choices"
            description="The values developers pick from; leave empty for free text. Press Enter after each."
            maxTags={MAX_FIELD_CHOICES}
            clearable
            {...form.getInputProps('choices')}
          />
        ) : (
          <Text size="xs" c="dimmed">
            Built-in fields take free values.
          </Text>
        )}
        <NumberInput
          label="Position"
          description={field ? 'Order on forms, ascending.' : 'Order on forms; after the other fields when empty.'}
          min={0}
          max={10000}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('position')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={creating || updating}>
            {field ? 'Save field' : 'Add field'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
