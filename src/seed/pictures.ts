import sharp from 'sharp'

const PALETTES = [
  ['#1d4e89', '#7fb7be'],
  ['#2e7d32', '#c5e1a5'],
  ['#8a3b12', '#f4b183'],
  ['#5b2a86', '#c8b6e2'],
  ['#00695c', '#80cbc4'],
  ['#9c2a2a', '#f3b6b6'],
]

/**
 * A demo cover (no text, no faces): a gradient with soft shapes, different for each project, as a
 * PNG, so the catalogue shows pictures without shipping binary files in the repository.
 */
export async function demoCover(seed: number): Promise<Buffer> {
  const [dark, light] = PALETTES[seed % PALETTES.length]
  const circles = Array.from({ length: 5 }, (_, i) => {
    const x = (seed * 97 + i * 211) % 1200
    const y = (seed * 53 + i * 137) % 750
    const r = 60 + ((seed + i * 31) % 140)
    return `<circle cx="${x}" cy="${y}" r="${r}" fill="#ffffff" fill-opacity="${0.08 + (i % 3) * 0.06}"/>`
  }).join('')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="750"><defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${dark}"/><stop offset="1" stop-color="${light}"/></linearGradient></defs><rect width="1200" height="750" fill="url(#g)"/>${circles}</svg>`
  return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer()
}
