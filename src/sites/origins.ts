// Kept so that the pages' imports stay as they are: services build links too, so the origins live in src/domain.
export { allSiteOrigins, siteOrigin } from '@/domain/sites/origins'
