import {
  getNamedType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  isAbstractType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from "graphql";
import type { Random } from "./random.js";
import { type InputGenerator, type Slot, toJson, toLiteral, type Value } from "./values.js";

export type OperationType = "query" | "mutation" | "subscription";

/** One generated GraphQL request. */
export interface Operation {
  type: OperationType;
  /** The root fields it asks for, e.g. `Query.tenants`. */
  fields: string[];
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

/** The root fields of the schema, each with the keyword of its operation type. */
export function rootFields(schema: GraphQLSchema): { type: OperationType; root: GraphQLObjectType; field: GraphQLField<unknown, unknown> }[] {
  const roots: [OperationType, GraphQLObjectType | null | undefined][] = [
    ["query", schema.getQueryType()],
    ["mutation", schema.getMutationType()],
    ["subscription", schema.getSubscriptionType()],
  ];
  return roots.flatMap(([type, root]) => (root ? Object.values(root.getFields()).map((field) => ({ type, root, field })) : []));
}

/** An argument value, rendered once the operation is complete (a corruption may still change it). */
interface ArgumentValue {
  value: Value;
  /** Passed as this variable, else inline. */
  variable?: string;
  declaredType?: string;
  /** Declared but left out of the variables. */
  missing?: boolean;
}

/**
 * Builds an operation around one root field: its arguments (and those of the fields selected
 * under it) generated from their types, passed inline or as variables, and a selection a few levels
 * deep. A hostile operation is a valid one with one part made wrong — one argument value anywhere,
 * or one variable missing, mistyped or unused — so the wrong part reaches the check that should
 * refuse it; now and then it is wrong everywhere at once, with a second root field, a fragment or
 * a directive besides.
 */
export class OperationGenerator {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: Random,
    private readonly inputs: InputGenerator,
  ) {}

  generate(type: OperationType, root: GraphQLObjectType, field: GraphQLField<unknown, unknown>, hostile: boolean): Operation {
    const r = this.random;
    const chaos = hostile && r.chance(0.3);
    const build = new Builder(this.schema, r, this.inputs, chaos);
    // Valid operations stay shallow enough to pass the cost limit with default page sizes.
    const selections = [build.field(field, chaos ? r.int(1, 4) : r.int(1, 3))];
    const fields = [`${root.name}.${field.name}`];
    if (chaos && r.chance(0.25)) {
      const other = r.pick(Object.values(root.getFields()));
      selections.push(`second: ${build.field(other, 2)}`);
      fields.push(`${root.name}.${other.name}`);
    }
    if (hostile && !chaos) build.corruptOne();
    const operationName = r.chance(0.5) ? "Fuzz" : undefined;
    const { definitions, variables, render } = build.finish();
    const head = `${type}${operationName ? ` ${operationName}` : ""}${definitions.length ? `(${definitions.join(", ")})` : ""}`;
    // Through a named fragment now and then: the access rules must see through it.
    const query = r.chance(0.1) ? `${head} { ...Part } fragment Part on ${root.name} { ${selections.join(" ")} }` : `${head} { ${selections.join(" ")} }`;
    return { type, fields, query: render(query), variables, operationName };
  }
}

/** Placeholders for argument values in the text, until they are final. */
const placeholder = (i: number) => `\ue000${i}\ue000`;

class Builder {
  private readonly args: ArgumentValue[] = [];
  private readonly slots: Slot[] = [];
  private unusedVariable = false;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly random: Random,
    private readonly inputs: InputGenerator,
    /** Every part may be wrong. */
    private readonly chaos: boolean,
  ) {}

  field(field: GraphQLField<unknown, unknown>, depth: number, alias = ""): string {
    const r = this.random;
    const directive = this.chaos && r.chance(0.1) ? ` @include(if: ${this.argument("if", this.schema.getDirective("include")!.args[0]!.type)})` : "";
    return `${alias}${field.name}${this.arguments(field)}${directive} ${this.selection(field.type, depth)}`.trimEnd();
  }

  /** Makes one part of a valid operation wrong. */
  corruptOne(): void {
    const r = this.random;
    const variables = this.args.filter((a) => a.variable);
    if (this.slots.length && r.chance(0.85)) return this.inputs.corrupt(this.slots);
    if (variables.length && r.chance(0.7)) {
      const a = r.pick(variables);
      if (r.chance(0.5)) a.missing = true;
      else a.declaredType = r.pick(["String", "Int", "[ID]", "Boolean!", "NoSuchType", `[${a.declaredType}]`]);
      return;
    }
    this.unusedVariable = true;
  }

  finish(): { definitions: string[]; variables: Record<string, unknown>; render: (text: string) => string } {
    const definitions: string[] = [];
    const variables: Record<string, unknown> = {};
    for (const a of this.args) {
      if (!a.variable) continue;
      definitions.push(`$${a.variable}: ${a.declaredType}`);
      if (!a.missing) variables[a.variable] = toJson(a.value);
    }
    if (this.unusedVariable) definitions.push("$unused: String");
    const render = (text: string) =>
      text.replace(/\ue000(\d+)\ue000/g, (_, i: string) => {
        const a = this.args[Number(i)]!;
        return a.variable ? `$${a.variable}` : toLiteral(a.value);
      });
    return { definitions, variables, render };
  }

  private arguments(field: GraphQLField<unknown, unknown>): string {
    const r = this.random;
    const parts: string[] = [];
    // A valid page of a Relay connection goes one way: `first` (and `after`), or `last` (and `before`),
    // with a small size, so a nested page stays within the cost limit.
    const page = r.chance(0.5) ? ["first", "after"] : ["last", "before"];
    const isConnection = field.args.some((a) => a.name === "first") && field.args.some((a) => a.name === "last");
    for (const arg of field.args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      let skip: boolean;
      if (required) skip = this.chaos && r.chance(0.05);
      else if (this.chaos) skip = r.chance(0.4);
      else if (isConnection && ["first", "last", "after", "before"].includes(arg.name)) skip = arg.name === page[0] ? false : arg.name === page[1] ? r.chance(0.6) : true;
      else skip = r.chance(0.6);
      if (!skip) parts.push(`${arg.name}: ${this.argument(arg.name, arg.type)}`);
    }
    if (this.chaos && r.chance(0.05)) parts.push("notAnArgument: 1");
    return parts.length ? `(${parts.join(", ")})` : "";
  }

  /** A placeholder for the value, inline or as a variable of the argument's type (or, in chaos, another). */
  private argument(name: string, type: GraphQLInputType): string {
    const r = this.random;
    const value = this.inputs.value(type, this.chaos, name, this.chaos ? undefined : this.slots);
    const a: ArgumentValue = { value };
    if (r.chance(0.5)) {
      a.variable = `v${this.args.length}`;
      a.declaredType = this.chaos && r.chance(0.1) ? r.pick(["String", "Int", "[ID]", "Boolean!", "NoSuchType"]) : String(type);
      a.missing = this.chaos && r.chance(0.1);
    }
    this.args.push(a);
    return placeholder(this.args.length - 1);
  }

  /** The selection set of a type; `prefix` aliases its fields (same-named fields of the types of one abstract type may differ). */
  private selection(type: GraphQLOutputType, depth: number, prefix = ""): string {
    const r = this.random;
    const named = getNamedType(type);
    if (isLeafType(named)) return "";
    const parts = ["__typename"];
    if (isObjectType(named) || isInterfaceType(named)) {
      for (const field of Object.values(named.getFields())) {
        const leaf = isLeafType(getNamedType(field.type));
        if (leaf ? r.chance(0.8) : depth > 1 && r.chance(0.5)) parts.push(this.field(field, depth - 1, prefix && `${prefix}${field.name}: `));
      }
    }
    if (isAbstractType(named) && depth > 1) {
      for (const possible of this.schema.getPossibleTypes(named)) {
        if (r.chance(0.5)) parts.push(`... on ${possible.name} ${this.selection(possible, depth - 1, `${possible.name}_`)}`);
      }
    }
    return `{ ${parts.join(" ")} }`;
  }
}
