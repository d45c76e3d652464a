// @vitest-environment node
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  TypeInfo,
  buildSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
  parse,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { generate } from '@graphql-codegen/cli';
import { codegenConfig } from '../../codegen.config';
import { typePolicies } from './apollo-cache';

const srcDir = fileURLToPath(new URL('..', import.meta.url));
const schema = buildSchema(readFileSync(fileURLToPath(new URL('../../../schema/schema.graphql', import.meta.url)), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every graphql(`...`) document in the app, with where it lives. */
function appDocuments(): { where: string; document: DocumentNode }[] {
  return sourceFiles(srcDir).flatMap((path) =>
    [...readFileSync(path, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((match) => ({
      where: relative(srcDir, path),
      document: parse(match[1] ?? ''),
    })),
  );
}

/** Selection sets on a type that has an `id` field but do not select it (Lago's rule: always select id). */
function selectionsMissingId(document: DocumentNode, against: GraphQLSchema): string[] {
  const typeInfo = new TypeInfo(against);
  const missing: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      SelectionSet(node) {
        const type = typeInfo.getParentType();
        const named = type && getNamedType(type);
        if (!named || !(isObjectType(named) || isInterfaceType(named)) || !named.getFields()['id']) return;
        const selectsId = node.selections.some((s) => s.kind === 'Field' && s.name.value === 'id' && !s.alias);
        if (!selectsId) missing.push(`${named.name} at line ${node.loc?.startToken.line ?? '?'}`);
      },
    }),
  );
  return missing;
}

describe('GraphQL documents', () => {
  it('are found', () => {
    expect(appDocuments().length).toBeGreaterThan(5);
  });

  it('select id on every object that has one', () => {
    const offenders = appDocuments().flatMap(({ where, document }) =>
      selectionsMissingId(document, schema).map((m) => `${where}: ${m}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the id check catches a missing id', () => {
    expect(selectionsMissingId(parse('query { viewer { email tenant { id } } }'), schema)).toEqual([
      'User at line 1',
    ]);
  });

  it('src/gql is up to date with the schema and documents (run `pnpm codegen`)', async () => {
    const outputs = await generate({ ...codegenConfig, silent: true, verbose: false }, false);
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const committed = readFileSync(output.filename, 'utf8');
      expect(committed, `${relative(srcDir, output.filename)} is stale: run pnpm codegen`).toBe(output.content);
    }
  }, 60_000);
});

describe('Apollo cache', () => {
  /** `Type.field` of every field of the schema that returns a page of a list (a `*Connection`). */
  function connectionFields() {
    return Object.values(schema.getTypeMap()).flatMap((type) =>
      isObjectType(type) && !type.name.startsWith('__')
        ? Object.values(type.getFields())
            .filter((field) => getNamedType(field.type).name.endsWith('Connection'))
            .map((field) => ({ type: type.name, field }))
        : [],
    );
  }

  it('has a type policy for every paginated (Connection) field of the schema', () => {
    expect(connectionFields().length).toBeGreaterThan(0);
    const missing = connectionFields()
      .filter(({ type, field }) => {
        const policy = typePolicies[type]?.fields?.[field.name];
        return !policy || typeof policy === 'function' || policy.keyArgs === undefined;
      })
      .map(({ type, field }) => `${type}.${field.name}`);
    expect(missing).toEqual([]);
  });

  it("keys each connection field's pages by exactly its arguments", () => {
    // A filter or order left out of keyArgs would serve one filter's page for another; a name the
    // field does not have is a typo or a renamed argument.
    const mismatches = connectionFields().flatMap(({ type, field }) => {
      const policy = typePolicies[type]?.fields?.[field.name];
      const keyArgs = policy && typeof policy !== 'function' ? policy.keyArgs : undefined;
      if (!Array.isArray(keyArgs) || !keyArgs.every((arg) => typeof arg === 'string')) {
        return [`${type}.${field.name}: keyArgs is not a list of argument names`];
      }
      const args = field.args.map((arg) => arg.name);
      return [
        ...args.filter((arg) => !keyArgs.includes(arg)).map((arg) => `${type}.${field.name}: ${arg} is not a key argument`),
        ...keyArgs.filter((arg) => !args.includes(arg)).map((arg) => `${type}.${field.name}: no argument ${arg}`),
      ];
    });
    expect(mismatches).toEqual([]);
  });
});
