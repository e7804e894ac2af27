/**
 * The environment's schema, pure: `parseEnv` validates a copy of the environment and returns the
 * typed settings, or throws an EnvError with one readable line per bad variable. `src/env.ts`
 * applies it to `process.env`.
 */
import { z } from 'zod'

import { DEFAULT_ACADEMIC_DOMAINS } from './domain/auth/academic-email'
import { parseTrustedProxies } from './domain/rate-limit/client-address'
import { DEFAULT_LIMITS, type LimitName, type LimitRule, parseRateLimits } from './domain/rate-limit/limits'

export const EMBEDDED_DATABASE_NAME = 'portail'

/** A comma-separated, lower-cased list of at least one item, each matching `item`. */
const commaList = (item: RegExp, what: string, hint: string) =>
  z
    .string()
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim().toLowerCase())
        .filter(Boolean),
    )
    .refine((entries) => entries.length > 0, `must list at least one ${what}`)
    .refine((entries) => entries.every((entry) => item.test(entry)), hint)

const hostList = commaList(/^[a-z0-9.-]+$/, 'hostname', 'hostnames only (no scheme, port or path), separated by commas')
const domainPatterns = commaList(
  /^[a-z0-9*-]+(\.[a-z0-9*-]+)+$/,
  'domain',
  'domains such as ac-*.fr, separated by commas',
)

const booleanFlag = z
  .enum(['true', 'false', '1', '0'], { message: 'must be true or false' })
  .transform((v) => v === 'true' || v === '1')

/** `RATE_LIMITS`: overrides of the default limits, `<name>=<points>/<duration>`, comma-separated. */
const rateLimits = z.string().transform((value, ctx) => {
  const parsed = parseRateLimits(value)
  if (parsed.ok) return parsed.limits
  for (const problem of parsed.problems) ctx.addIssue({ code: 'custom', message: problem })
  return z.NEVER
})

/** `TRUSTED_PROXIES`: the proxies whose X-Forwarded-For is believed, as addresses, CIDR blocks, `loopback` or `private`. */
const trustedProxies = z.string().transform((value, ctx) => {
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
  const parsed = parseTrustedProxies(entries)
  if (parsed.ok) return entries
  ctx.addIssue({
    code: 'custom',
    message: `not an address, a CIDR block, loopback or private: ${parsed.invalid.join(', ')}`,
  })
  return z.NEVER
})

const port = z.coerce.number({ message: 'must be a port number (1-65535)' }).int().min(1).max(65535)

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    // Set by Next.js while it builds: runtime settings are not needed (nor checked) then.
    NEXT_PHASE: z.string().optional(),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string')
      .optional(),
    EMBEDDED_POSTGRES_PORT: port.default(54329),
    PAYLOAD_SECRET: z.string().min(32, 'must be at least 32 characters long').optional(),
    SERVER_URL: z.url({ message: 'must be an absolute URL such as https://portail.example.fr' }).optional(),
    PORT: port.default(3000),
    SITE_HOSTS_PROJETS: hostList.default(['localhost']),
    SITE_HOSTS_PARENTALITE: hostList.default(['tne.localhost']),
    TEACHER_EMAIL_DOMAINS: domainPatterns.default([...DEFAULT_ACADEMIC_DOMAINS]),
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: port.default(587),
    SMTP_SECURE: booleanFlag.default(false),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    EMAIL_FROM_ADDRESS: z.email({ message: 'must be an e-mail address' }).default('ne-pas-repondre@localhost'),
    EMAIL_FROM_NAME: z.string().min(1).default('Portail du GIP'),
    STRIPE_SECRET_KEY: z
      .string()
      .regex(/^sk_(test|live)_/, 'must start with sk_test_ or sk_live_')
      .optional(),
    STRIPE_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_/, 'must start with whsec_')
      .optional(),
    // `test` runs the local test provider; in production it is accepted only on localhost (browser tests, benchmarks).
    PAYMENTS_PROVIDER: z.enum(['stripe', 'test']).optional(),
    // The account donors pay bank transfers into; without it, bank transfer is not offered (a fictitious one in development).
    TRANSFER_IBAN: z
      .string()
      .regex(/^[A-Z]{2}\d{2}[A-Z0-9 ]{10,40}$/, 'must be an IBAN (e.g. FR76 3000 …)')
      .optional(),
    TRANSFER_BIC: z
      .string()
      .regex(/^[A-Z0-9]{8}([A-Z0-9]{3})?$/, 'must be a BIC of 8 or 11 characters')
      .optional(),
    TRANSFER_HOLDER: z.string().min(1).optional(),
    JOBS_AUTORUN: booleanFlag.optional(),
    // Uploaded files: a local directory (development, or a volume shared by every instance), or S3.
    UPLOADS_DIR: z.string().min(1).optional(),
    S3_BUCKET: z.string().min(1).optional(),
    S3_REGION: z.string().min(1).default('fr-par'),
    S3_ENDPOINT: z.url({ message: 'must be the URL of the S3 service' }).optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: booleanFlag.default(false),
    // The TNE agenda's map: a raster tile server ({z}/{x}/{y}), or `off` for markers on a plain background.
    MAP_TILE_URL: z
      .string()
      .refine(
        (v) => v === 'off' || (/^https?:\/\/[^\s]+$/.test(v) && ['{z}', '{x}', '{y}'].every((p) => v.includes(p))),
        'must be off or a tile URL template with {z}, {x} and {y}',
      )
      .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
    MAP_TILE_ATTRIBUTION: z.string().min(1).default('© les contributeurs d’OpenStreetMap'),
    // Rate limits (src/services/rate-limit): counters in PostgreSQL, or in Redis when REDIS_URL is set.
    RATE_LIMITS: rateLimits.optional(),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')
      .optional(),
    // Prefix of the keys and channel of the shared caches in Redis (src/services/cache/shared-cache.ts): one per deployment.
    REDIS_KEY_PREFIX: z
      .string()
      .regex(/^[\w:.-]{1,64}$/, 'must be 1 to 64 letters, digits, _ : . or -')
      .default('portail:'),
    TRUSTED_PROXIES: trustedProxies.default([]),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV !== 'production' || value.NEXT_PHASE === 'phase-production-build') return
    const requiredInProduction: [keyof typeof value, string][] = [
      ['DATABASE_URL', 'required in production (the embedded PostgreSQL is for development only)'],
      ['PAYLOAD_SECRET', 'required in production (at least 32 random characters)'],
      ['SERVER_URL', 'required in production (the public URL of the admin, e.g. https://portail.example.fr)'],
      ['SMTP_HOST', 'required in production (the local e-mail outbox is for development only)'],
    ]
    for (const [key, message] of requiredInProduction) {
      if (value[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message })
    }
    if (
      value.SERVER_URL?.startsWith('http://') &&
      !/^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/.test(value.SERVER_URL)
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['SERVER_URL'],
        message: 'must use https in production (http is only accepted for localhost)',
      })
    }
    if (value.EMAIL_FROM_ADDRESS.endsWith('@localhost')) {
      ctx.addIssue({ code: 'custom', path: ['EMAIL_FROM_ADDRESS'], message: 'required in production' })
    }
    const onLocalhost = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/.test(value.SERVER_URL ?? '')
    // The sites' hosts default to *.localhost for development; a public deployment names its own.
    for (const key of ['SITE_HOSTS_PROJETS', 'SITE_HOSTS_PARENTALITE'] as const) {
      if (!onLocalhost && value[key].every((host) => host === 'localhost' || host.endsWith('.localhost'))) {
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: 'required in production: the public hostnames of this site (e.g. projets.example.fr)',
        })
      }
    }
    if (value.PAYMENTS_PROVIDER === 'test' ? !onLocalhost : !value.STRIPE_SECRET_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['STRIPE_SECRET_KEY'],
        message:
          value.PAYMENTS_PROVIDER === 'test'
            ? 'required in production: the test payment provider runs only on localhost'
            : 'required in production (the test payment provider is for development only)',
      })
    }
    if (value.TRANSFER_IBAN && (!value.TRANSFER_BIC || !value.TRANSFER_HOLDER)) {
      ctx.addIssue({
        code: 'custom',
        path: ['TRANSFER_BIC'],
        message: 'TRANSFER_IBAN needs TRANSFER_BIC and TRANSFER_HOLDER',
      })
    }
    if (!value.S3_BUCKET && !value.UPLOADS_DIR) {
      ctx.addIssue({
        code: 'custom',
        path: ['S3_BUCKET'],
        message: 'required in production (or UPLOADS_DIR, a directory shared by every instance)',
      })
    }
    if (Boolean(value.STRIPE_SECRET_KEY) !== Boolean(value.STRIPE_WEBHOOK_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: ['STRIPE_WEBHOOK_SECRET'],
        message: 'STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET go together',
      })
    }
  })

export type RawEnv = z.infer<typeof EnvSchema>

export type Env = Omit<
  RawEnv,
  'DATABASE_URL' | 'PAYLOAD_SECRET' | 'SERVER_URL' | 'JOBS_AUTORUN' | 'UPLOADS_DIR' | 'RATE_LIMITS'
> & {
  DATABASE_URL: string
  /** Where uploads are stored when S3 is not configured (default .data/uploads). */
  UPLOADS_DIR: string
  PAYLOAD_SECRET: string
  SERVER_URL: string
  JOBS_AUTORUN: boolean
  isProduction: boolean
  /** True when no DATABASE_URL was given: the dev script runs an embedded PostgreSQL under .data/. */
  usesEmbeddedDatabase: boolean
  /** True when no SMTP_HOST was given: e-mails are written to .data/outbox/ as .eml files. */
  usesEmailOutbox: boolean
  /** True when no Stripe keys were given (or PAYMENTS_PROVIDER=test): payments run through the local test provider. */
  usesTestPayments: boolean
  /** The account bank transfers are paid into, or null when bank transfer is not offered. */
  bankTransfer: { iban: string; bic: string; holder: string; fictitious: boolean } | null
  /** Every rate limit in force: the defaults of src/domain/rate-limit/limits.ts with RATE_LIMITS' overrides. */
  RATE_LIMITS: Record<LimitName, LimitRule>
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Invalid environment configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\n` +
        'See the configuration table in README.md.',
    )
    this.name = 'EnvError'
  }
}

type Source = Record<string, string | undefined>

/** Validates a copy of the environment. `devSecret` supplies the development secret when none is set. */
export function parseEnv(source: Source, devSecret: () => string): Env {
  // Empty strings count as unset, so `FOO=` in a .env file does not bypass a default.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''))
  const result = EnvSchema.safeParse(cleaned)
  if (!result.success) {
    throw new EnvError(result.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`))
  }
  const raw = result.data
  const isProduction = raw.NODE_ENV === 'production'
  return {
    ...raw,
    isProduction,
    DATABASE_URL:
      raw.DATABASE_URL ??
      `postgres://postgres:postgres@127.0.0.1:${raw.EMBEDDED_POSTGRES_PORT}/${EMBEDDED_DATABASE_NAME}`,
    // In production a missing secret was refused above, except while `next build` runs.
    PAYLOAD_SECRET: raw.PAYLOAD_SECRET ?? (isProduction ? 'unused-while-building-'.padEnd(32, '-') : devSecret()),
    SERVER_URL: (raw.SERVER_URL ?? `http://localhost:${raw.PORT}`).replace(/\/$/, ''),
    JOBS_AUTORUN: raw.JOBS_AUTORUN ?? !isProduction,
    UPLOADS_DIR: raw.UPLOADS_DIR ?? '.data/uploads',
    RATE_LIMITS: raw.RATE_LIMITS ?? DEFAULT_LIMITS,
    usesEmbeddedDatabase: raw.DATABASE_URL === undefined,
    usesEmailOutbox: raw.SMTP_HOST === undefined,
    usesTestPayments: raw.PAYMENTS_PROVIDER === 'test' || raw.STRIPE_SECRET_KEY === undefined,
    bankTransfer: raw.TRANSFER_IBAN
      ? { iban: raw.TRANSFER_IBAN, bic: raw.TRANSFER_BIC!, holder: raw.TRANSFER_HOLDER!, fictitious: false }
      : isProduction
        ? null
        : {
            iban: 'FR76 0000 0000 0000 0000 0000 000',
            bic: 'TESTFRPPXXX',
            holder: 'GIP — compte fictif de démonstration',
            fictitious: true,
          },
  }
}
