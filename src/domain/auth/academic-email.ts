/**
 * Teachers sign up with their professional address. The accepted domains are a configurable list
 * of patterns where `*` stands for one name part, e.g. `ac-*.fr` accepts `ac-versailles.fr` and
 * `ac-aix-marseille.fr`, but neither `ac-.fr` nor `mail.ac-lyon.fr`.
 */
export const DEFAULT_ACADEMIC_DOMAINS = [
  'ac-*.fr',
  'ac-*.nc',
  'ac-*.pf',
  'ac-*.wf',
  'education.gouv.fr',
  'educagri.fr',
  'aefe.fr',
] as const

const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&')

function patternToRegExp(pattern: string): RegExp {
  return new RegExp(`^${pattern.trim().toLowerCase().split('*').map(escape).join('[a-z0-9-]+')}$`)
}

/** The domain of an e-mail address, lower-cased; null when it is not an address. */
export function emailDomain(email: string): string | null {
  const match = /^[^\s@]+@([^\s@]+\.[^\s@]+)$/.exec(email.trim())
  return match ? match[1].toLowerCase() : null
}

/** Whether the address belongs to one of the academic domains. */
export function isAcademicEmail(email: string, patterns: readonly string[]): boolean {
  const domain = emailDomain(email)
  if (!domain) return false
  return patterns.some((pattern) => patternToRegExp(pattern).test(domain))
}
