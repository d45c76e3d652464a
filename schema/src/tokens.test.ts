import { describe, expect, it } from "vitest";
import {
  ACCESS_TOKEN_DISPLAY_PREFIX_LENGTH,
  ACCESS_TOKEN_DISPLAY_PREFIX_PATTERN,
  ACCESS_TOKEN_PREFIX,
  accessTokenDisplayPrefix,
  accessTokenFromRandomBytes,
  isAccessTokenFormat,
  isSessionTokenFormat,
  sessionTokenFromRandomBytes,
  TOKEN_RANDOM_BYTES,
} from "./tokens";

const sequential = Uint8Array.from({ length: 32 }, (_, i) => i);

describe("access tokens", () => {
  it("are gha_ + the 32 bytes in unpadded base64url (43 characters)", () => {
    expect(TOKEN_RANDOM_BYTES).toBe(32);
    // Expected values are Node's Buffer#toString("base64url") of the same bytes.
    expect(accessTokenFromRandomBytes(sequential)).toBe("gha_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8");
    expect(accessTokenFromRandomBytes(new Uint8Array(32).fill(255))).toBe(`gha_${"_".repeat(42)}8`);
    expect(accessTokenFromRandomBytes(new Uint8Array(32).fill(0xfb))).toBe(`gha_${"-_v7".repeat(10)}-_s`);
  });

  it("need exactly 32 bytes", () => {
    expect(() => accessTokenFromRandomBytes(new Uint8Array(31))).toThrow(RangeError);
    expect(() => accessTokenFromRandomBytes(new Uint8Array(33))).toThrow(RangeError);
  });

  it("are recognised by their format, and nothing else is", () => {
    const token = accessTokenFromRandomBytes(sequential);
    expect(isAccessTokenFormat(token)).toBe(true);
    expect(isAccessTokenFormat(`gha_${"A".repeat(43)}`)).toBe(true);
    for (const bad of [
      `${token}x`,
      token.slice(0, -1),
      token.replace("gha_", "ghx_"),
      token.replace("gha_", "gh_"),
      token.slice(ACCESS_TOKEN_PREFIX.length),
      `gha_${"A".repeat(42)}+`,
      `gha_${"A".repeat(42)}=`,
      ` ${token}`,
      "",
    ]) {
      expect(isAccessTokenFormat(bad)).toBe(false);
    }
  });

  it("show gha_ and 6 more characters in listings", () => {
    const token = accessTokenFromRandomBytes(sequential);
    expect(ACCESS_TOKEN_DISPLAY_PREFIX_LENGTH).toBe(10);
    expect(accessTokenDisplayPrefix(token)).toBe("gha_AAECAw");
    expect(ACCESS_TOKEN_DISPLAY_PREFIX_PATTERN.test(accessTokenDisplayPrefix(token))).toBe(true);
    expect(ACCESS_TOKEN_DISPLAY_PREFIX_PATTERN.test("gh_00001")).toBe(false);
    expect(ACCESS_TOKEN_DISPLAY_PREFIX_PATTERN.test(token)).toBe(false);
  });
});

describe("session tokens", () => {
  it("are the 32 bytes in base64url, with no prefix", () => {
    const token = sessionTokenFromRandomBytes(sequential);
    expect(token).toBe("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8");
    expect(isSessionTokenFormat(token)).toBe(true);
    expect(() => sessionTokenFromRandomBytes(new Uint8Array(16))).toThrow(RangeError);
  });

  it("are not confused with access tokens", () => {
    const access = accessTokenFromRandomBytes(sequential);
    expect(isSessionTokenFormat(access)).toBe(false);
    expect(isAccessTokenFormat(sessionTokenFromRandomBytes(sequential))).toBe(false);
    expect(isSessionTokenFormat(`${"A".repeat(42)}.`)).toBe(false);
  });
});
