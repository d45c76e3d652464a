import { notifications } from '@mantine/notifications';

/** The shape every mutation payload's `userErrors` shares. */
export interface UserErrorLike {
  field?: readonly string[] | null;
  message: string;
}

/**
 * Puts each user error on the form field its path names (`["input", "email"]` → `email`) and
 * shows the ones no field claims as a toast. Returns true when there were errors.
 */
export function applyUserErrors(
  userErrors: readonly UserErrorLike[],
  setFieldError: (field: string, message: string) => void,
  formFields: readonly string[],
): boolean {
  for (const error of userErrors) {
    const field = error.field?.[error.field.length - 1];
    if (field && formFields.includes(field)) setFieldError(field, error.message);
    else notifications.show({ color: 'red', title: 'Could not save', message: error.message });
  }
  return userErrors.length > 0;
}
