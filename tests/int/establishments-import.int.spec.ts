import { randomInt } from 'node:crypto'
import { readFile } from 'node:fs/promises'

import config from '@payload-config'
import { getPayload, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Department, Establishment } from '@/payload-types'
import { closePayload } from '@/services/db/close-payload'
import { importDirectory } from '@/services/establishments/import-directory'

let payload: Payload
let sample: string

/** The fixture's UAIs keep their last 3 digits and letter; the first 4 digits are drawn per call. */
function withFreshUais(csv: string): { csv: string; uai: (fixtureUai: string) => string } {
  const prefix = String(randomInt(0, 10_000)).padStart(4, '0')
  const uai = (fixtureUai: string) => prefix + fixtureUai.slice(4)
  return { csv: csv.replace(/^(\d{7}[A-Z]);/gm, (_match, fixtureUai: string) => `${uai(fixtureUai)};`), uai }
}

async function stored(uai: string): Promise<Establishment & { department: Department }> {
  const { docs } = await payload.find({
    collection: 'establishments',
    where: { uai: { equals: uai } },
    depth: 1,
  })
  expect(docs).toHaveLength(1)
  return docs[0] as Establishment & { department: Department }
}

beforeAll(async () => {
  payload = await getPayload({ config })
  sample = await readFile(new URL('../fixtures/annuaire-sample.csv', import.meta.url), 'utf8')
})

afterAll(async () => {
  await closePayload(payload)
})

describe('import of the Annuaire de l’éducation', () => {
  it('creates the establishments, refuses the bad lines, and updates instead of duplicating', async () => {
    const { csv, uai } = withFreshUais(sample)

    const first = await importDirectory(payload, csv)
    expect(first).toEqual({
      created: 7,
      updated: 0,
      unchanged: 0,
      errors: [
        { line: 8, reason: "type d'établissement non pris en charge : Médico-social" },
        { line: 9, reason: "UAI invalide « 095108 » : 7 chiffres suivis d'une lettre attendus" },
      ],
    })

    const privateCollege = await stored(uai('0020102B'))
    expect(privateCollege).toMatchObject({
      name: 'Collège privé Saint-Joseph',
      kind: 'college',
      sector: 'private_contract',
      priorityEducation: 'none',
      postcode: '02200',
      commune: 'Soissons',
      isolatedRural: false,
    })
    expect(privateCollege.department.code).toBe('02')

    const repPlusSchool = await stored(uai('0950103C'))
    expect(repPlusSchool).toMatchObject({
      kind: 'ecole_elementaire',
      sector: 'public',
      priorityEducation: 'rep_plus',
    })
    expect(repPlusSchool.department.code).toBe('95')

    const corsica = await stored(uai('6200105E'))
    expect(corsica).toMatchObject({ kind: 'lycee_pro', priorityEducation: 'none' })
    expect(corsica.department.code).toBe('2A')

    const guadeloupe = await stored(uai('9710106F'))
    expect(guadeloupe).toMatchObject({ kind: 'ecole_primaire', priorityEducation: 'rep_plus' })
    expect(guadeloupe.department.code).toBe('971')

    expect((await stored(uai('0020101A'))).kind).toBe('ecole_maternelle')
    expect((await stored(uai('0950104D'))).kind).toBe('lycee_polyvalent')
    expect((await stored(uai('9710109H'))).kind).toBe('lycee_gt')

    const again = await importDirectory(payload, csv)
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 7 })
    expect(again.errors.map(({ line }) => line)).toEqual([8, 9])

    // An administrator's own field survives the next import.
    await payload.update({
      collection: 'establishments',
      id: privateCollege.id,
      data: { isolatedRural: true },
      depth: 0,
    })
    const renamed = csv.replace('"Collège privé Saint-Joseph"', '"Collège privé Saint-Joseph de Soissons"')
    const progress: [number, number][] = []
    const third = await importDirectory(payload, renamed, {
      onProgress: (done, total) => progress.push([done, total]),
    })
    expect(third).toMatchObject({ created: 0, updated: 1, unchanged: 6 })
    expect(progress.at(-1)).toEqual([7, 7])
    expect(await stored(uai('0020102B'))).toMatchObject({
      name: 'Collège privé Saint-Joseph de Soissons',
      isolatedRural: true,
    })
  })

  it('reports an unknown département and a duplicated UAI; the later line wins', async () => {
    const prefix = String(randomInt(0, 10_000)).padStart(4, '0')
    const csv = [
      'uai;nom;type;secteur;cp;commune;departement;ep',
      `${prefix}201A;École de Saint-Pierre;Ecole;Public;97500;Saint-Pierre;975;`,
      `${prefix}202B;Collège Jean Macé;Collège;Public;02000;Laon;002;REP`,
      '',
      `${prefix}202B;"Collège Jean-Macé";Collège;Public;02000;Laon;002;REP+`,
    ].join('\r\n')

    const report = await importDirectory(payload, csv)

    expect(report).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
      errors: [
        { line: 2, reason: 'département inconnu « 975 » : absent du référentiel des départements' },
        { line: 3, reason: `UAI ${prefix}202B en double : remplacé par la ligne 5` },
      ],
    })
    expect(await stored(`${prefix}202B`)).toMatchObject({
      name: 'Collège Jean-Macé',
      priorityEducation: 'rep_plus',
    })
  })

  it('refuses a file without the required columns, and imports nothing', async () => {
    const report = await importDirectory(payload, 'UAI;Nom\n0021234C;École\n')
    expect(report).toEqual({
      created: 0,
      updated: 0,
      unchanged: 0,
      errors: [
        {
          line: 1,
          reason:
            'colonnes obligatoires absentes : type (libelle_nature ou Type_etablissement), secteur (Statut_public_prive), ' +
            "commune (Nom_commune), code département (Code_departement) ; rien n'a été importé",
        },
      ],
    })
  })
})
