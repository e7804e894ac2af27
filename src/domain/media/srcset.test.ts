import { describe, expect, it } from 'vitest'

import { responsiveImage } from './srcset'

const cover = {
  url: '/media/cover.png',
  width: 1200,
  height: 750,
  sizes: {
    card: { url: '/media/cover-640x400.webp', width: 640, height: 400 },
    large: { url: '/media/cover-1200x750.webp', width: 1200, height: 750 },
  },
}

describe('responsiveImage', () => {
  it('lists each width once, narrowest first, the resized variant before the original of the same width', () => {
    expect(responsiveImage(cover)).toEqual({
      src: '/media/cover-1200x750.webp',
      srcSet: '/media/cover-640x400.webp 640w, /media/cover-1200x750.webp 1200w',
      width: 1200,
      height: 750,
    })
  })

  it('leaves out a card cropped to other proportions than the picture', () => {
    const portrait = {
      url: '/p.jpg',
      width: 900,
      height: 1200,
      sizes: {
        card: { url: '/p-card.webp', width: 640, height: 400 },
        large: { url: null, width: null, height: null },
      },
    }
    expect(responsiveImage(portrait)).toEqual({ src: '/p.jpg', srcSet: '/p.jpg 900w', width: 900, height: 1200 })
  })

  it('keeps src at most as wide as asked, with wider variants for dense screens', () => {
    const wide = {
      ...cover,
      width: 3000,
      height: 1875,
      url: '/big.png',
      sizes: { ...cover.sizes, large: { url: '/large.webp', width: 1280, height: 800 } },
    }
    expect(responsiveImage(wide, 1280)).toEqual({
      src: '/large.webp',
      srcSet: '/media/cover-640x400.webp 640w, /large.webp 1280w, /big.png 3000w',
      width: 1280,
      height: 800,
    })
  })

  it('falls back to the original alone, or nothing without a URL', () => {
    expect(responsiveImage({ url: '/x.png', width: null, height: null, sizes: null })).toEqual({
      src: '/x.png',
      srcSet: '',
      width: undefined,
      height: undefined,
    })
    expect(responsiveImage({ url: null })).toBeNull()
  })
})
