import { describe, expect, it } from 'vitest'

import { countOf, frenchTime, NBSP, NNBSP, typeset, typesetRichText, typographyFaults } from './typography'

// Readable expectations: "_" is a no-break space, "^" a narrow no-break space.
const show = (text: string) => text.replaceAll(NBSP, '_').replaceAll(NNBSP, '^')

describe('typeset', () => {
  it.each([
    ['Bonjour ; au revoir', 'Bonjour^; au revoir'],
    ['Vraiment ! Et vous ?', 'Vraiment^! Et vous^?'],
    ['Bonjour!', 'Bonjour^!'],
    ['Quoi ?!', 'Quoi^?!'],
    ['Note : voir plus bas', 'Note_: voir plus bas'],
    ['Note: voir', 'Note_: voir'],
    ['« Oui »', '«_Oui_»'],
    ['«Oui»', '«_Oui_»'],
    ['« Enfin ! »', '«_Enfin^!_»'],
    ['20 000 €', '20^000_€'],
    ['1 370 000 €', '1^370^000_€'],
    ['20€', '20_€'],
    ['94 %', '94^%'],
    ['6,5%', '6,5^%'],
    ['en 2023, 21 925 donateurs', 'en 2023, 21^925 donateurs'],
    ['le 12 mars à 17:00', 'le 12 mars à 17:00'],
    ['01 23 45 67 89', '01 23 45 67 89'],
    ['75342 Paris', '75342 Paris'],
    ['Voir https://exemple.fr/recherche?q=a;b!c : merci', 'Voir https://exemple.fr/recherche?q=a;b!c_: merci'],
    ['Écrire à contact@gip.fr ?', 'Écrire à contact@gip.fr^?'],
    ['Écrire à contact@gip.fr!', 'Écrire à contact@gip.fr^!'],
    ['www.defenseurdesdroits.fr : le site', 'www.defenseurdesdroits.fr_: le site'],
    ['mailto:contact@gip.fr', 'mailto:contact@gip.fr'],
    ['', ''],
  ])('%s', (input, expected) => {
    expect(show(typeset(input))).toBe(expected)
  })

  it.each(['Bonjour ; « oui » : 20 000 € ! 94 % ?', 'https://a.fr/?x=1 et b@c.fr ; 17:30', '«Oui»!'])(
    'is idempotent: %s',
    (input) => {
      const once = typeset(input)
      expect(typeset(once)).toBe(once)
    },
  )

  it('leaves nothing for the fault finder', () => {
    const text = 'Bonjour ; «oui» : 20 000 € soit 94 % ! Et https://x.fr/?a=1 ; ou x@y.fr ?'
    expect(typographyFaults(text).map((f) => f.rule)).toHaveLength(8)
    expect(typographyFaults(typeset(text))).toEqual([])
  })
})

describe('typographyFaults', () => {
  it('ignores URLs, e-mail addresses and times', () => {
    expect(typographyFaults('https://a.fr/?q=1;2 b@c.fr 17:00')).toEqual([])
  })
  it('names the rule and the place', () => {
    expect(typographyFaults('Prix : 20 000 €')).toMatchObject([
      { at: 4, rule: 'espace sécable avant ; ! ? : ou »' },
      { at: 8, rule: 'espace sécable dans un nombre' },
      { at: 12, rule: 'espace sécable ou manquante avant € ou %' },
    ])
  })
})

describe('countOf', () => {
  it.each([
    [0, '0_jour restant'],
    [1, '1_jour restant'],
    [8, '8_jours restants'],
    [1200, '1^200_jours restants'],
  ])('%i', (count, expected) => {
    expect(show(countOf(count, 'jour restant', 'jours restants'))).toBe(expected)
  })
})

describe('frenchTime', () => {
  it.each([
    [17, 0, '17_h'],
    [9, 5, '9_h_05'],
    [0, 30, '0_h_30'],
  ])('%i:%i', (h, m, expected) => {
    expect(show(frenchTime(h, m))).toBe(expected)
  })
})

describe('typesetRichText', () => {
  it('typesets text nodes, not code, without changing the input', () => {
    const value = {
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'Total : 20 000 €', format: 0 },
              { type: 'text', text: 'a ; b', format: 16 },
              {
                type: 'link',
                fields: { url: 'https://x.fr/?a=1' },
                children: [{ type: 'text', text: 'ici !', format: 1 }],
              },
            ],
          },
        ],
      },
    }
    const out = typesetRichText(value)
    const texts = (out.root.children[0].children as { text?: string; children?: { text: string }[] }[]).map(
      (n) => n.text ?? n.children![0].text,
    )
    expect(texts.map(show)).toEqual(['Total_: 20^000_€', 'a ; b', 'ici^!'])
    expect(value.root.children[0].children[0].text).toBe('Total : 20 000 €')
  })
  it('passes empty values through', () => {
    expect(typesetRichText(null)).toBeNull()
  })
})
