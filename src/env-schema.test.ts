import { describe, expect, it } from 'vitest'

import { EnvError, parseEnv } from './env-schema'

const devSecret = () => 'd'.repeat(64)
const production = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://app:secret@db.internal:5432/portail',
  PAYLOAD_SECRET: 's'.repeat(40),
  SERVER_URL: 'https://portail.example.fr/',
  SMTP_HOST: 'smtp.example.fr',
  EMAIL_FROM_ADDRESS: 'ne-pas-repondre@example.fr',
  S3_BUCKET: 'portail-medias',
  STRIPE_SECRET_KEY: 'sk_live_abc',
  STRIPE_WEBHOOK_SECRET: 'whsec_abc',
  SITE_HOSTS_PROJETS: 'projets.example.fr',
  SITE_HOSTS_PARENTALITE: 'parentalite.example.fr,www.parentalite.example.fr',
}

function problemsOf(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source, devSecret)
    return []
  } catch (error) {
    if (error instanceof EnvError) return error.problems
    throw error
  }
}

describe('parseEnv in development', () => {
  it('needs nothing: embedded database, generated secret, outbox, test payments', () => {
    const env = parseEnv({}, devSecret)
    expect(env).toMatchObject({
      isProduction: false,
      usesEmbeddedDatabase: true,
      usesEmailOutbox: true,
      usesTestPayments: true,
      JOBS_AUTORUN: true,
      PORT: 3000,
      DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1:54329/portail',
      PAYLOAD_SECRET: 'd'.repeat(64),
      SERVER_URL: 'http://localhost:3000',
      SITE_HOSTS_PROJETS: ['localhost'],
      SITE_HOSTS_PARENTALITE: ['tne.localhost'],
    })
  })

  it('treats empty values as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', SMTP_HOST: '' }, devSecret).usesEmbeddedDatabase).toBe(true)
  })

  it('reads the map’s tile server, OpenStreetMap by default, or off', () => {
    expect(parseEnv({}, devSecret)).toMatchObject({
      MAP_TILE_URL: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      MAP_TILE_ATTRIBUTION: '© les contributeurs d’OpenStreetMap',
    })
    expect(
      parseEnv({ MAP_TILE_URL: 'https://tuiles.example.fr/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: '© IGN' }, devSecret),
    ).toMatchObject({ MAP_TILE_URL: 'https://tuiles.example.fr/{z}/{x}/{y}.png', MAP_TILE_ATTRIBUTION: '© IGN' })
    expect(parseEnv({ MAP_TILE_URL: 'off' }, devSecret).MAP_TILE_URL).toBe('off')
  })

  it('reads lists of site hosts', () => {
    const env = parseEnv({ SITE_HOSTS_PROJETS: 'Projets.Example.fr, www.projets.example.fr' }, devSecret)
    expect(env.SITE_HOSTS_PROJETS).toEqual(['projets.example.fr', 'www.projets.example.fr'])
  })
})

describe('parseEnv refusals: one readable line per bad variable', () => {
  it.each([
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL: must be a postgres:// connection string'],
    [{ PAYLOAD_SECRET: 'short' }, 'PAYLOAD_SECRET: must be at least 32 characters long'],
    [{ SERVER_URL: 'localhost' }, 'SERVER_URL: must be an absolute URL such as https://portail.example.fr'],
    [{ PORT: 'abc' }, 'PORT: must be a port number (1-65535)'],
    [
      { SITE_HOSTS_PROJETS: 'http://localhost:3000' },
      'SITE_HOSTS_PROJETS: hostnames only (no scheme, port or path), separated by commas',
    ],
    [{ STRIPE_SECRET_KEY: 'pk_test_123' }, 'STRIPE_SECRET_KEY: must start with sk_test_ or sk_live_'],
    [{ JOBS_AUTORUN: 'yes' }, 'JOBS_AUTORUN: must be true or false'],
    [
      { MAP_TILE_URL: 'https://tiles.example.fr/osm.png' },
      'MAP_TILE_URL: must be off or a tile URL template with {z}, {x} and {y}',
    ],
  ])('%j', (source, problem) => {
    expect(problemsOf(source)).toEqual([problem])
  })

  it('lists every bad variable at once, with a pointer to the README', () => {
    expect(() => parseEnv({ PAYLOAD_SECRET: 'short', SERVER_URL: 'nope' }, devSecret)).toThrow(
      /Invalid environment configuration:\n {2}- PAYLOAD_SECRET: .*\n {2}- SERVER_URL: .*\nSee the configuration table in README.md./,
    )
  })
})

describe('parseEnv in production: no development default', () => {
  it('accepts a complete configuration', () => {
    const env = parseEnv(production, devSecret)
    expect(env).toMatchObject({
      isProduction: true,
      usesEmbeddedDatabase: false,
      usesEmailOutbox: false,
      JOBS_AUTORUN: false,
      SERVER_URL: 'https://portail.example.fr',
    })
  })

  it('refuses to start without database, secret, URL, SMTP, sender and file storage', () => {
    expect(problemsOf({ NODE_ENV: 'production' })).toEqual([
      'DATABASE_URL: required in production (the embedded PostgreSQL is for development only)',
      'PAYLOAD_SECRET: required in production (at least 32 random characters)',
      'SERVER_URL: required in production (the public URL of the admin, e.g. https://portail.example.fr)',
      'SMTP_HOST: required in production (the local e-mail outbox is for development only)',
      'EMAIL_FROM_ADDRESS: required in production',
      'SITE_HOSTS_PROJETS: required in production: the public hostnames of this site (e.g. projets.example.fr)',
      'SITE_HOSTS_PARENTALITE: required in production: the public hostnames of this site (e.g. projets.example.fr)',
      'STRIPE_SECRET_KEY: required in production (the test payment provider is for development only)',
      'S3_BUCKET: required in production (or UPLOADS_DIR, a directory shared by every instance)',
    ])
  })

  it('wants the sites’ public hostnames, except on localhost', () => {
    expect(problemsOf({ ...production, SITE_HOSTS_PROJETS: undefined })).toEqual([
      'SITE_HOSTS_PROJETS: required in production: the public hostnames of this site (e.g. projets.example.fr)',
    ])
    expect(problemsOf({ ...production, SITE_HOSTS_PARENTALITE: 'tne.localhost' })).toHaveLength(1)
    const { SITE_HOSTS_PROJETS: _, SITE_HOSTS_PARENTALITE: __, ...withoutHosts } = production
    expect(problemsOf({ ...withoutHosts, SERVER_URL: 'http://localhost:4000' })).toEqual([])
  })

  it('wants https, except on localhost', () => {
    expect(problemsOf({ ...production, SERVER_URL: 'http://portail.example.fr' })).toEqual([
      'SERVER_URL: must use https in production (http is only accepted for localhost)',
    ])
    expect(problemsOf({ ...production, SERVER_URL: 'http://localhost:4000' })).toEqual([])
  })

  it('never uses the development secret', () => {
    let asked = false
    parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }, () => {
      asked = true
      return 'd'.repeat(64)
    })
    expect(asked).toBe(false)
  })

  it('runs the test payment provider in production only on localhost, when asked', () => {
    const { STRIPE_SECRET_KEY: _, STRIPE_WEBHOOK_SECRET: __, ...withoutStripe } = production
    expect(problemsOf({ ...withoutStripe, PAYMENTS_PROVIDER: 'test' })).toEqual([
      'STRIPE_SECRET_KEY: required in production: the test payment provider runs only on localhost',
    ])
    expect(
      parseEnv({ ...withoutStripe, PAYMENTS_PROVIDER: 'test', SERVER_URL: 'http://localhost:3100' }, devSecret)
        .usesTestPayments,
    ).toBe(true)
  })

  it('offers bank transfer in production only with a configured account', () => {
    expect(parseEnv(production, devSecret).bankTransfer).toBeNull()
    expect(parseEnv({}, devSecret).bankTransfer?.fictitious).toBe(true)
    expect(
      parseEnv(
        {
          ...production,
          TRANSFER_IBAN: 'FR76 3000 4000 0312 3456 7890 143',
          TRANSFER_BIC: 'BNPAFRPPXXX',
          TRANSFER_HOLDER: 'GIP',
        },
        devSecret,
      ).bankTransfer,
    ).toMatchObject({ holder: 'GIP', fictitious: false })
    expect(problemsOf({ ...production, TRANSFER_IBAN: 'FR76 3000 4000 0312 3456 7890 143' })).toEqual([
      'TRANSFER_BIC: TRANSFER_IBAN needs TRANSFER_BIC and TRANSFER_HOLDER',
    ])
  })

  it('wants both Stripe keys or neither', () => {
    expect(problemsOf({ ...production, STRIPE_WEBHOOK_SECRET: undefined })).toEqual([
      'STRIPE_WEBHOOK_SECRET: STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET go together',
    ])
  })
})

describe('TEACHER_EMAIL_DOMAINS', () => {
  it('defaults to the academic domains', () => {
    expect(parseEnv({}, devSecret).TEACHER_EMAIL_DOMAINS).toContain('ac-*.fr')
  })
  it('reads a comma-separated list', () => {
    expect(parseEnv({ TEACHER_EMAIL_DOMAINS: 'ac-*.fr, Ecole.Example ' }, devSecret).TEACHER_EMAIL_DOMAINS).toEqual([
      'ac-*.fr',
      'ecole.example',
    ])
  })
  it('refuses something that is not a domain', () => {
    expect(problemsOf({ TEACHER_EMAIL_DOMAINS: '@gmail.com' })[0]).toContain('TEACHER_EMAIL_DOMAINS')
  })
})

describe('uploads in production', () => {
  it('need S3 or a shared directory', () => {
    const { S3_BUCKET: _, ...withoutStorage } = production
    expect(problemsOf(withoutStorage).join('\n')).toContain('S3_BUCKET')
    expect(problemsOf({ ...withoutStorage, UPLOADS_DIR: '/srv/portail/uploads' })).toEqual([])
  })
  it('default to .data/uploads in development', () => expect(parseEnv({}, devSecret).UPLOADS_DIR).toBe('.data/uploads'))
})

describe('rate limits', () => {
  it('default to the documented limits, PostgreSQL counters and no trusted proxy', () => {
    const env = parseEnv({}, devSecret)
    expect(env.RATE_LIMITS['login.client']).toEqual({ kind: 'window', points: 30, durationSeconds: 900 })
    expect(env.REDIS_URL).toBeUndefined()
    expect(env.TRUSTED_PROXIES).toEqual([])
  })

  it('read overrides, Redis and the trusted proxies', () => {
    const env = parseEnv(
      {
        RATE_LIMITS: 'gift.client=40/2h',
        REDIS_URL: 'redis://cache.internal:6379/2',
        TRUSTED_PROXIES: '10.0.0.0/8, loopback',
      },
      devSecret,
    )
    expect(env.RATE_LIMITS['gift.client']).toEqual({ kind: 'window', points: 40, durationSeconds: 7200 })
    expect(env.RATE_LIMITS['gift.account']).toEqual({ kind: 'window', points: 10, durationSeconds: 3600 })
    expect(env.REDIS_URL).toBe('redis://cache.internal:6379/2')
    expect(env.TRUSTED_PROXIES).toEqual(['10.0.0.0/8', 'loopback'])
  })

  it('refuse bad values, naming the variable and what is wrong', () => {
    expect(problemsOf({ RATE_LIMITS: 'login.client=0/15m,connexion=5/1m' })).toEqual([
      expect.stringMatching(/^RATE_LIMITS: "login.client=0\/15m": expected <points>\/<duration>/),
      expect.stringMatching(/^RATE_LIMITS: "connexion" is not a known limit/),
    ])
    expect(problemsOf({ REDIS_URL: 'cache.internal:6379' })).toEqual(['REDIS_URL: must be a redis:// or rediss:// URL'])
    expect(problemsOf({ TRUSTED_PROXIES: '10.0.0.0/8, lb.internal' })).toEqual([
      'TRUSTED_PROXIES: not an address, a CIDR block, loopback or private: lb.internal',
    ])
  })
})
