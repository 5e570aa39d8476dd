import type { Badge } from '../../../shared/badges.ts'

export interface PavilionSeed {
  id: string
  name: string
  /** A city or county pavilion shows the goods of suppliers based there; a themed hall, goods with a badge. */
  regionCode?: string
  badge?: Badge
  tagline: string
  intro: string
}

/** 中国制造精品 — 地方馆: each city, four counties known for what they make, and two themed halls. */
export const PAVILIONS: readonly PavilionSeed[] = [
  { id: 'zhizao', name: '制造精品馆', badge: 'zhejiang_made', tagline: '“浙江制造”品字标 · 标准领先', intro: '汇聚通过“浙江制造”品字标认证的产品，标准高于国标、行标，质量对标国际先进，采购单位可放心直购。' },
  { id: 'fupin', name: '农业扶贫馆', badge: 'rural_revitalisation', tagline: '832 平台 · 乡村振兴', intro: '对接脱贫地区农副产品网络销售平台（832 平台），大米、食用油、茶叶、水果等直接采自农户与合作社，助力乡村振兴。' },
  { id: 'hangzhou', name: '杭州馆', regionCode: '330100', tagline: '数字经济 · 智能办公', intro: '杭州以数字经济闻名，聚集了计算机整机、网络设备与智能办公设备的制造企业，西湖龙井等名茶也出自这里。' },
  { id: 'ningbo', name: '宁波馆', regionCode: '330200', tagline: '制造强市 · 文具家电', intro: '宁波是全国重要的制造业基地，文具、家用电器和办公耗材产业集群完整，多家龙头企业工厂直供。' },
  { id: 'wenzhou', name: '温州馆', regionCode: '330300', tagline: '民营经济 · 电气五金', intro: '温州民营经济活跃，低压电器、五金工具、眼镜与鞋服制造享誉全国，以工厂价供应政府采购。' },
  { id: 'jiaxing', name: '嘉兴馆', regionCode: '330400', tagline: '红船起航 · 光伏纺织', intro: '嘉兴制造业门类齐全，光伏、纺织、电子元件和家具产业发达，紧邻上海，物流便捷。' },
  { id: 'huzhou', name: '湖州馆', regionCode: '330500', tagline: '绿水青山 · 竹木家具', intro: '“两山”理念诞生地，绿色家居、竹木制品与办公家具产业集聚，环保认证产品丰富。' },
  { id: 'shaoxing', name: '绍兴馆', regionCode: '330600', tagline: '轻纺之都 · 黄酒故里', intro: '绍兴拥有全球最大的纺织品集散地柯桥轻纺城，劳保用品、纺织制品与清洁用品供应充足。' },
  { id: 'jinhua', name: '金华馆', regionCode: '330700', tagline: '小商品之源 · 五金之都', intro: '金华下辖义乌、永康，小商品与五金工具产业全国领先，金华火腿等土特产远近闻名。' },
  { id: 'quzhou', name: '衢州馆', regionCode: '330800', tagline: '南孔圣地 · 特种纸业', intro: '衢州特种纸、氟硅新材料产业发达，复印纸、纸品及农特产品（柑橘）直供各地采购单位。' },
  { id: 'zhoushan', name: '舟山馆', regionCode: '330900', tagline: '海洋经济 · 群岛新区', intro: '舟山以海洋经济为特色，船舶修造、海产品加工和港航物流产业集聚。' },
  { id: 'taizhou', name: '台州馆', regionCode: '331000', tagline: '智能制造 · 医药器械', intro: '台州制造业基础雄厚，医药、医疗器械、缝制设备与智能卫浴产业全国知名。' },
  { id: 'lishui', name: '丽水馆', regionCode: '331100', tagline: '生态绿谷 · 山耕农品', intro: '丽水生态环境全省领先，“丽水山耕”区域公用品牌的香菇、茶叶、笋干等农特产品品质上乘。' },
  { id: 'deqing', name: '德清馆', regionCode: '330521', tagline: '地理信息小镇 · 绿色家居', intro: '德清是地理信息产业高地，同时拥有木业、绿色家居与生物医药产业，产品多获环境标志认证。' },
  { id: 'yiwu', name: '义乌馆', regionCode: '330782', tagline: '世界小商品之都', intro: '义乌国际商贸城汇集全球小商品，文具、日用百货与清洁用品品类最全，价格透明。' },
  { id: 'yongkang', name: '永康馆', regionCode: '330784', tagline: '中国五金之都', intro: '永康五金产业历史悠久，电动工具、手动工具、保温杯与门业产销量居全国前列。' },
  { id: 'anji', name: '安吉馆', regionCode: '330523', tagline: '中国竹乡 · 椅业之乡', intro: '安吉以竹产业和办公椅制造闻名全国，安吉白茶是国家地理标志产品。' },
]
