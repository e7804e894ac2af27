/**
 * The password's length bounds, apart from the rule (./password-policy.ts) so that the forms'
 * client code can show them without pulling the strength estimator into the browser's bundle.
 */
export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 128
