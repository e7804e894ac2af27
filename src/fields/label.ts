/** A label of the admin in both of its languages: `label('Projets', 'Projects')`. */
export const label = (fr: string, en: string) => ({ fr, en })
