import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

// The rule is shared with the web forms; re-exported so this module's callers keep their import.
export { passwordProblem } from "@gatehouse/schema/password";

/** scrypt parameters (N, r, p) — stored with each hash so they can be raised later. */
const N = 16384;
const r = 8;
const p = 1;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, n: number, rr: number, pp: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, { N: n, r: rr, p: pp, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** `scrypt$N$r$p$salt$key`, salt and key in base64url. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, r, p);
  return ["scrypt", N, r, p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return false;
  const [, n, rr, pp, salt, key] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(key, "base64url");
  const actual = await derive(password, Buffer.from(salt, "base64url"), Number(n), Number(rr), Number(pp));
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** A hash of a random password, verified against when the user does not exist, so timing tells nothing. */
export const decoyHash = hashPassword(randomBytes(12).toString("hex"));

/** A password for a new admin when none is given; shown once. */
export function generatePassword(): string {
  return randomBytes(15).toString("base64url");
}
