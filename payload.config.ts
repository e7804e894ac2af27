import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { postgresAdapter } from '@payloadcms/db-postgres'
import { multiTenantPlugin } from '@payloadcms/plugin-multi-tenant'
import { s3Storage } from '@payloadcms/storage-s3'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { fr } from '@payloadcms/translations/languages/fr'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { adminOnly, colleaguesOrSelf, withStaffOnlyDocumentLocks } from '@/access'
import { Academies } from '@/collections/Academies'
import { ConventionCounters } from '@/collections/ConventionCounters'
import { ConventionFiles } from '@/collections/ConventionFiles'
import { Conventions } from '@/collections/Conventions'
import { ActivityReports } from '@/collections/ActivityReports'
import { Departments } from '@/collections/Departments'
import { Documents } from '@/collections/Documents'
import { Donations } from '@/collections/Donations'
import { Establishments } from '@/collections/Establishments'
import { FiscalReceipts } from '@/collections/FiscalReceipts'
import { ExpertArticles } from '@/collections/ExpertArticles'
import { FundCalls } from '@/collections/FundCalls'
import { FundMovements } from '@/collections/FundMovements'
import { LedgerEntries } from '@/collections/LedgerEntries'
import { Media } from '@/collections/Media'
import { News } from '@/collections/News'
import { Pages } from '@/collections/Pages'
import { Programmes } from '@/collections/Programmes'
import { ProgrammeAdjustments } from '@/collections/Programmes/adjustments'
import { Partners } from '@/collections/Partners'
import { PaymentEvents } from '@/collections/PaymentEvents'
import { Payouts } from '@/collections/Payouts'
import { ProjectEdits } from '@/collections/ProjectEdits'
import { ProjectNews } from '@/collections/ProjectNews'
import { ProjectPictures } from '@/collections/ProjectPictures'
import { ReceiptFiles } from '@/collections/ReceiptFiles'
import { Projects } from '@/collections/Projects'
import { questionnairePlugin } from '@/collections/Questionnaire/plugin'
import { SiteSettings } from '@/collections/SiteSettings'
import { Sponsors } from '@/collections/Sponsors'
import { StructureSignatures } from '@/collections/StructureSignatures'
import { Structures } from '@/collections/Structures'
import { Tenants } from '@/collections/Tenants'
import { Territories } from '@/collections/Territories'
import { Themes } from '@/collections/Themes'
import { Users } from '@/collections/Users'
import { WorkshopKits } from '@/collections/WorkshopKits'
import { Workshops } from '@/collections/Workshops'
import { worksOnAllSites } from '@/domain/access/roles'
import { EditingTips } from '@/globals/EditingTips'
import { LegacyImportLabels } from '@/globals/LegacyImportLabels'
import { SolidarityFundSettings } from '@/globals/SolidarityFundSettings'
import { env } from '@/env'
import { statisticsEndpoint } from '@/endpoints/statistics'
import { stripeWebhookEndpoint } from '@/endpoints/stripe-webhook'
import { advanceCampaignsTask } from '@/jobs/advanceCampaigns'
import { applyPaymentEventTask } from '@/jobs/applyPaymentEvent'
import { applyRetentionTask } from '@/jobs/applyRetention'
import { issueReceiptsTask } from '@/jobs/issueReceipts'
import { publishScheduledContentTask } from '@/jobs/publishScheduledContent'
import { requestPasswordResetTask } from '@/jobs/requestPasswordReset'
import { sendEmailTask } from '@/jobs/sendEmail'
import { settleCampaignsTask } from '@/jobs/settleCampaigns'
import { apiHardening } from '@/plugins/api-hardening'
import { editorialPlugins } from '@/plugins/editorial'
import { ADMIN_ICON, frenchAdmin, frenchCollection } from '@/plugins/french-admin'
import { MAX_COMPLEXITY, graphqlLimits } from '@/services/api/graphql-limits'
import { frenchValidationMessage } from '@/services/api/french-validation'
import { withDatabaseRefusals } from '@/services/db/database-refusals'
import { withHandledStartFailure } from '@/services/db/handled-start-failure'
import { logPoolErrors } from '@/services/db/log-pool-errors'
import { startSharedCache } from '@/services/cache/shared-cache'
import { emailAdapter } from '@/services/email/adapter'
import { payloadLogger } from '@/services/logging/payload-logger'
import { addRetryAfterHeader } from '@/services/rate-limit/retry-after-hook'
import { addRateLimitsTable } from '@/services/rate-limit/table'
import { UPLOAD_COLLECTIONS, s3ClientConfig } from '@/services/media/stored-file'
import { allSiteOrigins } from '@/domain/sites/origins'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.SERVER_URL,
  secret: env.PAYLOAD_SECRET,
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: {
      title: 'Administration',
      titleSuffix: ' · Portail du GIP',
      description: 'L’administration du portail du GIP',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: ADMIN_ICON }],
    },
    // Not Gravatar (Payload's default): it would send a hash of each staff member's e-mail to a third party.
    avatar: 'default',
    components: {
      beforeDashboard: [
        '/ui/admin/UndeliveredEmails#UndeliveredEmailsNotice',
        '/ui/admin/PlaceholderPages#PlaceholderPages',
        '/ui/admin/ModerationQueue#ModerationQueue',
        '/ui/admin/RoleDashboards#CoordinatorTasks',
        '/ui/admin/RoleDashboards#ReceiptsToIssue',
        '/ui/admin/TneDashboard#TneDashboard',
        '/ui/admin/statistics/StatisticsLink#StatisticsLink',
      ],
      afterNavLinks: [
        '/ui/admin/statistics/StatisticsLink#StatisticsNavLink',
        '/ui/admin/UndeliveredEmails#UndeliveredEmailsNavLink',
      ],
      views: {
        statistics: { Component: '/ui/admin/statistics/StatisticsView#StatisticsView', path: '/statistiques' },
        undeliveredEmails: {
          Component: '/ui/admin/UndeliveredEmails#UndeliveredEmailsView',
          path: '/emails-non-envoyes',
        },
      },
    },
  },
  collections: [
    Tenants,
    Users,
    Pages,
    SiteSettings,
    Academies,
    Departments,
    Themes,
    Territories,
    Establishments,
    Structures,
    Projects,
    ProjectPictures,
    ProjectEdits,
    ProjectNews,
    Donations,
    PaymentEvents,
    LedgerEntries,
    Payouts,
    FundMovements,
    FiscalReceipts,
    ReceiptFiles,
    StructureSignatures,
    Sponsors,
    Programmes,
    ProgrammeAdjustments,
    Partners,
    Media,
    Documents,
    News,
    ExpertArticles,
    WorkshopKits,
    Conventions,
    ConventionFiles,
    ConventionCounters,
    FundCalls,
    Workshops,
    ActivityReports,
  ],
  globals: [EditingTips, SolidarityFundSettings, LegacyImportLabels],
  endpoints: [stripeWebhookEndpoint, statisticsEndpoint],
  editor: lexicalEditor(),
  // A value the database refuses ("abc" for an id…) is a 400 with a French message, not a 500.
  db: withDatabaseRefusals(
    withHandledStartFailure(
      postgresAdapter({
        pool: { connectionString: env.DATABASE_URL, max: 10 },
        // The schema only ever changes through committed migrations (src/migrations), in every
        // environment, so that development, tests and production run the same SQL.
        push: false,
        migrationDir: path.resolve(dirname, 'src/migrations'),
        // Tables Payload does not manage but its migrations create: the rate limits' counters.
        afterSchemaInit: [addRateLimitsTable],
      }),
    ),
  ),
  // French only: with English offered, Payload follows each browser's language, and the staff's screens
  // mixed English defaults with French labels (issue 20).
  i18n: { supportedLanguages: { fr }, fallbackLanguage: 'fr' },
  email: emailAdapter(env),
  // Browsers may only send credentialed requests from the portal's own origins.
  cors: allSiteOrigins(env),
  csrf: allSiteOrigins(env),
  cookiePrefix: 'portail',
  // A request refused by a rate limit (429) says when to try again.
  // A refused save names its fields by their French labels (issue 20).
  hooks: { afterError: [addRetryAfterHeader, frenchValidationMessage] },
  // Expensive queries are refused before any resolver runs: root fields, depth, page size, complexity (README, "Input and API limits").
  graphQL: { disableIntrospectionInProduction: true, maxComplexity: MAX_COMPLEXITY, validationRules: graphqlLimits },
  jobs: {
    tasks: [
      sendEmailTask,
      advanceCampaignsTask,
      applyPaymentEventTask,
      settleCampaignsTask,
      issueReceiptsTask,
      publishScheduledContentTask,
      applyRetentionTask,
      requestPasswordResetTask,
    ],
    access: { run: adminOnly, queue: adminOnly, cancel: adminOnly },
    // In development the queue runs inside `npm run dev`; in production `npm run jobs` runs it
    // in one separate worker (JOBS_AUTORUN=false on the web instances, the default there).
    autoRun: env.JOBS_AUTORUN ? [{ cron: '*/10 * * * * *', queue: 'default', limit: 20 }] : undefined,
    // Admins read the jobs (failed e-mails are listed at /admin/emails-non-envoyes); nobody writes them by hand.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...frenchCollection(defaultJobsCollection),
      labels: { singular: { fr: 'Tâche de fond', en: 'Job' }, plural: { fr: 'Tâches de fond', en: 'Jobs' } },
      access: { ...defaultJobsCollection.access, read: adminOnly },
      admin: { ...defaultJobsCollection.admin, hidden: false, group: { fr: 'Administration', en: 'Administration' } },
    }),
  },
  // Multipart bodies above this are cut off; each upload collection sets its own, lower, limit.
  upload: { limits: { fileSize: 20 * 1024 * 1024 } },
  plugins: [
    // Uploads go to S3 when a bucket is configured (production with several instances), to UPLOADS_DIR otherwise.
    // Each collection under its own prefix (the same names as UPLOADS_DIR's folders): two collections may hold
    // files of the same name. Its `prefix` column exists in every environment, so the migrations are the same.
    s3Storage({
      enabled: Boolean(env.S3_BUCKET),
      alwaysInsertFields: true,
      collections: Object.fromEntries(UPLOAD_COLLECTIONS.map((slug) => [slug, { prefix: slug }])),
      bucket: env.S3_BUCKET ?? '',
      config: s3ClientConfig(),
    }),
    // Editorial plugins before the multi-tenant one, so that it scopes their collections (redirects).
    ...editorialPlugins,
    // The parents' questionnaire (forms and anonymous answers), see src/collections/Questionnaire.
    questionnairePlugin,
    multiTenantPlugin({
      tenantsSlug: 'tenants',
      // Sites' content is public: each collection's own access decides (published for everyone, drafts and
      // writes for admins and editors, who work on every site). The plugin's access narrowing to the reader's
      // assigned sites is left out (`useTenantAccess: false`): it refused every signed-in account without a
      // site (donors, teachers, managers…) what anonymous visitors read. It still tags each document with its
      // site, refuses writes to a site the writer is not assigned to, and filters the admin's lists by site.
      collections: Object.fromEntries(
        ['pages', 'site-settings', 'news', 'expert-articles', 'workshop-kits', 'media', 'documents', 'redirects'].map(
          (slug) => [slug, { isGlobal: slug === 'site-settings', useTenantAccess: false }],
        ),
      ),
      useTenantsCollectionAccess: false,
      // Accounts are read by their own rule (colleaguesOrSelf: the staff see each other named), not narrowed to shared sites.
      usersAccessResultOverride: ({ accessKey, accessResult, ...args }) =>
        accessKey === 'read' ? colleaguesOrSelf(args) : accessResult,
      userHasAccessToAllTenants: worksOnAllSites,
      tenantsArrayField: {
        includeDefaultField: true,
        arrayFieldAccess: {
          create: ({ req }) => worksOnAllSites(req.user),
          update: ({ req }) => worksOnAllSites(req.user),
        },
      },
      tenantField: { access: { read: () => true } },
      i18n: {
        translations: {
          fr: {
            'nav-tenantSelector-label': 'Filtrer par site',
            'assign-tenant-button-label': 'Attribuer à un site',
            'field-assignedTenant-label': 'Site',
          },
        },
      },
    }),
    // Last, so that they see every collection: malformed queries and non-text values refused (issue 16);
    // French dates and labels on plugins' fields (issue 20).
    apiHardening,
    frenchAdmin,
  ],
  // One JSON line per entry (with the request's id) except in development; refusals (4xx) at info, without a stack trace.
  logger: payloadLogger({ json: env.NODE_ENV !== 'development' }),
  // With REDIS_URL, every process (web instances, jobs worker) joins the shared caches' invalidations.
  onInit: (payload) => {
    logPoolErrors(payload)
    startSharedCache()
  },
  sharp,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
}).then(withStaffOnlyDocumentLocks)
