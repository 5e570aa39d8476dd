import { ax, leaf, mid, POST, PRE, top } from './build.ts'

export const OFFICE_SUPPLIES = top('办公耗材', [
  mid('纸张', [
    leaf({
      name: '复印纸', slug: 'copy-paper', unit: '箱', yuan: [110, 180], warranty: 0, weight: 10,
      badges: { eco_label: 0.5, zhejiang_made: 0.1 },
      brands: {
        得力: '7#0%|ZF#%',
        晨光: 'APYVPB#%',
        齐心: 'C4#%0',
        'Double A': 'DA-#%',
        亚太森博: 'BW-#%|YS-#%',
        金旗舰: 'JQJ-#%',
      },
      axes: [
        ax('规格', 'A4|A4|A4|A3', PRE),
        ax('克重', '70g|70g|80g', POST),
        ax('包装', '500张/包 5包/箱|500张/包 5包/箱|500张/包 8包/箱', POST),
        ax('白度', '高白|自然白'),
        ax('材质', '原生木浆'),
      ],
      desc: '{b}{m}{n}，{0}幅面，克重{1}，{3}纸面，{4}制造。|{m}{2}，适用于激光打印机、喷墨打印机和复印机。',
    }),
    leaf({
      name: '电脑打印纸', slug: 'continuous-paper', unit: '箱', yuan: [80, 260], warranty: 0, weight: 3,
      badges: { eco_label: 0.3 }, noun: '针式电脑打印纸|电脑打印纸',
      brands: {
        得力: 'N241-$',
        晨光: 'APYY$#',
        齐心: 'C241-$',
        天章: 'TZ241-$',
      },
      axes: [
        ax('联数', '一联=1|二联=2|三联=3|四联=4|五联=5', POST),
        ax('规格', '241-1 80列|241-2 二等分|241-3 三等分', POST),
        ax('包装', '1000页/箱|800页/箱', POST),
        ax('颜色', '白色|彩色'),
      ],
      desc: '{b}{m}{n}{0}，{1}，{2}。|{m}压线清晰、撕边整齐，适合针式打印机打印凭证和出库单。',
    }),
  ]),
  mid('打印耗材', [
    leaf({
      name: '硒鼓', slug: 'toner-cartridge', unit: '支', yuan: [80, 1500], warranty: 0, weight: 8,
      badges: { eco_label: 0.2 },
      brands: {
        惠普: 'CF2#0A|W1#0%A|CE2#5A',
        佳能: 'CRG-3#%|CRG-0%5',
        兄弟: 'TN-2#25|DR-2#50',
        奔图: 'PD-2#3|TO-4#0H',
        格之格: 'NT-PH2#0A|NT-C0#5',
        天威: 'TW-CF2#0A|TW-TN2#25',
      },
      axes: [
        ax('颜色', '黑色|黑色|黑色|青色|品红|黄色', POST),
        ax('打印页数', '约1600页|约2000页|约3000页|约9000页', POST),
        ax('容量', '标准容量|大容量', PRE),
      ],
      brandSpec: ['类型', { 惠普: '原装', 佳能: '原装', 兄弟: '原装', 奔图: '原装', 格之格: '兼容', 天威: '兼容' }],
      desc: '{b}{m}{2}{n}，{0}，打印页数{1}（按5%覆盖率）。|{m}出粉均匀、字迹清晰，安装即用。',
    }),
    leaf({
      name: '墨盒', slug: 'ink-cartridge', unit: '个', yuan: [50, 600], warranty: 0, weight: 5,
      badges: { eco_label: 0.15 },
      brands: {
        惠普: '80%|9%0XL|6%5',
        佳能: 'PG-8#0|CL-8#1|PGI-2#0',
        爱普生: 'T6#1|00%',
        兄弟: 'LC#9|BTD60BK',
        格之格: 'NC-0#0|NE-T6#1',
      },
      axes: [
        ax('颜色', '黑色|彩色|青色|品红|黄色|四色套装', POST),
        ax('容量', '标准容量|大容量XL', POST),
        ax('打印页数', '约200页|约480页|约6000页'),
      ],
      desc: '{b}{m}{n}，{0}，{1}，打印页数{2}。|{m}色彩还原准确，不堵喷头。',
    }),
    leaf({
      name: '色带', slug: 'ribbon', unit: '盒', yuan: [15, 120], warranty: 0, weight: 2,
      noun: '色带|针式打印机色带',
      brands: {
        爱普生: 'S01%5#3',
        映美: 'JMR1%0',
        得实: 'DS-%00',
        天威: 'TW-LQ6%0K',
      },
      axes: [
        ax('类型', '色带架|色带芯'),
        ax('适用机型', 'LQ-630K~适用LQ-630K|LQ-730K~适用LQ-730K|LQ-1900K~适用LQ-1900K|DS-650~适用DS-650', POST),
        ax('颜色', '黑色'),
      ],
      desc: '{b}{m}{n}（{0}），适用于{1}针式打印机，{2}字迹清晰。|{m}色带长、耐打印，更换方便。',
    }),
    leaf({
      name: '碳粉', slug: 'toner-powder', unit: '瓶', yuan: [30, 300], warranty: 0, weight: 2,
      brands: {
        天威: 'TW-#%0',
        格之格: 'NT-F#%',
        欣彩: 'AF-#0',
        莱盛: 'LS-#%0',
      },
      axes: [
        ax('适用', '惠普CF388A~适用惠普CF388A|兄弟TN-2325~适用兄弟TN-2325|奔图PD-213~适用奔图PD-213|佳能CRG-337~适用佳能CRG-337', POST),
        ax('净含量', '100g|140g|500g', POST),
        ax('颜色', '黑色'),
      ],
      desc: '{b}{m}{n}，{1}装，{0}。|{m}粉质细腻，打印浓度高，加粉方便。',
    }),
  ]),
])
