/** Links to share a page by e-mail and on social networks: plain links, no tracker loaded. */
export function ShareLinks({ url, title }: { url: string; title: string }) {
  const u = encodeURIComponent(url)
  const t = encodeURIComponent(title)
  const links = [
    {
      label: 'par e-mail',
      href: `mailto:?subject=${t}&body=${encodeURIComponent(`Soutenez ce projet d’école : ${url}`)}`,
    },
    { label: 'sur Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { label: 'sur LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { label: 'sur X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { label: 'sur Bluesky', href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${title} ${url}`)}` },
  ]
  return (
    <nav aria-label="Partager ce projet" className="share">
      <p>Partager ce projet :</p>
      <ul>
        {links.map((link) => (
          <li key={link.label}>
            <a href={link.href} rel="noopener noreferrer">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
