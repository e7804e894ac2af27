import type { Media } from '@/payload-types'

type Size = 'card' | 'portrait' | 'medium' | 'large'

const WIDTHS: Record<Size, number> = { card: 640, portrait: 320, medium: 960, large: 1600 }

/**
 * An image of the `media` collection in one of its WebP renditions, with a srcset of the larger
 * ones. `decorative` images (beside a title that says it all) get an empty alt; others their
 * required alternative text.
 */
export function MediaImage({
  media,
  size,
  className,
  decorative = false,
  sizes,
  eager = false,
}: {
  media: unknown
  size: Size
  className?: string
  decorative?: boolean
  sizes?: string
  eager?: boolean
}) {
  if (!media || typeof media !== 'object') return null
  const image = media as Media
  const chosen = image.sizes?.[size]
  const src = chosen?.url ?? image.url
  if (!src) return null
  const widths = size === 'portrait' || size === 'card' ? [size] : (['medium', 'large'] as const)
  const srcSet = widths
    .map((name) =>
      image.sizes?.[name]?.url ? `${image.sizes[name]!.url} ${image.sizes[name]!.width ?? WIDTHS[name]}w` : null,
    )
    .filter(Boolean)
    .join(', ')
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      className={className}
      src={src}
      srcSet={srcSet || undefined}
      sizes={srcSet ? (sizes ?? '(max-width: 48rem) 100vw, 46rem') : undefined}
      alt={decorative ? '' : image.alt}
      width={chosen?.width ?? image.width ?? undefined}
      height={chosen?.height ?? image.height ?? undefined}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
    />
  )
}
