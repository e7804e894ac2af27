import type { Payload } from 'payload'
import sharp from 'sharp'

/** A demo signature: a handwritten-like stroke drawn in SVG, rasterised to PNG (the formats a receipt embeds). */
const SIGNATURE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="360" height="120">
  <path d="M14 86 C 36 14, 66 12, 84 72 S 126 118, 146 60 S 190 18, 214 70 S 262 104, 286 52 S 322 30, 346 44" fill="none" stroke="#1b2a6b" stroke-width="4" stroke-linecap="round"/>
  <path d="M60 98 L 300 92" fill="none" stroke="#1b2a6b" stroke-width="2" stroke-linecap="round"/>
</svg>`

/** Gives a new demo structure a signature image (its receipts print it). */
export async function seedSignature(payload: Payload, structureId: number): Promise<void> {
  const structure = await payload.findByID({ collection: 'structures', id: structureId, depth: 0 })
  const data = await sharp(Buffer.from(SIGNATURE_SVG)).png().toBuffer()
  const signature = await payload.create({
    collection: 'structure-signatures',
    data: { structure: structureId },
    file: { data, mimetype: 'image/png', name: `signature-${structureId}.png`, size: data.length },
    depth: 0,
  })
  await payload.update({
    collection: 'structures',
    id: structureId,
    data: { signatory: { ...structure.signatory, signature: signature.id } },
    depth: 0,
  })
}
