import { graphql } from '../../gql';

export const FieldDefinitionForForm = graphql(`
  fragment FieldDefinitionForForm on FieldDefinition {
    target
    name
    label
    kind
    builtin
    fixed
    required
    hidden
    choices
    position
  }
`);

/** The fields of accounts or of their users, built-in and extra, in form order. */
export const FieldDefinitionsQuery = graphql(`
  query FieldDefinitions($target: FieldTarget!) {
    fieldDefinitions(target: $target) {
      ...FieldDefinitionForForm
    }
  }
`);
