/**
 * Flat product illustrations for the seeded catalogue: one small inline SVG per (leaf slug, variant),
 * so the demo needs no image files. Each drawing family is a body of shapes in a 240×240 box; `A`
 * in a body stands for the variant's accent colour and the background is a pastel that varies too.
 */

const BACKGROUNDS = ['#FDE2E4', '#E2ECE9', '#DCEBFA', '#FFF1C9', '#E8E1F7', '#D9F2E6', '#FCE6D4', '#E4EEF7']
const ACCENTS = ['#4F7CAC', '#E07A5F', '#3D9970', '#8E6BBF', '#D4A017', '#2A9D8F', '#C0504D', '#5B8DEF']

/** Shape bodies by drawing family. Colours: dark #37474F, mid #78909C, light #CFD8DC. */
const FAMILIES: Record<string, string> = {
  desktop:
    '<rect x="26" y="46" width="132" height="92" rx="6" fill="#37474F"/><rect x="34" y="54" width="116" height="72" fill="A"/>' +
    '<rect x="82" y="138" width="20" height="20" fill="#78909C"/><rect x="60" y="156" width="64" height="8" rx="3" fill="#78909C"/>' +
    '<rect x="170" y="56" width="44" height="116" rx="5" fill="#546E7A"/><circle cx="192" cy="76" r="5" fill="#CFD8DC"/>' +
    '<rect x="180" y="94" width="24" height="4" fill="#90A4AE"/><rect x="36" y="176" width="112" height="16" rx="4" fill="#B0BEC5"/>',
  laptop:
    '<rect x="52" y="52" width="136" height="92" rx="6" fill="#37474F"/><rect x="60" y="60" width="120" height="76" fill="A"/>' +
    '<path d="M36 150h168l-12 22H48z" fill="#90A4AE"/><rect x="104" y="154" width="32" height="5" rx="2" fill="#CFD8DC"/>',
  tablet:
    '<rect x="66" y="36" width="108" height="168" rx="12" fill="#37474F"/><rect x="74" y="50" width="92" height="136" rx="3" fill="A"/>' +
    '<circle cx="120" cy="195" r="4" fill="#CFD8DC"/><rect x="86" y="66" width="40" height="8" rx="3" fill="#fff" opacity=".6"/>',
  screen:
    '<rect x="24" y="50" width="192" height="120" rx="6" fill="#37474F"/><rect x="32" y="58" width="176" height="100" fill="A"/>' +
    '<path d="M44 146l40-40 28 26 34-44 50 58z" fill="#fff" opacity=".35"/><rect x="110" y="170" width="20" height="18" fill="#78909C"/>' +
    '<rect x="80" y="186" width="80" height="8" rx="3" fill="#78909C"/>',
  server:
    '<rect x="56" y="34" width="128" height="172" rx="6" fill="#37474F"/>' +
    '<g fill="#546E7A"><rect x="66" y="46" width="108" height="30" rx="3"/><rect x="66" y="84" width="108" height="30" rx="3"/>' +
    '<rect x="66" y="122" width="108" height="30" rx="3"/><rect x="66" y="160" width="108" height="30" rx="3"/></g>' +
    '<g fill="A"><circle cx="158" cy="61" r="4"/><circle cx="158" cy="99" r="4"/><circle cx="158" cy="137" r="4"/><circle cx="158" cy="175" r="4"/></g>' +
    '<g fill="#90A4AE"><rect x="76" y="58" width="50" height="6"/><rect x="76" y="96" width="50" height="6"/><rect x="76" y="134" width="50" height="6"/><rect x="76" y="172" width="50" height="6"/></g>',
  network:
    '<rect x="28" y="110" width="184" height="56" rx="8" fill="#37474F"/><rect x="40" y="124" width="160" height="16" rx="2" fill="#263238"/>' +
    '<g fill="A"><rect x="46" y="127" width="14" height="10"/><rect x="66" y="127" width="14" height="10"/><rect x="86" y="127" width="14" height="10"/>' +
    '<rect x="106" y="127" width="14" height="10"/><rect x="126" y="127" width="14" height="10"/><rect x="146" y="127" width="14" height="10"/></g>' +
    '<g fill="#8BC34A"><circle cx="48" cy="152" r="3"/><circle cx="60" cy="152" r="3"/><circle cx="72" cy="152" r="3"/></g>' +
    '<path d="M64 110V56M176 110V56" stroke="#546E7A" stroke-width="8" stroke-linecap="round"/>' +
    '<path d="M100 82a28 28 0 0 1 40 0M90 70a44 44 0 0 1 60 0" fill="none" stroke="A" stroke-width="6" stroke-linecap="round"/>',
  drive:
    '<rect x="44" y="64" width="96" height="130" rx="12" fill="#37474F"/><rect x="56" y="78" width="72" height="4" rx="2" fill="A"/>' +
    '<circle cx="92" cy="176" r="5" fill="A"/><rect x="158" y="92" width="40" height="88" rx="8" fill="A"/>' +
    '<rect x="166" y="64" width="24" height="30" rx="2" fill="#B0BEC5"/><rect x="171" y="72" width="5" height="6" fill="#546E7A"/><rect x="180" y="72" width="5" height="6" fill="#546E7A"/>',
  printer:
    '<rect x="68" y="36" width="104" height="44" fill="#fff" stroke="#CFD8DC" stroke-width="3"/>' +
    '<rect x="36" y="74" width="168" height="84" rx="10" fill="#546E7A"/><rect x="36" y="74" width="168" height="20" rx="8" fill="#78909C"/>' +
    '<rect x="60" y="140" width="120" height="10" fill="#263238"/><path d="M68 146h104v46H68z" fill="#fff" stroke="#CFD8DC" stroke-width="3"/>' +
    '<rect x="80" y="160" width="80" height="5" fill="A"/><rect x="80" y="172" width="56" height="5" fill="#CFD8DC"/><circle cx="182" cy="110" r="6" fill="A"/>',
  machine:
    '<rect x="50" y="70" width="140" height="120" rx="10" fill="#546E7A"/><rect x="62" y="58" width="116" height="24" rx="6" fill="#37474F"/>' +
    '<rect x="76" y="66" width="88" height="6" rx="3" fill="#263238"/><rect x="70" y="100" width="60" height="30" rx="3" fill="A"/>' +
    '<g fill="#CFD8DC"><circle cx="150" cy="108" r="6"/><circle cx="168" cy="108" r="6"/><circle cx="150" cy="126" r="6"/><circle cx="168" cy="126" r="6"/></g>' +
    '<rect x="64" y="152" width="112" height="26" rx="4" fill="#37474F"/>',
  keypad:
    '<rect x="64" y="32" width="112" height="176" rx="14" fill="#37474F"/><rect x="78" y="48" width="84" height="38" rx="4" fill="A"/>' +
    '<g fill="#CFD8DC"><rect x="80" y="100" width="20" height="16" rx="3"/><rect x="110" y="100" width="20" height="16" rx="3"/><rect x="140" y="100" width="20" height="16" rx="3"/>' +
    '<rect x="80" y="126" width="20" height="16" rx="3"/><rect x="110" y="126" width="20" height="16" rx="3"/><rect x="140" y="126" width="20" height="16" rx="3"/>' +
    '<rect x="80" y="152" width="20" height="16" rx="3"/><rect x="110" y="152" width="20" height="16" rx="3"/><rect x="140" y="152" width="20" height="16" rx="3"/>' +
    '<rect x="80" y="178" width="50" height="16" rx="3"/></g><rect x="140" y="178" width="20" height="16" rx="3" fill="A"/>',
  projector:
    '<rect x="40" y="92" width="160" height="76" rx="14" fill="#ECEFF1" stroke="#B0BEC5" stroke-width="3"/>' +
    '<circle cx="86" cy="130" r="28" fill="#37474F"/><circle cx="86" cy="130" r="16" fill="A"/><circle cx="80" cy="124" r="5" fill="#fff" opacity=".7"/>' +
    '<g fill="#90A4AE"><rect x="132" y="112" width="48" height="5" rx="2"/><rect x="132" y="124" width="48" height="5" rx="2"/><rect x="132" y="136" width="48" height="5" rx="2"/></g>' +
    '<rect x="60" y="168" width="14" height="12" fill="#78909C"/><rect x="166" y="168" width="14" height="12" fill="#78909C"/>',
  camera:
    '<rect x="50" y="80" width="120" height="54" rx="12" fill="#ECEFF1" stroke="#B0BEC5" stroke-width="3"/><rect x="160" y="88" width="30" height="38" rx="6" fill="#37474F"/>' +
    '<circle cx="175" cy="107" r="10" fill="A"/><path d="M100 134l-8 40h36l-8-40z" fill="#90A4AE"/><rect x="70" y="172" width="80" height="12" rx="4" fill="#78909C"/>',
  radio:
    '<rect x="140" y="24" width="12" height="56" rx="5" fill="#37474F"/><rect x="80" y="70" width="84" height="140" rx="14" fill="#37474F"/>' +
    '<rect x="92" y="84" width="60" height="34" rx="4" fill="A"/><g fill="#78909C"><rect x="94" y="130" width="56" height="5" rx="2"/>' +
    '<rect x="94" y="142" width="56" height="5" rx="2"/><rect x="94" y="154" width="56" height="5" rx="2"/><rect x="94" y="166" width="56" height="5" rx="2"/></g>',
  keyboard:
    '<rect x="20" y="100" width="160" height="64" rx="8" fill="#37474F"/>' +
    '<g fill="#90A4AE"><rect x="30" y="110" width="140" height="10" rx="2"/><rect x="30" y="126" width="140" height="10" rx="2"/><rect x="54" y="142" width="92" height="12" rx="2"/></g>' +
    '<rect x="186" y="104" width="38" height="58" rx="19" fill="A"/><path d="M205 104v22" stroke="#fff" stroke-width="3"/>',
  software:
    '<rect x="30" y="44" width="150" height="116" rx="8" fill="#fff" stroke="#B0BEC5" stroke-width="3"/><rect x="30" y="44" width="150" height="22" rx="8" fill="A"/>' +
    '<g fill="#CFD8DC"><rect x="46" y="80" width="90" height="8" rx="3"/><rect x="46" y="98" width="110" height="8" rx="3"/><rect x="46" y="116" width="70" height="8" rx="3"/></g>' +
    '<circle cx="170" cy="162" r="42" fill="#ECEFF1" stroke="#90A4AE" stroke-width="3"/><circle cx="170" cy="162" r="12" fill="A"/>',
  paper:
    '<path d="M44 104l76-30 76 30-76 30z" fill="#fff" stroke="#CFD8DC" stroke-width="3"/>' +
    '<path d="M44 104v56l76 30v-56z" fill="A"/><path d="M196 104v56l-76 30v-56z" fill="#ECEFF1"/>' +
    '<path d="M52 132l60 24M52 146l60 24" stroke="#fff" stroke-width="4" opacity=".6"/>',
  tissue:
    '<rect x="40" y="100" width="160" height="92" rx="10" fill="A"/><ellipse cx="120" cy="106" rx="44" ry="10" fill="#37474F" opacity=".35"/>' +
    '<path d="M92 106c8-38 20-48 28-52 8 4 20 14 28 52z" fill="#fff" stroke="#E0E0E0" stroke-width="2"/><path d="M52 160h136" stroke="#fff" stroke-width="5" opacity=".5"/>',
  roll:
    '<ellipse cx="120" cy="62" rx="60" ry="20" fill="#F5F5F5" stroke="#CFD8DC" stroke-width="3"/><path d="M60 62v112c0 11 27 20 60 20s60-9 60-20V62" fill="#fff" stroke="#CFD8DC" stroke-width="3"/>' +
    '<ellipse cx="120" cy="62" rx="18" ry="6" fill="A"/><path d="M60 120c20 10 100 10 120 0" stroke="A" stroke-width="4" fill="none" opacity=".5"/>',
  cartridge:
    '<path d="M36 96h150l20 20v40H36z" fill="#37474F"/><rect x="36" y="156" width="170" height="16" fill="A"/>' +
    '<rect x="54" y="110" width="96" height="30" rx="4" fill="#546E7A"/><rect x="62" y="118" width="60" height="6" rx="3" fill="#CFD8DC"/><rect x="164" y="116" width="28" height="8" rx="2" fill="#90A4AE"/>',
  pen:
    '<g transform="rotate(-35 120 120)"><rect x="48" y="108" width="130" height="24" rx="6" fill="A"/><rect x="140" y="104" width="10" height="32" rx="3" fill="#37474F"/>' +
    '<path d="M178 110l24 10-24 10z" fill="#CFD8DC"/><circle cx="203" cy="120" r="3" fill="#37474F"/><rect x="56" y="100" width="46" height="8" rx="3" fill="#90A4AE"/></g>',
  folder:
    '<path d="M36 64h60l14 16h94v110H36z" fill="A"/><rect x="48" y="92" width="144" height="90" rx="4" fill="#fff"/>' +
    '<path d="M36 108h168v82H36z" fill="A" opacity=".85"/><rect x="90" y="132" width="60" height="22" rx="4" fill="#fff" opacity=".8"/>',
  stapler:
    '<path d="M40 150h140l20 12v16H40z" fill="#37474F"/><path d="M44 148c0-24 20-40 60-40h70c12 0 22 10 22 22v18H44z" fill="A"/>' +
    '<rect x="60" y="120" width="90" height="6" rx="3" fill="#fff" opacity=".5"/>',
  wallac:
    '<rect x="22" y="72" width="196" height="74" rx="16" fill="#fff" stroke="#CFD8DC" stroke-width="3"/><rect x="36" y="128" width="168" height="8" rx="4" fill="#B0BEC5"/>' +
    '<circle cx="186" cy="96" r="5" fill="A"/><path d="M70 162c-6 12 6 20 0 32M120 162c-6 12 6 20 0 32M170 162c-6 12 6 20 0 32" stroke="A" stroke-width="5" fill="none" stroke-linecap="round"/>',
  tall:
    '<rect x="72" y="22" width="96" height="196" rx="12" fill="#fff" stroke="#CFD8DC" stroke-width="3"/>' +
    '<g fill="A"><rect x="86" y="44" width="68" height="6" rx="3"/><rect x="86" y="58" width="68" height="6" rx="3"/><rect x="86" y="72" width="68" height="6" rx="3"/></g>' +
    '<rect x="86" y="98" width="68" height="28" rx="4" fill="#37474F"/><rect x="86" y="150" width="68" height="50" rx="4" fill="#ECEFF1"/>',
  fridge:
    '<rect x="66" y="20" width="108" height="200" rx="12" fill="A"/><path d="M66 88h108" stroke="#fff" stroke-width="4"/>' +
    '<rect x="150" y="42" width="8" height="30" rx="4" fill="#ECEFF1"/><rect x="150" y="104" width="8" height="50" rx="4" fill="#ECEFF1"/>',
  dispenser:
    '<path d="M90 24h60v10c14 6 20 16 20 30v26H70V64c0-14 6-24 20-30z" fill="#B3E5FC" stroke="#81D4FA" stroke-width="3"/>' +
    '<rect x="76" y="90" width="88" height="128" rx="8" fill="#fff" stroke="#CFD8DC" stroke-width="3"/>' +
    '<rect x="90" y="112" width="14" height="14" rx="3" fill="#E57373"/><rect x="136" y="112" width="14" height="14" rx="3" fill="A"/><rect x="88" y="150" width="64" height="8" fill="#90A4AE"/>',
  kettle:
    '<path d="M70 92h100l8 108H62z" fill="A"/><path d="M62 200h116v12H62z" fill="#37474F"/><path d="M84 92c0-20 16-30 36-30s36 10 36 30" fill="#37474F"/>' +
    '<path d="M176 110c22 0 28 40 4 60" stroke="#37474F" stroke-width="10" fill="none"/><path d="M70 110l-26-22" stroke="A" stroke-width="12" stroke-linecap="round"/>',
  appliance:
    '<rect x="32" y="62" width="176" height="116" rx="10" fill="#ECEFF1" stroke="#B0BEC5" stroke-width="3"/><rect x="46" y="76" width="112" height="88" rx="6" fill="#37474F"/>' +
    '<rect x="56" y="86" width="92" height="68" rx="4" fill="A" opacity=".55"/><g fill="#78909C"><circle cx="184" cy="92" r="8"/><circle cx="184" cy="118" r="8"/></g><rect x="172" y="140" width="24" height="18" rx="3" fill="A"/>',
  desk:
    '<rect x="24" y="92" width="192" height="16" rx="3" fill="A"/><rect x="34" y="108" width="12" height="90" fill="#78909C"/>' +
    '<rect x="150" y="108" width="56" height="90" rx="3" fill="#8D6E63"/><g fill="#D7CCC8"><rect x="158" y="120" width="40" height="20" rx="2"/><rect x="158" y="148" width="40" height="20" rx="2"/></g>',
  chair:
    '<rect x="80" y="34" width="80" height="92" rx="16" fill="A"/><rect x="72" y="124" width="96" height="24" rx="10" fill="#37474F"/>' +
    '<rect x="114" y="148" width="12" height="34" fill="#78909C"/><path d="M72 196l48-14 48 14" stroke="#37474F" stroke-width="8" fill="none" stroke-linecap="round"/>' +
    '<g fill="#37474F"><circle cx="72" cy="200" r="7"/><circle cx="168" cy="200" r="7"/><circle cx="120" cy="188" r="6"/></g>',
  sofa:
    '<rect x="44" y="70" width="152" height="70" rx="16" fill="A"/><rect x="24" y="104" width="44" height="80" rx="14" fill="A"/><rect x="172" y="104" width="44" height="80" rx="14" fill="A"/>' +
    '<rect x="60" y="128" width="120" height="44" rx="10" fill="#fff" opacity=".35"/><rect x="40" y="184" width="10" height="16" fill="#5D4037"/><rect x="190" y="184" width="10" height="16" fill="#5D4037"/>',
  cabinet:
    '<rect x="58" y="24" width="124" height="194" rx="6" fill="#B0BEC5"/><rect x="68" y="34" width="50" height="174" rx="3" fill="A"/><rect x="122" y="34" width="50" height="174" rx="3" fill="A"/>' +
    '<rect x="108" y="110" width="5" height="26" rx="2" fill="#ECEFF1"/><rect x="127" y="110" width="5" height="26" rx="2" fill="#ECEFF1"/><circle cx="120" cy="96" r="5" fill="#37474F"/>',
  bottle:
    '<rect x="104" y="26" width="32" height="16" rx="3" fill="#37474F"/><path d="M112 42h16v16c26 8 36 24 36 44v96c0 10-8 18-18 18H94c-10 0-18-8-18-18v-96c0-20 10-36 36-44z" fill="A"/>' +
    '<rect x="88" y="112" width="64" height="60" rx="6" fill="#fff" opacity=".8"/><rect x="98" y="128" width="44" height="6" rx="3" fill="A"/><rect x="98" y="142" width="30" height="6" rx="3" fill="#CFD8DC"/>',
  extinguisher:
    '<path d="M100 40h30l30-10v12l-30 8" fill="#37474F"/><rect x="108" y="50" width="16" height="16" fill="#37474F"/>' +
    '<rect x="84" y="64" width="64" height="150" rx="26" fill="#E53935"/><rect x="92" y="110" width="48" height="50" rx="4" fill="#fff"/><rect x="100" y="124" width="32" height="6" fill="A"/>' +
    '<path d="M84 90c-30 10-30 70-10 100" stroke="#37474F" stroke-width="6" fill="none"/>',
  sack:
    '<path d="M72 56c16 8 80 8 96 0l8 18c-4 20 20 60 20 100 0 28-24 40-76 40s-76-12-76-40c0-40 24-80 20-100z" fill="#EFE3C8" stroke="#C8B58C" stroke-width="3"/>' +
    '<path d="M80 76c20 8 60 8 80 0" stroke="#A1887F" stroke-width="5" fill="none"/><rect x="78" y="124" width="84" height="54" rx="8" fill="A"/><circle cx="120" cy="151" r="14" fill="#fff" opacity=".8"/>',
  bin:
    '<rect x="60" y="52" width="120" height="18" rx="6" fill="#37474F"/><path d="M68 70h104l-10 140H78z" fill="A"/>' +
    '<path d="M98 90v100M120 90v100M142 90v100" stroke="#fff" stroke-width="5" opacity=".5"/><rect x="106" y="42" width="28" height="10" rx="3" fill="#37474F"/>',
  mop:
    '<rect x="112" y="20" width="12" height="150" rx="5" fill="#8D6E63"/><rect x="70" y="164" width="96" height="14" rx="5" fill="#37474F"/>' +
    '<path d="M72 178h92l8 36H64z" fill="A"/><path d="M78 184v26M96 184v26M114 184v26M132 184v26M150 184v26" stroke="#fff" stroke-width="4" opacity=".5"/>',
  tool:
    '<g transform="rotate(45 120 120)"><rect x="110" y="60" width="20" height="130" rx="8" fill="#90A4AE"/><path d="M96 40a24 24 0 1 0 48 0h-14v14h-20V40z" fill="#90A4AE"/></g>' +
    '<g transform="rotate(-45 120 120)"><rect x="112" y="26" width="16" height="92" rx="3" fill="#B0BEC5"/><rect x="104" y="118" width="32" height="90" rx="12" fill="A"/></g>',
  light:
    '<rect x="20" y="98" width="200" height="28" rx="14" fill="#FFFDE7" stroke="#E0E0E0" stroke-width="3"/><rect x="12" y="104" width="12" height="16" rx="2" fill="#90A4AE"/><rect x="216" y="104" width="12" height="16" rx="2" fill="#90A4AE"/>' +
    '<path d="M60 146l-10 24M120 146v28M180 146l10 24M60 78l-10-24M120 78V50M180 78l10-24" stroke="A" stroke-width="6" stroke-linecap="round"/>',
  strip:
    '<rect x="30" y="96" width="180" height="56" rx="14" fill="#fff" stroke="#CFD8DC" stroke-width="3"/>' +
    '<g fill="#37474F"><circle cx="66" cy="124" r="12"/><circle cx="106" cy="124" r="12"/><circle cx="146" cy="124" r="12"/></g><rect x="172" y="112" width="22" height="24" rx="4" fill="A"/>' +
    '<path d="M30 124c-20 0-14 50 20 60" stroke="#37474F" stroke-width="6" fill="none"/>',
  battery:
    '<g fill="A"><rect x="58" y="60" width="44" height="130" rx="8"/><rect x="138" y="60" width="44" height="130" rx="8"/></g>' +
    '<g fill="#37474F"><rect x="70" y="50" width="20" height="12" rx="2"/><rect x="150" y="50" width="20" height="12" rx="2"/><rect x="58" y="140" width="44" height="50" rx="8"/><rect x="138" y="140" width="44" height="50" rx="8"/></g>',
  mask:
    '<path d="M56 84c40-12 88-12 128 0v60c-20 30-108 30-128 0z" fill="#E3F2FD" stroke="A" stroke-width="4"/><path d="M70 104h100M70 122h100" stroke="A" stroke-width="3" opacity=".6"/>' +
    '<path d="M56 96c-30-4-30 48 0 44M184 96c30-4 30 48 0 44" stroke="#90A4AE" stroke-width="5" fill="none"/>',
  glove:
    '<path d="M76 210v-70l-20-36c-6-12 8-20 16-10l16 22V60c0-10 14-10 14 0v50h4V44c0-10 14-10 14 0v66h4V52c0-10 14-10 14 0v62h4V72c0-10 14-10 14 0v88c0 30-14 50-24 50z" fill="A"/>' +
    '<rect x="76" y="196" width="80" height="16" rx="4" fill="#fff" opacity=".5"/>',
  syringe:
    '<g transform="rotate(-40 120 120)"><rect x="60" y="104" width="110" height="32" rx="4" fill="#fff" stroke="#90A4AE" stroke-width="3"/><rect x="64" y="108" width="60" height="24" fill="A" opacity=".6"/>' +
    '<rect x="30" y="96" width="8" height="48" fill="#37474F"/><rect x="38" y="116" width="22" height="8" fill="#90A4AE"/><path d="M170 114h14v12h-14zM184 118h40v4h-40z" fill="#90A4AE"/></g>',
  medbox:
    '<rect x="40" y="70" width="160" height="120" rx="10" fill="#fff" stroke="#CFD8DC" stroke-width="3"/><rect x="40" y="70" width="160" height="26" rx="10" fill="A"/>' +
    '<path d="M108 112h24v20h20v24h-20v20h-24v-20H88v-24h20z" fill="#E53935"/>',
  meddevice:
    '<rect x="36" y="54" width="168" height="132" rx="16" fill="#ECEFF1" stroke="#B0BEC5" stroke-width="3"/><rect x="52" y="70" width="136" height="70" rx="6" fill="#37474F"/>' +
    '<path d="M60 108h28l10-22 14 40 12-30 8 12h48" stroke="A" stroke-width="5" fill="none" stroke-linejoin="round"/><circle cx="94" cy="162" r="10" fill="A"/><circle cx="146" cy="162" r="10" fill="#90A4AE"/>',
  helmet:
    '<path d="M48 150c0-50 32-86 72-86s72 36 72 86z" fill="A"/><rect x="32" y="146" width="176" height="18" rx="8" fill="A"/>' +
    '<path d="M112 66h16v84h-16z" fill="#fff" opacity=".35"/><path d="M70 120c4-20 16-34 30-40" stroke="#fff" stroke-width="6" fill="none" opacity=".5" stroke-linecap="round"/>',
  vest:
    '<path d="M80 34h24l16 30 16-30h24l30 40v140H50V74z" fill="#FFB300"/><path d="M50 130h140v18H50zM50 170h140v18H50z" fill="#ECEFF1"/><path d="M120 64v150" stroke="A" stroke-width="4"/>',
  tea:
    '<rect x="70" y="52" width="100" height="22" rx="6" fill="#37474F"/><rect x="74" y="72" width="92" height="140" rx="8" fill="A"/>' +
    '<rect x="86" y="104" width="68" height="78" rx="6" fill="#fff" opacity=".85"/><path d="M120 116c18 8 22 34 0 54-22-20-18-46 0-54z" fill="#66BB6A"/><path d="M120 122v44" stroke="#2E7D32" stroke-width="3"/>',
  fruit:
    '<circle cx="98" cy="140" r="52" fill="F"/><circle cx="154" cy="146" r="44" fill="F"/><circle cx="84" cy="124" r="10" fill="#fff" opacity=".35"/>' +
    '<path d="M98 90c0-12 4-20 10-24M154 104c0-10 2-16 8-20" stroke="#5D4037" stroke-width="5" fill="none"/><path d="M108 70c14-10 30-6 34 2-14 8-26 6-34-2z" fill="#66BB6A"/>',
  ham:
    '<path d="M56 70c30-30 110-20 130 30 16 40-10 90-60 96-44 6-60-20-64-50-2-22 6-30-6-76z" fill="#C62828"/>' +
    '<path d="M74 90c24-16 80-10 94 26 10 28-8 60-42 62" stroke="#FFCDD2" stroke-width="10" fill="none"/><path d="M54 70l-22-30" stroke="#EFEBE9" stroke-width="16" stroke-linecap="round"/>' +
    '<rect x="96" y="124" width="56" height="30" rx="6" fill="A"/>',
  ball:
    '<circle cx="120" cy="120" r="80" fill="#E67E22"/><path d="M40 120h160M120 40v160" stroke="#37474F" stroke-width="5"/>' +
    '<path d="M64 64c26 28 26 84 0 112M176 64c-26 28-26 84 0 112" stroke="#37474F" stroke-width="5" fill="none"/>',
  bat:
    '<ellipse cx="104" cy="96" rx="62" ry="68" fill="A"/><ellipse cx="104" cy="96" rx="50" ry="56" fill="#C62828"/>' +
    '<rect x="140" y="136" width="22" height="70" rx="8" transform="rotate(-40 151 171)" fill="#8D6E63"/><circle cx="186" cy="60" r="14" fill="#FFF8E1"/>',
  shuttle:
    '<path d="M96 40h48l-10 110h-28z" fill="#fff" stroke="#CFD8DC" stroke-width="3"/><path d="M104 60h32M102 84h36M100 108h40" stroke="#E0E0E0" stroke-width="3"/>' +
    '<rect x="100" y="150" width="40" height="10" fill="A"/><path d="M100 160h40c0 30-10 40-20 40s-20-10-20-40z" fill="#F5F5F5" stroke="#CFD8DC" stroke-width="3"/>',
  carton:
    '<path d="M76 70l22-28h44l22 28z" fill="#ECEFF1" stroke="#CFD8DC" stroke-width="3"/><rect x="76" y="70" width="88" height="142" fill="#fff" stroke="#CFD8DC" stroke-width="3"/>' +
    '<rect x="76" y="120" width="88" height="54" fill="A"/><circle cx="120" cy="147" r="16" fill="#fff"/>',
}

/** Which drawing each leaf slug uses. */
const SLUG_FAMILY: Record<string, string> = {
  'desktop-pc': 'desktop', laptop: 'laptop', tablet: 'tablet', 'rack-server': 'server', 'tower-server': 'server',
  monitor: 'screen', 'keyboard-mouse': 'keyboard', ups: 'server', switch: 'network', router: 'network',
  'wireless-ap': 'network', firewall: 'network', 'portable-hdd': 'drive', 'usb-flash': 'drive', nas: 'server',
  ssd: 'drive', 'office-suite': 'software', 'pdf-software': 'software', os: 'software', antivirus: 'software',
  'ip-camera': 'camera', nvr: 'server', attendance: 'keypad', 'walkie-talkie': 'radio',
  'laser-printer': 'printer', 'inkjet-printer': 'printer', 'dot-matrix-printer': 'printer', mfp: 'printer',
  copier: 'printer', scanner: 'printer', projector: 'projector', 'projection-screen': 'screen', shredder: 'machine',
  'cash-counter': 'machine', 'binding-machine': 'machine', 'copy-paper': 'paper', 'continuous-paper': 'paper',
  'toner-cartridge': 'cartridge', 'ink-cartridge': 'cartridge', ribbon: 'cartridge', 'toner-powder': 'bottle',
  'gel-pen': 'pen', 'ballpoint-pen': 'pen', marker: 'pen', pencil: 'pen', notebook: 'paper', 'sticky-notes': 'paper',
  'file-folder': 'folder', 'archive-box': 'folder', 'file-bag': 'folder', stapler: 'stapler', calculator: 'keypad',
  tape: 'roll', 'wall-ac': 'wallac', 'floor-ac': 'tall', fridge: 'fridge', freezer: 'fridge', television: 'screen',
  'smart-board': 'screen', 'water-dispenser': 'dispenser', kettle: 'kettle', 'air-purifier': 'tall',
  microwave: 'appliance', 'water-heater': 'appliance', 'office-desk': 'desk', 'conference-table': 'desk',
  'school-desk': 'desk', 'office-chair': 'chair', 'training-chair': 'chair', 'file-cabinet': 'cabinet',
  'safe-cabinet': 'cabinet', sofa: 'sofa', 'tea-table': 'desk', tissue: 'tissue', 'toilet-roll': 'roll',
  'hand-towel': 'tissue', 'hand-soap': 'bottle', disinfectant: 'bottle', 'laundry-detergent': 'bottle',
  'garbage-bag': 'sack', mop: 'mop', 'trash-bin': 'bin', 'tool-set': 'tool', screwdriver: 'tool',
  'power-drill': 'tool', 'angle-grinder': 'tool', 'led-tube': 'light', 'led-panel': 'light', 'power-strip': 'strip',
  battery: 'battery', 'work-gloves': 'glove', 'safety-helmet': 'helmet', 'reflective-vest': 'vest',
  'fire-extinguisher': 'extinguisher', 'emergency-light': 'light', 'medical-mask': 'mask', 'medical-gloves': 'glove',
  'protective-suit': 'vest', syringe: 'syringe', 'infusion-set': 'syringe', 'medical-alcohol': 'bottle',
  iodophor: 'bottle', 'cotton-swab': 'medbox', 'medical-gauze': 'medbox', 'blood-pressure-monitor': 'meddevice',
  thermometer: 'meddevice', glucometer: 'meddevice', wheelchair: 'chair', aed: 'meddevice', rice: 'sack',
  'cooking-oil': 'bottle', flour: 'sack', 'longjing-tea': 'tea', 'anji-white-tea': 'tea', 'black-tea': 'tea',
  citrus: 'fruit:#FB8C00', apple: 'fruit:#E53935', kiwi: 'fruit:#8D6E63', 'dried-mushroom': 'sack',
  'black-fungus': 'sack', 'red-dates': 'sack', 'jinhua-ham': 'ham', 'bamboo-shoots': 'sack', honey: 'bottle',
  'bottled-water': 'bottle', 'barrel-water': 'dispenser', milk: 'carton', basketball: 'ball',
  'table-tennis-bat': 'bat', badminton: 'shuttle',
}

const cache = new Map<string, string>()

export function isImageSlug(slug: string): boolean {
  return Object.hasOwn(SLUG_FAMILY, slug)
}

/** A ≤2 kB SVG illustrating the leaf `slug`; `variant` (0-7, wrapped) picks the colours. Null if unknown. */
export function renderProductSvg(slug: string, variant: number): string | null {
  const entry = Object.hasOwn(SLUG_FAMILY, slug) ? SLUG_FAMILY[slug] : undefined
  if (entry === undefined) return null
  const v = ((Math.trunc(variant) % 8) + 8) % 8
  const key = `${entry}/${v}`
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  const [family = '', fill = ''] = entry.split(':')
  const body = (FAMILIES[family] ?? '').replaceAll('"A"', `"${ACCENTS[v]}"`).replaceAll('"F"', `"${fill}"`)
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240">` +
    `<rect width="240" height="240" fill="${BACKGROUNDS[v]}"/>${body}</svg>`
  cache.set(key, svg)
  return svg
}
