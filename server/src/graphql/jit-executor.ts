import type { GatewayInterface } from "@apollo/server-gateway-interface";
import { type DocumentNode, execute, type GraphQLSchema, Kind, type OperationDefinitionNode } from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";

/**
 * Executes operations with graphql-jit: each operation of a parsed document is compiled once into a
 * JavaScript function (arguments, field plans and result completion worked out at compile time), then
 * run for every request with that document. graphql-js interprets the document field by field on every
 * request. Apollo Server's one extension point for execution is its gateway interface: this "gateway"
 * serves the local schema and only swaps the executor; parsing, validation, plugins and error
 * formatting stay Apollo's.
 */
interface Compiled {
  query: CompiledQuery;
  /** Variables of a non-null type with a default value. */
  requiredWithDefaults: string[];
}

function requiredWithDefaults(operation: OperationDefinitionNode): string[] {
  return (operation.variableDefinitions ?? []).filter((v) => v.type.kind === Kind.NON_NULL_TYPE && v.defaultValue).map((v) => v.variable.name.value);
}

export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  // Parsed documents are cached by Apollo (its document store), so a document's compiled operations live as long as it does.
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    async load() {
      return {
        schema,
        executor: async (request) => {
          const document = request.document;
          // An operation Apollo could not pick (an unknown operationName…): graphql-js answers the error as Apollo expects.
          if (!request.operation) {
            return execute({ schema, document, contextValue: request.context, variableValues: request.request.variables, operationName: request.request.operationName });
          }
          const name = request.operationName ?? "";
          let operations = compiled.get(document);
          let entry = operations?.get(name);
          if (!entry) {
            const result = compileQuery(schema, document, request.operationName ?? undefined, { disablingCapturingStackErrors: true });
            if (!isCompiledQuery(result)) return result;
            if (!operations) compiled.set(document, (operations = new Map()));
            operations.set(name, (entry = { query: result, requiredWithDefaults: requiredWithDefaults(request.operation) }));
          }
          const variables = request.request.variables ?? {};
          // graphql-jit refuses a non-null variable left out even when it has a default, which GraphQL allows
          // (the default is used): graphql-js runs those requests.
          if (entry.requiredWithDefaults.some((v) => variables[v] === undefined)) {
            return execute({ schema, document, contextValue: request.context, variableValues: variables, operationName: request.request.operationName });
          }
          return entry.query.query(undefined, request.context, variables);
        },
      };
    },
    async stop() {},
  };
}
