import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from "graphql";
import { getMetadataStorage } from "type-graphql";
import { Node } from "./node.js";

/** A class, as type-graphql's metadata holds it. */
type Target = object;
type ResolverInstance = Record<string, (...args: unknown[]) => unknown>;

/**
 * Calls the resolver methods directly. type-graphql wraps each one in a function that, on every call,
 * copies the parent object into a new instance of its class, copies the arguments into new instances of
 * their argument and input classes, and sorts the method's parameters — for a page of 50 tenants with
 * their users, that is done 50 times per request. Gatehouse's resolvers take rows and plain argument
 * objects (no argument or input class has methods, defaults or validation: `validate: false`), so the
 * parameters can be bound once, here, from type-graphql's own metadata: root, arguments (all, or one by
 * name), context (or one of its properties) and info. A resolver with anything else — middlewares, auth
 * roles, custom parameter decorators — keeps type-graphql's wrapper.
 */
export function bindResolversDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const instances = new Map<Target, ResolverInstance>();
  const instanceOf = (target: Target) => {
    let instance = instances.get(target);
    if (!instance) instances.set(target, (instance = new (target as new () => ResolverInstance)()));
    return instance;
  };
  const typeNameOf = (target: Target) => storage.objectTypes.find((o) => o.target === target)?.name;

  const entries: { typeName: string | undefined; meta: (typeof storage.queries)[number] | (typeof storage.fieldResolvers)[number] }[] = [
    ...storage.queries.map((meta) => ({ typeName: schema.getQueryType()?.name, meta })),
    ...storage.mutations.map((meta) => ({ typeName: schema.getMutationType()?.name, meta })),
    ...storage.fieldResolvers.map((meta) => {
      const objectType = meta.getObjectType?.();
      return { typeName: objectType ? typeNameOf(objectType) : undefined, meta };
    }),
  ];
  for (const { typeName, meta } of entries) {
    const type = typeName ? schema.getType(typeName) : undefined;
    const field = isObjectType(type) ? type.getFields()[meta.schemaName] : undefined;
    if (!field?.resolve) continue;
    const resolve = direct(meta, instanceOf);
    if (resolve) field.resolve = resolve;
  }
}

/**
 * Lets the fields of entities (the object types that implement Node: their values are rows) that only
 * read a property of their row go without a resolver. type-graphql gives every plain `@Field` a resolver
 * of its own that, on every call, builds a resolver-data object and runs the (empty) middleware chain
 * before it reads `root[name]`; graphql-jit must then call it as it calls any resolver — a resolve info,
 * a response path and two callbacks for each field of each row, which was most of the garbage a page of
 * 50 accounts with their applications made. Without a resolver, graphql-jit reads the property inline
 * and graphql-js with its default resolver: the same value. A row's properties are never promises,
 * which graphql-jit does not await when it reads a property inline; other types keep their resolvers
 * (a connection's `totalCount` is a promise, counted only when asked for). A field keeps type-graphql's
 * resolver too when it has middlewares or roles, or when its property is named otherwise than the field
 * (the default resolvers read the field's name). Call before the schema is built.
 */
export function resolveEntityFieldsByProperty(): void {
  for (const field of getMetadataStorage().fields) {
    const target = field.target as { prototype?: object };
    if (!(target.prototype instanceof Node)) continue;
    if (field.simple !== undefined || field.middlewares?.length || field.roles?.length || field.name !== field.schemaName) continue;
    field.simple = true;
  }
}

type Binder = (root: unknown, args: Record<string, unknown>, context: Record<string, unknown>, info: unknown) => unknown;

function direct(
  meta: { target: Target; methodName: string; params?: { kind: string; index: number; name?: string; propertyName?: string }[]; middlewares?: unknown[]; roles?: unknown[] },
  instanceOf: (target: Target) => ResolverInstance,
): GraphQLFieldResolver<unknown, Record<string, unknown>> | null {
  // A method of the object type itself runs on a copy of the parent: type-graphql's wrapper makes it.
  if ((meta as { kind?: string }).kind === "internal") return null;
  if (meta.middlewares?.length || meta.roles?.length) return null;
  const params = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
  const binders: Binder[] = [];
  for (const param of params) {
    if (param.index !== binders.length) return null;
    const property = param.propertyName;
    switch (param.kind) {
      case "root":
        binders.push(property ? (root) => (root as Record<string, unknown>)[property] : (root) => root);
        break;
      case "args":
        binders.push((_root, args) => args);
        break;
      case "arg": {
        const name = param.name!;
        binders.push((_root, args) => args[name]);
        break;
      }
      case "context":
        binders.push(property ? (_root, _args, context) => context[property] : (_root, _args, context) => context);
        break;
      case "info":
        binders.push((_root, _args, _context, info) => info);
        break;
      default:
        return null;
    }
  }
  const instance = instanceOf(meta.target);
  const method = instance[meta.methodName];
  if (typeof method !== "function") return null;
  switch (binders.length) {
    case 0:
      return () => method.call(instance);
    case 1: {
      const [a] = binders as [Binder];
      return (root, args, context, info) => method.call(instance, a(root, args, context, info));
    }
    case 2: {
      const [a, b] = binders as [Binder, Binder];
      return (root, args, context, info) => method.call(instance, a(root, args, context, info), b(root, args, context, info));
    }
    default:
      return (root, args, context, info) => method.apply(instance, binders.map((bind) => bind(root, args, context, info)));
  }
}
