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
 * Declares a module's error codes once: the code enum (with a description per code, part of the API
 * contract) and its `<Module>UserError` type.
 *
 * ```ts
 * export const { codes: TenantErrorCode, Type: TenantUserError } = defineUserErrors("TenantUserError", "TenantErrorCode", {
 *   BLANK: "A required value is empty.",
 * });
 * export type TenantErrorCode = keyof typeof TenantErrorCode;
 * ```
 */
export function defineUserErrors<const K extends string>(typeName: string, enumName: string, descriptions: Record<K, string>) {
  const codes = Object.fromEntries(Object.keys(descriptions).map((k) => [k, k])) as { [C in K]: C };
  registerEnumType(codes, {
    name: enumName,
    description: `Codes of ${typeName}.`,
    valuesConfig: Object.fromEntries(Object.entries(descriptions).map(([k, description]) => [k, { description }])) as Partial<
      Record<K, { description: string }>
    >,
  });

  @ObjectType(typeName, { implements: UserError, description: `A fixable problem, with a code from ${enumName}.` })
  class ModuleUserError extends UserError {
    @Field(() => codes, { description: "Machine-readable reason." })
    code: K;
  }
  return { codes, Type: ModuleUserError as ClassType<{ field: string[] | null; message: string; code: K }> };
}

export function userError<C extends string>(code: C, message: string, field?: string[]) {
  return { code, message, field: field ?? null };
}

/** A user error with a module's codes, as `userError` makes it. */
export type UserErrorOf<C extends string> = ReturnType<typeof userError<C>>;

/** What a service returns for a change a caller may get wrong: the result, or the user errors saying why not. */
export type UserOutcome<T, C extends string> = ({ ok: true } & T) | { ok: false; userErrors: UserErrorOf<C>[] };

/**
 * Another module's code as one of `codes` (a module passing on what the module it called refused): the
 * same code when `codes` has it, else `fallback`. A code outside the enum would be an internal error.
 */
export function codeIn<C extends string>(codes: { readonly [K in C]: K }, code: string, fallback: NoInfer<C>): C {
  return Object.hasOwn(codes, code) ? (code as C) : fallback;
}
