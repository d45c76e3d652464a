/**
 * The server's check of a webhook URL's host at save (server/src/modules/webhooks/webhook-http.ts
 * `privateHostProblem`), without `node:net` (in mock mode the handlers run in the browser): a host
 * that names a private address by itself — `localhost` and its subdomains, or an IP literal in a
 * private, loopback, link-local, multicast… range (an IPv4-mapped IPv6 address by the IPv4 address
 * it carries; NAT64, 6to4 and the other IPv6 forms that reach IPv4 refused whole). Names that only
 * resolve to such an address are the server's connect-time check, which the mock never reaches
 * (it posts nothing). The URL parser has already put the host in its canonical form (`0x7f.1` is
 * `127.0.0.1`, `[::ffff:127.0.0.1]` is `[::ffff:7f00:1]`), in the browser as in Node.
 */

/** The server's ranges (its `BlockList`), as [address, prefix length]. */
const IPV4_RANGES: readonly [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 3],
];
const IPV6_RANGES: readonly [string, number][] = [
  ['::', 96], // unspecified, loopback and IPv4-compatible
  ['::ffff:0:0:0', 96], // IPv4-translated
  ['64:ff9b::', 96], // NAT64: reaches IPv4 behind the gateway
  ['64:ff9b:1::', 48],
  ['100::', 64], // discard-only
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4 embeds an IPv4 address
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
];

/** The four bytes of a dotted-quad IPv4 address (each part 0–255, no leading zeros, as Node's `isIP`), or null. */
function parseIpv4(text: string): number[] | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  const bytes = parts.map((part) => (/^(0|[1-9]\d{0,2})$/.test(part) ? Number(part) : NaN));
  return bytes.every((b) => b <= 255) ? bytes : null;
}

/** The sixteen bytes of an IPv6 address (`::` and a dotted IPv4 tail allowed), or null. */
function parseIpv6(text: string): number[] | null {
  if (!text.includes(':')) return null;
  let head = text;
  let tail: number[] = [];
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    const v4 = parseIpv4(text.slice(lastColon + 1));
    if (!v4) return null;
    tail = [(v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!];
    head = text.slice(0, lastColon + 1);
    // `::1.2.3.4` leaves `::`; `1::2:1.2.3.4` leaves `1::2:`: drop the colon that led to the tail.
    if (!head.endsWith('::')) head = head.slice(0, -1);
  }
  const halves = head.split('::');
  if (halves.length > 2) return null;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const parse = (group: string) => (/^[0-9a-f]{1,4}$/i.test(group) ? parseInt(group, 16) : NaN);
  const left = groups(halves[0]!).map(parse);
  const right = halves.length === 2 ? groups(halves[1]!).map(parse) : [];
  if ([...left, ...right].some(Number.isNaN)) return null;
  const given = left.length + right.length + tail.length;
  if (halves.length === 1 ? given !== 8 : given > 7) return null;
  const words = [...left, ...Array<number>(8 - given).fill(0), ...right, ...tail];
  return words.flatMap((w) => [w >> 8, w & 0xff]);
}

/** Whether the first `prefix` bits of two addresses of the same length agree. */
function inRange(address: readonly number[], network: readonly number[], prefix: number): boolean {
  for (let bit = 0; bit < prefix; bit++) {
    const mask = 0x80 >> bit % 8;
    if ((address[bit >> 3]! & mask) !== (network[bit >> 3]! & mask)) return false;
  }
  return true;
}

const v4Ranges = IPV4_RANGES.map(([net, prefix]) => [parseIpv4(net)!, prefix] as const);
const v6Ranges = IPV6_RANGES.map(([net, prefix]) => [parseIpv6(net)!, prefix] as const);
const isPrivateV4 = (bytes: readonly number[]) => v4Ranges.some(([net, prefix]) => inRange(bytes, net, prefix));

/** Whether an IP literal is one a webhook may not reach; null when the text is no IP address. */
export function isPrivateIpLiteral(text: string): boolean | null {
  const v4 = parseIpv4(text);
  if (v4) return isPrivateV4(v4);
  const v6 = parseIpv6(text);
  if (!v6) return null;
  // IPv4-mapped (`::ffff:a.b.c.d`, which the URL parser writes `::ffff:7f00:1`): the IPv4 address it carries decides.
  const mapped = v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff;
  if (mapped) return isPrivateV4(v6.slice(12));
  return v6Ranges.some(([net, prefix]) => inRange(v6, net, prefix));
}

/** A host that names a private address by itself (an IP literal, `localhost`), or null: the server's messages. */
export function privateHostProblem(url: string): string | null {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return 'The URL points at this machine.';
  if (isPrivateIpLiteral(host)) return 'The URL points at a private or loopback address.';
  return null;
}
