/**
 * A refusal by a domain rule. `path` names the field the message belongs to, so adapters can turn
 * it into a ValidationError on that field; `message` is French, shown to users as is.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly path?: string,
  ) {
    super(message)
    this.name = 'DomainError'
  }
}
