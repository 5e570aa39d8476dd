import { ax, leaf, mid, POST, PRE, top } from './build.ts'

export const FOOD_DRINK = top('食品饮料', [
  mid('饮用水', [
    leaf({
      name: '瓶装水', slug: 'bottled-water', unit: '箱', yuan: [20, 60], warranty: 0, weight: 2,
      preSep: ' ',
      badges: { zhejiang_made: 0.4 }, noun: '瓶装水|瓶装饮用水',
      brands: {
        农夫山泉: 'NFSQ-%##',
        怡宝: 'YB-%##',
        娃哈哈: 'WHH-%##',
        百岁山: 'BSS-%##',
        景田: 'JT-%##',
      },
      axes: [
        ax('类型', '饮用天然水|纯净水|天然矿泉水', PRE),
        ax('规格', '550ml×24瓶|380ml×24瓶|1.5L×12瓶', POST),
        ax('保质期', '12个月'),
      ],
      desc: '{b}{m}{0}{n}，{1}，保质期{2}。|{m}适合会议用水和应急储备。',
    }),
    leaf({
      name: '桶装水', slug: 'barrel-water', unit: '桶', yuan: [15, 40], warranty: 0, weight: 2,
      preSep: ' ',
      badges: { zhejiang_made: 0.4 }, noun: '桶装水|桶装饮用水',
      brands: {
        农夫山泉: 'NFSQ-T%##',
        怡宝: 'YB-T%##',
        娃哈哈: 'WHH-T%##',
        景田: 'JT-T%##',
      },
      axes: [
        ax('类型', '饮用天然水|纯净水', PRE),
        ax('规格', '18.9L|19L|11.3L', POST),
        ax('配送', '送水上门|需自提', POST),
      ],
      desc: '{b}{m}{0}{n}，{1}，{2}。|{m}适配常见饮水机，可签约按周配送。',
    }),
  ]),
  mid('乳品饮料', [
    leaf({
      name: '牛奶', slug: 'milk', unit: '箱', yuan: [40, 120], warranty: 0, weight: 1,
      badges: { zhejiang_made: 0.2 }, noun: '纯牛奶|牛奶',
      brands: {
        伊利: 'YL-%##',
        蒙牛: 'MN-%##',
        光明: 'GM-%##',
        一鸣: 'YM-%##',
      },
      axes: [
        ax('规格', '250ml×24盒|250ml×16盒|200ml×24盒', POST),
        ax('类型', '全脂|低脂|有机', PRE),
        ax('保质期', '6个月'),
      ],
      desc: '{b}{m}{1}{n}，{0}，保质期{2}。|{m}适合学校营养餐和职工福利。',
    }),
  ]),
])
