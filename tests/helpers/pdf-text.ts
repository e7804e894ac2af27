import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

/** The text of a PDF, page by page, as a reader (or a screen reader) would get it. */
export async function pdfText(data: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise
  const pages: string[] = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''))
  }
  await pdf.destroy()
  return pages.join('\n\f\n')
}

/** The images drawn on a PDF's pages, and the text alternatives of its tagged figures. */
export async function pdfFigures(data: Uint8Array): Promise<{ images: number; alternatives: string[] }> {
  const pdf = await getDocument({ data: new Uint8Array(data), verbosity: 0 }).promise
  let images = 0
  const alternatives: string[] = []
  type Node = { role?: string; alt?: string; children?: Node[] }
  const walk = (node: Node | null) => {
    if (!node) return
    if (node.role === 'Figure' && node.alt) alternatives.push(node.alt)
    node.children?.forEach(walk)
  }
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n)
    images += (await page.getOperatorList()).fnArray.filter((op) => op === OPS.paintImageXObject).length
    walk((await page.getStructTree()) as Node | null)
  }
  await pdf.destroy()
  return { images, alternatives }
}
