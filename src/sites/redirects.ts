import { notFound, permanentRedirect, redirect } from 'next/navigation'

import { getPayloadOrUnavailable } from '@/services/availability/get-payload'
import { findRedirect } from '@/services/content/public-content'

/** A missing page: the site's redirect of that path if an editor set one (plugin-redirects), else 404. */
export async function redirectOrNotFound(siteId: number, path: string): Promise<never> {
  const target = await findRedirect(await getPayloadOrUnavailable(), siteId, path)
  if (!target) notFound()
  if (target.permanent) permanentRedirect(target.to)
  redirect(target.to)
}
