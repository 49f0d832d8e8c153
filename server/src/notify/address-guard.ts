import {lookup as dnsLookup, type LookupAddress, type LookupAllOptions} from 'node:dns';
import {BlockList, isIP, isIPv4, type LookupFunction} from 'node:net';
import {PermanentFailure} from './worker.js';

/** Addresses a webhook must not reach unless the owner allows it: this machine and private networks. */
const PRIVATE = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  PRIVATE.addSubnet(net, bits, 'ipv4');
}
for (const [net, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  PRIVATE.addSubnet(net, bits, 'ipv6');
}

export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const plain = mapped ? mapped[1]! : address;
  return PRIVATE.check(plain, isIPv4(plain) ? 'ipv4' : 'ipv6');
}

/** Retrying cannot help: the owner has to allow the address or change the URL. */
export class PrivateAddressError extends PermanentFailure {}

function refusal(host: string, address: string): PrivateAddressError {
  return new PrivateAddressError(
    `${host} is a loopback or private address (${address}); allow it with --webhook-allow-private`,
  );
}

/** Throws when a URL names a private address literally (no lookup happens for those). */
export function checkLiteralHost(url: URL): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && isPrivateAddress(host)) throw refusal(url.hostname, host);
}

/**
 * A DNS lookup for sockets that refuses private answers. The check happens on
 * the addresses the socket then connects to, so a name that resolves
 * differently a second time cannot slip past it.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  const all: LookupAllOptions = {...options, all: true};
  dnsLookup(hostname, all, (error, addresses: LookupAddress[]) => {
    const done = callback as (...args: unknown[]) => void;
    if (error) return done(error);
    const bad = addresses.find((entry) => isPrivateAddress(entry.address));
    if (bad) return done(refusal(hostname, bad.address));
    if (options.all) return done(null, addresses);
    const first = addresses[0];
    if (!first) return done(new Error(`${hostname} has no address`));
    done(null, first.address, first.family);
  });
};
