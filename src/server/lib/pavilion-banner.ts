/** Pavilion banners: a soft gradient and a motif by kind, drawn from the id so each stays the same. */

function hue(id: string): number {
  let h = 0
  for (const ch of id) h = (h * 31 + (ch.codePointAt(0) ?? 0)) % 360
  return h
}

const MOTIFS: Record<string, string> = {
  // A skyline for cities.
  city: '<g fill="#fff" fill-opacity=".28"><rect x="420" y="120" width="44" height="140"/><rect x="472" y="80" width="52" height="180"/><rect x="532" y="140" width="36" height="120"/><rect x="576" y="100" width="48" height="160"/><rect x="632" y="150" width="40" height="110"/><rect x="680" y="60" width="30" height="200"/></g>',
  // Layered hills for counties.
  county: '<g fill="#fff"><path d="M380 260 Q480 120 580 200 T760 150 V260Z" fill-opacity=".22"/><path d="M300 260 Q430 170 560 230 T760 210 V260Z" fill-opacity=".3"/></g>',
  // Rice terraces for themed halls.
  theme: '<g fill="none" stroke="#fff" stroke-opacity=".35" stroke-width="10" stroke-linecap="round"><path d="M420 230 Q560 190 740 230"/><path d="M450 190 Q570 150 740 185"/><path d="M490 150 Q590 112 740 140"/><circle cx="640" cy="70" r="30" fill="#fff" fill-opacity=".3" stroke="none"/></g>',
}

export function renderPavilionBanner(id: string, kind: string): string {
  const h = hue(id)
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 750 260" preserveAspectRatio="xMidYMid slice">' +
    `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="hsl(${h},62%,38%)"/>` +
    `<stop offset="1" stop-color="hsl(${(h + 40) % 360},58%,52%)"/></linearGradient></defs>` +
    '<rect width="750" height="260" fill="url(#g)"/>' +
    (MOTIFS[kind] ?? MOTIFS['city']) +
    '</svg>'
  )
}
