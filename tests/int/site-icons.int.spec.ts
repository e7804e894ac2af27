import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GET as favicon } from '@/app/(sites)/[site]/icone/route'
import { GET as touchIcon } from '@/app/(sites)/[site]/icone-tactile/route'
import { closePayload } from '@/services/db/close-payload'

import { createSite, testPayload } from '../helpers/factories'

/** Each site's icons (issue 20): drawn from its name and colour until its editors upload one. */
let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})
afterAll(async () => closePayload(payload))

const get = (route: typeof favicon, host: string) =>
  route(new Request(`http://${host}/icone`), { params: Promise.resolve({ site: host }) })

describe('site icons', () => {
  it('draws the site’s initial on its colour: SVG for the tab, PNG for phones', async () => {
    const site = await createSite(payload, 'Écoles en fête')
    const host = site.domains[0].domain
    const tab = await get(favicon, host)
    expect(tab.status).toBe(200)
    expect(tab.headers.get('content-type')).toBe('image/svg+xml')
    const svg = await tab.text()
    expect(svg).toContain('>É</text>')
    expect(svg).toContain(`fill="${site.theme.primary}"`)
    const phone = await get(touchIcon, host)
    expect(phone.headers.get('content-type')).toBe('image/png')
    expect([...new Uint8Array(await phone.arrayBuffer()).slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
  })

  it('answers 404 for a host that is no site', async () => {
    expect((await get(favicon, 'inconnu.localhost')).status).toBe(404)
  })
})
