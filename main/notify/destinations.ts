/**
 * Where personal data may go. Host notices carry visitors' names, so a webhook or a mail server
 * that resolves to this machine, the local network, a cloud's metadata address or any other
 * internal address is refused, on every connection (a name that resolved outside once may
 * resolve inside next time), unless the privacy officer named that host as allowed. A webhook is
 * https, unless its host is allowed.
 */
import dns from 'node:dns';
import net from 'node:net';

/** Loopback, private, link-local, shared, unspecified, multicast and reserved ranges. */
const internal = new net.BlockList();
for (const [net4, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  internal.addSubnet(net4, bits, 'ipv4');
for (const [net6, bits] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
  ['2001:db8::', 32],
  ['64:ff9b::', 96],
  ['100::', 64],
] as const)
  internal.addSubnet(net6, bits, 'ipv6');

export function isInternalAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = net.isIP(bare);
  if (family === 4) return internal.check(bare, 'ipv4');
  if (family !== 6) return true; // not an address at all: never trusted
  // An IPv4 address written as IPv6 (::ffff:127.0.0.1) is that IPv4 address.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)?.[1];
  if (mapped) return internal.check(mapped, 'ipv4');
  const hexMapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(bare);
  if (hexMapped) {
    const [hi, lo] = [parseInt(hexMapped[1]!, 16), parseInt(hexMapped[2]!, 16)];
    return internal.check(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`, 'ipv4');
  }
  return internal.check(bare, 'ipv6');
}

export class DestinationRefused extends Error {}

const allowedHost = (host: string, allowed: readonly string[]) =>
  allowed.some((a) => a.trim().toLowerCase() === host.replace(/^\[|\]$/g, '').toLowerCase());

/** Refuses a webhook URL before anything is sent: https only, and no internal address literal. */
export function checkWebhookUrl(url: URL, allowed: readonly string[]): void {
  const host = url.hostname;
  if (allowedHost(host, allowed)) return;
  if (url.protocol !== 'https:')
    throw new DestinationRefused(`A webhook must use https (${url.protocol} is refused).`);
  if (net.isIP(host.replace(/^\[|\]$/g, '')) && isInternalAddress(host))
    throw new DestinationRefused(`${host} is an internal address.`);
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for http(s) and net connections: resolves the name, and refuses the connection
 * when any address it resolves to is internal (unless the host is allowed). Runs on every
 * connection, so a name cannot resolve outside for a check and inside for the request.
 */
export function guardedLookup(allowed: readonly string[]) {
  return (hostname: string, options: dns.LookupOptions, callback: LookupCallback): void => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, []);
      const list = addresses;
      if (!allowedHost(hostname, allowed)) {
        const bad = list.find((a) => isInternalAddress(a.address));
        if (bad) {
          const refused = new DestinationRefused(
            `${hostname} resolves to the internal address ${bad.address}.`,
          ) as NodeJS.ErrnoException;
          refused.code = 'EDESTINATION';
          return callback(refused, []);
        }
      }
      if (options.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(new Error(`${hostname} has no address`), []);
      callback(null, first.address, first.family);
    });
  };
}

/** One vetted address of a host, to connect to by address (the mail server). */
export async function vettedAddress(host: string, allowed: readonly string[]): Promise<string> {
  if (net.isIP(host)) {
    if (!allowedHost(host, allowed) && isInternalAddress(host))
      throw new DestinationRefused(`${host} is an internal address.`);
    return host;
  }
  const addresses = await dns.promises.lookup(host, { all: true });
  if (!allowedHost(host, allowed)) {
    const bad = addresses.find((a) => isInternalAddress(a.address));
    if (bad)
      throw new DestinationRefused(`${host} resolves to the internal address ${bad.address}.`);
  }
  const first = addresses[0];
  if (!first) throw new DestinationRefused(`${host} has no address.`);
  return first.address;
}
