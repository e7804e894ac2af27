/**
 * WCAG 2.1 contrast ratio between two #rrggbb colours. Site themes are data (a new programme is a
 * new tenant), so their colours are checked here instead of trusting each new theme.
 */
export const HEX_COLOUR = /^#[0-9a-f]{6}$/i

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

export function contrastRatio(foreground: string, background: string): number {
  if (!HEX_COLOUR.test(foreground) || !HEX_COLOUR.test(background)) {
    throw new RangeError(`Not a #rrggbb colour: ${foreground} / ${background}`)
  }
  const [light, dark] = [relativeLuminance(foreground), relativeLuminance(background)].sort((a, b) => b - a)
  return (light + 0.05) / (dark + 0.05)
}

/** Normal text needs 4.5:1 (WCAG 2.1 AA, RGAA criterion 3.2). */
export function hasReadableContrast(foreground: string, background: string): boolean {
  return contrastRatio(foreground, background) >= 4.5
}
