import type { Badge } from '../../../../shared/badges.ts'
import type { LeafCategorySeed, MidCategorySeed, ProductContent, Rng, TopCategorySeed } from '../../types.ts'

/**
 * A compact notation for leaf categories, compiled once at module load so that `make` only picks
 * from prepared tables and concatenates a handful of strings (it runs ~480,000 times per full seed).
 *
 * Model patterns ('|' separates alternatives):
 *   #  any digit      %  digit 1-9      @  capital letter (no I or O)      $  code of the keyed axis value
 * Axis values ('|' separates alternatives, repeat a value to make it more likely):
 *   'spec value~title form=code'   e.g. '1.5匹（适用面积16-24㎡）~1.5匹=35'; title form and code are optional.
 * Description templates ('|' separates alternatives):
 *   {b} brand  {m} model  {n} noun  {0}..{9} spec value of that axis
 */

/** Titles stop growing at this length so they fit two lines on a phone. */
const MAX_TITLE = 60

/** Where an axis value shows up: only in specs, after the noun, or glued in front of the noun. */
export const SPEC = 0
export const POST = 1
export const PRE = 2
type Place = typeof SPEC | typeof POST | typeof PRE

export interface Axis {
  name: string
  values: string
  place: Place
}

export function ax(name: string, values: string, place: Place = SPEC): Axis {
  return { name, values, place }
}

export interface LeafDef {
  name: string
  slug: string
  unit: string
  /** Listed price range in yuan (converted to fen). */
  yuan: readonly [number, number]
  warranty: number
  weight: number
  badges?: Partial<Record<Badge, number>>
  /** Common noun(s) used in the title; '|' separates alternatives. Defaults to the leaf name. */
  noun?: string
  /** brand → model patterns. Key order is the brand order. */
  brands: Record<string, string>
  axes: readonly Axis[]
  /** Optional selling-point phrases, one appended to the title when it fits. */
  tail?: string
  desc: string
  /** A brand-dependent spec, e.g. ['产地', { 柴火大院: '黑龙江五常' }]. */
  brandSpec?: readonly [string, Record<string, string>]
  /** Separator between post-noun title values (default ' '). */
  sep?: string
  /** Separator between pre-noun values and the noun (default ''). */
  preSep?: string
  /** Software and services: the warranty sentence speaks of support and upgrades instead. */
  service?: boolean
}

/** Title labels for brands that e-commerce titles usually write with their Latin name. */
const BRAND_LABELS: Record<string, string> = {
  联想: 'Lenovo', 戴尔: 'DELL', 惠普: 'HP', 华为: 'HUAWEI', 华硕: 'ASUS', 佳能: 'Canon', 爱普生: 'EPSON',
  兄弟: 'brother', 奔图: 'PANTUM', 理光: 'RICOH', 京瓷: 'KYOCERA', 得力: 'deli', 晨光: 'M&G', 齐心: 'Comix',
  格力: 'GREE', 美的: 'Midea', 海尔: 'Haier', 海信: 'Hisense', 三星: 'SAMSUNG', 西部数据: 'WD',
  希捷: 'Seagate', 金士顿: 'Kingston', 闪迪: 'SanDisk', 明基: 'BenQ', 索尼: 'SONY', 松下: 'Panasonic',
  飞利浦: 'PHILIPS', 罗技: 'Logitech', 山特: 'SANTAK', 新华三: 'H3C', 锐捷: 'Ruijie', 浪潮: 'INSPUR',
  群晖: 'Synology', 威联通: 'QNAP', 卡西欧: 'CASIO', 斑马: 'ZEBRA', 百乐: 'PILOT', 国誉: 'KOKUYO',
  维达: 'Vinda', 心相印: 'Hearttex', 博世: 'BOSCH', 牧田: 'Makita', 史丹利: 'STANLEY', 世达: 'SATA',
  得伟: 'DEWALT', 公牛: 'BULL', 欧普: 'OPPLE', 雷士: 'NVC', 南孚: 'NANFU', 金霸王: 'Duracell',
  欧姆龙: 'OMRON', 鱼跃: 'yuwell', 迈瑞: 'Mindray', 霍尼韦尔: 'Honeywell', 代尔塔: 'DELTAPLUS',
  梅思安: 'MSA', 杜邦: 'DuPont', 威露士: 'Walch', 滴露: 'Dettol', 舒肤佳: 'Safeguard', 怡宝: "C'estbon",
  娃哈哈: 'WAHAHA', 李宁: 'LI-NING', 斯伯丁: 'SPALDING', 红双喜: 'DHS', 尤尼克斯: 'YONEX', 小米: 'MI',
  苹果: 'Apple', 荣耀: 'HONOR', 海康威视: 'HIKVISION', 大华: 'dahua', 宇视: 'UNV', 摩托罗拉: 'Motorola',
  海能达: 'Hytera', 建伍: 'KENWOOD', 希沃: 'seewo', 富士通: 'FUJITSU', 夏普: 'SHARP', 东芝: 'TOSHIBA',
  西门子: 'SIEMENS', 奥克斯: 'AUX', 苏泊尔: 'SUPOR', 九阳: 'Joyoung', 圣奥: 'SUNON', 震旦: 'AURORA',
  永艺: 'UE', 西昊: 'SIHOO', 安吉尔: 'Angel', 美丽雅: 'MARYYA', 史密斯: 'A.O.Smith', 正泰: 'CHINT',
  德力西: 'DELIXI', 罗氏: 'Roche', 伊利: 'yili', 蒙牛: 'MENGNIU', 顾家家居: 'KUKA', 芝华仕: 'CHEERS',
  百岁山: 'Ganten', 雀巢: 'Nestle', 中控智慧: 'ZKTeco', 大疆: 'DJI', 英科医疗: 'INTCO', 安思尔: 'Ansell',
}

const DIGIT = 0
const NONZERO = 1
const LETTER = 2
const CODE = 3
type Piece = string | typeof DIGIT | typeof NONZERO | typeof LETTER | typeof CODE

const DIGITS = '0123456789'
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'

function compileModel(pattern: string): Piece[] {
  const pieces: Piece[] = []
  let literal = ''
  for (const ch of pattern) {
    const token = ch === '#' ? DIGIT : ch === '%' ? NONZERO : ch === '@' ? LETTER : ch === '$' ? CODE : null
    if (token === null) {
      literal += ch
      continue
    }
    if (literal) pieces.push(literal)
    literal = ''
    pieces.push(token)
  }
  if (literal) pieces.push(literal)
  return pieces
}

function fillModel(rng: Rng, pieces: readonly Piece[], code: string): string {
  let out = ''
  for (const p of pieces) {
    if (typeof p === 'string') out += p
    else if (p === DIGIT) out += DIGITS[Math.floor(rng.next() * 10)]
    else if (p === NONZERO) out += DIGITS[1 + Math.floor(rng.next() * 9)]
    else if (p === LETTER) out += LETTERS[Math.floor(rng.next() * LETTERS.length)]
    else out += code
  }
  return out
}

interface AxisValue {
  spec: { name: string; value: string }
  title: string
  code: string
}

interface CompiledAxis {
  place: Place
  values: AxisValue[]
}

/** Template piece: literal text, or an index into the per-call slot list (see SLOT_*). */
type TemplatePiece = string | number
const SLOT_BRAND = -1
const SLOT_MODEL = -2
const SLOT_NOUN = -3

function compileTemplate(template: string, axisCount: number, where: string): TemplatePiece[] {
  const pieces: TemplatePiece[] = []
  for (const [i, part] of template.split(/\{([^}]*)\}/).entries()) {
    if (i % 2 === 0) {
      if (part) pieces.push(part)
      continue
    }
    const slot = part === 'b' ? SLOT_BRAND : part === 'm' ? SLOT_MODEL : part === 'n' ? SLOT_NOUN : Number(part)
    if (!Number.isInteger(slot) || slot >= axisCount) throw new Error(`${where}: bad placeholder {${part}}`)
    pieces.push(slot)
  }
  return pieces
}

const CLOSERS_DURABLE = [
  '质保{w}个月，原厂正品，支持开具增值税专用发票。',
  '提供{w}个月原厂质保和送货上门服务。',
  '原厂授权供货，保修期{w}个月，可开具增值税发票。',
]
const CLOSERS_SERVICE = [
  '含{w}个月技术支持与升级服务。',
  '正版授权，提供{w}个月远程技术支持。',
]
const CLOSERS_CONSUMABLE = [
  '正品保障，按单位要求配送到指定地点。',
  '厂家直供，支持开具增值税专用发票。',
  '批量采购可按需分批配送。',
]

function isCjk(s: string): boolean {
  return s.charCodeAt(0) >= 0x2e80
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

/** Concatenates, with a space only where two Latin letters or digits would otherwise run together. */
function glue(a: string, b: string): string {
  return a && b && isAsciiAlnum(a.charCodeAt(a.length - 1)) && isAsciiAlnum(b.charCodeAt(0)) ? `${a} ${b}` : a + b
}

export function leaf(def: LeafDef): LeafCategorySeed {
  const where = `leaf ${def.slug}`
  const brands = Object.keys(def.brands)
  if (brands.length < 3) throw new Error(`${where}: needs at least 3 brands`)
  const specCount = 2 + def.axes.length + (def.brandSpec ? 1 : 0)
  if (def.axes.length < 2 || specCount > 8) throw new Error(`${where}: 4-8 specs needed, got ${specCount}`)

  const modelTable = new Map<string, Piece[][]>()
  const labels = new Map<string, string>()
  const brandSpecs = new Map<string, { name: string; value: string }>()
  for (const brand of brands) {
    modelTable.set(brand, (def.brands[brand] ?? '').split('|').map(compileModel))
    const latin = BRAND_LABELS[brand]
    labels.set(brand, latin ? `${brand}（${latin}）` : brand)
    const origin = def.brandSpec?.[1][brand]
    if (def.brandSpec && origin) brandSpecs.set(brand, { name: def.brandSpec[0], value: origin })
  }

  const axes: CompiledAxis[] = def.axes.map((a) => ({
    place: a.place,
    values: a.values.split('|').map((raw) => {
      const [text = '', code = ''] = raw.split('=')
      const [spec = '', title = spec] = text.split('~')
      return { spec: { name: a.name, value: spec }, title, code }
    }),
  }))
  const keyAxis = axes.findIndex((a) => a.values.some((v) => v.code !== ''))
  const nouns = (def.noun ?? def.name).split('|')
  // Descriptions use the first word of a multi-word title noun ('柑橘 新鲜水果' → '柑橘').
  const descNouns = new Map(nouns.map((n) => [n, n.split(' ')[0] ?? n]))
  const tails = def.tail ? def.tail.split('|') : []
  const descs = def.desc.split('|').map((t) => compileTemplate(t, axes.length, where))
  const closerSet = def.service ? CLOSERS_SERVICE : def.warranty > 0 ? CLOSERS_DURABLE : CLOSERS_CONSUMABLE
  const closers = closerSet.map((c) => c.replace('{w}', String(def.warranty)))
  const sep = def.sep ?? ' '
  const preSep = def.preSep ?? ''

  const make = (rng: Rng, brand: string): ProductContent => {
    const picked: AxisValue[] = []
    for (const a of axes) picked.push(rng.pick(a.values))
    const patterns = modelTable.get(brand) ?? modelTable.get(brands[0] ?? '') ?? []
    const code = keyAxis >= 0 ? (picked[keyAxis]?.code ?? '') : ''
    const model = fillModel(rng, rng.pick(patterns), code)
    const label = labels.get(brand) ?? brand
    const noun = rng.pick(nouns)

    let core = ''
    for (let i = 0; i < picked.length; i++) {
      if ((axes[i] as CompiledAxis).place === PRE) core = glue(core, (picked[i] as AxisValue).title) + preSep
    }
    const space = label.endsWith('）') || isCjk(model) ? '' : ' '
    let title = `${label}${space}${model} ${glue(core, noun)}`
    // Post values are appended one by one while they fit, so long titles lose their tail first.
    let first = true
    for (let i = 0; i < picked.length; i++) {
      const text = (picked[i] as AxisValue).title
      if ((axes[i] as CompiledAxis).place !== POST || !text) continue
      const next = (first ? ' ' : sep) + text
      if (title.length + next.length > MAX_TITLE) break
      title += next
      first = false
    }
    if (tails.length > 0) {
      const tail = rng.pick(tails)
      if (title.length + 1 + tail.length <= MAX_TITLE) title += ' ' + tail
    }

    const specs = [{ name: '品牌', value: brand }, { name: '型号', value: model }]
    for (const v of picked) specs.push({ name: v.spec.name, value: v.spec.value })
    const extra = brandSpecs.get(brand)
    if (extra) specs.push({ name: extra.name, value: extra.value })

    let description = ''
    for (const piece of rng.pick(descs)) {
      const text =
        typeof piece === 'string'
          ? piece
          : piece === SLOT_BRAND
            ? brand
            : piece === SLOT_MODEL
              ? model
              : piece === SLOT_NOUN
                ? (descNouns.get(noun) ?? noun)
                : (picked[piece] as AxisValue).spec.value
      description = glue(description, text)
    }
    description += rng.pick(closers)

    return { title, model, specs, description }
  }

  return {
    name: def.name,
    slug: def.slug,
    brands,
    unit: def.unit,
    priceFen: [def.yuan[0] * 100, def.yuan[1] * 100],
    warrantyMonths: def.warranty,
    badgeOdds: def.badges ?? {},
    weight: def.weight,
    make,
  }
}

export function mid(name: string, children: readonly LeafCategorySeed[]): MidCategorySeed {
  return { name, children }
}

export function top(name: string, children: readonly MidCategorySeed[]): TopCategorySeed {
  return { name, children }
}
