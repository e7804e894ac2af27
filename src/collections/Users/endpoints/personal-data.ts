import type { Endpoint } from 'payload'

import { personalDataFileName } from '@/domain/accounts/personal-data'
import { refuse } from '@/endpoints/http'
import type { User } from '@/payload-types'
import { exportPersonalData } from '@/services/accounts/personal-data'

/**
 * GET /api/users/personal-data: the signed-in user's own data as a JSON file ("Mon espace",
 * "Télécharger mes données"). Signed out: a browser following the link goes to the sign-in page,
 * any other client gets 401.
 */
export const personalDataEndpoint: Endpoint = {
  path: '/personal-data',
  method: 'get',
  handler: async (req) => {
    const user = req.user
    if (!user || user.collection !== 'users') {
      if (req.headers.get('sec-fetch-mode') === 'navigate')
        return new Response(null, {
          status: 303,
          headers: { Location: '/connexion?suite=/mon-espace', 'Cache-Control': 'no-store' },
        })
      return refuse(401, 'Connectez-vous pour télécharger vos données.')
    }
    const now = new Date()
    const data = await exportPersonalData(req.payload, user as User & { collection: 'users' }, now)
    return new Response(`${JSON.stringify(data, null, 2)}\n`, {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${personalDataFileName(now)}"`,
        'Cache-Control': 'no-store, private',
        'X-Robots-Tag': 'noindex',
      },
    })
  },
}
