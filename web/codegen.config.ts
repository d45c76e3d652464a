import type { CodegenConfig } from '@graphql-codegen/cli';
import { fileURLToPath } from 'node:url';

const webDir = fileURLToPath(new URL('.', import.meta.url));

/** Shared by the codegen CLI (codegen.ts) and the staleness test in src/lib/graphql-documents.test.ts. */
const scalars = {
  DateTime: 'string',
  Decimal: 'string',
  LongText: 'string',
  EmailAddress: 'string',
  URL: 'string',
  JSON: 'unknown',
};

export const codegenConfig: CodegenConfig = {
  schema: `${webDir}../schema/schema.graphql`,
  documents: [`${webDir}src/**/*.{ts,tsx}`, `!${webDir}src/gql/**/*`],
  ignoreNoDocuments: true,
  generates: {
    [`${webDir}src/gql/`]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars,
      },
    },
    // Whole-schema object types for the fixture factories and the mock store (operations use src/gql/).
    [`${webDir}src/gql/schema-types.ts`]: {
      plugins: ['typescript'],
      config: { useTypeImports: true, enumsAsTypes: true, nonOptionalTypename: true, scalars },
    },
    // Resolver signatures for the MSW mock (src/mocks): a renamed type, field or argument, or a changed
    // result type, breaks the mock's typecheck. Objects resolve from fixtures (relations held by id).
    [`${webDir}src/gql/resolver-types.ts`]: {
      plugins: [{ add: { content: "import type * as Types from './schema-types';" } }, 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars,
        namespacedImportName: 'Types',
        contextType: '../mocks/mock-context#MockContext',
        mappers: {
          Tenant: '../testing/factories#TenantFixture',
          User: '../testing/factories#UserFixture',
          AccessToken: '../testing/factories#AccessTokenFixture',
          Job: '../testing/factories#JobFixture',
          JobFailure: '../testing/factories#JobFailureFixture',
          Service: '../testing/factories#ServiceFixture',
          Metric: '../testing/factories#MetricFixture',
          MappingRule: '../testing/factories#MappingRuleFixture',
          ServiceToken: '../testing/factories#ServiceTokenFixture',
          UsageAlert: '../testing/factories#UsageAlertFixture',
          Plan: '../testing/factories#PlanFixture',
          UsageLimit: '../testing/factories#UsageLimitFixture',
          PricingRule: '../testing/factories#PricingRuleFixture',
          Feature: '../testing/factories#FeatureFixture',
        },
      },
    },
    // The schema's interfaces and unions with their members, for the Apollo cache's `possibleTypes`.
    [`${webDir}src/gql/possible-types.ts`]: {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
  },
};
