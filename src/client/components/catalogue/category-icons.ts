import type { IconName } from '../app/icons.ts'

/** A pictogram for a first-level category, chosen by a word in its name; unknown ones get none. */
const RULES: [RegExp, IconName][] = [
  [/计算机|电脑/, 'computer'],
  [/网络|存储/, 'network'],
  [/软件/, 'code'],
  [/办公设备|打印|复印/, 'printer'],
  [/耗材|纸/, 'paper'],
  [/家具/, 'chair'],
  [/电器/, 'appliance'],
  [/安防|监控/, 'camera'],
  [/文具/, 'pen'],
  [/清洁/, 'clean'],
  [/五金|工具/, 'tool'],
  [/消防|劳保/, 'fire'],
  [/医疗/, 'medical'],
  [/农副|农产/, 'wheat'],
  [/食品|饮料/, 'cup'],
  [/体育/, 'ball'],
]

export function categoryIcon(name: string): IconName | undefined {
  return RULES.find(([pattern]) => pattern.test(name))?.[1]
}

/** Tints cycle so neighbouring shortcuts differ; all pass 4.5:1 with their ink. */
export const SHORTCUT_TINTS = [
  ['#fdeeed', '#b71c14'],
  ['#eaf1fc', '#1456b8'],
  ['#fff1e0', '#a04a00'],
  ['#e8f5ec', '#0a7038'],
  ['#f1ecfb', '#5b2fb0'],
] as const
