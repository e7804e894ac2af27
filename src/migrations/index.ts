import * as migration_20261127_111142_initial from './20261127_111142_initial';
import * as migration_20261127_120804_projects from './20261127_120804_projects';
import * as migration_20261127_121122_project_school_validation from './20261127_121122_project_school_validation';
import * as migration_20261127_121254_campaign_jobs from './20261127_121254_campaign_jobs';
import * as migration_20261127_122419_courte_echelle_suggestion from './20261127_122419_courte_echelle_suggestion';
import * as migration_20261127_124437_catalogue_search_index from './20261127_124437_catalogue_search_index';
import * as migration_20261127_124924_project_news from './20261127_124924_project_news';
import * as migration_20261127_134055_teacher_journey from './20261127_134055_teacher_journey';
import * as migration_20261127_140732_project_edits from './20261127_140732_project_edits';
import * as migration_20261127_143559_donations from './20261127_143559_donations';
import * as migration_20261127_163646_outcomes_and_fund from './20261127_163646_outcomes_and_fund';
import * as migration_20261127_170253_receipts from './20261127_170253_receipts';
import * as migration_20261127_172033_sponsors from './20261127_172033_sponsors';
import * as migration_20261127_180825_editorial_content from './20261127_180825_editorial_content';
import * as migration_20261127_180830_editorial_search_index from './20261127_180830_editorial_search_index';
import * as migration_20261127_181122_tne_operations from './20261127_181122_tne_operations';
import * as migration_20261127_181606_history_statistics_reports from './20261127_181606_history_statistics_reports';
import * as migration_20261127_181610_statistics_indexes from './20261127_181610_statistics_indexes';
import * as migration_20261127_182012_sponsor_logos from './20261127_182012_sponsor_logos';
import * as migration_20261127_205324_receipt_signatures_and_storage_prefixes from './20261127_205324_receipt_signatures_and_storage_prefixes';
import * as migration_20261206_061856_pages_placeholder from './20261206_061856_pages_placeholder';
import * as migration_20261206_063613_legacy_alternative_labels from './20261206_063613_legacy_alternative_labels';
import * as migration_20261206_064429_retention_markers from './20261206_064429_retention_markers';
import * as migration_20261206_070454_stored_file_original_names from './20261206_070454_stored_file_original_names';
import * as migration_20261206_073851_gift_holds from './20261206_073851_gift_holds';
import * as migration_20261206_081048_rate_limits_and_sign_in from './20261206_081048_rate_limits_and_sign_in';
import * as migration_20261206_094837_project_news_pictures from './20261206_094837_project_news_pictures';
import * as migration_20261206_095853_admin_french_names_site_icons from './20261206_095853_admin_french_names_site_icons';
import * as migration_20261206_102354_site_settings_legal_pages from './20261206_102354_site_settings_legal_pages';
import * as migration_20261206_103628_catalogue_sort_indexes from './20261206_103628_catalogue_sort_indexes';

export const migrations = [
  {
    up: migration_20261127_111142_initial.up,
    down: migration_20261127_111142_initial.down,
    name: '20261127_111142_initial',
  },
  {
    up: migration_20261127_120804_projects.up,
    down: migration_20261127_120804_projects.down,
    name: '20261127_120804_projects',
  },
  {
    up: migration_20261127_121122_project_school_validation.up,
    down: migration_20261127_121122_project_school_validation.down,
    name: '20261127_121122_project_school_validation',
  },
  {
    up: migration_20261127_121254_campaign_jobs.up,
    down: migration_20261127_121254_campaign_jobs.down,
    name: '20261127_121254_campaign_jobs',
  },
  {
    up: migration_20261127_122419_courte_echelle_suggestion.up,
    down: migration_20261127_122419_courte_echelle_suggestion.down,
    name: '20261127_122419_courte_echelle_suggestion',
  },
  {
    up: migration_20261127_124437_catalogue_search_index.up,
    down: migration_20261127_124437_catalogue_search_index.down,
    name: '20261127_124437_catalogue_search_index',
  },
  {
    up: migration_20261127_124924_project_news.up,
    down: migration_20261127_124924_project_news.down,
    name: '20261127_124924_project_news',
  },
  {
    up: migration_20261127_134055_teacher_journey.up,
    down: migration_20261127_134055_teacher_journey.down,
    name: '20261127_134055_teacher_journey',
  },
  {
    up: migration_20261127_140732_project_edits.up,
    down: migration_20261127_140732_project_edits.down,
    name: '20261127_140732_project_edits',
  },
  {
    up: migration_20261127_143559_donations.up,
    down: migration_20261127_143559_donations.down,
    name: '20261127_143559_donations',
  },
  {
    up: migration_20261127_163646_outcomes_and_fund.up,
    down: migration_20261127_163646_outcomes_and_fund.down,
    name: '20261127_163646_outcomes_and_fund',
  },
  {
    up: migration_20261127_170253_receipts.up,
    down: migration_20261127_170253_receipts.down,
    name: '20261127_170253_receipts',
  },
  {
    up: migration_20261127_172033_sponsors.up,
    down: migration_20261127_172033_sponsors.down,
    name: '20261127_172033_sponsors',
  },
  {
    up: migration_20261127_180825_editorial_content.up,
    down: migration_20261127_180825_editorial_content.down,
    name: '20261127_180825_editorial_content',
  },
  {
    up: migration_20261127_180830_editorial_search_index.up,
    down: migration_20261127_180830_editorial_search_index.down,
    name: '20261127_180830_editorial_search_index',
  },
  {
    up: migration_20261127_181122_tne_operations.up,
    down: migration_20261127_181122_tne_operations.down,
    name: '20261127_181122_tne_operations',
  },
  {
    up: migration_20261127_181606_history_statistics_reports.up,
    down: migration_20261127_181606_history_statistics_reports.down,
    name: '20261127_181606_history_statistics_reports',
  },
  {
    up: migration_20261127_181610_statistics_indexes.up,
    down: migration_20261127_181610_statistics_indexes.down,
    name: '20261127_181610_statistics_indexes',
  },
  {
    up: migration_20261127_182012_sponsor_logos.up,
    down: migration_20261127_182012_sponsor_logos.down,
    name: '20261127_182012_sponsor_logos',
  },
  {
    up: migration_20261127_205324_receipt_signatures_and_storage_prefixes.up,
    down: migration_20261127_205324_receipt_signatures_and_storage_prefixes.down,
    name: '20261127_205324_receipt_signatures_and_storage_prefixes',
  },
  {
    up: migration_20261206_061856_pages_placeholder.up,
    down: migration_20261206_061856_pages_placeholder.down,
    name: '20261206_061856_pages_placeholder',
  },
  {
    up: migration_20261206_063613_legacy_alternative_labels.up,
    down: migration_20261206_063613_legacy_alternative_labels.down,
    name: '20261206_063613_legacy_alternative_labels',
  },
  {
    up: migration_20261206_064429_retention_markers.up,
    down: migration_20261206_064429_retention_markers.down,
    name: '20261206_064429_retention_markers',
  },
  {
    up: migration_20261206_070454_stored_file_original_names.up,
    down: migration_20261206_070454_stored_file_original_names.down,
    name: '20261206_070454_stored_file_original_names',
  },
  {
    up: migration_20261206_073851_gift_holds.up,
    down: migration_20261206_073851_gift_holds.down,
    name: '20261206_073851_gift_holds',
  },
  {
    up: migration_20261206_081048_rate_limits_and_sign_in.up,
    down: migration_20261206_081048_rate_limits_and_sign_in.down,
    name: '20261206_081048_rate_limits_and_sign_in',
  },
  {
    up: migration_20261206_094837_project_news_pictures.up,
    down: migration_20261206_094837_project_news_pictures.down,
    name: '20261206_094837_project_news_pictures',
  },
  {
    up: migration_20261206_095853_admin_french_names_site_icons.up,
    down: migration_20261206_095853_admin_french_names_site_icons.down,
    name: '20261206_095853_admin_french_names_site_icons',
  },
  {
    up: migration_20261206_102354_site_settings_legal_pages.up,
    down: migration_20261206_102354_site_settings_legal_pages.down,
    name: '20261206_102354_site_settings_legal_pages',
  },
  {
    up: migration_20261206_103628_catalogue_sort_indexes.up,
    down: migration_20261206_103628_catalogue_sort_indexes.down,
    name: '20261206_103628_catalogue_sort_indexes',
  },
];
