import { ax, leaf, mid, POST, PRE, top } from './build.ts'

/** 得力 and 贝发 are Ningbo companies, so stationery often carries 浙江制造. */
const STATIONERY_BADGES = { zhejiang_made: 0.2, eco_label: 0.1 }

export const STATIONERY = top('文具用品', [
  mid('书写工具', [
    leaf({
      name: '签字笔', slug: 'gel-pen', unit: '盒', yuan: [10, 40], warranty: 0, weight: 8,
      badges: STATIONERY_BADGES, noun: '签字笔|中性笔 签字笔|水笔 签字笔',
      brands: {
        得力: 'S#%|DL-S#%|A#%',
        晨光: 'GP-1#0%|AGP#%0%',
        齐心: 'GP#0%|K#%',
        真彩: 'GP-#%0|009%',
        斑马: 'JJ%5|C-JJ%-CN',
        百乐: 'BLLH-20C%|BL-G1-%',
        贝发: 'FG#%|BF-#%',
      },
      axes: [
        ax('书写方式', '按动式|拔帽式|拔帽式|子弹头', PRE),
        ax('笔尖规格', '0.5mm|0.5mm|0.38mm|0.7mm', POST),
        ax('颜色', '黑色|黑色|蓝色|红色', POST),
        ax('包装', '12支/盒|24支/盒|20支/盒', POST),
      ],
      desc: '{b}{m}{0}{n}，{1}笔尖，{2}墨水书写顺滑。|{m}{3}，速干防晕染，适合签字和日常记录。',
    }),
    leaf({
      name: '圆珠笔', slug: 'ballpoint-pen', unit: '盒', yuan: [8, 40], warranty: 0, weight: 3,
      badges: STATIONERY_BADGES,
      brands: {
        得力: '6#5%|S3%',
        晨光: 'ABP#%|BP-#%0',
        齐心: 'BP#%',
        真彩: '0#%',
        斑马: 'ID-#%|K-#%',
      },
      axes: [
        ax('书写方式', '按动|拔帽', PRE),
        ax('笔尖规格', '0.7mm|0.5mm|1.0mm', POST),
        ax('颜色', '蓝色|黑色|红色', POST),
        ax('包装', '12支/盒|40支/盒|60支/筒', POST),
      ],
      desc: '{b}{m}{0}{n}，{1}，{2}油墨不易断墨。|{m}{3}，适合办公室、前台和窗口填单使用。',
    }),
    leaf({
      name: '白板笔', slug: 'marker', unit: '盒', yuan: [10, 50], warranty: 0, weight: 2,
      badges: STATIONERY_BADGES, noun: '白板笔|可擦白板笔',
      brands: {
        得力: 'S5#%|33#%',
        晨光: 'AWMY#%0|MG-#%',
        齐心: 'WB#0%',
        斑马: 'WYSS-#%',
      },
      axes: [
        ax('笔头', '圆头|斜头', PRE),
        ax('颜色', '黑色|蓝色|红色|四色混装', POST),
        ax('包装', '10支/盒|12支/盒', POST),
        ax('墨水', '易擦水性|可加墨'),
      ],
      desc: '{b}{m}{0}{n}，{1}，{3}墨水，擦拭不留痕。|{m}{2}，适合会议室和教室白板书写。',
    }),
    leaf({
      name: '铅笔', slug: 'pencil', unit: '盒', yuan: [5, 40], warranty: 0, weight: 2,
      badges: STATIONERY_BADGES,
      brands: {
        中华: '6%#|1%#',
        得力: 'S9%|33%',
        晨光: 'AWP#%',
        马可: '9#00',
      },
      axes: [
        ax('硬度', 'HB|2B|2B|2H', PRE),
        ax('包装', '10支/盒|12支/盒|50支/桶', POST),
        ax('笔杆', '六角杆|三角杆|带橡皮头', POST),
      ],
      desc: '{b}{m}{0}{n}，{2}，{1}。|{m}笔芯不易断，适合学生考试和绘图使用。',
    }),
  ]),
  mid('本册纸品', [
    leaf({
      name: '本册', slug: 'notebook', unit: '本', yuan: [5, 60], warranty: 0, weight: 4,
      badges: { eco_label: 0.25, zhejiang_made: 0.15 }, noun: '笔记本|记事本|会议记录本',
      brands: {
        得力: '7#%5|FA5#%',
        晨光: 'APYE@#%|APYK#%',
        齐心: 'C5#0%',
        国誉: 'WCN-@#0%',
      },
      axes: [
        ax('规格', 'A5|A5|B5|A4|16K', PRE),
        ax('封面', '皮面|软抄|线圈|胶装', PRE),
        ax('页数', '60张|80张|100张|120张', POST),
        ax('内页', '横线|方格|点阵'),
      ],
      desc: '{b}{m}{0}{1}{n}，{2}，{3}内页。|{m}纸张加厚不洇墨，适合会议记录和工作笔记。',
    }),
    leaf({
      name: '便利贴', slug: 'sticky-notes', unit: '包', yuan: [3, 30], warranty: 0, weight: 2,
      badges: { eco_label: 0.2 }, noun: '便利贴|便签纸',
      brands: {
        '3M': '6%4|Post-it 6%6',
        得力: '7#%5',
        晨光: 'YS-#%',
        齐心: 'D#%0',
      },
      axes: [
        ax('规格', '76×76mm|76×127mm|51×76mm', POST),
        ax('颜色', '黄色|荧光四色|彩色', POST),
        ax('张数', '100张/本|100张×4本|80张×6本', POST),
      ],
      desc: '{b}{m}{n}，{0}，{1}。|{m}{2}，粘贴牢固，揭下不留残胶。',
    }),
  ]),
  mid('文件管理', [
    leaf({
      name: '文件夹', slug: 'file-folder', unit: '个', yuan: [3, 40], warranty: 0, weight: 3,
      badges: { eco_label: 0.2, zhejiang_made: 0.15 },
      brands: {
        得力: '5#0%|53%',
        齐心: 'A#%|AB#0%',
        晨光: 'ADM9#%',
        三木: 'LD#%0',
      },
      axes: [
        ax('类型', '双强力夹|单强力夹+插袋|长押夹|按扣', PRE),
        ax('规格', 'A4'),
        ax('颜色', '蓝色|黑色|灰色|彩色', POST),
        ax('材质', 'PP|PVC|纸质', POST),
      ],
      desc: '{b}{m}{0}{n}，{1}规格，{3}材质。|{m}{2}外观，夹持牢固，文件整理分类方便。',
    }),
    leaf({
      name: '档案盒', slug: 'archive-box', unit: '个', yuan: [3, 30], warranty: 0, weight: 3,
      badges: { eco_label: 0.3, zhejiang_made: 0.15 },
      brands: {
        得力: '5#%3|56%#',
        齐心: 'A#%|HC-#%',
        晨光: 'ADM9#%',
        三木: 'DA#%',
      },
      axes: [
        ax('背宽', '35mm|55mm|75mm', PRE),
        ax('材质', 'PP塑料|牛皮纸|无酸纸', PRE),
        ax('颜色', '蓝色|黑色|牛皮色', POST),
        ax('规格', 'A4'),
      ],
      desc: '{b}{m}{0}{1}{n}，{3}规格，{2}。|{m}盒脊可写标签，便于档案归档和查找。',
    }),
    leaf({
      name: '文件袋', slug: 'file-bag', unit: '个', yuan: [1, 20], warranty: 0, weight: 2,
      badges: { eco_label: 0.3 }, noun: '文件袋|档案袋',
      brands: {
        得力: '5#%4|F#%',
        齐心: 'EA#%',
        晨光: 'ADM9#%',
      },
      axes: [
        ax('材质', '牛皮纸|PP|帆布', PRE),
        ax('封口', '绕线|按扣|拉链', POST),
        ax('规格', 'A4|A4|FC加厚', POST),
      ],
      desc: '{b}{m}{0}{n}，{1}封口，{2}。|{m}耐磨耐用，适合合同、凭证和档案存放。',
    }),
  ]),
  mid('办公小工具', [
    leaf({
      name: '订书机', slug: 'stapler', unit: '个', yuan: [8, 80], warranty: 0, weight: 2,
      badges: STATIONERY_BADGES,
      brands: {
        得力: '0#%4|03%',
        齐心: 'B#%0',
        晨光: 'ABS9#%',
        美克司: 'HD-10|HD-#%',
      },
      axes: [
        ax('类型', '标准型|省力型|重型', PRE),
        ax('订书钉', '12#|24/6|23/13', POST),
        ax('装订页数', '20页|25页|50页|100页', POST),
        ax('颜色', '黑色|蓝色|灰色'),
      ],
      desc: '{b}{m}{0}{n}，使用{1}订书钉，可订{2}。|{m}{3}机身，结构坚固，不易卡钉。',
    }),
    leaf({
      name: '计算器', slug: 'calculator', unit: '个', yuan: [15, 120], warranty: 12, weight: 2,
      brands: {
        卡西欧: 'GX-1%S|DJ-2%0D|MX-1%B',
        得力: '1#%8|DL-8#7',
        晨光: 'ADG9#%',
        齐心: 'C-#%',
      },
      axes: [
        ax('显示位数', '12位|14位|16位', PRE),
        ax('功能', '大屏|语音|大屏|税率计算', POST),
        ax('电源', '太阳能+电池双电源'),
        ax('用途', '财务专用|办公通用', POST),
      ],
      desc: '{b}{m}{0}{n}，{2}，按键手感清晰。|{m}{1}设计，{3}，适合财务和窗口收费。',
    }),
    leaf({
      name: '胶带', slug: 'tape', unit: '卷', yuan: [2, 30], warranty: 0, weight: 2,
      badges: { zhejiang_made: 0.2 },
      brands: {
        得力: '30#%|JD#%',
        晨光: 'AJD9#%',
        '3M': '5#%|Scotch #%',
        齐心: 'JD-#%',
      },
      axes: [
        ax('类型', '透明|封箱|双面|美纹纸', PRE),
        ax('宽度', '12mm|18mm|48mm|60mm', POST),
        ax('长度', '20米|50米|100米', POST),
      ],
      noun: '胶带',
      desc: '{b}{m}{0}{n}，宽{1}，长{2}。|{m}粘性强、易撕断，适合办公封装和文件修补。',
    }),
  ]),
])
