import PDFDocument from 'pdfkit'

// The standard fonts speak WinAnsi: narrow and no-break spaces become plain ones.
const clean = (text: string) => text.replace(/[\u202f\u2009\u00a0]/g, ' ')

/**
 * A small tagged PDF (RGAA 13.3: title, language, a heading and paragraphs in the structure tree),
 * so that the demo kits have real, accessible downloadable files without binaries in the repository.
 */
export function simplePdf(title: string, lines: string[]): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    lang: 'fr-FR',
    tagged: true,
    displayTitle: true,
    pdfVersion: '1.7',
    info: { Title: clean(title), Author: 'GIP' },
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const document = doc.struct('Document')
  doc.addStructure(document)
  document.add(doc.struct('H1', {}, () => doc.font('Helvetica-Bold').fontSize(18).text(clean(title)).moveDown(0.5)))
  for (const line of lines)
    document.add(doc.struct('P', {}, () => doc.font('Helvetica').fontSize(11).text(clean(line)).moveDown(0.3)))
  document.end()
  doc.end()
  return done
}
