/** The default icon of a site, until its editors upload one: the site's initial on its primary colour. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }

/** The first letter of the site's name ("Parentalité et Numérique" → "P"), or "·" for a name without any. */
export function siteInitial(name: string): string {
  const letter = name.normalize('NFC').match(/\p{L}/u)?.[0]
  return letter ? letter.toLocaleUpperCase('fr-FR') : '·'
}

/** A square SVG: a rounded tile of the colour with the initial in white (colours are checked readable on white). */
export function siteIconSvg(name: string, colour: string, size = 64): string {
  const fill = /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(colour) ? colour : '#000091'
  const initial = siteInitial(name).replace(/[&<>"']/g, (c) => ESCAPES[c])
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64"><rect width="64" height="64" rx="12" fill="${fill}"/><text x="32" y="45" font-family="Arial,Helvetica,sans-serif" font-size="36" font-weight="700" fill="#fff" text-anchor="middle">${initial}</text></svg>`
}
