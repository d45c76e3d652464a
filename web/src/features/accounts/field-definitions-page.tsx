import { useState } from 'react';
import { ActionIcon, Alert, Badge, Button, Code, Group, Loader, Stack, Table, Tabs, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconCheck, IconInfoCircle, IconLock, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { FieldDefinitionForFormFragment, FieldTarget } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { fieldTargetLabels } from './account-labels';
import { DeleteFieldDefinitionModal } from './delete-field-definition-modal';
import { FieldDefinitionModal } from './field-definition-modal';
import { FieldDefinitionsQuery } from './field-definitions-query';

export type FieldsTab = 'accounts' | 'users';
const targets: Record<FieldsTab, FieldTarget> = { accounts: 'ACCOUNT', users: 'USER' };

interface FieldDefinitionsPageProps {
  tab: FieldsTab;
  onTabChange: (tab: FieldsTab) => void;
  /** Members see the fields but cannot change them. */
  readOnly: boolean;
}

/** Settings → Fields: the fields of developer accounts and of their users, built-in and extra. */
export function FieldDefinitionsPage({ tab, onTabChange, readOnly }: FieldDefinitionsPageProps) {
  return (
    <Stack>
      <Title order={2}>Fields</Title>
      <Text c="dimmed" size="sm" maw={820}>
        What developers fill in when they sign up, and what admins see on an account: the built-in fields with your labels and settings, and extra
        fields of your own. Hidden fields are for admins only.
      </Text>
      {readOnly && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle />} p="xs">
          Only admins can change the fields.
        </Alert>
      )}
      <Tabs value={tab} onChange={(value) => value && onTabChange(value as FieldsTab)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="accounts">{fieldTargetLabels.ACCOUNT}</Tabs.Tab>
          <Tabs.Tab value="users">{fieldTargetLabels.USER}</Tabs.Tab>
        </Tabs.List>
        {(Object.keys(targets) as FieldsTab[]).map((value) => (
          <Tabs.Panel key={value} value={value} pt="md">
            <FieldDefinitionsTable target={targets[value]} readOnly={readOnly} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </Stack>
  );
}

const tableLabels: Record<FieldTarget, string> = { ACCOUNT: 'Account fields', USER: 'User fields' };

function Yes({ value, label }: { value: boolean; label: string }) {
  return value ? <IconCheck size={16} aria-label={label} /> : <VisuallyHidden>No</VisuallyHidden>;
}

function FieldDefinitionsTable({ target, readOnly }: { target: FieldTarget; readOnly: boolean }) {
  const { data, loading, error } = useQuery(FieldDefinitionsQuery, { variables: { target } });
  const [editing, setEditing] = useState<FieldDefinitionForFormFragment | 'new' | null>(null);
  const [deleting, setDeleting] = useState<FieldDefinitionForFormFragment | null>(null);
  if (error) {
    return (
      <Alert color="red" title="Could not load the fields" role="alert">
        {errorMessage(error)}
      </Alert>
    );
  }
  if (loading && !data) return <Loader aria-label="Loading the fields" />;
  const fields = data?.fieldDefinitions ?? [];
  return (
    <Stack>
      {!readOnly && (
        <Group>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
            Add field
          </Button>
        </Group>
      )}
      <Table.ScrollContainer minWidth={720}>
        <Table aria-label={tableLabels[target]} striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Label</Table.Th>
              <Table.Th>Name</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th>Required</Table.Th>
              <Table.Th>Hidden</Table.Th>
              <Table.Th>Choices</Table.Th>
              <Table.Th>Position</Table.Th>
              {!readOnly && (
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((field) => (
              <Table.Tr key={field.name} data-field={field.name}>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Text size="sm" fw={500}>
                      {field.label}
                    </Text>
                    {field.fixed && (
                      <Tooltip label="Always required and shown">
                        <IconLock size={14} aria-label="locked" />
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Code>{field.name}</Code>
                </Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={field.builtin ? 'gray' : 'blue'}>
                    {field.builtin ? 'built-in' : 'extra'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Yes value={field.required} label="required" />
                </Table.Td>
                <Table.Td>
                  <Yes value={field.hidden} label="hidden" />
                </Table.Td>
                <Table.Td>
                  {field.choices.length > 0 ? (
                    <Group gap={4}>
                      {field.choices.map((choice) => (
                        <Badge key={choice} size="xs" variant="outline" tt="none">
                          {choice}
                        </Badge>
                      ))}
                    </Group>
                  ) : (
                    <Text size="xs" c="dimmed">
                      {field.kind === 'DECIMAL_PERCENT' ? 'percentage' : 'free text'}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{field.position}</Text>
                </Table.Td>
                {!readOnly && (
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Tooltip label="Edit">
                        <ActionIcon variant="subtle" aria-label={`Edit ${field.label}`} onClick={() => setEditing(field)}>
                          <IconPencil size={16} />
                        </ActionIcon>
                      </Tooltip>
                      {!field.builtin && (
                        <Tooltip label="Delete with its values">
                          <ActionIcon variant="subtle" color="red" aria-label={`Delete ${field.label}`} onClick={() => setDeleting(field)}>
                            <IconTrash size={16} />
                          </ActionIcon>
                        </Tooltip>
                      )}
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <FieldDefinitionModal target={target} field={editing === 'new' ? null : editing} opened={editing !== null} onClose={() => setEditing(null)} />
      <DeleteFieldDefinitionModal field={deleting} onClose={() => setDeleting(null)} />
    </Stack>
  );
}
