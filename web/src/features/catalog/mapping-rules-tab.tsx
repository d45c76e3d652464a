import { useState } from 'react';
import { ActionIcon, Badge, Button, Checkbox, Code, Group, Modal, NumberInput, Paper, Select, Stack, Table, Text, TextInput, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useLazyQuery, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconGripVertical, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { closestCenter, DndContext, type DragEndEvent, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { MAX_MAPPING_RULE_DELTA } from '@gatehouse/schema/catalog';
import { mappingRulePatternProblem, MAX_MAPPING_RULE_PATTERN_LENGTH } from '@gatehouse/schema/mapping-rules';
import { graphql } from '../../gql';
import type { HttpMethod, ProductQuery } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';
import { httpMethods } from './catalog-labels';

type Product = NonNullable<ProductQuery['service']>;
type RuleRow = Product['mappingRules'][number];

const CreateMappingRuleMutation = graphql(`
  mutation CreateMappingRule($input: CreateMappingRuleInput!) {
    createMappingRule(input: $input) {
      mappingRule {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const UpdateMappingRuleMutation = graphql(`
  mutation UpdateMappingRule($input: UpdateMappingRuleInput!) {
    updateMappingRule(input: $input) {
      mappingRule {
        id
        position
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const DeleteMappingRuleMutation = graphql(`
  mutation DeleteMappingRule($input: DeleteMappingRuleInput!) {
    deleteMappingRule(input: $input) {
      deletedMappingRuleId
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const MatchPathQuery = graphql(`
  query MatchPath($id: ID!, $httpMethod: HttpMethod!, $path: String!) {
    service(id: $id) {
      id
      matchPath(httpMethod: $httpMethod, path: $path) {
        matchedRules {
          id
        }
        increments {
          metric {
            id
            friendlyName
            systemName
          }
          value
        }
      }
    }
  }
`);

/** The product's mapping rules in evaluation order: drag to reorder, add, edit, delete, and test a path against them. */
export function MappingRulesTab({ product }: { product: Product }) {
  // A move shows at once and holds until the refetched product (the server's order) has arrived.
  const [moved, setMoved] = useState<RuleRow[] | null>(null);
  const rules = moved ?? product.mappingRules;
  const setRules = (order: RuleRow[]) => setMoved(order);
  // The path tester's answer is for the rules it ran against: it goes once they change.
  const [matched, setMatched] = useState<{ rules: readonly RuleRow[]; ids: Set<string> } | null>(null);
  const matchedIds = matched && matched.rules === product.mappingRules ? matched.ids : null;
  const [editing, setEditing] = useState<RuleRow | 'new' | null>(null);
  const [updateRule] = useMutation(UpdateMappingRuleMutation, { refetchQueries: ['Product'], awaitRefetchQueries: true });
  const [deleteRule] = useMutation(DeleteMappingRuleMutation, { refetchQueries: ['Product'], awaitRefetchQueries: true });
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  const move = async (rule: RuleRow, position: number) => {
    try {
      const { data } = await updateRule({ variables: { input: { id: rule.id, position } } });
      const errors = data?.updateMappingRule.userErrors ?? [];
      if (errors.length) notifications.show({ color: 'red', title: 'Could not move the rule', message: errors.map((e) => e.message).join(' ') });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not move the rule', message: errorMessage(error) });
    } finally {
      setMoved(null);
    }
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = rules.findIndex((r) => r.id === active.id);
    const to = rules.findIndex((r) => r.id === over.id);
    setRules(arrayMove(rules, from, to));
    void move(rules[from]!, to + 1);
  };

  const remove = async (rule: RuleRow) => {
    try {
      const { data } = await deleteRule({ variables: { input: { id: rule.id } } });
      const errors = data?.deleteMappingRule.userErrors ?? [];
      if (errors.length) notifications.show({ color: 'red', title: 'Could not delete the rule', message: errors.map((e) => e.message).join(' ') });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not delete the rule', message: errorMessage(error) });
    }
  };

  return (
    <Stack>
      <Group>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
          Add mapping rule
        </Button>
        <Text size="sm" c="dimmed">
          Rules are evaluated top to bottom; every matching rule counts, until one marked last matches.
        </Text>
      </Group>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
        <Table aria-label="Mapping rules">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>
                <VisuallyHidden>Drag</VisuallyHidden>
              </Table.Th>
              <Table.Th w={40}>#</Table.Th>
              <Table.Th>Verb</Table.Th>
              <Table.Th>Pattern</Table.Th>
              <Table.Th>Metric or method</Table.Th>
              <Table.Th>Increment</Table.Th>
              <Table.Th>Last</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <SortableContext items={rules.map((r) => r.id)} strategy={verticalListSortingStrategy}>
              {rules.map((rule, index) => (
                <RuleTableRow key={rule.id} rule={rule} index={index} count={rules.length} matched={matchedIds?.has(rule.id) ?? false} onEdit={() => setEditing(rule)} onDelete={() => void remove(rule)} onMove={(p) => {
                  setRules(arrayMove(rules, index, p - 1));
                  void move(rule, p);
                }} />
              ))}
            </SortableContext>
            {rules.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={8}>
                  <Text size="sm" c="dimmed" ta="center">
                    No mapping rules yet: gateways count only what they report by metric name.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </DndContext>
      <PathTester product={product} current={matchedIds !== null} onMatched={(ids) => setMatched({ rules: product.mappingRules, ids })} />
      {editing && <RuleModal product={product} rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

interface RuleTableRowProps {
  rule: RuleRow;
  index: number;
  count: number;
  matched: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onMove: (position: number) => void;
}

function RuleTableRow({ rule, index, count, matched, onEdit, onDelete, onMove }: RuleTableRowProps) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: rule.id });
  return (
    <Table.Tr
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.6 : 1 }}
      bg={matched ? 'var(--mantine-color-green-light)' : undefined}
      data-matched={matched || undefined}
    >
      <Table.Td>
        <ActionIcon variant="subtle" color="gray" aria-label={`Drag ${rule.httpMethod} ${rule.pattern}`} {...attributes} {...listeners}>
          <IconGripVertical size={16} />
        </ActionIcon>
      </Table.Td>
      <Table.Td>{rule.position}</Table.Td>
      <Table.Td>
        <Badge variant="light">{rule.httpMethod}</Badge>
      </Table.Td>
      <Table.Td>
        <Code>{rule.pattern}</Code>
      </Table.Td>
      <Table.Td>{rule.metric.friendlyName}</Table.Td>
      <Table.Td>{rule.delta}</Table.Td>
      <Table.Td>{rule.last ? 'yes' : ''}</Table.Td>
      <Table.Td>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Tooltip label="Move up">
            <ActionIcon variant="subtle" aria-label={`Move ${rule.httpMethod} ${rule.pattern} up`} disabled={index === 0} onClick={() => onMove(index)}>
              ↑
            </ActionIcon>
          </Tooltip>
          <Tooltip label="Move down">
            <ActionIcon variant="subtle" aria-label={`Move ${rule.httpMethod} ${rule.pattern} down`} disabled={index === count - 1} onClick={() => onMove(index + 2)}>
              ↓
            </ActionIcon>
          </Tooltip>
          <ActionIcon variant="subtle" aria-label={`Edit ${rule.httpMethod} ${rule.pattern}`} onClick={onEdit}>
            <IconPencil size={16} />
          </ActionIcon>
          <ActionIcon variant="subtle" color="red" aria-label={`Delete ${rule.httpMethod} ${rule.pattern}`} onClick={onDelete}>
            <IconTrash size={16} />
          </ActionIcon>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

function RuleModal({ product, rule, onClose }: { product: Product; rule: RuleRow | null; onClose: () => void }) {
  const [createRule, created] = useMutation(CreateMappingRuleMutation, { refetchQueries: ['Product'], awaitRefetchQueries: true });
  const [updateRule, updated] = useMutation(UpdateMappingRuleMutation, { refetchQueries: ['Product'], awaitRefetchQueries: true });
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      httpMethod: (rule?.httpMethod ?? 'GET') as HttpMethod,
      pattern: rule?.pattern ?? '/',
      metricId: rule?.metric.id ?? product.metrics.find((m) => m.builtin)?.id ?? '',
      delta: rule?.delta ?? 1,
      last: rule?.last ?? false,
    },
    validate: {
      pattern: (v) => mappingRulePatternProblem(v.trim()),
      metricId: (v) => (v ? null : 'Choose what it counts'),
      delta: (v) => (Number.isInteger(v) && v >= 1 && v <= MAX_MAPPING_RULE_DELTA ? null : `Between 1 and ${MAX_MAPPING_RULE_DELTA}`),
    },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      const input = { httpMethod: values.httpMethod, pattern: values.pattern.trim(), metricId: values.metricId, delta: values.delta, last: values.last };
      const payload = rule
        ? (await updateRule({ variables: { input: { id: rule.id, ...input } } })).data?.updateMappingRule
        : (await createRule({ variables: { input: { serviceId: product.id, ...input } } })).data?.createMappingRule;
      if (!payload || applyUserErrors(payload.userErrors, form.setFieldError, ['httpMethod', 'pattern', 'metricId', 'delta', 'last'])) return;
      notifications.show({ color: 'green', title: rule ? 'Rule saved' : 'Rule added', message: `${values.httpMethod} ${values.pattern.trim()}` });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not save the rule', message: errorMessage(error) });
    }
  });
  const options = product.metrics.map((m) => ({ value: m.id, label: m.kind === 'METHOD' ? `${m.friendlyName} (method)` : m.friendlyName }));
  return (
    <Modal opened onClose={onClose} title={rule ? 'Edit mapping rule' : 'Add mapping rule'}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Select label="Verb" data={httpMethods.map((m) => ({ value: m, label: m }))} allowDeselect={false} {...form.getInputProps('httpMethod')} />
          <TextInput
            label="Pattern"
            aria-label="Pattern"
            description="Starts with /; {name} matches one path segment; a trailing $ requires an exact end; ?a=1&b={x} requires those parameters"
            required
            maxLength={MAX_MAPPING_RULE_PATTERN_LENGTH}
            data-autofocus
            {...form.getInputProps('pattern')}
          />
          <Select label="Metric or method to increment" data={options} allowDeselect={false} searchable {...form.getInputProps('metricId')} />
          <NumberInput label="Increment by" min={1} max={MAX_MAPPING_RULE_DELTA} allowDecimal={false} {...form.getInputProps('delta')} />
          <Checkbox label="Last: stop evaluating other rules when this one matches" {...form.getInputProps('last', { type: 'checkbox' })} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={created.loading || updated.loading}>
              {rule ? 'Save' : 'Add rule'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Runs a request line through the product's rules on the server (`matchPath`): which rules match, and what each metric gets. */
function PathTester({ product, current, onMatched }: { product: Product; current: boolean; onMatched: (ids: Set<string>) => void }) {
  const [httpMethod, setHttpMethod] = useState<HttpMethod>('GET' as HttpMethod);
  const [path, setPath] = useState('/');
  const [match, { data, loading, error }] = useLazyQuery(MatchPathQuery, { fetchPolicy: 'network-only' });
  // An answer for rules that have changed since is not shown: test again.
  const result = current ? data?.service?.matchPath : undefined;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={4}>Test a path</Title>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void match({ variables: { id: product.id, httpMethod, path } }).then(({ data: answer }) =>
              onMatched(new Set(answer?.service?.matchPath.matchedRules.map((r) => r.id) ?? [])),
            );
          }}
          aria-label="Test a path"
        >
          <Group align="flex-end">
            <Select label="Verb" w={120} data={httpMethods.map((m) => ({ value: m, label: m }))} value={httpMethod} onChange={(v) => v && setHttpMethod(v as HttpMethod)} allowDeselect={false} />
            <TextInput label="Path with query" placeholder="/v1/items/42?expand=true" value={path} onChange={(e) => setPath(e.currentTarget.value)} style={{ flex: 1 }} />
            <Button type="submit" variant="light" loading={loading}>
              Test
            </Button>
          </Group>
        </form>
        {error && (
          <Text size="sm" c="red">
            {errorMessage(error)}
          </Text>
        )}
        {result && (
          <Stack gap={4} data-testid="match-result">
            <Text size="sm">
              {result.matchedRules.length === 0
                ? 'No rule matches: the request would count nothing.'
                : `${result.matchedRules.length} rule${result.matchedRules.length === 1 ? '' : 's'} match (highlighted above).`}
            </Text>
            {result.increments.map((i) => (
              <Text size="sm" key={i.metric.id}>
                <Code>{i.metric.systemName}</Code> +{i.value}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
