import { responsiveImage, type PictureVariants } from '@/domain/media/srcset'

/** A project picture with its resized variants in `srcset`; `sizes` says how wide the layout shows it. */
export function Picture({
  picture,
  alt,
  sizes,
  className,
  eager,
}: {
  picture: PictureVariants
  alt: string
  sizes: string
  className?: string
  eager?: boolean
}) {
  const image = responsiveImage(picture)
  if (!image) return null
  return (
    // eslint-disable-next-line @next/next/no-img-element
    <img
      className={className}
      src={image.src}
      srcSet={image.srcSet || undefined}
      sizes={image.srcSet ? sizes : undefined}
      alt={alt}
      width={image.width}
      height={image.height}
      loading={eager ? 'eager' : 'lazy'}
      fetchPriority={eager ? 'high' : undefined}
      decoding="async"
    />
  )
}
