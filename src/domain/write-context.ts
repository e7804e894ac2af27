// Keys of Payload's `req.context` by which a service tells a collection's hook who is writing. A hook
// refuses a write of its guarded fields unless its key is set: the service named beside each key is
// the only writer. Here, below both, so that services and hooks share them without importing each other.

/** Set by transitionProject: the only writer of a project's `status` and `history`. */
export const TRANSITION_CONTEXT = 'projectTransition'

/** Set by transitionConvention: the only writer of a convention's `status` and `history`. */
export const CONVENTION_TRANSITION = 'conventionTransition'

/** Set by transitionFundCall: the only writer of a fund call's status and decision fields. */
export const FUND_CALL_TRANSITION = 'fundCallTransition'

/** The questionnaire's public page passes the visitor's address here (null when unknown): its Local API call has no request headers. */
export const QUESTIONNAIRE_CLIENT = 'questionnaireClient'
