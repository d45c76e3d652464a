import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const VIRTUAL_PREFIX = 'virtual:gatehouse-document/';
const RESOLVED_PREFIX = `\0${VIRTUAL_PREFIX}`;

/**
 * Replaces every `graphql(`…`)` call of our code with an import of the one document it returns, each
 * document a module of its own, at build time. The client preset's `graphql()` looks the source text
 * up in a map of every document of the app (src/gql/gql.ts), and all documents live in one module
 * (src/gql/graphql.ts); a bundler never splits a module, so the entry chunk carried all ~160 documents
 * whichever page opened (359 KB of it, 100 KB without them: object literals parsed and built before the
 * first paint). Now each document goes to the chunk of the code that uses it. Codegen recommends its
 * Babel plugin for this; @vitejs/plugin-react 6 runs no Babel, and the lookup is a plain text match on
 * the generated files.
 *
 * Build only: dev and Vitest keep the runtime lookup, which returns the same objects. A call whose text
 * is not in the map (stale codegen) is left as it is, so it behaves exactly as at runtime.
 */
export function graphqlDocuments({ gqlDir }: { gqlDir: string }): Plugin {
  const mapFile = path.join(gqlDir, 'gql.ts');
  const documentsFile = path.join(gqlDir, 'graphql.ts');
  let exportBySource = new Map<string, string>();
  let documentByExport = new Map<string, string>();

  return {
    name: 'gatehouse-graphql-documents',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      exportBySource = readDocumentMap(readFileSync(mapFile, 'utf8'));
      documentByExport = readDocuments(readFileSync(documentsFile, 'utf8'));
      this.addWatchFile(mapFile);
      this.addWatchFile(documentsFile);
    },
    resolveId: {
      filter: { id: new RegExp(`^${VIRTUAL_PREFIX}`) },
      handler(id) {
        return `\0${id}`;
      },
    },
    load: {
      filter: { id: new RegExp(`^\0${VIRTUAL_PREFIX}`) },
      handler(id) {
        const name = id.slice(RESOLVED_PREFIX.length);
        const document = documentByExport.get(name);
        if (!document) throw new Error(`graphql-documents: no ${name} in src/gql/graphql.ts`);
        return `export default ${document};\n`;
      },
    },
    transform: {
      filter: { id: /\.tsx?$/ },
      handler(code, id) {
        const [file = id] = id.split('?');
        if (file.startsWith(gqlDir + path.sep) || !code.includes('graphql(`')) return null;
        const imports = new Map<string, string>();
        const transformed = code.replace(GRAPHQL_CALL, (call, raw: string) => {
          // A template with `${…}` or escapes is not a plain text match: leave it to the runtime lookup.
          if (raw.includes('${') || raw.includes('\\')) return call;
          const exportName = exportBySource.get(raw.replace(/\r\n?/g, '\n'));
          if (!exportName || !documentByExport.has(exportName)) {
            this.warn(`graphql() text not found in src/gql (run codegen): ${raw.trim().split('\n')[0]}`);
            return call;
          }
          const local = `__gatehouse_${exportName}`;
          imports.set(exportName, local);
          return local;
        });
        if (imports.size === 0) return null;
        const header = [...imports].map(([exportName, local]) => `import ${local} from '${VIRTUAL_PREFIX}${exportName}';\n`).join('');
        return { code: header + transformed, map: null };
      },
    },
  };
}

const GRAPHQL_CALL = /\bgraphql\(\s*`((?:[^`\\]|\\.)*)`\s*\)/g;

/** Entries of `const documents = { "<source>": types.XDocument, … }` in the generated gql.ts. */
function readDocumentMap(source: string): Map<string, string> {
  const start = source.indexOf('const documents');
  if (start < 0) throw new Error('graphql-documents: no `const documents` in src/gql/gql.ts');
  const entries = new Map<string, string>();
  for (const [, key = '', exportName = ''] of source.slice(start).matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),$/gm)) {
    entries.set(JSON.parse(key) as string, exportName);
  }
  if (entries.size === 0) throw new Error('graphql-documents: the document map of src/gql/gql.ts is empty');
  return entries;
}

/** `export const XDocument = {…} as unknown as DocumentNode<…>;`, one line each in the generated graphql.ts. */
function readDocuments(source: string): Map<string, string> {
  const documents = new Map<string, string>();
  for (const [, exportName = '', document = ''] of source.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)) {
    documents.set(exportName, document);
  }
  return documents;
}
