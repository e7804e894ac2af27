import { SITE_KINDS, type Site, siteOfKindOr404 } from './registry'

/** The site of a request if it is the TNE site (agenda, territories, questionnaires live there only). */
export const tneSite = (params: Promise<{ site: string }>): Promise<Site> => siteOfKindOr404(params, SITE_KINDS.parentalite)
