import { describe, expect, it } from 'vitest'

import { frenchCsv, tableFile } from './table-file'

describe('frenchCsv', () => {
  it('writes decimal commas in semicolon-separated rows, after a BOM', () => {
    const csv = frenchCsv([
      ['Émetteur', 'Nombre', 'Total (€)'],
      ['OCCE 95', 12, 19248.27],
      ['AS « Les Grives »; lycée', 0, 0.5],
    ])
    expect(csv).toBe('\ufeffÉmetteur;Nombre;Total (€)\nOCCE 95;12;19248,27\n"AS « Les Grives »; lycée";0;0,5\n')
  })
  it('leaves text alone, decimal points included', () => {
    expect(frenchCsv([['v1.2', null]])).toBe('\ufeffv1.2;\n')
  })
  it('is what a CSV export contains', async () => {
    expect(new TextDecoder().decode(await tableFile(['Montant (€)'], [[75.5]], 'csv', 'x'))).toBe('Montant (€)\n75,5\n')
  })
})
