'use client'

import 'leaflet/dist/leaflet.css'

import { useEffect, useRef } from 'react'

export type MapMarker = { id: number; lat: number; lng: number; title: string; href: string; when: string }

/**
 * The workshops on a Leaflet map, drawn in the browser. Without JavaScript, or when the tile server
 * cannot be reached, the page still holds the same workshops as a list (always rendered after the
 * map), which the map's description points to. `tileUrl` `off`: markers on a plain background.
 */
export function WorkshopMap({
  markers,
  tileUrl,
  attribution,
  listId,
}: {
  markers: MapMarker[]
  tileUrl: string
  attribution: string
  listId: string
}) {
  const container = useRef<HTMLDivElement>(null)
  useEffect(() => {
    let map: import('leaflet').Map | undefined
    let cancelled = false
    void import('leaflet').then((L) => {
      if (cancelled || !container.current) return
      container.current.textContent = ''
      map = L.map(container.current, { zoomControl: false, attributionControl: true, scrollWheelZoom: false })
      L.control.zoom({ zoomInTitle: 'Zoomer', zoomOutTitle: 'Dézoomer' }).addTo(map)
      map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>')
      if (tileUrl !== 'off') L.tileLayer(tileUrl, { attribution, maxZoom: 18 }).addTo(map)
      const points = markers.map((m) => {
        const marker = L.circleMarker([m.lat, m.lng], {
          radius: 9,
          color: '#6a1b5d',
          weight: 2,
          fillColor: '#6a1b5d',
          fillOpacity: 0.7,
        }).addTo(map!)
        const popup = document.createElement('div')
        const link = document.createElement('a')
        link.href = m.href
        link.textContent = m.title
        const date = document.createElement('p')
        date.textContent = m.when
        popup.append(link, date)
        marker.bindPopup(popup)
        return L.latLng(m.lat, m.lng)
      })
      if (points.length) map.fitBounds(L.latLngBounds(points), { padding: [30, 30], maxZoom: 12 })
      else map.setView([46.6, 2.4], 5)
    })
    return () => {
      cancelled = true
      map?.remove()
    }
  }, [markers, tileUrl, attribution])
  return (
    <div className="workshop-map" role="region" aria-label="Carte des ateliers" aria-describedby="carte-aide">
      <p id="carte-aide" className="workshop-map__help">
        Chaque point est un atelier ; <a href={`#${listId}`}>la liste qui suit la carte</a> présente les mêmes ateliers,
        avec tous leurs détails.
      </p>
      <div ref={container} className="workshop-map__canvas">
        <p className="workshop-map__fallback">
          La carte s’affiche lorsque JavaScript est activé. La liste des ateliers ci-dessous présente les mêmes
          informations.
        </p>
      </div>
    </div>
  )
}
