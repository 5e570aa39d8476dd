import type { Rng } from '../types.ts'

/** Split a compact, space-separated word list. */
const words = (list: string): readonly string[] => list.split(' ')

/* ---------- companies ---------- */

/** Characters Chinese firms like in their trade names (字号); two are combined, e.g. 恒 + 达. */
const TRADE_FIRST = words(
  '恒 华 明 宏 鑫 盛 泰 瑞 嘉 信 诚 德 和 顺 兴 丰 博 宇 创 新 天 金 东 海 正 通 联 汇 聚 益 佳 凯 安 康 永 ' +
    '辉 晟 锦 君 鸿 浩 卓 星 耀 科 智 中 立 元 广 富 荣 昌 大 万 裕 祥 长 同 协 开 美 捷 伟 思 腾 乐 远 ' +
    '尚 雅 群 达 欣 鼎 铭 俊 亿 川 杰 旭 彩 润 峰 晨 弘 茂 越 竹 钱 之 甬 瓯 禾',
)
const TRADE_SECOND = words(
  '达 远 华 盛 泰 信 成 源 丰 隆 兴 发 昌 利 通 达 宇 辰 明 光 晖 德 邦 诚 和 安 顺 博 创 科 恒 美 鑫 福 ' +
    '晟 锐 韵 航 川 峰 帆 图 程 尚 誉 航 驰 腾 基 能 途 迅 展 凯 林 森 泽 润 源 宸 阳 胜 业 邦 途 佳 乐 ' +
    '力 杰 拓 捷 数 智 云 湖 江 山 海 岳 嘉 禾 茂 祥 瑞 益 宏 进',
)

/** Industry words for supplier names, by top-level category name of the catalogue. */
export const INDUSTRY_BY_CATEGORY: Readonly<Record<string, readonly string[]>> = {
  计算机设备: words('电脑 计算机 信息技术 数码 电子'),
  办公设备: words('办公设备 办公自动化 电子 数码'),
  办公耗材: words('办公用品 耗材 纸业 文化用品'),
  文具用品: words('文具 文化用品 办公用品 笔业'),
  家用电器: words('电器 家电 机电 制冷设备'),
  办公家具: words('家具 办公家具 木业 钢制家具'),
  网络与存储设备: words('网络技术 信息技术 通信 电子'),
  安防监控: words('安防 智能科技 电子 通信'),
  软件: words('软件 信息技术 网络科技 数字科技'),
  清洁用品: words('日用品 清洁用品 纸业 日化'),
  五金工具: words('五金 工具 机电 电器'),
  劳保消防: words('劳保用品 消防器材 安全防护 五金'),
  医疗耗材: words('医疗器械 医疗用品 卫生材料 医药'),
  医疗器械: words('医疗器械 医疗设备 健康科技'),
  农副产品: words('农业 农产品 茶业 食品 生态农业'),
  食品饮料: words('食品 饮品 食品贸易 副食品'),
  体育用品: words('体育用品 文体用品 运动器材'),
}

/** Every industry word, for callers that have no category at hand. */
export const INDUSTRY_WORDS: readonly string[] = [...new Set(Object.values(INDUSTRY_BY_CATEGORY).flat())]

export function pickIndustry(rng: Rng, topCategoryName: string): string {
  const list = Object.hasOwn(INDUSTRY_BY_CATEGORY, topCategoryName) ? INDUSTRY_BY_CATEGORY[topCategoryName] : undefined
  return rng.pick(list ?? INDUSTRY_WORDS)
}

/** Words after the industry; '' (no word) is listed several times to keep plain names common. */
const MAKER_WORDS = ['制造', '实业', '科技', '制品', '工贸', '', '', '']
const TRADER_WORDS = ['商贸', '贸易', '科技', '供应链', '实业', '', '']
const RESELLER_INDUSTRY = words('办公用品 办公设备 数码')

function companyType(rng: Rng): string {
  const r = rng.next()
  return r < 0.86 ? '有限公司' : r < 0.96 ? '股份有限公司' : '有限责任公司'
}

/** The place part of a company name: 杭州 / 宁波市鄞州区 / 义乌市 / 浙江. */
function companyPlace(rng: Rng, cityName: string, countyName: string): string {
  const r = rng.next()
  if (r < 0.15) return '浙江'
  const cityShort = cityName.endsWith('市') ? cityName.slice(0, -1) : cityName
  if (!countyName || countyName === cityName) return r < 0.6 ? cityShort : cityName
  if (countyName.endsWith('区')) return r < 0.5 ? cityShort : cityName + countyName
  return r < 0.35 ? cityShort : countyName
}

/**
 * A company name such as 杭州华数办公设备有限公司 or 义乌市恒达文具制造有限公司. `industry` may be an industry
 * word (文具) or a top-level category name (文具用品), which is turned into one of its industry words.
 */
export function makeSupplierName(
  rng: Rng,
  cityName: string,
  countyName: string,
  kind: 'manufacturer' | 'reseller',
  industry: string,
): string {
  const industryWord = Object.hasOwn(INDUSTRY_BY_CATEGORY, industry) ? pickIndustry(rng, industry) : industry
  const place = companyPlace(rng, cityName, countyName)
  const a = rng.pick(TRADE_FIRST)
  let b = rng.pick(TRADE_SECOND)
  if (b === a) b = rng.pick(TRADE_SECOND)
  let trade = a + b
  let middle: string
  let tail: string
  if (kind === 'manufacturer') {
    middle = industryWord
    tail = rng.pick(MAKER_WORDS)
  } else {
    middle = rng.chance(0.35) ? rng.pick(RESELLER_INDUSTRY) : rng.chance(0.7) ? industryWord : ''
    tail = rng.pick(TRADER_WORDS)
    if (middle === '' && tail === '') tail = '商贸'
  }
  if (tail && (middle.endsWith(tail) || middle.endsWith('科技') || middle.endsWith('技术'))) tail = ''
  // A third trade character now and then widens the name space (e.g. 恒达信).
  if (rng.chance(0.12)) trade += rng.pick(TRADE_SECOND)
  return place + trade + middle + tail + companyType(rng)
}

/* ---------- purchasing units ---------- */

/** Neighbourhood-style place names used for schools, clinics and sub-districts. */
const LOCALES = words(
  '文三 学军 翠苑 城东 城南 城西 城北 江南 江北 湖滨 青山 白云 秀水 凤凰 紫金 丹桂 南湖 北山 东山 新城 ' +
    '长春 胜利 解放 建设 育才 天长 崇文 求知 清河 莲花 梅林 桃源 柳浪 芙蓉 银湖 金山 龙山 云龙 凤山 鹿山 ' +
    '双塔 三江 月湖 望江 钱江 古荡 三墩 留下 蒋村 灵溪 塘下 柳市 石桥 花园 新桥 横山 西塘 东湖 下沙 大关 ' +
    '湖塘 南门 北门 五里 九龙 白石 松溪 竹林 杏坛 沙河 桂花 樟树 溪口 洪塘 章镇 岭下 安华 前溪 后陈 方岩',
)
const CN_DIGITS = words('一 二 三 四 五 六 七 八 九 十 十一 十二 十三 十四 十五')

const BUREAUS = words(
  '财政局 教育局 公安局 民政局 人力资源和社会保障局 自然资源和规划局 生态环境局 住房和城乡建设局 交通运输局 ' +
    '水利局 农业农村局 商务局 文化和广电旅游体育局 卫生健康局 应急管理局 审计局 市场监督管理局 统计局 ' +
    '医疗保障局 司法局 科学技术局 经济和信息化局 发展和改革局 综合行政执法局 退役军人事务局 人民政府办公室 ' +
    '林业局 信访局 体育局 大数据发展管理局 粮食和物资储备局 机关事务管理局 残疾人联合会 总工会 妇女联合会 ' +
    '红十字会 科学技术协会 住房公积金管理中心 人民防空办公室 供销合作社联合社',
)
const OTHER_UNITS = words(
  '疾病预防控制中心 图书馆 档案馆 文化馆 博物馆 人民法院 人民检察院 社会福利院 公共资源交易中心 融媒体中心 ' +
    '青少年宫 机关事务服务中心 城市管理服务中心 不动产登记服务中心 行政服务中心 气象局 消防救援大队 ' +
    '急救中心 血站 水文站 农业技术推广中心 动物疫病预防控制中心 林业技术推广站 广播电视台 职工服务中心 ' +
    '公路与运输管理中心 自然资源和规划信息中心 教育技术中心 教师发展中心 社会保险服务中心 就业服务中心',
)

type UnitKind = 'school' | 'hospital' | 'bureau' | 'other'

const ordinal = (rng: Rng, max: number): string => `第${CN_DIGITS[rng.int(0, max - 1)] ?? '一'}`

function schoolName(rng: Rng, local: string, city: string): string {
  const place = rng.pick(LOCALES)
  switch (rng.int(0, 11)) {
    case 0:
    case 1:
      return `${local}${place}小学`
    case 2:
      return `${local}${place}${rng.chance(0.5) ? '路' : '街'}小学`
    case 3:
      return `${local}实验小学${place}校区`
    case 4:
      return `${local}${ordinal(rng, 15)}中学`
    case 5:
    case 6:
      return `${local}${place}中学`
    case 7:
    case 8:
      return `${local}${place}幼儿园`
    case 9:
      return `${local}${place}初级中学`
    case 10:
      return `${city}${ordinal(rng, 6)}高级中学`
    default:
      return `${local}${rng.pick(words('职业技术学校 特殊教育学校 实验中学 外国语学校 实验幼儿园'))}`
  }
}

function hospitalName(rng: Rng, local: string, city: string): string {
  const place = rng.pick(LOCALES)
  switch (rng.int(0, 9)) {
    case 0:
      return `${city}${ordinal(rng, 7)}人民医院`
    case 1:
      return `${city}${rng.pick(words('中心医院 中医院 妇幼保健院 儿童医院 口腔医院 精神卫生中心'))}`
    case 2:
      return `${local}${rng.pick(words('人民医院 中医院 妇幼保健院 第二人民医院 中西医结合医院'))}`
    case 3:
    case 4:
    case 5:
      return `${local}${place}${rng.chance(0.8) ? '镇卫生院' : '镇中心卫生院'}`
    default:
      return `${local}${place}街道社区卫生服务中心`
  }
}

export function makeUnitName(
  rng: Rng,
  cityName: string,
  countyName: string,
): { name: string; kind: UnitKind } {
  const cityLevel = !countyName || countyName === cityName || rng.chance(0.08)
  // Districts are always named with their city (杭州市西湖区…); counties and county-level cities stand alone.
  const local = cityLevel ? cityName : countyName.endsWith('区') ? cityName + countyName : countyName
  const r = rng.next()
  if (r < 0.38) return { name: schoolName(rng, local, cityName), kind: 'school' }
  if (r < 0.58) return { name: hospitalName(rng, local, cityName), kind: 'hospital' }
  if (r < 0.84) {
    if (!cityLevel && rng.chance(0.45)) {
      const place = rng.pick(LOCALES)
      return { name: `${local}${place}${rng.chance(0.5) ? '街道办事处' : '镇人民政府'}`, kind: 'bureau' }
    }
    const bureau = rng.pick(BUREAUS)
    // City-level 发展和改革 bodies are commissions, not bureaus.
    const named = cityLevel && bureau === '发展和改革局' ? '发展和改革委员会' : bureau
    return { name: local + named, kind: 'bureau' }
  }
  return { name: local + rng.pick(OTHER_UNITS), kind: 'other' }
}

/* ---------- people, phones, addresses ---------- */

/** Common surnames, the most frequent ones (in Zhejiang: 陈 王 张 李 吴 徐 周) listed twice. */
const SURNAMES = words(
  '陈 王 张 李 吴 徐 周 金 朱 杨 黄 林 刘 胡 赵 郑 何 沈 孙 钱 蒋 叶 潘 方 俞 汪 邵 应 楼 毛 ' +
    '陈 王 张 李 吴 徐 周 金 朱 杨 马 高 罗 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 于 余 杜 程 ' +
    '苏 魏 吕 丁 任 姚 卢 姜 崔 钟 谭 陆 范 石 廖 贾 夏 韦 付 白 邹 孟 熊 秦 邱 江 尹 薛 严 戴 章 虞',
)
const GIVEN = words(
  '伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 娟 涛 明 超 秀 霞 平 刚 桂 华 建 国 文 辉 鹏 宇 晨 浩 婷 ' +
    '雪 琳 颖 晓 欣 怡 佳 俊 凯 斌 峰 红 玲 燕 立 志 海 波 宁 林 悦 然 思 雨 嘉 航 博 鑫 昊 哲 瑶 萍 ' +
    '丹 亮 健 琴 云 倩 蕾 蓉 彬 睿 轩 逸 泽 晶 锋 旭 慧 梅 莉 凡 帆 坤 毅 诚 冬 阳 春 秋 琪 璐 蔚',
)

export function makePersonName(rng: Rng): string {
  const given = rng.chance(0.75) ? rng.pick(GIVEN) + rng.pick(GIVEN) : rng.pick(GIVEN)
  return rng.pick(SURNAMES) + given
}

/** Mainland mobile prefixes (China Mobile, Unicom and Telecom). */
const MOBILE_PREFIXES = words(
  '130 131 132 133 134 135 136 137 138 139 150 151 152 153 155 156 157 158 159 166 173 177 180 181 182 ' +
    '183 184 185 186 187 188 189 191 198 199',
)

export function makePhone(rng: Rng): string {
  let phone = rng.pick(MOBILE_PREFIXES)
  for (let i = 0; i < 8; i++) phone += String(rng.int(0, 9))
  return phone
}

/** Real main roads of some county-level divisions, so addresses look local where it is cheap to do so. */
const LOCAL_ROADS: Readonly<Record<string, readonly string[]>> = {
  上城区: words('解放路 庆春路 延安路 望江路 秋涛路 清泰街'),
  拱墅区: words('湖墅南路 莫干山路 上塘路 丽水路 石祥路'),
  西湖区: words('文三路 天目山路 文二路 学院路 教工路 古墩路 文一西路'),
  滨江区: words('江南大道 滨盛路 网商路 江虹路 长河路'),
  萧山区: words('市心路 人民路 金城路 建设一路'),
  余杭区: words('文一西路 五常大道 良睦路 余杭塘路'),
  鄞州区: words('天童路 宁南北路 鄞县大道 四明中路'),
  海曙区: words('中山西路 解放南路 环城西路 药行街'),
  鹿城区: words('人民路 府前街 车站大道 飞霞南路'),
  南湖区: words('中山东路 南湖大道 东升路 禾兴南路'),
  吴兴区: words('人民路 红旗路 仁皇山路 青铜路'),
  越城区: words('解放北路 中兴中路 胜利东路 凤林西路'),
  义乌市: words('稠州北路 宾王路 工人北路 商城大道 江滨北路'),
  永康市: words('金城路 华溪北路 丽州中路 九铃东路'),
  安吉县: words('昌硕东路 天目路 灵芝西路 递铺路'),
  德清县: words('永安街 千秋街 英溪南路 长虹街'),
  椒江区: words('市府大道 东海大道 中山西路 康平路'),
  莲都区: words('中山街 丽阳街 人民街 括苍路'),
  柯城区: words('新桥街 荷花中路 县学街 上街'),
  定海区: words('解放西路 环城南路 人民北路 昌国路'),
}
const ROAD_BASES = words(
  '人民 解放 中山 建设 文化 学院 府前 江滨 环城 新华 东风 胜利 迎宾 世纪 科技 工业 振兴 湖滨 凤凰 青年 ' +
    '健康 公园 站前 朝阳 和平 兴业 创业 丽水 金城 花园',
)
const ROAD_SUFFIXES = words('路 路 路 街 大道 北路 南路 东路 西路 中路')

export function makeStreetAddress(rng: Rng, countyName: string): string {
  const local = LOCAL_ROADS[countyName]
  const road =
    local && rng.chance(0.6) ? rng.pick(local) : rng.pick(ROAD_BASES) + rng.pick(ROAD_SUFFIXES)
  let address = `${road} ${rng.int(1, 999)} 号`
  const r = rng.next()
  if (r < 0.45) address += ` ${rng.int(1, 12)} 号楼 ${rng.int(1, 18)} 楼`
  else if (r < 0.7) address += ` ${rng.int(1, 25)}0${rng.int(1, 9)} 室`
  return address
}
