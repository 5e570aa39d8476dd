import { ax, leaf, mid, POST, PRE, top } from './build.ts'

/** 832 platform produce from poverty-alleviation regions; Zhejiang specialities carry 浙江制造 instead. */
const RURAL = { rural_revitalisation: 0.75 }
const ZJ_PRODUCE = { rural_revitalisation: 0.15, zhejiang_made: 0.6 }

export const FARM_PRODUCE = top('农副产品', [
  mid('粮油', [
    leaf({
      name: '大米', slug: 'rice', unit: '袋', yuan: [40, 200], warranty: 0, weight: 3,
      preSep: ' ',
      badges: RURAL,
      brands: {
        柴火大院: 'CHDY-%##|WC-%##',
        乔府大院: 'QF-%##',
        十月稻田: 'SYDT-%##',
        金龙鱼: 'JLY-R%##',
        福临门: 'FLM-R%##',
        响水: 'XS-%##',
      },
      axes: [
        ax('品种', '五常稻花香|长粒香|珍珠米|丝苗米', PRE),
        ax('净含量', '5kg|5kg|10kg|2.5kg', POST),
        ax('等级', '一级|特级', POST),
        ax('保质期', '12个月'),
      ],
      noun: '大米|大米 当季新米',
      brandSpec: ['产地', { 柴火大院: '黑龙江五常', 乔府大院: '黑龙江五常', 十月稻田: '黑龙江五常', 响水: '黑龙江宁安' }],
      desc: '{b}{m}{0}{n}，{1}装，{2}。|{m}米粒饱满、蒸煮软糯，保质期{3}，适合单位食堂。',
    }),
    leaf({
      name: '食用油', slug: 'cooking-oil', unit: '桶', yuan: [50, 300], warranty: 0, weight: 3,
      badges: { rural_revitalisation: 0.5, zhejiang_made: 0.1 },
      brands: {
        金龙鱼: 'JLY-%##',
        鲁花: 'LH-%##',
        福临门: 'FLM-%##',
        多力: 'DL-%##',
        胡姬花: 'HJH-%##',
      },
      axes: [
        ax('品类', '5S压榨一级花生油|非转基因大豆油|压榨菜籽油|玉米油|食用调和油|山茶油', POST),
        ax('净含量', '5L|5L|4L|1.8L', POST),
        ax('工艺', '物理压榨|浸出'),
      ],
      noun: '食用油|食用油 粮油',
      desc: '{b}{m}{0}，{1}装，{2}工艺。|{m}{n}色泽清亮、烟点高，适合食堂炒菜煎炸。',
    }),
    leaf({
      name: '面粉', slug: 'flour', unit: '袋', yuan: [20, 120], warranty: 0, weight: 1,
      badges: RURAL,
      brands: {
        金龙鱼: 'JLY-F%##',
        香满园: 'XMY-%##',
        五得利: 'WDL-%##',
        福临门: 'FLM-F%##',
      },
      axes: [
        ax('类型', '高筋|中筋|低筋|饺子用', PRE),
        ax('净含量', '5kg|10kg|25kg', POST),
        ax('等级', '特一粉|特二粉'),
      ],
      noun: '面粉|小麦面粉',
      desc: '{b}{m}{0}{n}，{1}，{2}。|{m}筋道有劲，适合包子、馒头和面条制作。',
    }),
  ]),
  mid('茶叶', [
    leaf({
      name: '西湖龙井', slug: 'longjing-tea', unit: '罐', yuan: [200, 3000], warranty: 0, weight: 2,
      badges: ZJ_PRODUCE, noun: '西湖龙井|西湖龙井 绿茶',
      brands: {
        贡牌: 'GP-%##|GP-M%##',
        狮峰: 'SF-%##',
        卢正浩: 'LZH-%##',
        西湖牌: 'XH-%##',
      },
      axes: [
        ax('采摘时间', '明前|明前|雨前', PRE),
        ax('等级', '特级|一级|精品', PRE),
        ax('净含量', '250g|200g|500g|100g', POST),
        ax('包装', '罐装|礼盒装|纸包', POST),
      ],
      brandSpec: ['产地', { 贡牌: '浙江杭州西湖产区', 狮峰: '浙江杭州狮峰山', 卢正浩: '浙江杭州西湖产区', 西湖牌: '浙江杭州西湖产区' }],
      desc: '{b}{m}{0}{1}{n}，扁平光滑、色泽嫩绿，豆香馥郁。|{m}{2}{3}，适合会议接待和日常饮用。',
    }),
    leaf({
      name: '安吉白茶', slug: 'anji-white-tea', unit: '盒', yuan: [150, 2000], warranty: 0, weight: 1,
      badges: ZJ_PRODUCE,
      brands: {
        宋茗: 'SM-%##',
        溪龙: 'XL-%##',
        大山坞: 'DSW-%##',
        芳羽: 'FY-%##',
      },
      axes: [
        ax('等级', '特级|一级|精品', PRE),
        ax('净含量', '250g|125g|500g', POST),
        ax('包装', '礼盒装|罐装', POST),
      ],
      brandSpec: ['产地', { 宋茗: '浙江湖州安吉', 溪龙: '浙江湖州安吉', 大山坞: '浙江湖州安吉', 芳羽: '浙江湖州安吉' }],
      desc: '{b}{m}{0}{n}，叶片玉白、氨基酸含量高，滋味鲜爽。|{m}{1}{2}，适合会议用茶。',
    }),
    leaf({
      name: '红茶', slug: 'black-tea', unit: '盒', yuan: [80, 1200], warranty: 0, weight: 1,
      badges: { rural_revitalisation: 0.5, zhejiang_made: 0.15 },
      brands: {
        正山堂: 'ZST-%##',
        滇红: 'DH-%##',
        祁门红茶: 'QM-%##',
        九曲红梅: 'JQ-%##',
      },
      axes: [
        ax('等级', '特级|一级', PRE),
        ax('净含量', '250g|200g|500g', POST),
        ax('包装', '礼盒装|罐装|袋装', POST),
      ],
      brandSpec: ['产地', { 正山堂: '福建武夷山', 滇红: '云南临沧', 祁门红茶: '安徽祁门', 九曲红梅: '浙江杭州' }],
      desc: '{b}{m}{0}{n}，汤色红亮、甜香浓郁。|{m}{1}{2}，冷热冲泡皆宜。',
    }),
  ]),
  mid('新鲜水果', [
    leaf({
      name: '柑橘', slug: 'citrus', unit: '箱', yuan: [30, 200], warranty: 0, weight: 1,
      badges: { rural_revitalisation: 0.6, zhejiang_made: 0.2 }, noun: '柑橘 新鲜水果|柑橘 当季水果',
      brands: {
        褚橙: 'CC-%##',
        农夫山泉: '17.5°-%##',
        赣南脐橙: 'GN-%##',
        黄岩蜜橘: 'HY-%##',
      },
      axes: [
        ax('净重', '5kg|3kg|10斤|5斤', POST),
        ax('果径', '65-70mm|70-75mm|75-80mm', POST),
        ax('包装', '礼盒装|纸箱装'),
      ],
      brandSpec: ['产地', { 褚橙: '云南玉溪', 农夫山泉: '江西赣州', 赣南脐橙: '江西赣州', 黄岩蜜橘: '浙江台州黄岩' }],
      desc: '{b}{m}{n}，{0}，果径{1}。|{m}皮薄多汁、酸甜适口，{2}，产地直发。',
    }),
    leaf({
      name: '苹果', slug: 'apple', unit: '箱', yuan: [40, 200], warranty: 0, weight: 1,
      badges: RURAL, noun: '苹果 新鲜水果|红富士苹果',
      brands: {
        洛川苹果: 'LC-%##',
        阿克苏苹果: 'AKS-%##',
        佳沃: 'JW-A%##',
        静宁苹果: 'JN-%##',
      },
      axes: [
        ax('净重', '5kg|10斤|8.5斤', POST),
        ax('果径', '75-80mm|80-85mm|85-90mm', POST),
        ax('包装', '礼盒装|纸箱装'),
      ],
      brandSpec: ['产地', { 洛川苹果: '陕西洛川', 阿克苏苹果: '新疆阿克苏', 静宁苹果: '甘肃静宁' }],
      desc: '{b}{m}{n}，{0}，果径{1}。|{m}脆甜多汁，{2}，适合职工福利和会议果盘。',
    }),
    leaf({
      name: '猕猴桃', slug: 'kiwi', unit: '箱', yuan: [40, 200], warranty: 0, weight: 1,
      badges: RURAL, noun: '猕猴桃 新鲜水果|猕猴桃 奇异果',
      brands: {
        佳沃: 'JW-K%##',
        齐峰: 'QF-%##',
        周至猕猴桃: 'ZZ-%##',
        苍溪红心: 'CX-%##',
      },
      axes: [
        ax('品种', '徐香|红心|翠香|金果', PRE),
        ax('规格', '12粒|24粒|30粒', POST),
        ax('单果重', '80-100g|100-120g'),
      ],
      brandSpec: ['产地', { 齐峰: '陕西眉县', 周至猕猴桃: '陕西周至', 苍溪红心: '四川苍溪' }],
      desc: '{b}{m}{0}{n}，{1}装，单果{2}。|{m}果肉细嫩、维C丰富。',
    }),
  ]),
  mid('干货', [
    leaf({
      name: '香菇', slug: 'dried-mushroom', unit: '袋', yuan: [30, 200], warranty: 0, weight: 1,
      preSep: ' ',
      badges: { rural_revitalisation: 0.5, zhejiang_made: 0.3 }, noun: '香菇干货|干香菇',
      brands: {
        庆元香菇: 'QY-%##',
        方家铺子: 'FJ-X%##',
        十月稻田: 'SYDT-X%##',
        禾煜: 'HY-X%##',
      },
      axes: [
        ax('规格', '250g|500g|1kg', POST),
        ax('类型', '花菇|厚菇|小香菇', PRE),
        ax('包装', '袋装|礼盒装'),
      ],
      brandSpec: ['产地', { 庆元香菇: '浙江丽水庆元' }],
      desc: '{b}{m}{1}{n}，{0}，{2}。|{m}肉厚味香，泡发率高，适合食堂煲汤炒菜。',
    }),
    leaf({
      name: '木耳', slug: 'black-fungus', unit: '袋', yuan: [20, 150], warranty: 0, weight: 1,
      preSep: ' ',
      badges: RURAL, noun: '黑木耳干货|东北黑木耳',
      brands: {
        方家铺子: 'FJ-M%##',
        十月稻田: 'SYDT-M%##',
        禾煜: 'HY-M%##',
        北大荒: 'BDH-%##',
      },
      axes: [
        ax('规格', '250g|500g|1kg', POST),
        ax('类型', '秋耳|春耳|碗耳', PRE),
        ax('包装', '袋装|礼盒装'),
      ],
      desc: '{b}{m}{1}{n}，{0}，{2}。|{m}肉厚无根，泡发后爽脆。',
    }),
    leaf({
      name: '红枣', slug: 'red-dates', unit: '袋', yuan: [20, 150], warranty: 0, weight: 1,
      preSep: ' ',
      badges: RURAL, noun: '新疆红枣|和田红枣',
      brands: {
        好想你: 'HXY-%##',
        楼兰丝路: 'LL-%##',
        百草味: 'BCW-Z%##',
        方家铺子: 'FJ-Z%##',
      },
      axes: [
        ax('等级', '特级|一级|骏枣', PRE),
        ax('规格', '500g|1kg|2.5kg', POST),
        ax('包装', '袋装|礼盒装', POST),
      ],
      brandSpec: ['产地', { 楼兰丝路: '新疆若羌' }],
      desc: '{b}{m}{0}{n}，{1}，{2}。|{m}皮薄肉厚、甘甜软糯。',
    }),
  ]),
  mid('土特产', [
    leaf({
      name: '金华火腿', slug: 'jinhua-ham', unit: '盒', yuan: [100, 1500], warranty: 0, weight: 1,
      badges: { zhejiang_made: 0.8 },
      brands: {
        金字: 'JZ-%##',
        雪舫蒋: 'XFJ-%##',
        万隆: 'WL-%##',
      },
      axes: [
        ax('规格', '整腿约5kg|切片500g|火腿块1kg|礼盒2kg', POST),
        ax('腌制周期', '一年|两年|三年', PRE),
        ax('包装', '礼盒装|真空袋装'),
      ],
      brandSpec: ['产地', { 金字: '浙江金华', 雪舫蒋: '浙江金华东阳', 万隆: '浙江杭州' }],
      desc: '{b}{m}{1}陈{n}，{0}，{2}。|{m}色泽红润、咸香醇厚，适合炖汤和蒸制。',
    }),
    leaf({
      name: '笋干', slug: 'bamboo-shoots', unit: '袋', yuan: [30, 300], warranty: 0, weight: 1,
      preSep: ' ',
      badges: ZJ_PRODUCE, noun: '笋干|天目笋干',
      brands: {
        天目山: 'TMS-%##',
        方家铺子: 'FJ-S%##',
        竹乡: 'ZX-%##',
      },
      axes: [
        ax('类型', '扁尖笋|笋干片|手剥笋', PRE),
        ax('规格', '250g|500g|1kg', POST),
        ax('包装', '袋装|礼盒装'),
      ],
      brandSpec: ['产地', { 天目山: '浙江杭州临安', 竹乡: '浙江湖州安吉' }],
      desc: '{b}{m}{0}{n}，{1}，{2}。|{m}鲜嫩清香，适合老鸭煲和红烧肉。',
    }),
    leaf({
      name: '蜂蜜', slug: 'honey', unit: '瓶', yuan: [30, 300], warranty: 0, weight: 1,
      badges: { rural_revitalisation: 0.5, zhejiang_made: 0.2 },
      brands: {
        冠生园: 'GSY-%##',
        百花: 'BH-%##',
        汪氏: 'WS-%##',
        森蜂园: 'SFY-%##',
      },
      axes: [
        ax('品种', '洋槐|椴树|百花|枇杷', PRE),
        ax('净含量', '500g|900g|1kg', POST),
        ax('包装', '玻璃瓶|塑料瓶'),
      ],
      brandSpec: ['产地', { 汪氏: '浙江衢州江山' }],
      desc: '{b}{m}{0}{n}，{1}，{2}装。|{m}天然成熟蜜，口感清甜。',
    }),
  ]),
])
