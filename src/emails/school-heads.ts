import { type Mail, hello } from './mail'

/**
 * The school head's e-mail (no account needed): confirm, on behalf of the school, a project the GIP
 * approved, by the signed `link` valid `validityDays` days.
 */
export function schoolConfirmationMail(
  project: { title: string },
  head: { name?: string | null },
  link: { url: string; validityDays: number },
): Mail {
  const title = `« ${project.title} »`
  return {
    subject: `Confirmez le projet ${title} de votre école`,
    text:
      hello(head.name) +
      `Un enseignant de votre école propose le projet ${title} au financement participatif. Le GIP l’a relu et approuvé.\n` +
      `Pour que la collecte puisse ouvrir, confirmez le projet au nom de l’école :\n\n${link.url}\n\n` +
      `Ce lien est valable ${link.validityDays} jours et ne sert qu’une fois. Si vous n’êtes pas concerné, ignorez ce message.`,
  }
}
