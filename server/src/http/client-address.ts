import {BlockList, isIP, isIPv4, isIPv6} from 'node:net';

/** The reverse proxies whose `X-Forwarded-For` is believed, and how many sit in front of the server. */
export interface ProxyTrust {
  list: BlockList;
  /** Proxies a request passes through; the client is this many entries from the right. */
  hops: number;
}

/**
 * Reads `127.0.0.1,10.0.0.0/8,::1` into a list, or throws naming the entry
 * that is neither an address nor a CIDR block.
 */
export function parseTrustedProxies(entries: readonly string[], hops = 1): ProxyTrust | null {
  if (!Number.isInteger(hops) || hops < 1 || hops > 16) {
    throw new Error(`the proxy hop count must be a whole number from 1 to 16 (got ${hops})`);
  }
  const list = new BlockList();
  let any = false;
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const [address = '', bits, extra] = entry.split('/');
    const family = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : null;
    const max = family === 'ipv4' ? 32 : 128;
    const prefix = bits === undefined ? max : /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
    if (!family || extra !== undefined || !(prefix >= 0 && prefix <= max)) {
      throw new Error(`"${entry}" is not an IP address or CIDR block (like 10.0.0.0/8 or ::1)`);
    }
    list.addSubnet(address, prefix, family);
    any = true;
  }
  return any ? {list, hops} : null;
}

/** `::ffff:1.2.3.4` (an IPv4 peer on a dual-stack socket) is 1.2.3.4. */
function unmap(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

export function isTrusted(trust: ProxyTrust | null, peer: string | undefined): boolean {
  if (!trust || !peer) return false;
  const address = unmap(peer);
  const family = isIPv4(address) ? 'ipv4' : isIPv6(address) ? 'ipv6' : null;
  return family !== null && trust.list.check(address, family);
}

/**
 * The client's address: the socket peer, unless the peer is a trusted proxy;
 * then the `X-Forwarded-For` entry `hops` places from the right (entries
 * further left were written by whoever made the request and prove nothing).
 * A chain shorter than `hops` yields its first entry; a malformed entry, the peer.
 */
export function resolveClientAddress(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trust: ProxyTrust | null,
): string {
  const own = peer ? unmap(peer) : 'unknown';
  if (!trust || !forwardedFor || !isTrusted(trust, peer)) return own;
  const chain = forwardedFor.split(',').map((hop) => hop.trim());
  const pick = chain[Math.max(0, chain.length - trust.hops)] ?? '';
  const address = unmap(pick.replace(/^\[(.*)\]$/, '$1'));
  return isIP(address) ? address : own;
}

/**
 * What limits count by: an IPv4 address as it is, an IPv6 address by its
 * /64 network, since one subscriber is usually handed a whole /64 and could
 * otherwise take a fresh budget per address.
 */
export function limitKey(address: string): string {
  if (!isIPv6(address)) return address;
  return `${expandIPv6(address).slice(0, 4).join(':')}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, as lower-case hex without leading zeros. */
function expandIPv6(address: string): string[] {
  let text = address.toLowerCase().replace(/%.*$/, '');
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text =
      text.slice(0, v4.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill('0');
  return [...left, ...zeros, ...right].map((group) => parseInt(group, 16).toString(16));
}
