/**
 * What gifts being paid may hold under a project's optimum (README, "Money" and "Gifts at the
 * optimum"). Money is integer cents.
 *
 * A gift that is not paid yet holds its place so that two donors are never both charged for the
 * last euros of a campaign. But an unpaid gift costs its donor nothing, so a place must not be
 * held by anyone for anything:
 *
 * - a gift is **firm** when it takes at most half of what was open to its donor: its place is
 *   guaranteed (it counts in full for everyone until paid, failed or expired);
 * - a larger gift is **provisional**: it counts in full for its own donor, but all provisional
 *   gifts together never block more than half of what the firm gifts leave open to the others; its
 *   payment counts only if it still fits beside the firm gifts of the others (otherwise it is set
 *   aside and refunded in full).
 *
 * So one unpaid gift of the whole amount left, or several, can never make a campaign read as full:
 * only firm gifts close it, and each of them takes at most half of what is left.
 */

/** A pending gift that still holds a place (not expired). */
export type Hold = {
  /** Who made it: the donor's e-mail address, lower case. */
  holder: string
  amountCents: number
  provisional: boolean
}

/** All provisional gifts together block at most this share of what firm gifts leave open. */
const PROVISIONAL_SHARE_PERCENT = 50
/** A donor (one e-mail address) has at most this many gifts waiting for payment on one project. */
export const MAX_PENDING_GIFTS_PER_DONOR = 3

export type Room = {
  /** Optimum − paid total. */
  roomCents: number
  /** What pending gifts take from it, as this donor sees it (their own gifts in full). */
  heldCents: number
  /** Of which this donor's own pending gifts. */
  ownCents: number
  /** What this donor may still give. */
  openCents: number
}

const sum = (holds: readonly Hold[]) => holds.reduce((total, h) => total + h.amountCents, 0)

/**
 * The room under the optimum as one donor sees it (`holder` null: a visitor, a sponsor's or the
 * fund's top-up). Firm gifts count in full; other donors' provisional gifts count up to
 * PROVISIONAL_SHARE_PERCENT of what firm gifts leave; the donor's own provisional gifts in full.
 */
export function roomFor(
  optimumGoalCents: number,
  paidCents: number,
  holds: readonly Hold[],
  holder: string | null,
): Room {
  const roomCents = Math.max(0, optimumGoalCents - paidCents)
  const firm = sum(holds.filter((h) => !h.provisional))
  const afterFirm = Math.max(0, roomCents - firm)
  const others = sum(holds.filter((h) => h.provisional && h.holder !== holder))
  const othersCounted = Math.min(others, Math.floor((afterFirm * PROVISIONAL_SHARE_PERCENT) / 100))
  const ownProvisional = sum(holds.filter((h) => h.provisional && h.holder === holder))
  const heldCents = firm + othersCounted + ownProvisional
  return {
    roomCents,
    heldCents,
    ownCents: sum(holds.filter((h) => h.holder === holder)),
    openCents: Math.max(0, roomCents - heldCents),
  }
}

/** Whether a gift accepted with this much open to its donor holds a guaranteed place. */
export const isProvisional = (amountCents: number, openCents: number) => amountCents > Math.floor(openCents / 2)

/** How many gifts this donor has waiting for payment among these. */
export const pendingGiftsOf = (holds: readonly Hold[], holder: string) =>
  holds.filter((h) => h.holder === holder).length
