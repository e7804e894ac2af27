import PDFDocument from 'pdfkit'

import { formatDate, formatEuros } from '@/domain/text/format'

export type ReceiptForPdf = {
  number: string
  form: 'cerfa_11580' | 'cerfa_16216'
  issuedAt: string
  amountCents: number
  amountInWords: string
  giftDate: string
  paymentMethod: string
  donor: {
    firstName?: string | null
    lastName?: string | null
    companyName?: string | null
    legalForm?: string | null
    siren?: string | null
    address?: string | null
    postcode?: string | null
    city?: string | null
    country?: string | null
  }
  issuer: {
    name?: string | null
    legalId?: string | null
    address?: string | null
    purpose?: string | null
    signatoryName?: string | null
    signatoryRole?: string | null
    signature?: Buffer | null
  }
  /** The number of the receipt this one cancels and replaces. */
  replaces?: string | null
}

// The PDF's standard fonts speak WinAnsi: the narrow spaces of French number formatting become plain ones.
const clean = (text: string | null | undefined) => (text ?? '').replace(/[\u202f\u2009]/g, ' ')
const day = (iso: string) => formatDate(iso.slice(0, 10))

const FORMS = {
  cerfa_11580: {
    cerfa: 'Cerfa n° 11580*05',
    title: 'Reçu au titre des dons à certains organismes d’intérêt général',
    article: 'article 200 du code général des impôts (CGI)',
  },
  cerfa_16216: {
    cerfa: 'Cerfa n° 16216*02',
    title:
      'Reçu des dons et versements effectués par les entreprises au titre de l’article 238 bis du code général des impôts',
    article: 'article 238 bis du code général des impôts (CGI)',
  },
} as const

/** Writes one receipt on `doc`, from a new page. Real text: selectable and read by screen readers. */
function writeReceipt(doc: PDFKit.PDFDocument, receipt: ReceiptForPdf) {
  const form = FORMS[receipt.form]
  const { donor, issuer } = receipt
  const heading = (text: string) =>
    doc.moveDown(0.8).font('Helvetica-Bold').fontSize(11).text(clean(text)).font('Helvetica').fontSize(10).moveDown(0.2)
  const line = (label: string, value: string | null | undefined) =>
    doc
      .font('Helvetica-Bold')
      .text(`${clean(label)} : `, { continued: true })
      .font('Helvetica')
      .text(clean(value) || '—')

  doc.font('Helvetica').fontSize(9).text(form.cerfa, { align: 'right' })
  doc.font('Helvetica-Bold').fontSize(14).text(clean(form.title), { align: 'center' })
  doc.font('Helvetica').fontSize(10).text(`(${form.article})`, { align: 'center' }).moveDown(0.5)
  doc
    .font('Helvetica-Bold')
    .fontSize(12)
    .text(`Numéro d’ordre du reçu : ${receipt.number}`, { align: 'center' })
    .font('Helvetica')
    .fontSize(10)
  if (receipt.replaces) doc.text(`Ce reçu annule et remplace le reçu n° ${receipt.replaces}.`, { align: 'center' })

  heading('Bénéficiaire des versements')
  line('Nom ou dénomination', issuer.name)
  line('SIREN ou RNA', issuer.legalId)
  line('Adresse', issuer.address?.replace(/\n+/g, ', '))
  line('Objet', issuer.purpose)
  doc.text('Organisme d’intérêt général ayant un caractère éducatif.')

  heading(receipt.form === 'cerfa_16216' ? 'Entreprise donatrice' : 'Donateur')
  if (receipt.form === 'cerfa_16216') {
    line('Dénomination', donor.companyName)
    line('Forme juridique', donor.legalForm)
    line('SIREN', donor.siren)
  } else {
    line('Nom', donor.lastName)
    line('Prénoms', donor.firstName)
  }
  line(
    'Adresse',
    [donor.address, [donor.postcode, donor.city].filter(Boolean).join(' '), donor.country].filter(Boolean).join(', '),
  )

  heading('Versement')
  doc.text(
    clean(
      `Le bénéficiaire reconnaît avoir reçu au titre des dons et versements ouvrant droit à réduction d’impôt la somme de : ${formatEuros(receipt.amountCents)}`,
    ),
  )
  line('Somme en toutes lettres', receipt.amountInWords)
  line('Date du versement ou du don', day(receipt.giftDate))
  doc.moveDown(0.4)
  doc.text(
    clean(
      `Le bénéficiaire certifie sur l’honneur que les dons et versements qu’il reçoit ouvrent droit à la réduction d’impôt prévue à l’${form.article}.`,
    ),
  )
  line('Forme du don', 'Déclaration de don manuel')
  line('Nature du don', 'Numéraire')
  line('Mode de versement', receipt.paymentMethod)

  heading('Date et signature')
  doc.text(clean(`Fait le ${day(receipt.issuedAt)}.`))
  const signatory = clean([issuer.signatoryName, issuer.signatoryRole].filter(Boolean).join(', ') || issuer.name || '')
  doc.text(signatory)
  if (issuer.signature) {
    // A figure with its text alternative in the tagged PDF (screen readers announce it).
    const image = issuer.signature
    doc.addStructure(
      doc.struct('Figure', { alt: `Signature de ${signatory}` }, () => doc.image(image, { fit: [180, 60] })),
    )
  }
}

async function render(receipts: ReceiptForPdf[], title: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    lang: 'fr-FR',
    displayTitle: true,
    info: { Title: clean(title), Author: 'Portail du GIP', Subject: 'Reçu fiscal' },
    pdfVersion: '1.7',
    tagged: true,
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  receipts.forEach((receipt, index) => {
    if (index > 0) doc.addPage()
    writeReceipt(doc, receipt)
  })
  doc.end()
  return done
}

/** One receipt, as a PDF. */
export const receiptPdf = (receipt: ReceiptForPdf) => render([receipt], `Reçu fiscal n° ${receipt.number}`)

/** A donor's yearly statement: every receipt of the year, one per page. */
export const yearlyStatementPdf = (receipts: ReceiptForPdf[], year: number) => render(receipts, `Reçus fiscaux ${year}`)
