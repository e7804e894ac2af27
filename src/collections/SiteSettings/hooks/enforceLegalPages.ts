import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { declarationProblems, legalNoticeProblems } from '@/domain/sites/legal-pages'
import type { SiteSetting } from '@/payload-types'

/** The accessibility declaration and the legal notice carry every required section, consistently (src/domain/sites/legal-pages.ts). */
export const enforceLegalPages: CollectionBeforeValidateHook<SiteSetting> = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  const errors = [...declarationProblems(merged.accessibility), ...legalNoticeProblems(merged.legalNotice)]
  if (errors.length) throw new ValidationError({ collection: 'site-settings', errors })
  return data
}
