/**
 * Password rules for team users: the server enforces them on every password it stores; forms check
 * them first, with the same words, so a user rarely meets the server's refusal.
 */

export const MIN_PASSWORD_LENGTH = 10;
/** Bounds the work of hashing (scrypt reads the whole password); no passphrase needs more. */
export const MAX_PASSWORD_LENGTH = 200;

/** Why a new password cannot be used, or null when it can. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (password.trim().length === 0) return "The password cannot be only spaces.";
  return null;
}
