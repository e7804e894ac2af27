/**
 * The former platform's words for our themes and project kinds (issue 15): which of ours a label
 * names, and, when none, which of ours it probably means.
 *
 * - **Accepted** (the same label): equal once case, accents, surrounding and repeated spaces and the
 *   apostrophe's form (’ or ') are ignored (`labelKey`), like every other word of the import
 *   (`fold`): "sport" or "SPORT" for "Sport", "Developpement durable" for "Développement durable".
 *   Compared with the target's name, its other labels (a theme's slug, a kind's usual words) and the
 *   alternative labels an admin gave it.
 * - **Proposed, never applied** (probably the same): equal once ligatures (œ, æ), punctuation and
 *   hyphens, small words (le, la, de, et…) and a final plural s or x are ignored, or the same words in
 *   another order, or one is the other plus trailing words, on a word boundary ("échanges
 *   interculturels" → "Échanges interculturels et international"; never "Art" → "Artisanat").
 */
import { PROJECT_KINDS } from '@/domain/projects/options'

import { fold } from './legacy-values'

export type LegacyKind = (typeof PROJECT_KINDS)[number]['value']

/** The key two labels share when they are the same label. */
export function labelKey(text: string): string {
  return fold(text)
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/\s+/g, ' ')
}

const SMALL_WORDS = new Set([
  'a',
  'au',
  'aux',
  'd',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'ou',
  'un',
  'une',
])
/** A plural's singular, roughly: "sciences" → "science", "jeux" → "jeu", "internationaux" → "international", "bateaux" → "bateau". */
function singular(word: string): string {
  if (word.length <= 3) return word
  if (word.endsWith('eaux')) return word.slice(0, -1)
  if (word.endsWith('aux')) return `${word.slice(0, -3)}al`
  return word.replace(/[sx]$/, '')
}

/** The words that carry a label's meaning, for proposals: "L’Art & les cultures !" → ["art", "culture"]. */
export function looseWords(text: string): string[] {
  return fold(text)
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .split(/[^a-z0-9]+/)
    .filter((word) => word && !SMALL_WORDS.has(word))
    .map(singular)
}

const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((word, i) => word === b[i])

/** How far two labels' words are: 0 the same words, 1 the same in another order, 1 + n n trailing words more; undefined unrelated. */
function distance(a: readonly string[], b: readonly string[]): number | undefined {
  if (!a.length || !b.length) return undefined
  if (sameWords(a, b)) return 0
  if (sameWords([...a].sort(), [...b].sort())) return 1
  const [short, long] = a.length <= b.length ? [a, b] : [b, a]
  if (short.length < long.length && short.join('').length >= 3 && sameWords(short, long.slice(0, short.length)))
    return 1 + long.length - short.length
  return undefined
}

/** Our targets (a theme's id, a kind) with their names, by every label that names them. */
export type LabelTable<T> = {
  byKey: ReadonlyMap<string, T>
  names: ReadonlyMap<T, string>
  words: readonly { words: string[]; target: T }[]
}

/**
 * `targets`: each with its name and its other accepted labels. When two targets claim one label, a
 * name wins over another label, then the first listed (the admin's forms refuse such clashes).
 */
function labelTable<T>(targets: readonly { value: T; name: string; labels: readonly string[] }[]): LabelTable<T> {
  const byKey = new Map<string, T>()
  const claim = (label: string, target: T) => {
    const key = labelKey(label)
    if (key && !byKey.has(key)) byKey.set(key, target)
  }
  for (const t of targets) claim(t.name, t.value)
  for (const t of targets) for (const label of t.labels) claim(label, t.value)
  return {
    byKey,
    names: new Map(targets.map((t) => [t.value, t.name])),
    words: targets.flatMap((t) =>
      [t.name, ...t.labels].map((label) => ({ words: looseWords(label), target: t.value })),
    ),
  }
}

/** The target `label` names, if any. */
export function matchLabel<T>(table: LabelTable<T>, label: string): T | undefined {
  return table.byKey.get(labelKey(label))
}

/** Names of the targets `label` probably means, closest first (at most `max`); none for an accepted label. */
export function proposeLabels<T>(table: LabelTable<T>, label: string, max = 3): string[] {
  if (matchLabel(table, label) !== undefined) return []
  const words = looseWords(label)
  const best = new Map<T, number>()
  for (const candidate of table.words) {
    const d = distance(words, candidate.words)
    if (d !== undefined && d < (best.get(candidate.target) ?? Infinity)) best.set(candidate.target, d)
  }
  return [...best]
    .map(([target, d]) => ({ name: table.names.get(target)!, d }))
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name, 'fr'))
    .slice(0, max)
    .map((p) => p.name)
}

/**
 * Labels an admin adds (`entries`, each for a target) that already name another target: in `taken`,
 * or earlier in `entries`. `heldBy` is that other target's name. The same label twice for one target
 * is no clash.
 */
export function findLabelClashes<T>(
  entries: readonly { label: string; target: T }[],
  taken: LabelTable<T>,
): { index: number; heldBy: string }[] {
  const held = new Map(taken.byKey)
  const clashes: { index: number; heldBy: string }[] = []
  entries.forEach(({ label, target }, index) => {
    const key = labelKey(label)
    if (!key) return
    const holder = held.get(key)
    if (holder === undefined) held.set(key, target)
    else if (holder !== target) clashes.push({ index, heldBy: taken.names.get(holder) ?? String(holder) })
  })
  return clashes
}

/** Words the import accepts for each kind besides its French name (the former platform's usual ones). */
const USUAL_KIND_WORDS: Record<LegacyKind, readonly string[]> = {
  outing: [],
  stay_with_nights: ['séjour'],
  international_trip: ['voyage'],
  equipment: ['matériel'],
  creation_show: ['création', 'spectacle'],
  other: [],
}

/** The kinds by their French names, their usual words and the admin's alternative labels. */
export function kindTable(
  alternativeLabels: readonly { kind: LegacyKind; label: string }[] = [],
): LabelTable<LegacyKind> {
  return labelTable(
    PROJECT_KINDS.map(({ value, label }) => ({
      value,
      name: label,
      labels: [...USUAL_KIND_WORDS[value], ...alternativeLabels.filter((a) => a.kind === value).map((a) => a.label)],
    })),
  )
}

/** The themes by their names, slugs and the admin's alternative labels. */
export function themeTable(
  themes: readonly { id: number; name: string; slug: string; alternativeLabels?: readonly string[] }[],
): LabelTable<number> {
  return labelTable(
    themes.map((t) => ({ value: t.id, name: t.name, labels: [t.slug, ...(t.alternativeLabels ?? [])] })),
  )
}
