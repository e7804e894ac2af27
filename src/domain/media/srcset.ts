/** A stored picture's variants as Payload records them (the original and its resized sizes). */
export type PictureVariants = {
  url?: string | null
  width?: number | null
  height?: number | null
  sizes?: Record<string, { url?: string | null; width?: number | null; height?: number | null } | undefined> | null
}

export type ResponsiveImage = { src: string; srcSet: string; width: number | undefined; height: number | undefined }

/**
 * The `src` and `srcset` of a picture: every variant with the picture's own proportions (a cropped
 * card would show another framing at another width), narrowest first, each once per width; `src` is
 * the widest. Null when the picture has no URL.
 */
export function responsiveImage(picture: PictureVariants, maxWidth = Number.POSITIVE_INFINITY): ResponsiveImage | null {
  const candidates = [
    ...Object.values(picture.sizes ?? {}),
    { url: picture.url, width: picture.width, height: picture.height },
  ].filter((v): v is { url: string; width: number; height: number } => Boolean(v?.url && v.width && v.height))
  if (!candidates.length)
    return picture.url
      ? { src: picture.url, srcSet: '', width: picture.width ?? undefined, height: picture.height ?? undefined }
      : null
  const reference = candidates.reduce((widest, v) => (v.width > widest.width ? v : widest))
  const ratio = reference.width / reference.height
  const byWidth = new Map<number, { url: string; width: number; height: number }>()
  for (const v of candidates) {
    if (Math.abs(v.width / v.height - ratio) / ratio > 0.02) continue
    if (v.width > maxWidth && v !== reference) continue
    if (!byWidth.has(v.width)) byWidth.set(v.width, v)
  }
  const kept = [...byWidth.values()].sort((a, b) => a.width - b.width)
  const largest = kept.filter((v) => v.width <= maxWidth).at(-1) ?? kept[0]
  return {
    src: largest.url,
    srcSet: kept.map((v) => `${v.url} ${v.width}w`).join(', '),
    width: largest.width,
    height: largest.height,
  }
}
