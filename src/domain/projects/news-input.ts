/** A project news item as its owner writes it in "Mon espace". */
export const NEWS_TITLE_MAX = 140
export const NEWS_BODY_MAX = 5000
export const NEWS_PICTURES_MAX = 6
export const NEWS_PICTURE_SLOTS = 3

export type NewsVisibility = 'public' | 'donors'
export type NewsInput = { title: string; body: string; visibility: NewsVisibility }
export type NewsParse = { ok: true; data: NewsInput } | { ok: false; errors: Record<string, string> }

/** Checks the typed title, text and audience; errors keyed by field name, in French. */
export function parseNewsInput(values: Record<string, string | undefined>): NewsParse {
  const title = values.title?.trim() ?? ''
  const body = values.body?.trim() ?? ''
  const errors: Record<string, string> = {}
  if (!title) errors.title = 'Donnez un titre à votre actualité.'
  else if (title.length > NEWS_TITLE_MAX) errors.title = `Le titre ne doit pas dépasser ${NEWS_TITLE_MAX} caractères.`
  if (!body) errors.body = 'Écrivez le texte de votre actualité.'
  else if (body.length > NEWS_BODY_MAX) errors.body = `Le texte ne doit pas dépasser ${NEWS_BODY_MAX} caractères.`
  const visibility = values.visibility
  if (visibility !== 'public' && visibility !== 'donors')
    errors.visibility = 'Choisissez qui peut lire cette actualité.'
  if (Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, data: { title, body, visibility: visibility as NewsVisibility } }
}

/** How many pictures a news item may still receive, given those it keeps. */
export const picturesRoom = (kept: number): number => Math.max(0, NEWS_PICTURES_MAX - kept)
