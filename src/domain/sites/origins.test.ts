import { describe, expect, it } from 'vitest'

import { allSiteOrigins, siteOrigin } from './origins'

describe('site origins', () => {
  it('puts a site host on the scheme and port of SERVER_URL', () => {
    expect(siteOrigin({ SERVER_URL: 'http://localhost:3000' }, 'projets.localhost')).toBe(
      'http://projets.localhost:3000',
    )
    expect(siteOrigin({ SERVER_URL: 'https://admin.example.fr' }, 'projets.example.fr')).toBe(
      'https://projets.example.fr',
    )
  })
  it('lists the admin and every site host once', () => {
    const settings = {
      SERVER_URL: 'https://admin.example.fr',
      SITE_HOSTS_PROJETS: ['a.fr', 'a.fr'],
      SITE_HOSTS_PARENTALITE: ['b.fr'],
    }
    expect(allSiteOrigins(settings)).toEqual(['https://admin.example.fr', 'https://a.fr', 'https://b.fr'])
  })
})
