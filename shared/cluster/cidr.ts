/**
 * CIDR blocks for the pod and service networks: parsing (IPv4 and IPv6, as Go's `net.ParseCIDR`
 * reads them, host bits allowed), and the overlap test. Addresses are BigInts so one code path
 * serves both families.
 */
export type IpFamily = 'ipv4' | 'ipv6';

export type Cidr = {
  family: IpFamily;
  /** The network address: the given address with its host bits cleared, as Go's ParseCIDR returns it. */
  network: bigint;
  prefix: number;
  /** As written, trimmed. */
  text: string;
};

export const ADDRESS_BITS: Record<IpFamily, number> = { ipv4: 32, ipv6: 128 };

function parseIpv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    // Go refuses leading zeros (an old octal ambiguity), so this does too.
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = (value << 8n) | BigInt(octet);
  }
  return value;
}

function parseIpv6(input: string): bigint | undefined {
  let text = input;
  // An embedded IPv4 address in the last 32 bits (::ffff:10.0.0.1) becomes its two hex groups.
  const lastColon = text.lastIndexOf(':');
  if (text.slice(lastColon + 1).includes('.')) {
    const ipv4 = parseIpv4(text.slice(lastColon + 1));
    if (ipv4 === undefined) return undefined;
    text = `${text.slice(0, lastColon + 1)}${(ipv4 >> 16n).toString(16)}:${(ipv4 & 0xffffn).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0] ?? '');
  const rest = halves.length === 2 ? groups(halves[1] ?? '') : [];
  if ([...head, ...rest].some((group) => !/^[0-9a-fA-F]{1,4}$/.test(group))) return undefined;
  const written = head.length + rest.length;
  if (halves.length === 1 ? written !== 8 : written > 7) return undefined;
  const all = [...head, ...Array.from({ length: 8 - written }, () => '0'), ...rest];
  return all.reduce((value, group) => (value << 16n) | BigInt(`0x${group}`), 0n);
}

/** One CIDR block such as `10.244.0.0/16` or `fd00:10:244::/56`; undefined when it is not one. */
export function parseCidr(input: string): Cidr | undefined {
  const text = input.trim();
  const match = /^([^/\s]+)\/(0|[1-9][0-9]{0,2})$/.exec(text);
  if (!match) return undefined;
  const [, address = '', prefixText = ''] = match;
  const family: IpFamily = address.includes(':') ? 'ipv6' : 'ipv4';
  const value = family === 'ipv4' ? parseIpv4(address) : parseIpv6(address);
  const prefix = Number(prefixText);
  const bits = ADDRESS_BITS[family];
  if (value === undefined || prefix > bits) return undefined;
  const hostBits = BigInt(bits - prefix);
  return { family, network: (value >> hostBits) << hostBits, prefix, text };
}

/** Two blocks overlap when one contains the other's network address: CIDR blocks nest or are disjoint. */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  if (a.family !== b.family) return false;
  const shorter = Math.min(a.prefix, b.prefix);
  const hostBits = BigInt(ADDRESS_BITS[a.family] - shorter);
  return a.network >> hostBits === b.network >> hostBits;
}

/** The address as text (IPv6 without zero compression), for messages and tests. */
export function formatAddress(family: IpFamily, value: bigint): string {
  if (family === 'ipv4') return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join('.');
  return Array.from({ length: 8 }, (_, index) => ((value >> BigInt(112 - index * 16)) & 0xffffn).toString(16)).join(':');
}
