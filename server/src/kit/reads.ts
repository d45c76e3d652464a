import { getMetadataStorage } from "type-graphql";

/**
 * What each field of an object type reads of the row it resolves on, so that a listing's page fetches
 * only the columns its query's fields need (kit/listing.ts): a plain field (`@Field() orgName`) reads
 * its own property; a field resolver reads what its `@Reads(…)` names — `@Reads("planId")` on
 * `Application.plan` — and, without one, is taken to read anything: a page that selects it fetches
 * every column. Name every property the resolver, and whatever it hands the row to, reads.
 */

/** Resolver class prototype → method name → the row properties it reads. */
const declared = new WeakMap<object, Map<string, readonly string[]>>();

/** The row properties (the keys of the table's columns: `planId`) a field resolver reads from its parent row. */
export function Reads(...keys: string[]): MethodDecorator {
  return (prototype, method) => {
    let methods = declared.get(prototype);
    if (!methods) declared.set(prototype, (methods = new Map()));
    methods.set(String(method), keys);
  };
}

/** What a field reads: the row properties, and whether it is a plain field (its own property, which a row may lack). */
export interface FieldRead {
  keys: readonly string[];
  plain: boolean;
}

const readsOfType = new Map<object, ReadonlyMap<string, FieldRead | null>>();

/**
 * The fields of an object type (its class) by GraphQL name, each with what it reads, or null for a
 * field resolver that does not say (`Reads`). Worked out on first use, once the schema is built.
 */
export function fieldReads(objectType: abstract new (...args: never[]) => object): ReadonlyMap<string, FieldRead | null> {
  let reads = readsOfType.get(objectType);
  if (reads) return reads;
  const storage = getMetadataStorage();
  const map = new Map<string, FieldRead | null>();
  for (const field of storage.fields) {
    const target = field.target as abstract new (...args: never[]) => object;
    if (target === objectType || objectType.prototype instanceof target) map.set(field.schemaName, { keys: [field.name], plain: true });
  }
  for (const resolver of storage.fieldResolvers) {
    if (resolver.getObjectType?.() !== objectType) continue;
    const own = resolver.kind === "internal" ? undefined : declared.get((resolver.target as { prototype: object }).prototype)?.get(resolver.methodName);
    map.set(resolver.schemaName, own ? { keys: own, plain: false } : null);
  }
  reads = map;
  readsOfType.set(objectType, reads);
  return reads;
}

/**
 * The row properties the fields `names` of an object type read (kit/listing.ts and graphql/loader.ts
 * fetch those columns), `__typename` and `id` aside; null when one of them is a field resolver that does
 * not say what it reads (`Reads`), or no field of the type.
 */
export function propertiesRead(objectType: abstract new (...args: never[]) => object, names: ReadonlySet<string>): Set<string> | null {
  const reads = fieldReads(objectType);
  const keys = new Set<string>();
  for (const field of names) {
    if (field === "__typename" || field === "id") continue;
    const read = reads.get(field);
    if (!read) return null;
    for (const key of read.keys) keys.add(key);
  }
  return keys;
}
