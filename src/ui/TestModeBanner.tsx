/** Shown on every page of the local test payment provider: no real money moves. */
export function TestModeBanner() {
  return (
    <p className="test-mode" role="note">
      <strong>Mode test</strong> : aucun paiement réel n’est effectué (aucune clé Stripe n’est configurée).
    </p>
  )
}
