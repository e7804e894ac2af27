import { SITE_KINDS, type Site, siteOfKindOr404 } from './registry'

/** The site of a request if it is the crowdfunding site (teachers' and donors' pages live there only). */
export const crowdfundingSite = (params: Promise<{ site: string }>): Promise<Site> => siteOfKindOr404(params, SITE_KINDS.projets)
