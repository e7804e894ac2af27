import sharp from 'sharp'

const PALETTES = [
  ['#6a1b5d', '#e8c6e0'],
  ['#18753c', '#c3e6cf'],
  ['#1d4e89', '#c7dcf2'],
  ['#8a3b12', '#f4d2bd'],
  ['#5b2a86', '#ddd0ee'],
]

/** A neutral silhouette on a coloured disc (no face, no text): the demo experts' "photos". */
export async function silhouette(seed: number): Promise<Buffer> {
  const [dark, light] = PALETTES[seed % PALETTES.length]
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="640"><rect width="640" height="640" fill="${light}"/><circle cx="320" cy="250" r="120" fill="${dark}"/><ellipse cx="320" cy="600" rx="230" ry="190" fill="${dark}"/></svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}

/** An abstract banner (shapes only) for kits and news. */
export async function banner(seed: number): Promise<Buffer> {
  const [dark, light] = PALETTES[seed % PALETTES.length]
  const shapes = Array.from(
    { length: 6 },
    (_, i) =>
      `<rect x="${(seed * 131 + i * 197) % 1400}" y="${(seed * 71 + i * 113) % 800}" width="${120 + ((seed + i * 37) % 220)}" height="${120 + ((seed + i * 53) % 220)}" rx="40" fill="#ffffff" fill-opacity="${0.1 + (i % 3) * 0.08}"/>`,
  ).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${light}"/></linearGradient></defs><rect width="1600" height="900" fill="url(#g)"/>${shapes}</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
