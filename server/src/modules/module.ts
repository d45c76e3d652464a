import type { ClassType } from "type-graphql";
import type { Executor } from "../db/client.js";
import type { TenantScope } from "../db/tenancy.js";
import type { NodeFetcher } from "../graphql/node.resolver.js";

/** A type-graphql resolver class. */
export type ResolverClass = ClassType<object>;

/** What the demo seed steps share: each step reads what earlier ones created. */
export interface DemoSeed {
  tx: Executor;
  scope: TenantScope;
  /** Logins to print at start. */
  logins: { tenant: string | null; email: string; password: string; role: string }[];
  acmeTenantId?: string;
}

/**
 * A domain module as the rest of the server sees it. Every module is listed once, in registry.ts;
 * tenants and team are the worked example.
 */
export interface GatehouseModule {
  name: string;
  resolvers: ResolverClass[];
  /** Node types of this module, for `node(id:)`. */
  nodes: Record<string, NodeFetcher>;
  /** Adds this module's demo data (GATEHOUSE_DEMO). Must be idempotent. */
  seedDemo?: (seed: DemoSeed) => Promise<void>;
}
