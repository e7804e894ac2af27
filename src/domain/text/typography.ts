/**
 * French typography for text shown to readers: the spaces that must not break.
 *
 * - a narrow no-break space (U+202F) before ; ! ? and %, and between the groups of a number
 *   ("20 000", as `Intl.NumberFormat('fr-FR')` writes it);
 * - a no-break space (U+00A0) before : and €, after « and before »;
 * - URLs, e-mail addresses and times ("17:00") are left alone; a space is added where French
 *   requires one and the writer left none ("Bonjour!" → "Bonjour !", "«oui»" → "« oui »").
 *
 * Only ordinary spaces are replaced, so applying it twice changes nothing.
 */
export const NBSP = '\u00a0'
export const NNBSP = '\u202f'

// URLs (with a scheme or starting www.), e-mail addresses: copied as they are.
const UNTOUCHABLE =
  /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)[^\s<>«»"]*[^\s<>«»".,;:!?)\]]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu

// What may stand right before ; ! ? : or » without a space in the writer's text.
const WORD_END = String.raw`[\p{L}\p{N})\]’”]`

function typesetPlain(text: string): string {
  return (
    text
      // Existing spaces (one or more, tabs included) before the high punctuation.
      .replace(/[ \t]+([;!?])/g, `${NNBSP}$1`)
      .replace(/[ \t]+(:)/g, `${NBSP}$1`)
      .replace(/[ \t]+»/g, `${NBSP}»`)
      .replace(/«[ \t]+/g, `«${NBSP}`)
      // Missing spaces: "Bonjour!" and "«oui»"; not "17:00" or "?!" (only after a word).
      .replace(new RegExp(`(${WORD_END})([;!?])`, 'gu'), `$1${NNBSP}$2`)
      .replace(new RegExp(`(${WORD_END}):(?!\\d)`, 'gu'), `$1${NBSP}:`)
      .replace(new RegExp(`(${WORD_END}|[.!?…])»`, 'gu'), `$1${NBSP}»`)
      .replace(/«(?=[\p{L}\p{N}])/gu, `«${NBSP}`)
      // Numbers: "20 000", "1 370 000" (groups of exactly three digits after the first).
      .replace(/(\d)[ \t\u00a0](?=\d{3}(?!\d))/g, `$1${NNBSP}`)
      // Units: "20 000 €", "94 %".
      .replace(/(\d)[ \t]*€/g, `$1${NBSP}€`)
      .replace(/(\d)[ \t\u00a0]*%/g, `$1${NNBSP}%`)
  )
}

/** `text` with French no-break spaces; URLs, e-mail addresses and times untouched. */
export function typeset(text: string): string {
  let out = ''
  let last = 0
  // After a URL or an address, the plain text is typeset as if a word stood before it ("x@y.fr!").
  const plain = (from: number, to: number) =>
    from === 0 ? typesetPlain(text.slice(from, to)) : typesetPlain(`x${text.slice(from, to)}`).slice(1)
  for (const match of text.matchAll(UNTOUCHABLE)) {
    out += plain(last, match.index) + match[0]
    last = match.index + match[0].length
  }
  return out + plain(last, text.length)
}

export type TypographyFault = { at: number; excerpt: string; rule: string }

const FAULTS: { rule: string; pattern: RegExp }[] = [
  { rule: 'espace sécable avant ; ! ? : ou »', pattern: /[ \t][;!?:»]/g },
  { rule: 'espace sécable après «', pattern: /«[ \t]/g },
  { rule: 'espace manquante avant ; ! ?', pattern: new RegExp(`${WORD_END}[;!?]`, 'gu') },
  { rule: 'espace sécable dans un nombre', pattern: /\d[ \t]\d{3}(?!\d)/g },
  { rule: 'espace sécable ou manquante avant € ou %', pattern: /\d[ \t]?[€%]/g },
]

/** The places where `text` breaks French typography (URLs, e-mails and times excepted): [] when none. */
export function typographyFaults(text: string): TypographyFault[] {
  const masked = text.replace(UNTOUCHABLE, (match) => 'x'.repeat(match.length))
  const faults: TypographyFault[] = []
  for (const { rule, pattern } of FAULTS) {
    for (const match of masked.matchAll(pattern)) {
      faults.push({ at: match.index, excerpt: text.slice(Math.max(0, match.index - 20), match.index + 20), rule })
    }
  }
  return faults.sort((a, b) => a.at - b.at)
}

/** "1 jour", "8 jours": a count and its noun, singular for 0 and 1 as French has it, never "jour(s)". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count.toLocaleString('fr-FR')}${NBSP}${Math.abs(count) < 2 ? singular : plural}`
}

/** "17 h", "9 h 05": a time of day as French writes it, not "17:00". */
export function frenchTime(hours: number, minutes: number): string {
  return minutes === 0 ? `${hours}${NBSP}h` : `${hours}${NBSP}h${NBSP}${String(minutes).padStart(2, '0')}`
}

type LexicalNode = {
  type?: string
  text?: string
  format?: number | string
  children?: LexicalNode[]
  [key: string]: unknown
}

// Lexical's "code" text format bit: code keeps its characters.
const CODE_FORMAT = 16

/** A copy of a Lexical rich-text value whose text nodes are typeset (code excepted). */
export function typesetRichText<T>(value: T): T {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return value
  const walk = (node: LexicalNode): LexicalNode => {
    const copy: LexicalNode = { ...node }
    if (
      typeof node.text === 'string' &&
      node.type === 'text' &&
      !(typeof node.format === 'number' && node.format & CODE_FORMAT)
    )
      copy.text = typeset(node.text)
    if (Array.isArray(node.children) && node.type !== 'code') copy.children = node.children.map(walk)
    return copy
  }
  return { ...(value as object), root: walk(root) } as T
}
