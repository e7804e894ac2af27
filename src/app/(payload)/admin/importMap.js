import { RowLabel as RowLabel_2987ba8231b7c7f5a580f3e3e96da0fa } from '../../../ui/admin/RowLabel'
import { WatchTenantCollection as WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { TenantField as TenantField_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { AssignTenantFieldTrigger as AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a } from '@payloadcms/plugin-multi-tenant/client'
import { EditingTipDescription as EditingTipDescription_32f1e7dd5e64670a1b3d607176a20321 } from '../../../ui/admin/EditingTipDescription'
import { ProjectWorkflow as ProjectWorkflow_cfd6afb80ffd93c4f5605062d43eb0ec } from '../../../ui/admin/ProjectWorkflow'
import { MoneyCell as MoneyCell_cfe80efef6529b0f546a5b8345190dd7 } from '../../../ui/admin/Money'
import { MoneyField as MoneyField_cfe80efef6529b0f546a5b8345190dd7 } from '../../../ui/admin/Money'
import { CalendarDayField as CalendarDayField_0d80a1015e11f2943223db48bad8c20a } from '../../../ui/admin/CalendarDayField'
import { HistoryRowLabel as HistoryRowLabel_2987ba8231b7c7f5a580f3e3e96da0fa } from '../../../ui/admin/RowLabel'
import { ExportProjectsLinks as ExportProjectsLinks_a4f2b0e7f3d9f03dabba8c28ae1c6558 } from '../../../ui/admin/ExportProjectsLinks'
import { DonationActions as DonationActions_aa330621c9761fa98f8fe059a776315e } from '../../../ui/admin/MoneyActions'
import { PayoutActions as PayoutActions_aa330621c9761fa98f8fe059a776315e } from '../../../ui/admin/MoneyActions'
import { FundBalance as FundBalance_9f93ac449ce9a6bc74942bf7d189b60e } from '../../../ui/admin/FundBalance'
import { ReceiptActions as ReceiptActions_82f743de9937914777c43af26f9dce03 } from '../../../ui/admin/ReceiptsTools'
import { ReceiptsTools as ReceiptsTools_82f743de9937914777c43af26f9dce03 } from '../../../ui/admin/ReceiptsTools'
import { ProgrammeStatementLinks as ProgrammeStatementLinks_4e90d3b838d9e590ce1b9f8a93fb02a6 } from '../../../ui/admin/ProgrammeStatementLinks'
import { ConventionWorkflow as ConventionWorkflow_60163824f14578c37480599088251f7a } from '../../../ui/admin/TneWorkflow'
import { Hint as Hint_31d7505dcd4683bfd2b8983e273382a1 } from '../../../ui/admin/Hint'
import { FundCallWorkflow as FundCallWorkflow_60163824f14578c37480599088251f7a } from '../../../ui/admin/TneWorkflow'
import { QuestionnaireLink as QuestionnaireLink_de10284e83bd071b64d1e0a5d35def2d } from '../../../ui/admin/QuestionnaireLink'
import { LinkToDoc as LinkToDoc_aead06e4cbf6b2620c5c51c9ab283634 } from '@payloadcms/plugin-search/client'
import { ReindexButton as ReindexButton_aead06e4cbf6b2620c5c51c9ab283634 } from '@payloadcms/plugin-search/client'
import { GlobalViewRedirect as GlobalViewRedirect_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { StatisticsNavLink as StatisticsNavLink_847a8ff5d8855e387f32d05d3e69892f } from '../../../ui/admin/statistics/StatisticsLink'
import { UndeliveredEmailsNavLink as UndeliveredEmailsNavLink_ab332e620c5fa0f046ae5622ec470da5 } from '../../../ui/admin/UndeliveredEmails'
import { UndeliveredEmailsNotice as UndeliveredEmailsNotice_ab332e620c5fa0f046ae5622ec470da5 } from '../../../ui/admin/UndeliveredEmails'
import { PlaceholderPages as PlaceholderPages_e99f5f135b94d408f8a58440eea04c4b } from '../../../ui/admin/PlaceholderPages'
import { ModerationQueue as ModerationQueue_3209f70ec18698edaf0bc0e689c8b17a } from '../../../ui/admin/ModerationQueue'
import { CoordinatorTasks as CoordinatorTasks_45af4056bdfe3bc16c544972527c5a67 } from '../../../ui/admin/RoleDashboards'
import { ReceiptsToIssue as ReceiptsToIssue_45af4056bdfe3bc16c544972527c5a67 } from '../../../ui/admin/RoleDashboards'
import { TneDashboard as TneDashboard_6d4c8cce05290a9b9e7e2c758b112121 } from '../../../ui/admin/TneDashboard'
import { StatisticsLink as StatisticsLink_847a8ff5d8855e387f32d05d3e69892f } from '../../../ui/admin/statistics/StatisticsLink'
import { TenantSelector as TenantSelector_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { TenantSelectionProvider as TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62 } from '@payloadcms/plugin-multi-tenant/rsc'
import { StatisticsView as StatisticsView_1a375f11e3e3d4aa5f0858bd324ecd1f } from '../../../ui/admin/statistics/StatisticsView'
import { UndeliveredEmailsView as UndeliveredEmailsView_ab332e620c5fa0f046ae5622ec470da5 } from '../../../ui/admin/UndeliveredEmails'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/ui/admin/RowLabel#RowLabel": RowLabel_2987ba8231b7c7f5a580f3e3e96da0fa,
  "@payloadcms/plugin-multi-tenant/client#WatchTenantCollection": WatchTenantCollection_1d0591e3cf4f332c83a86da13a0de59a,
  "@payloadcms/plugin-multi-tenant/client#TenantField": TenantField_1d0591e3cf4f332c83a86da13a0de59a,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-multi-tenant/client#AssignTenantFieldTrigger": AssignTenantFieldTrigger_1d0591e3cf4f332c83a86da13a0de59a,
  "/ui/admin/EditingTipDescription#EditingTipDescription": EditingTipDescription_32f1e7dd5e64670a1b3d607176a20321,
  "/ui/admin/ProjectWorkflow#ProjectWorkflow": ProjectWorkflow_cfd6afb80ffd93c4f5605062d43eb0ec,
  "/ui/admin/Money#MoneyCell": MoneyCell_cfe80efef6529b0f546a5b8345190dd7,
  "/ui/admin/Money#MoneyField": MoneyField_cfe80efef6529b0f546a5b8345190dd7,
  "/ui/admin/CalendarDayField#CalendarDayField": CalendarDayField_0d80a1015e11f2943223db48bad8c20a,
  "/ui/admin/RowLabel#HistoryRowLabel": HistoryRowLabel_2987ba8231b7c7f5a580f3e3e96da0fa,
  "/ui/admin/ExportProjectsLinks#ExportProjectsLinks": ExportProjectsLinks_a4f2b0e7f3d9f03dabba8c28ae1c6558,
  "/ui/admin/MoneyActions#DonationActions": DonationActions_aa330621c9761fa98f8fe059a776315e,
  "/ui/admin/MoneyActions#PayoutActions": PayoutActions_aa330621c9761fa98f8fe059a776315e,
  "/ui/admin/FundBalance#FundBalance": FundBalance_9f93ac449ce9a6bc74942bf7d189b60e,
  "/ui/admin/ReceiptsTools#ReceiptActions": ReceiptActions_82f743de9937914777c43af26f9dce03,
  "/ui/admin/ReceiptsTools#ReceiptsTools": ReceiptsTools_82f743de9937914777c43af26f9dce03,
  "/ui/admin/ProgrammeStatementLinks#ProgrammeStatementLinks": ProgrammeStatementLinks_4e90d3b838d9e590ce1b9f8a93fb02a6,
  "/ui/admin/TneWorkflow#ConventionWorkflow": ConventionWorkflow_60163824f14578c37480599088251f7a,
  "/ui/admin/Hint#Hint": Hint_31d7505dcd4683bfd2b8983e273382a1,
  "/ui/admin/TneWorkflow#FundCallWorkflow": FundCallWorkflow_60163824f14578c37480599088251f7a,
  "/ui/admin/QuestionnaireLink#QuestionnaireLink": QuestionnaireLink_de10284e83bd071b64d1e0a5d35def2d,
  "@payloadcms/plugin-search/client#LinkToDoc": LinkToDoc_aead06e4cbf6b2620c5c51c9ab283634,
  "@payloadcms/plugin-search/client#ReindexButton": ReindexButton_aead06e4cbf6b2620c5c51c9ab283634,
  "@payloadcms/plugin-multi-tenant/rsc#GlobalViewRedirect": GlobalViewRedirect_d6d5f193a167989e2ee7d14202901e62,
  "/ui/admin/statistics/StatisticsLink#StatisticsNavLink": StatisticsNavLink_847a8ff5d8855e387f32d05d3e69892f,
  "/ui/admin/UndeliveredEmails#UndeliveredEmailsNavLink": UndeliveredEmailsNavLink_ab332e620c5fa0f046ae5622ec470da5,
  "/ui/admin/UndeliveredEmails#UndeliveredEmailsNotice": UndeliveredEmailsNotice_ab332e620c5fa0f046ae5622ec470da5,
  "/ui/admin/PlaceholderPages#PlaceholderPages": PlaceholderPages_e99f5f135b94d408f8a58440eea04c4b,
  "/ui/admin/ModerationQueue#ModerationQueue": ModerationQueue_3209f70ec18698edaf0bc0e689c8b17a,
  "/ui/admin/RoleDashboards#CoordinatorTasks": CoordinatorTasks_45af4056bdfe3bc16c544972527c5a67,
  "/ui/admin/RoleDashboards#ReceiptsToIssue": ReceiptsToIssue_45af4056bdfe3bc16c544972527c5a67,
  "/ui/admin/TneDashboard#TneDashboard": TneDashboard_6d4c8cce05290a9b9e7e2c758b112121,
  "/ui/admin/statistics/StatisticsLink#StatisticsLink": StatisticsLink_847a8ff5d8855e387f32d05d3e69892f,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelector": TenantSelector_d6d5f193a167989e2ee7d14202901e62,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/plugin-multi-tenant/rsc#TenantSelectionProvider": TenantSelectionProvider_d6d5f193a167989e2ee7d14202901e62,
  "/ui/admin/statistics/StatisticsView#StatisticsView": StatisticsView_1a375f11e3e3d4aa5f0858bd324ecd1f,
  "/ui/admin/UndeliveredEmails#UndeliveredEmailsView": UndeliveredEmailsView_ab332e620c5fa0f046ae5622ec470da5,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
