/** A path of this site to go back to after signing in, or null: never another origin ("//evil", "https:"). */
export function localPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null
  return /^\/[\w\-./?=&%]*$/.test(value) ? value : null
}
