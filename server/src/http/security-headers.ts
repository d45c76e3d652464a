import type { ServerResponse } from "node:http";

/**
 * The admin's content security policy. Scripts come only from our own files: the built `index.html`
 * loads its entry with `<script src>` and has no inline script, so none is allowed. Styles may be
 * inline because Mantine writes its CSS variables in a `<style>` element and Monaco (the API
 * explorer) sets styles at run time; an injected style cannot run code. Monaco's web workers are
 * built files (`self`); `blob:` covers a worker made from a blob. `connect-src 'self'` covers
 * same-origin WebSockets (the graphql-ws subscriptions).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Sent with every response (the SPA, /graphql, /healthz, errors): cheap, and none of them may be framed or sniffed. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": CONTENT_SECURITY_POLICY,
  "X-Content-Type-Options": "nosniff",
  // frame-ancestors 'none' says the same to browsers that know CSP; this is for those that do not.
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export function setSecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}
