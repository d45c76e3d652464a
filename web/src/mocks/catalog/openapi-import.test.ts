// @vitest-environment node
import { MAX_MAPPING_RULES_PER_SERVICE, MAX_METRICS_PER_SERVICE } from '@gatehouse/schema/catalog';
import { MAX_LONG_TEXT_LENGTH, MAX_STRING_INPUT_LENGTH } from '@gatehouse/schema/lengths';
import { MAX_OPENAPI_OPERATIONS } from '@gatehouse/schema/openapi';
import { describe, expect, it } from 'vitest';
import { createMappingRule, createMetric } from '../../testing/factories';
import { executeOperation } from '../execute-operation';
import { demo, state } from '../store';

/**
 * `importOpenApi` in the mock, as server/src/modules/catalog/openapi-import.test.ts checks the
 * server: the same documents give the same plans, rows, messages and positions.
 */
const signIn = (email: string) => (state.sessionUserId = state.users.find((u) => u.email === email)!.id);
const tenantIdOf = (subdomain: string) => state.tenants.find((t) => t.subdomain === subdomain)!.id;
const serviceNamed = (name: string, subdomain = 'acme') => state.services.find((s) => s.tenantId === tenantIdOf(subdomain) && s.name === name)!;

const PETSTORE = `openapi: 3.0.3
info:
  title: Petstore
  version: 1.0.0
servers:
  - url: https://petstore.example.com/v1/
paths:
  /pets:
    get:
      operationId: listPets
      summary: List all pets
      responses:
        "200":
          description: A page of pets
    post:
      operationId: createPet
      summary: Create a pet
      description: Adds a pet to the store.
      responses:
        "201":
          description: Created
  /pets/{petId}:
    parameters:
      - name: petId
        in: path
        required: true
        schema:
          type: string
    get:
      summary: Info for a pet
      responses:
        "200":
          description: The pet
    delete:
      operationId: deletePet
      responses:
        "204":
          description: Deleted
    trace:
      operationId: tracePet
      responses:
        "200":
          description: Echo
`;
const SWAGGER = JSON.stringify({
  swagger: '2.0',
  info: { title: 'Petstore (Swagger)', version: '1.0.0' },
  basePath: '/api',
  paths: {
    '/pets': { get: { operationId: 'listPets', summary: 'List all pets', responses: { '200': { description: 'ok' } } } },
    '/pets/{petId}/photos': {
      put: { operationId: 'uploadPhoto', parameters: [{ name: 'petId', in: 'path', required: true, type: 'string' }], responses: { '200': { description: 'ok' } } },
    },
  },
});

const IMPORT = `mutation($input: ImportOpenApiInput!) {
  importOpenApi(input: $input) {
    dryRun specification title methodsCreated mappingRulesCreated
    operations { httpMethod path operationId pattern methodSystemName methodFriendlyName action note metric { systemName kind } mappingRule { pattern position } }
    service { id methodCount }
    userErrors { field code message }
  }
}`;
const CATALOG = `query($id: ID!) { service(id: $id) { metrics { systemName friendlyName kind unit description parent { systemName } } mappingRules { httpMethod pattern position delta last metric { systemName } } } }`;

async function post(query: string, variables: Record<string, unknown> = {}) {
  return executeOperation({ query, variables });
}
async function data(query: string, variables: Record<string, unknown> = {}) {
  const { body } = await post(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data as Record<string, any>;
}
const importInto = async (serviceId: string, document: string, dryRun?: boolean) => (await data(IMPORT, { input: { serviceId, document, dryRun } }))['importOpenApi'];
const catalogOf = async (serviceId: string) => (await data(CATALOG, { id: serviceId }))['service'];
const errorsOf = async (serviceId: string, document: string) => (await importInto(serviceId, document)).userErrors;

function op(httpMethod: string, path: string, operationId: string | null, pattern: string, methodSystemName: string, methodFriendlyName: string, action: string) {
  return { httpMethod, path, operationId, pattern, methodSystemName, methodFriendlyName, action, note: null, metric: null, mappingRule: null };
}

/** A new service of Acme's with `hits` and no rules. */
async function newService(name: string): Promise<string> {
  const created = await data(`mutation($input: CreateServiceInput!) { createService(input: $input) { service { id } userErrors { code } } }`, { input: { name } });
  return created['createService'].service.id as string;
}

describe('importOpenApi in the mock', () => {
  it('shows the plan in a dry run without writing, then creates a method and a rule per operation; the same document again changes nothing', async () => {
    signIn(demo.acmeEmail);
    const serviceId = await newService('Pets');
    const hits = state.metrics.find((m) => m.serviceId === serviceNamed('Pets').id)!;
    await data(`mutation($input: CreateMappingRuleInput!) { createMappingRule(input: $input) { userErrors { code } } }`, {
      input: { serviceId, httpMethod: 'GET', pattern: '/', metricId: hits.id },
    });

    const dry = await importInto(serviceId, PETSTORE, true);
    expect(dry).toMatchObject({ dryRun: true, specification: 'OpenAPI 3.0.3', title: 'Petstore', methodsCreated: 4, mappingRulesCreated: 4, service: { id: serviceId, methodCount: 0 }, userErrors: [] });
    expect(dry.operations).toEqual([
      op('GET', '/pets', 'listPets', '/v1/pets$', 'listPets', 'List all pets', 'CREATE_METHOD_AND_RULE'),
      op('POST', '/pets', 'createPet', '/v1/pets$', 'createPet', 'Create a pet', 'CREATE_METHOD_AND_RULE'),
      op('GET', '/pets/{petId}', null, '/v1/pets/{petId}$', 'get_pets_petId', 'Info for a pet', 'CREATE_METHOD_AND_RULE'),
      op('DELETE', '/pets/{petId}', 'deletePet', '/v1/pets/{petId}$', 'deletePet', 'deletePet', 'CREATE_METHOD_AND_RULE'),
      { ...op('TRACE', '/pets/{petId}', 'tracePet', '/v1/pets/{petId}$', 'tracePet', 'tracePet', 'SKIPPED'), note: expect.stringMatching(/not TRACE/) },
    ]);
    expect(await catalogOf(serviceId)).toMatchObject({ metrics: [{ systemName: 'hits' }], mappingRules: [{ pattern: '/' }] });

    const applied = await importInto(serviceId, PETSTORE);
    expect(applied).toMatchObject({ dryRun: false, methodsCreated: 4, mappingRulesCreated: 4, service: { methodCount: 4 }, userErrors: [] });
    expect(applied.operations[0]).toMatchObject({ metric: { systemName: 'listPets', kind: 'METHOD' }, mappingRule: { pattern: '/v1/pets$', position: 2 } });
    expect(applied.operations[4]).toMatchObject({ action: 'SKIPPED', metric: null, mappingRule: null });
    const catalog = await catalogOf(serviceId);
    expect(catalog.metrics).toContainEqual({
      systemName: 'createPet',
      friendlyName: 'Create a pet',
      kind: 'METHOD',
      unit: 'hit',
      description: 'Adds a pet to the store.',
      parent: { systemName: 'hits' },
    });
    expect(catalog.mappingRules.map((r: any) => `${r.position} ${r.httpMethod} ${r.pattern} ${r.metric.systemName} ${r.delta} ${r.last}`)).toEqual([
      '1 GET / hits 1 false',
      '2 GET /v1/pets$ listPets 1 false',
      '3 POST /v1/pets$ createPet 1 false',
      '4 GET /v1/pets/{petId}$ get_pets_petId 1 false',
      '5 DELETE /v1/pets/{petId}$ deletePet 1 false',
    ]);
    const matched = await data(`query($id: ID!) { service(id: $id) { matchPath(httpMethod: DELETE, path: "/v1/pets/7") { increments { metric { systemName } value } } } }`, { id: serviceId });
    expect(matched['service'].matchPath.increments).toEqual(
      expect.arrayContaining([
        { metric: { systemName: 'deletePet' }, value: 1 },
        { metric: { systemName: 'hits' }, value: 1 },
      ]),
    );

    const again = await importInto(serviceId, PETSTORE);
    expect(again).toMatchObject({ methodsCreated: 0, mappingRulesCreated: 0, userErrors: [] });
    expect(again.operations.map((o: { action: string }) => o.action)).toEqual(['UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'UNCHANGED', 'SKIPPED']);
    expect(again.operations[1]).toMatchObject({ metric: { systemName: 'createPet' }, mappingRule: { position: 3 } });
    expect(await catalogOf(serviceId)).toEqual(catalog);
  });

  it('reads Swagger 2.0 as JSON with its basePath; reuses a method of the same system name and keeps friendly names unique', async () => {
    signIn(demo.acmeEmail);
    const serviceId = await newService('Pets');
    const method = `mutation($input: CreateMethodInput!) { createMethod(input: $input) { userErrors { code } } }`;
    await data(method, { input: { serviceId, friendlyName: 'Listing', systemName: 'listPets' } });
    await data(method, { input: { serviceId, friendlyName: 'UPLOADPHOTO', systemName: 'upload' } });
    const dry = await importInto(serviceId, SWAGGER, true);
    expect(dry).toMatchObject({ methodsCreated: 1, mappingRulesCreated: 2 });
    expect(dry.operations.map((o: any) => [o.action, o.metric?.systemName ?? null, o.mappingRule])).toEqual([
      ['CREATE_RULE', 'listPets', null],
      ['CREATE_METHOD_AND_RULE', null, null],
    ]);
    const result = await importInto(serviceId, SWAGGER);
    expect(result).toMatchObject({ specification: 'Swagger 2.0', title: 'Petstore (Swagger)', methodsCreated: 1, mappingRulesCreated: 2, userErrors: [] });
    expect(result.operations).toEqual([
      { ...op('GET', '/pets', 'listPets', '/api/pets$', 'listPets', 'Listing', 'CREATE_RULE'), metric: { systemName: 'listPets', kind: 'METHOD' }, mappingRule: { pattern: '/api/pets$', position: 1 } },
      {
        ...op('PUT', '/pets/{petId}/photos', 'uploadPhoto', '/api/pets/{petId}/photos$', 'uploadPhoto', 'uploadPhoto (2)', 'CREATE_METHOD_AND_RULE'),
        note: 'Named "uploadPhoto (2)": another metric or method is already named "uploadPhoto".',
        metric: { systemName: 'uploadPhoto', kind: 'METHOD' },
        mappingRule: { pattern: '/api/pets/{petId}/photos$', position: 2 },
      },
    ]);
  });

  it("refuses what it cannot read with the server's messages, lines and columns, and writes nothing", async () => {
    signIn(demo.acmeEmail);
    const serviceId = await newService('Pets');
    const documentError = (message: string) => ({ field: ['input', 'document'], code: 'INVALID_DOCUMENT', message });

    expect(await errorsOf(serviceId, 'openapi: 3.0.3\ninfo:\n  title: [unclosed\n')).toEqual([
      documentError('Flow sequence in block collection must be sufficiently indented and end with a ] (line 4, column 1)'),
    ]);
    expect(await errorsOf(serviceId, '{"openapi": "3.0.3",\n  "info": {"title": "x" "version": "1"}}')).toEqual([
      documentError('Unexpected double-quoted-scalar token (line 2, column 25)'),
      documentError('Block collections are not allowed within flow collections (line 2, column 21)'),
    ]);
    expect(await errorsOf(serviceId, '{"openapi": "3.0.3", "openapi": "3.0.3"}')).toEqual([documentError('Map keys must be unique (line 1, column 22)')]);
    expect(await errorsOf(serviceId, 'just text')).toEqual([
      documentError('The document is not an OpenAPI object (a map with `openapi` or `swagger` at its top). (line 1, column 1)'),
    ]);
    expect((await errorsOf(serviceId, "swagger: '1.2'\npaths: {}\n"))[0].message).toMatch(/openapi: 3.x/);
    expect(await errorsOf(serviceId, "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths: {}\n")).toEqual([
      documentError('The document has no operations under `paths`.'),
    ]);
    expect(await errorsOf(serviceId, '  \n')).toEqual([{ field: ['input', 'document'], code: 'BLANK', message: "Give the document's text (JSON or YAML)." }]);
    // A billion laughs: aliases are not expanded without bound (no position: toJS throws).
    const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n');
    expect(await errorsOf(serviceId, laughs)).toEqual([documentError(expect.stringMatching(/^Excessive alias count/) as unknown as string)]);
    const many = JSON.stringify({
      openapi: '3.0.3',
      info: { title: 'Many', version: '1' },
      paths: Object.fromEntries(Array.from({ length: MAX_OPENAPI_OPERATIONS + 1 }, (_, i) => [`/p${i}`, { get: { responses: {} } }])),
    });
    expect(await errorsOf(serviceId, many)).toEqual([
      documentError(`The document has ${MAX_OPENAPI_OPERATIONS + 1} operations; an import takes at most ${MAX_OPENAPI_OPERATIONS}.`),
    ]);
    expect(await catalogOf(serviceId)).toMatchObject({ metrics: [{ systemName: 'hits' }], mappingRules: [] });

    // The document is read before the service is looked for.
    expect(await errorsOf('nope', 'just text')).toMatchObject([{ code: 'INVALID_DOCUMENT' }]);
    expect(await errorsOf('U2VydmljZTpub3BlCg==', PETSTORE)).toEqual([{ code: 'NOT_FOUND', field: ['input', 'serviceId'], message: 'No such service.' }]);
    expect(await errorsOf(serviceNamed('API', 'globex').id, PETSTORE)).toMatchObject([{ code: 'NOT_FOUND' }]);
    const refused = await importInto('nope', 'just text', true);
    expect(refused).toEqual({ dryRun: true, specification: null, title: null, methodsCreated: 0, mappingRulesCreated: 0, operations: [], service: null, userErrors: [expect.anything()] });
  });

  it('accepts what only the server\'s schema validation refuses (the mock has no @readme/openapi-parser)', async () => {
    signIn(demo.acmeEmail);
    const serviceId = await newService('Pets');
    // `servers[0]` without `url`, an operation without `responses`: INVALID_DOCUMENT on the server.
    const invalid = "openapi: 3.0.3\ninfo: { title: t, version: '1' }\nservers:\n  - urll: https://x.test/v1\npaths:\n  /a:\n    get: {}\n";
    expect(await importInto(serviceId, invalid, true)).toMatchObject({ userErrors: [], methodsCreated: 1, operations: [{ pattern: '/a$' }] });
  });

  it(`refuses an import past ${MAX_METRICS_PER_SERVICE} metrics or ${MAX_MAPPING_RULES_PER_SERVICE} rules: LIMIT_REACHED on the document`, async () => {
    signIn(demo.acmeEmail);
    const serviceId = await newService('Pets');
    const service = serviceNamed('Pets');
    const hits = state.metrics.find((m) => m.serviceId === service.id)!;
    for (let i = 1; i < MAX_METRICS_PER_SERVICE - 2; i++) state.metrics.push(createMetric({ serviceId: service.id, friendlyName: `M ${i}` }));
    expect(await errorsOf(serviceId, PETSTORE)).toEqual([
      {
        code: 'LIMIT_REACHED',
        field: ['input', 'document'],
        message: `The import adds 4 methods to ${MAX_METRICS_PER_SERVICE - 2} metrics and methods; a service has at most ${MAX_METRICS_PER_SERVICE}.`,
      },
    ]);
    state.metrics = state.metrics.filter((m) => m.serviceId !== service.id || m === hits);
    for (let i = 1; i <= MAX_MAPPING_RULES_PER_SERVICE - 3; i++) state.mappingRules.push(createMappingRule({ serviceId: service.id, metricId: hits.id, position: i }));
    expect(await errorsOf(serviceId, PETSTORE)).toEqual([
      {
        code: 'LIMIT_REACHED',
        field: ['input', 'document'],
        message: `The import adds 4 mapping rules to ${MAX_MAPPING_RULES_PER_SERVICE - 3}; a service has at most ${MAX_MAPPING_RULES_PER_SERVICE}.`,
      },
    ]);
    // A dry run is held to the same bounds.
    expect((await importInto(serviceId, PETSTORE, true)).userErrors).toMatchObject([{ code: 'LIMIT_REACHED' }]);
  });

  it(`lets the document (LongText) be up to ${MAX_LONG_TEXT_LENGTH} characters, every other string ${MAX_STRING_INPUT_LENGTH}`, async () => {
    signIn(demo.acmeEmail);
    const serviceId = await newService('Pets');
    const long = PETSTORE.replace('Adds a pet to the store.', 'x'.repeat(MAX_STRING_INPUT_LENGTH));
    const dry = await importInto(serviceId, long, true);
    expect(dry).toMatchObject({ userErrors: [], methodsCreated: 4 });
    // As a literal too: the check follows the type of the place the literal is in.
    const literal = await post(`mutation { importOpenApi(input: { serviceId: ${JSON.stringify(serviceId)}, document: ${JSON.stringify(long)}, dryRun: true }) { methodsCreated } }`);
    expect(literal.body).toMatchObject({ data: { importOpenApi: { methodsCreated: 4 } } });

    const tooLong = await post(IMPORT, { input: { serviceId, document: 'x'.repeat(MAX_LONG_TEXT_LENGTH + 1) } });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors?.[0]).toMatchObject({
      message: `The variable \`$input.document\` is longer than ${MAX_LONG_TEXT_LENGTH} characters.`,
      extensions: { code: 'BAD_USER_INPUT', field: '$input.document' },
    });
    const longId = await post(IMPORT, { input: { serviceId: 'x'.repeat(MAX_STRING_INPUT_LENGTH + 1), document: PETSTORE } });
    expect(longId.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: '$input.serviceId' } });
    const nul = await post(IMPORT, { input: { serviceId, document: `${PETSTORE}\u0000` } });
    expect(nul.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: '$input.document' } });
  });

  it('is for admins: members are refused before it runs, anonymous callers too', async () => {
    signIn(demo.memberEmail);
    const serviceId = serviceNamed('API').id;
    const member = await post(IMPORT, { input: { serviceId, document: PETSTORE, dryRun: true } });
    expect(member).toMatchObject({ status: 403, body: { errors: [{ extensions: { code: 'FORBIDDEN' } }] } });
    state.sessionUserId = null;
    const anonymous = await post(IMPORT, { input: { serviceId, document: PETSTORE, dryRun: true } });
    expect(anonymous).toMatchObject({ status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
    expect(state.mappingRules.filter((r) => r.serviceId === serviceId)).toEqual([]);
  });
});
