import type { Resolvers } from '../gql/resolver-types';
import type { MockContext } from './mock-context';
import type { MockJobKind } from './jobs/jobs';
import type { MockState } from './store';

/** The server's `@Access` rules (server/src/graphql/access.ts) that apply to a session. */
export interface AccessRule {
  /** Anonymous callers may use it. */
  public?: boolean;
  /** Only users of the master tenant. */
  master?: boolean;
  /** Only admins: not members, who otherwise read everything. */
  admin?: boolean;
  /** A mutation a MEMBER may run (their own password and tokens). */
  personal?: boolean;
  /** Must be the only root field of its operation. */
  alone?: boolean;
}

type ObjectTypeName =
  | 'Query'
  | 'Mutation'
  | 'Subscription'
  | 'Tenant'
  | 'User'
  | 'AccessToken'
  | 'Job'
  | 'Service'
  | 'Metric'
  | 'MappingRule'
  | 'Plan'
  | 'UsageLimit'
  | 'PricingRule'
  | 'Feature'
  | 'AuditEntry'
  | 'Notification'
  | 'NotificationPreference'
  | 'OutboxMessage'
  | 'WebhookSettings'
  | 'WebhookDelivery'
  | 'Account'
  | 'AccountUser'
  | 'FieldDefinition'
  | 'AccountMessage'
  | 'AccountInvitation'
  | 'SignupSettings'
  | 'Application'
  | 'ApplicationKey'
  | 'ServiceSubscription'
  | 'PlanChangeRequest'
  | 'Export'
  | 'ServiceToken'
  | 'UsageAlert';
export type AccessRules = { [T in ObjectTypeName]?: { [F in keyof NonNullable<Resolvers[T]>]?: AccessRule } };

export type NodeTypeName =
  | 'Tenant'
  | 'User'
  | 'AccessToken'
  | 'Job'
  | 'Service'
  | 'Metric'
  | 'MappingRule'
  | 'Plan'
  | 'UsageLimit'
  | 'PricingRule'
  | 'Feature'
  | 'AuditEntry'
  | 'Notification'
  | 'OutboxMessage'
  | 'WebhookDelivery'
  | 'Account'
  | 'AccountUser'
  | 'AccountMessage'
  | 'AccountInvitation'
  | 'Application'
  | 'ApplicationKey'
  | 'ServiceSubscription'
  | 'PlanChangeRequest'
  | 'Export'
  | 'ServiceToken'
  | 'UsageAlert';

/** Rules of whole object types (the server's `typeAccess`): wherever the type is selected, and for `node(id:)`. */
export type TypeAccessRules = { [T in ObjectTypeName]?: AccessRule };

/**
 * What a domain contributes to the mock, as a server module does: its resolvers (typed from the
 * schema by codegen), how `node(id:)` loads its types, and the access rules of its fields. Its
 * state and rules live beside it; `store.ts` seeds the state and `mock-schema.ts` lists the modules.
 */
export interface MockModule {
  name: string;
  resolvers: Resolvers;
  /** Loads a Node of this module by row key for `node(id:)`; null when missing or not the caller's to see. */
  nodes?: { [T in NodeTypeName]?: (ctx: MockContext, rowId: string) => object | null };
  access?: AccessRules;
  typeAccess?: TypeAccessRules;
  /** Its job kinds (server/src/kit/module.ts `jobs`): tests that hold jobs run them by name. */
  jobs?: MockJobKind<MockState>[];
}
