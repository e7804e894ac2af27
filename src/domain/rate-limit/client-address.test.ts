import { describe, expect, it } from 'vitest'

import {
  NO_TRUSTED_PROXIES,
  addressBucket,
  decideClientAddress,
  normalizeIp,
  parseTrustedProxies,
} from './client-address'

const proxies = (...entries: string[]) => {
  const parsed = parseTrustedProxies(entries)
  if (!parsed.ok) throw new Error(`invalid: ${parsed.invalid.join(', ')}`)
  return parsed.proxies
}

describe('normalizeIp', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.7 ', '203.0.113.7'],
    ['203.0.113.7:51234', '203.0.113.7'],
    ['::ffff:203.0.113.7', '203.0.113.7'],
    ['2001:DB8::1', '2001:db8::1'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1'],
    ['unknown', null],
    ['', null],
    [null, null],
    ['999.1.1.1', null],
    ['1.2.3.4, 5.6.7.8', null],
  ])('%j → %j', (text, expected) => {
    expect(normalizeIp(text)).toBe(expected)
  })
})

describe('parseTrustedProxies', () => {
  it('reads addresses, CIDR blocks and the named ranges', () => {
    const trusted = proxies('10.0.0.5', '192.0.2.0/24', '2001:db8::/32', 'loopback')
    expect(['10.0.0.5', '192.0.2.200', '2001:db8:1::9', '127.0.0.1', '::1'].map(trusted.includes)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ])
    expect(['10.0.0.6', '192.0.3.1', '2001:db9::1', '8.8.8.8'].map(trusted.includes)).toEqual([
      false,
      false,
      false,
      false,
    ])
  })

  it('private covers the RFC 1918 and unique-local ranges', () => {
    const trusted = proxies('private')
    expect(['10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', 'fd00::1'].every(trusted.includes)).toBe(true)
    expect(['172.32.0.1', '11.0.0.1', '2001:db8::1'].some(trusted.includes)).toBe(false)
  })

  it('names every entry it cannot read', () => {
    expect(parseTrustedProxies(['10.0.0.0/33', 'proxy.example.fr', '10.0.0.1', '1.2.3.4/8/1', '::/129'])).toEqual({
      ok: false,
      invalid: ['10.0.0.0/33', 'proxy.example.fr', '1.2.3.4/8/1', '::/129'],
    })
  })
})

describe('decideClientAddress', () => {
  const lb = proxies('10.0.0.0/8')
  it.each([
    [
      'no proxy trusted: the peer, whatever X-Forwarded-For says',
      { peer: '203.0.113.7', forwardedFor: '1.1.1.1' },
      NO_TRUSTED_PROXIES,
      '203.0.113.7',
    ],
    [
      'a spoofed X-Forwarded-For from an untrusted peer is ignored',
      { peer: '198.51.100.9', forwardedFor: '10.0.0.1, 1.2.3.4' },
      lb,
      '198.51.100.9',
    ],
    ['the load balancer: the hop it added', { peer: '10.0.0.2', forwardedFor: '203.0.113.7' }, lb, '203.0.113.7'],
    [
      'the client’s own forged hops on the left are ignored',
      { peer: '10.0.0.2', forwardedFor: '1.1.1.1, 2.2.2.2, 203.0.113.7' },
      lb,
      '203.0.113.7',
    ],
    [
      'two trusted tiers (CDN then load balancer)',
      { peer: '10.0.0.2', forwardedFor: '6.6.6.6, 203.0.113.7, 10.9.9.9' },
      lb,
      '203.0.113.7',
    ],
    ['every hop trusted: the leftmost', { peer: '10.0.0.2', forwardedFor: '10.0.0.3, 10.0.0.4' }, lb, '10.0.0.3'],
    ['a trusted peer without X-Forwarded-For: the peer', { peer: '10.0.0.2', forwardedFor: null }, lb, '10.0.0.2'],
    [
      'garbage where the client should be: the last good hop',
      { peer: '10.0.0.2', forwardedFor: 'n’importe quoi' },
      lb,
      '10.0.0.2',
    ],
    [
      'hops with ports and mapped IPv4',
      { peer: '::ffff:10.0.0.2', forwardedFor: '203.0.113.7:4711' },
      lb,
      '203.0.113.7',
    ],
    ['no peer known', { peer: undefined, forwardedFor: '203.0.113.7' }, lb, null],
    ['a peer that is not an address', { peer: 'unix-socket', forwardedFor: '203.0.113.7' }, lb, null],
  ])('%s', (_case, request, trusted, expected) => {
    expect(decideClientAddress(request, trusted)).toBe(expected)
  })
})

describe('addressBucket', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7'],
    ['2001:db8:aaaa:bbbb:1:2:3:4', '2001:db8:aaaa:bbbb::/64'],
    ['2001:db8:aaaa:bbbb::99', '2001:db8:aaaa:bbbb::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['2001:0db8:0000:0001::1', '2001:db8:0:1::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('%s → %s', (ip, bucket) => {
    expect(addressBucket(ip)).toBe(bucket)
  })

  it('puts every address of one /64 in one bucket', () => {
    expect(new Set(['2001:db8:1:2::1', '2001:db8:1:2:ffff::9', '2001:db8:1:2:1:2:3:4'].map(addressBucket)).size).toBe(1)
  })
})
