/**
 * Who receives a project's news by e-mail (domain.md, "Project news"): donors who asked for the
 * project's news receive all of it; people who follow the project receive its public news. One
 * e-mail per address (compared without case), sent for the first reason that applies.
 */
export type NewsReason = 'donor' | 'follower'
export type NewsRecipient = { email: string; reason: NewsReason }

export function newsAudience(
  visibility: 'public' | 'donors',
  optedInDonors: readonly string[],
  followers: readonly string[],
): NewsRecipient[] {
  const candidates: NewsRecipient[] = [
    ...optedInDonors.map((email) => ({ email, reason: 'donor' as const })),
    ...(visibility === 'public' ? followers.map((email) => ({ email, reason: 'follower' as const })) : []),
  ]
  const seen = new Set<string>()
  return candidates.flatMap(({ email, reason }) => {
    const address = email.trim().toLowerCase()
    if (!address || seen.has(address)) return []
    seen.add(address)
    return [{ email: address, reason }]
  })
}
