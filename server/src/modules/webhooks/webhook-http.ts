import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";

/** Addresses a webhook may not reach unless private addresses are allowed: loopback, private, link-local… */
const privateRanges = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 3],
] as const)
  privateRanges.addSubnet(net, prefix, "ipv4");
for (const [net, prefix] of [
  ["::", 96], // unspecified, loopback and IPv4-compatible
  ["::ffff:0:0:0", 96],
  ["64:ff9b::", 96], // NAT64: reaches IPv4 behind the gateway
  ["64:ff9b:1::", 48],
  ["100::", 64],
  ["2001:db8::", 32],
  ["2002::", 16], // 6to4 embeds an IPv4 address
  ["fc00::", 7],
  ["fe80::", 10],
  ["fec0::", 10],
  ["ff00::", 8],
] as const)
  privateRanges.addSubnet(net, prefix, "ipv6");

/** Whether an IP address is one a webhook may not reach (IPv4 inside IPv6 included). */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return privateRanges.check(mapped[1]!, "ipv4");
  // IPv4-mapped in hex (::ffff:7f00:1): the IPv4 address it carries decides.
  const hex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (hex) {
    const [high, low] = [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16)];
    return privateRanges.check(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`, "ipv4");
  }
  const family = isIP(address);
  if (family === 0) return true;
  return privateRanges.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** A host that names a private address by itself (an IP literal, `localhost`), or null. */
export function privateHostProblem(url: string): string | null {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  if (host === "localhost" || host.endsWith(".localhost")) return "The URL points at this machine.";
  if (isIP(host) && isPrivateAddress(host)) return "The URL points at a private or loopback address.";
  return null;
}

/**
 * DNS lookup that refuses private addresses: checked when the connection is made, on the addresses it
 * will use, so a name that resolves (or re-resolves) to an internal address cannot be reached.
 */
const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 0);
    const list = addresses as unknown as LookupAddress[];
    const bad = list.find((a) => isPrivateAddress(a.address));
    if (bad) return callback(Object.assign(new Error(`${hostname} resolves to a private address (${bad.address}); webhooks may not reach it.`), { code: "EPRIVATE" }), "", 0);
    if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
};

export interface WebhookResponse {
  statusCode: number | null;
  /** The start of the body, at most RESPONSE_KEEP bytes. */
  body: string | null;
  error: string | null;
  durationMs: number;
}

const RESPONSE_KEEP = 2048;

/**
 * Posts a webhook body. Never follows a redirect (a 3xx is a failed attempt), gives up after
 * `timeoutMs`, and reaches no private address unless `allowPrivate`.
 */
export function postWebhook(url: string, body: string, headers: Record<string, string>, options: { timeoutMs: number; allowPrivate: boolean }): Promise<WebhookResponse> {
  const started = Date.now();
  const failed = (error: string): WebhookResponse => ({ statusCode: null, body: null, error, durationMs: Date.now() - started });
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve(failed("The URL is not valid."));
  }
  if (!options.allowPrivate) {
    const problem = privateHostProblem(url);
    if (problem) return Promise.resolve(failed(problem));
  }
  return new Promise((resolve) => {
    let settled = false;
    let deadline: NodeJS.Timeout | undefined;
    const done = (result: Omit<WebhookResponse, "durationMs">) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve({ ...result, durationMs: Date.now() - started });
    };
    const client = target.protocol === "https:" ? https : http;
    const request = client.request(
      target,
      {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body).toString(), "user-agent": "Gatehouse-Webhooks/1", ...headers },
        ...(options.allowPrivate ? {} : { lookup: guardedLookup }),
      },
      (response) => {
        const code = response.statusCode ?? null;
        // The status decides; of the body only the start is kept, and no more is read after it.
        const finish = () => {
          const text = Buffer.concat(chunks).subarray(0, RESPONSE_KEEP).toString("utf8");
          const redirect = code !== null && code >= 300 && code < 400;
          done({
            statusCode: code,
            body: text || null,
            error: code !== null && code >= 200 && code < 300 ? null : redirect ? `Redirected (${code}); webhooks do not follow redirects.` : `The endpoint answered ${code}.`,
          });
          response.destroy();
        };
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on("data", (chunk: Buffer) => {
          chunks.push(chunk);
          kept += chunk.length;
          if (kept >= RESPONSE_KEEP) finish();
        });
        response.on("end", finish);
        response.on("error", () => finish());
      },
    );
    deadline = setTimeout(() => {
      request.destroy();
      done({ statusCode: null, body: null, error: `No answer within ${options.timeoutMs / 1000} s.` });
    }, options.timeoutMs);
    request.on("error", (error) => done({ statusCode: null, body: null, error: error.message }));
    request.end(body);
  });
}
