import { useRef, useState } from 'react';
import { Alert, Badge, Button, Code, FileInput, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { IconFileUpload } from '@tabler/icons-react';
import { MAX_OPENAPI_DOCUMENT_LENGTH } from '@gatehouse/schema/openapi';
import { graphql } from '../../gql';
import type { ImportOpenApiMutation, OpenApiImportAction } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';

const ImportOpenApiMutationDocument = graphql(`
  mutation ImportOpenApi($input: ImportOpenApiInput!) {
    importOpenApi(input: $input) {
      dryRun
      specification
      title
      methodsCreated
      mappingRulesCreated
      operations {
        httpMethod
        path
        operationId
        pattern
        methodSystemName
        methodFriendlyName
        action
        note
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

type ImportResult = ImportOpenApiMutation['importOpenApi'];

const actionLabels: Record<OpenApiImportAction, { label: string; color: string }> = {
  CREATE_METHOD_AND_RULE: { label: 'new method + rule', color: 'green' },
  CREATE_RULE: { label: 'new rule', color: 'teal' },
  UNCHANGED: { label: 'unchanged', color: 'gray' },
  SKIPPED: { label: 'skipped', color: 'orange' },
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Import an OpenAPI or Swagger document into the product: pick the file, see what the import would do
 * (a dry run on the server), then apply it. Importing the same file again changes nothing.
 */
export function OpenApiImportTab({ product }: { product: { id: string; name: string } }) {
  const [file, setFile] = useState<File | null>(null);
  const [document, setDocument] = useState<string | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [runImport, { loading }] = useMutation(ImportOpenApiMutationDocument);
  // Each file chosen starts a new attempt; answers to an earlier one (a slow dry run) are ignored.
  const attempt = useRef(0);

  async function run(text: string, dryRun: boolean): Promise<ImportResult | null | 'stale'> {
    const mine = attempt.current;
    try {
      const { data } = await runImport({
        variables: { input: { serviceId: product.id, document: text, dryRun } },
        refetchQueries: dryRun ? [] : ['Product'],
        awaitRefetchQueries: !dryRun,
      });
      if (mine !== attempt.current) return 'stale';
      const result = data?.importOpenApi ?? null;
      if (result?.userErrors.length) {
        setProblems(result.userErrors.map((e) => e.message));
        setPreview(null);
        return null;
      }
      setProblems([]);
      return result;
    } catch (error) {
      if (mine !== attempt.current) return 'stale';
      setProblems([errorMessage(error)]);
      setPreview(null);
      return null;
    }
  }

  async function choose(chosen: File | null) {
    const mine = ++attempt.current;
    setFile(chosen);
    setPreview(null);
    setProblems([]);
    setDocument(null);
    if (!chosen) return;
    const text = await chosen.text();
    if (mine !== attempt.current) return;
    if (text.length > MAX_OPENAPI_DOCUMENT_LENGTH) {
      setProblems([`The file has ${text.length.toLocaleString('en')} characters; an import takes at most ${MAX_OPENAPI_DOCUMENT_LENGTH.toLocaleString('en')}.`]);
      return;
    }
    setDocument(text);
    const result = await run(text, true);
    if (result !== 'stale') setPreview(result);
  }

  async function apply() {
    if (!document) return;
    const result = await run(document, false);
    if (!result || result === 'stale') return;
    setPreview(result);
    notifications.show({
      color: 'green',
      message: `Imported ${plural(result.methodsCreated, 'method', 'methods')} and ${plural(result.mappingRulesCreated, 'mapping rule', 'mapping rules')} into ${product.name}.`,
    });
  }

  const changes = preview ? preview.methodsCreated + preview.mappingRulesCreated : 0;
  return (
    <Stack>
      <Text size="sm" c="dimmed" maw={720}>
        Upload an OpenAPI 3.x or Swagger 2.0 document (JSON or YAML). Each operation becomes a method, named after its <Code>operationId</Code> (else its verb and
        path), with a mapping rule that counts it, added after the product&apos;s rules. You see what the import will do before anything changes; importing the same
        document again changes nothing.
      </Text>
      <FileInput
        label="OpenAPI document"
        placeholder="Choose a .json, .yaml or .yml file"
        accept=".json,.yaml,.yml,application/json,application/yaml,text/yaml"
        leftSection={<IconFileUpload size={16} />}
        value={file}
        onChange={(chosen) => void choose(chosen)}
        clearable
        maw={480}
      />
      {problems.length > 0 && (
        <Alert color="red" title="This document cannot be imported">
          <List size="sm">
            {problems.map((problem, i) => (
              <List.Item key={i}>{problem}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {preview && (
        <Paper withBorder p="md">
          <Stack>
            <Group justify="space-between" align="flex-start">
              <div>
                <Title order={4}>{preview.title ?? 'Untitled document'}</Title>
                <Text size="sm" c="dimmed">
                  {preview.specification} · {plural(preview.operations.length, 'operation', 'operations')}
                </Text>
              </div>
              {preview.dryRun ? (
                <Button onClick={() => void apply()} loading={loading} disabled={changes === 0}>
                  {changes === 0 ? 'Nothing to import' : `Import ${plural(preview.methodsCreated, 'method', 'methods')} and ${plural(preview.mappingRulesCreated, 'rule', 'rules')}`}
                </Button>
              ) : (
                <Badge color="green" size="lg" variant="light">
                  Imported
                </Badge>
              )}
            </Group>
            <Text size="sm" aria-live="polite">
              {preview.dryRun
                ? changes === 0
                  ? 'Everything in this document is already in the product.'
                  : `The import will create ${plural(preview.methodsCreated, 'method', 'methods')} and ${plural(preview.mappingRulesCreated, 'mapping rule', 'mapping rules')}.`
                : `Created ${plural(preview.methodsCreated, 'method', 'methods')} and ${plural(preview.mappingRulesCreated, 'mapping rule', 'mapping rules')}.`}
            </Text>
            <Table striped aria-label="Operations in the document">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Operation</Table.Th>
                  <Table.Th>Mapping rule pattern</Table.Th>
                  <Table.Th>Method</Table.Th>
                  <Table.Th>Import</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.operations.map((operation) => (
                  <Table.Tr key={`${operation.httpMethod} ${operation.path}`}>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {operation.httpMethod} {operation.path}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Code>{operation.pattern}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{operation.methodFriendlyName}</Text>
                      <Code>{operation.methodSystemName}</Code>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={actionLabels[operation.action].color} variant="light">
                        {actionLabels[operation.action].label}
                      </Badge>
                      {operation.note && (
                        <Text size="xs" c="dimmed" maw={320}>
                          {operation.note}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
