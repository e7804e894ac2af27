/**
 * The portal's rate limits: one named rule per action and per thing counted (a client address, an
 * account's e-mail, a trusted browser). Defaults below; `RATE_LIMITS` overrides any of them
 * (`login.client=50/15m,gift.account=20/1h`), parsed by `parseRateLimits`.
 */

/** `window`: at most `points` in `durationSeconds` (fixed window from the first hit). `backoff`: see `backoffDelaySeconds`. */
type LimitKind = 'window' | 'backoff'
export type LimitRule = { kind: LimitKind; points: number; durationSeconds: number }

export const LIMIT_NAMES = [
  'login.client',
  'login.account',
  'login.device',
  'signup.client',
  'signup.account',
  'password-reset.client',
  'password-reset.account',
  'questionnaire.client',
  'gift.client',
  'gift.account',
  'report.client',
] as const
export type LimitName = (typeof LIMIT_NAMES)[number]

const MINUTE = 60
const HOUR = 60 * MINUTE

export const DEFAULT_LIMITS: Record<LimitName, LimitRule> = {
  // Sign-in attempts per client address; a successful one is given back (a school's shared address is not punished for its users).
  'login.client': { kind: 'window', points: 30, durationSeconds: 15 * MINUTE },
  // Failed sign-ins per account from browsers it never signed in from: 5 free, then a growing delay; forgotten after a day.
  'login.account': { kind: 'backoff', points: 5, durationSeconds: 24 * HOUR },
  // Failed sign-ins per trusted browser (one where the account signed in before), which the account's delay does not slow.
  'login.device': { kind: 'window', points: 10, durationSeconds: 15 * MINUTE },
  'signup.client': { kind: 'window', points: 10, durationSeconds: HOUR },
  'signup.account': { kind: 'window', points: 3, durationSeconds: HOUR },
  'password-reset.client': { kind: 'window', points: 10, durationSeconds: HOUR },
  'password-reset.account': { kind: 'window', points: 3, durationSeconds: HOUR },
  'questionnaire.client': { kind: 'window', points: 5, durationSeconds: 10 * MINUTE },
  'gift.client': { kind: 'window', points: 20, durationSeconds: HOUR },
  'gift.account': { kind: 'window', points: 10, durationSeconds: HOUR },
  // The yearly report's PDF, rendered on each request.
  'report.client': { kind: 'window', points: 30, durationSeconds: 10 * MINUTE },
}

/** The first wait of a backoff limit, doubled after each further failure, up to the cap. */
const BACKOFF_FIRST_DELAY_SECONDS = 30
const BACKOFF_MAX_DELAY_SECONDS = 15 * MINUTE

/**
 * The wait imposed before the next attempt of a backoff limit, once `attempts` attempts were made
 * in its window: none within the free attempts (`free`), then 30 s, 1 min, 2 min, 4 min, 8 min,
 * and 15 min from then on.
 */
export function backoffDelaySeconds(attempts: number, free: number): number {
  const excess = attempts - free
  if (excess <= 0) return 0
  return Math.min(BACKOFF_MAX_DELAY_SECONDS, BACKOFF_FIRST_DELAY_SECONDS * 2 ** Math.min(excess - 1, 20))
}

const UNIT_SECONDS = { s: 1, m: MINUTE, h: HOUR, d: 24 * HOUR } as const

/** "10/15m" → 10 points per 900 seconds; null when it does not read as `<points>/<number><s|m|h|d>`. */
export function parseRule(text: string): { points: number; durationSeconds: number } | null {
  const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,5})\s*([smhd])\s*$/.exec(text)
  if (!match) return null
  const points = Number(match[1])
  const durationSeconds = Number(match[2]) * UNIT_SECONDS[match[3] as keyof typeof UNIT_SECONDS]
  if (points < 1 || durationSeconds < 1 || durationSeconds > 30 * 24 * HOUR) return null
  return { points, durationSeconds }
}

export type RateLimitsParse = { ok: true; limits: Record<LimitName, LimitRule> } | { ok: false; problems: string[] }

const isLimitName = (name: string): name is LimitName => (LIMIT_NAMES as readonly string[]).includes(name)

/**
 * The limits in force: the defaults, with the overrides of `RATE_LIMITS` (comma-separated
 * `<name>=<points>/<duration>`, duration in s, m, h or d, at most 30 days). Unknown names and bad
 * rules are refused, one problem each; a limit cannot be switched off.
 */
export function parseRateLimits(text: string | undefined): RateLimitsParse {
  const limits = { ...DEFAULT_LIMITS }
  const problems: string[] = []
  for (const entry of (text ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [name, value, extra] = entry.split('=').map((part) => part.trim())
    if (!name || value === undefined || extra !== undefined) {
      problems.push(`"${entry}": expected <name>=<points>/<duration>, e.g. login.client=30/15m`)
    } else if (!isLimitName(name)) {
      problems.push(`"${name}" is not a known limit (${LIMIT_NAMES.join(', ')})`)
    } else {
      const rule = parseRule(value)
      if (rule) limits[name] = { kind: DEFAULT_LIMITS[name].kind, ...rule }
      else
        problems.push(
          `"${entry}": expected <points>/<duration> with at least 1 point and a duration in s, m, h or d of at most 30 days, e.g. 30/15m`,
        )
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, limits }
}

/** A wait in French words, rounded up: "30 secondes", "1 minute", "15 minutes", "2 heures". */
export function describeWait(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds))
  if (s < MINUTE) return `${s} seconde${s > 1 ? 's' : ''}`
  if (s < 2 * HOUR) {
    const minutes = Math.ceil(s / MINUTE)
    return `${minutes} minute${minutes > 1 ? 's' : ''}`
  }
  const hours = Math.ceil(s / HOUR)
  return `${hours} heures`
}

type LimitAction = LimitName extends `${infer Action}.${string}` ? Action : never

const WHAT: Record<LimitAction, string> = {
  login:
    'Trop de tentatives de connexion. Réessayez dans {wait}, ou choisissez un nouveau mot de passe avec « Mot de passe oublié » : le lien reçu par e-mail fonctionne toujours.',
  signup: 'Trop d’inscriptions envoyées en peu de temps. Réessayez dans {wait}.',
  'password-reset':
    'Trop de demandes de nouveau mot de passe en peu de temps. Réessayez dans {wait} ; le dernier lien reçu reste valable une heure.',
  questionnaire: 'Trop de réponses envoyées depuis cette connexion : réessayez dans {wait}.',
  gift: 'Trop de dons enregistrés en peu de temps depuis cette connexion ou avec cette adresse e-mail. Réessayez dans {wait}.',
  report: 'Trop de téléchargements du rapport en peu de temps. Réessayez dans {wait}.',
}

/**
 * What a refused visitor reads: the action and the wait, the same words whichever of its limits
 * was reached (the client's or the account's), so that a refusal says nothing about an account.
 */
export function limitMessage(name: LimitName, retryAfterSeconds: number): string {
  const action = name.slice(0, name.indexOf('.')) as LimitAction
  return WHAT[action].replace('{wait}', describeWait(retryAfterSeconds))
}
