import type { IncomingMessage, ServerResponse } from "node:http";
import type { ClassType } from "type-graphql";
import type { Executor } from "../db/client.js";
import type { TenantScope } from "../db/tenancy.js";
import type { AccessRule } from "../graphql/access.js";
import type { Loaders } from "../graphql/context.js";
import type { NodeFetcher } from "../graphql/node.resolver.js";
import type { Config } from "../config/config.js";
import type { Logger } from "../config/logger.js";
import type { Database } from "../db/client.js";
import type { DeliveryQueue } from "../jobs/deliveries.js";
import type { JobKind } from "../jobs/job-kind.js";
import type { ScheduledTask } from "../jobs/scheduler.js";

/** What a module's background work is started with, once per server process. */
export interface ModuleRuntime {
  config: Config;
  database: Database;
  logger: Logger;
}

/** A module's background work: queues of things to send after commit, and periodic tasks. */
export interface ModuleBackground {
  queues?: DeliveryQueue[];
  tasks?: ScheduledTask[];
  /** Releases what it holds (a mail transport), once the queues and tasks have stopped. */
  close?: () => void | Promise<void>;
}

/**
 * HTTP routes of a module that are not GraphQL (the usage endpoint for gateways): every request whose
 * path starts with `prefix` goes to `handle`. Set up once per server process.
 */
export interface ModuleHttp {
  prefix: string;
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
  /** Stops taking requests and finishes what it holds (a batch being written), before the database closes. */
  close?: () => Promise<void>;
}

/** A type-graphql resolver class. */
export type ResolverClass = ClassType<object>;

/** What the demo seed steps share: each step reads what earlier ones created. */
export interface DemoSeed {
  tx: Executor;
  /** The seed's own scope (the master's); a step that writes a tenant's rows scopes to it and back. */
  scope: TenantScope;
  /** Logins to print at start. */
  logins: { tenant: string | null; email: string; password: string; role: string }[];
  acmeTenantId?: string;
}

/**
 * Everything a domain module contributes, declared once in its `*.module.ts` and registered with one
 * line in `modules/registry.ts`. The core (graphql/, http/, db/, jobs/) only ever sees this shape.
 */
export interface GatehouseModule {
  name: string;
  /** Its type-graphql resolver classes. */
  resolvers: ResolverClass[];
  /** Its Node types, for `node(id:)`: how to load one by row id for the caller (null = not theirs). */
  nodes?: Record<string, NodeFetcher>;
  /**
   * Per-request DataLoader factories, keyed by the module's entry in `Loaders` (which the module adds
   * by declaration merging). Each is created on first use in a request, not for every request.
   */
  loaders?: { [K in keyof Loaders]?: (tx: Executor) => Loaders[K] };
  /**
   * Access rules of its GraphQL object types: the token scope an integrator needs to read them, or
   * that only a session may (see graphql/access.ts). Applied wherever the type is selected and on
   * `node(id:)`.
   */
  typeAccess?: Record<string, AccessRule>;
  /** Adds its demo data (GATEHOUSE_DEMO). Must be idempotent. */
  seedDemo?: (seed: DemoSeed) => Promise<void>;
  /** Its job kinds: long work (bulk actions over a filter, exports…) run by the durable jobs engine (docs/jobs.md). */
  jobs?: JobKind[];
  /**
   * Takes the settings it needs at run time (mail, links), before anything of it runs: called by the
   * bootstrap (before the demo seed) and when the app starts. The last call wins in a process.
   */
  configure?: (config: Config) => void;
  /**
   * Its background work (jobs/deliveries.ts, jobs/scheduler.ts), set up when a server process starts:
   * delivery queues run by the delivery workers, periodic tasks run once per slot across processes.
   */
  background?: (runtime: ModuleRuntime) => ModuleBackground;
  /** Its own HTTP routes, set up when a server process starts (see `ModuleHttp`). */
  http?: (runtime: ModuleRuntime) => ModuleHttp | Promise<ModuleHttp>;
}

/** Declares a module; keeps the literal type so the registry can check its loaders against `Loaders`. */
export function defineModule<const M extends GatehouseModule>(module: M): M {
  return module;
}

/** The `Loaders` a module's factories produce. */
export type LoadersOf<M> = M extends { loaders: infer F } ? { [K in keyof F]: F[K] extends (tx: Executor) => infer R ? R : never } : unknown;

/** The application as composed from its modules: what the HTTP layer, the schema and the seed need. */
export interface Composition {
  modules: readonly GatehouseModule[];
  createLoaders(tx: Executor): Loaders;
}

export function compose(modules: readonly GatehouseModule[]): Composition {
  const factories = modules.flatMap((m) => Object.entries(m.loaders ?? {})) as [string, (tx: Executor) => unknown][];
  const keys = new Set<string>();
  for (const [key] of factories) {
    if (keys.has(key)) throw new Error(`Two modules declare the loaders "${key}".`);
    keys.add(key);
  }
  return {
    modules,
    createLoaders(tx) {
      const loaders: Record<string, unknown> = {};
      for (const [key, create] of factories) {
        Object.defineProperty(loaders, key, {
          configurable: true,
          enumerable: true,
          get() {
            const value = create(tx);
            Object.defineProperty(loaders, key, { value, enumerable: true });
            return value;
          },
        });
      }
      return loaders as unknown as Loaders;
    },
  };
}
