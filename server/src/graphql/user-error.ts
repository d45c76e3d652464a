import { Field, InterfaceType, ObjectType, registerEnumType, type ClassType } from "type-graphql";

@InterfaceType("UserError", {
  description: "A problem with the input that the caller can fix. Each module has its own type with a `code` enum.",
})
export abstract class UserError {
  @Field(() => [String], { nullable: true, description: 'Path to the input field at fault, e.g. ["input", "email"].' })
  field: string[] | null;
  @Field(() => String, { description: "What is wrong, in words for a person." })
  message: string;
}

/**
 * Declares a module's error code enum and its `<Module>UserError` type. Descriptions of the codes
 * are part of the API contract.
 */
export function defineUserErrors<E extends Record<string, string>>(
  typeName: string,
  enumName: string,
  codes: E,
  descriptions: { [K in keyof E]: string },
) {
  registerEnumType(codes, {
    name: enumName,
    description: `Codes of ${typeName}.`,
    valuesConfig: Object.fromEntries(Object.keys(codes).map((k) => [k, { description: descriptions[k as keyof E] }])) as Partial<
      Record<keyof E, { description: string }>
    >,
  });

  @ObjectType(typeName, { implements: UserError, description: `A fixable problem, with a code from ${enumName}.` })
  class ModuleUserError extends UserError {
    @Field(() => codes, { description: "Machine-readable reason." })
    code: E[keyof E];
  }
  return ModuleUserError as ClassType<{ field: string[] | null; message: string; code: E[keyof E] }>;
}

export function userError<C extends string>(code: C, message: string, field?: string[]) {
  return { code, message, field: field ?? null };
}
