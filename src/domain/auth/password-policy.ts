import type { ZxcvbnFactory } from '@zxcvbn-ts/core'

import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-length'

/**
 * zxcvbn's score (0–4) a password must reach: 3 means at least 10⁸ guesses by its estimate of an
 * attacker who tries common passwords, French and English words, names, keyboard walks, dates
 * and the site's own words first.
 */
const PASSWORD_MIN_SCORE = 3

/** Words of the portal itself, which a password must not lean on ("portail2026", "parentalite123"). */
const SITE_WORDS = [
  'portail',
  'gip',
  'portaildugip',
  'projets',
  'projetsdecole',
  'ecole',
  'financementparticipatif',
  'parentalite',
  'parentaliteetnumerique',
  'numerique',
  'tne',
  'territoiresnumeriqueseducatifs',
  'mecenat',
  'donateur',
  'enseignant',
]

/** zxcvbn only analyses this many characters: a strong prefix is enough, and the cost stays bounded. */
const ANALYSED_LENGTH = 64

let estimator: Promise<ZxcvbnFactory> | null = null

/**
 * The strength estimator with the common-passwords list (breached passwords, diceware) and the
 * French dictionaries (common words, first names, last names, Wikipedia), AZERTY and QWERTY
 * keyboards, French feedback. Loaded on first use only: the dictionaries weigh megabytes.
 */
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory }, common, fr] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-fr'),
    ])
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...fr.dictionary },
      graphs: common.adjacencyGraphs,
      translations: fr.translations,
      maxLength: ANALYSED_LENGTH,
    })
  })().catch((error: unknown) => {
    estimator = null
    throw error
  })
  return estimator
}

const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`)

/** The words of the account (e-mail, names): "ines.martin@ac-lille.fr" → ines, martin, ac-lille… */
function personalWords(personal: readonly (string | null | undefined)[]): string[] {
  return personal
    .flatMap((value) => (value ?? '').toLowerCase().split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length >= 3)
}

/**
 * The single password rule of the portal (admin, sign-up, reset, `npm run admin:create`): 12 to
 * 128 characters, not only spaces, and hard to guess (zxcvbn score ≥ 3, counting the portal's
 * words and the account's own e-mail and names as known). Returns the French reason a password is
 * refused, with the estimator's advice, or null when it is acceptable.
 */
export async function checkPassword(
  password: string,
  personal: readonly (string | null | undefined)[] = [],
): Promise<string | null> {
  // Count code points, not UTF-16 units, so "é" or an emoji counts as one character.
  const length = [...password].length
  if (length < PASSWORD_MIN_LENGTH) {
    return `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`
  }
  if (length > PASSWORD_MAX_LENGTH) {
    return `Le mot de passe doit contenir au plus ${PASSWORD_MAX_LENGTH} caractères.`
  }
  if (password.trim().length === 0) return 'Le mot de passe ne peut pas être composé uniquement d’espaces.'
  const result = (await loadEstimator()).check(password, [...SITE_WORDS, ...personalWords(personal)])
  if (result.score >= PASSWORD_MIN_SCORE) return null
  const why = result.feedback.warning ? ` ${sentence(result.feedback.warning)}` : ''
  return `Ce mot de passe est trop facile à deviner.${why} Choisissez par exemple trois ou quatre mots sans rapport entre eux, séparés par des tirets ou des espaces.`
}
