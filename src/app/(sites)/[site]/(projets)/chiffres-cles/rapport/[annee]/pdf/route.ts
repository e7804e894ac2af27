import { parseYear } from '@/domain/statistics/periods'
import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { clientAddress, consumeOrThrow, tooManyRequestsResponse } from '@/services/rate-limit'
import { loadActivityReport } from '@/services/statistics/report'
import { activityReportPdfCached } from '@/services/statistics/report-pdf'
import { SITE_KINDS, getSiteByHost } from '@/sites/registry'

export const dynamic = 'force-dynamic'

/**
 * GET /chiffres-cles/rapport/<année>/pdf: the yearly activity report as a PDF, drawn once per content
 * (src/services/statistics/report-pdf.ts) and rate-limited per client address.
 */
export async function GET(request: Request, { params }: { params: Promise<{ site: string; annee: string }> }) {
  try {
    await consumeOrThrow('report.client', clientAddress(request.headers))
  } catch (error) {
    const refusal = tooManyRequestsResponse(error, request)
    if (refusal) return refusal
    throw error
  }
  const { site: host, annee } = await params
  const site = await getSiteByHost(host)
  const year = parseYear(annee)
  const report =
    site?.kind === SITE_KINDS.projets && year ? await loadActivityReport(await getPayloadOrUnavailable(), year) : null
  if (!report)
    return new Response('Rapport introuvable.', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    })
  const pdf = await activityReportPdfCached(report)
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="rapport-activite-${year}.pdf"`,
      'Cache-Control': 'public, max-age=300',
    },
  })
}
