import { ax, leaf, mid, POST, PRE, top } from './build.ts'

const PAPER_BADGES = { eco_label: 0.4 }
const CLEANER_BADGES = { eco_label: 0.35, zhejiang_made: 0.1 }

export const CLEANING = top('清洁用品', [
  mid('纸品', [
    leaf({
      name: '纸巾', slug: 'tissue', unit: '箱', yuan: [30, 90], warranty: 0, weight: 4,
      badges: PAPER_BADGES, noun: '纸巾|抽纸 纸巾|面巾纸 纸巾',
      brands: {
        维达: 'V2#%@|V4#%',
        心相印: 'DT#0%|C2#%0',
        清风: 'B3#%@|BR#%',
        洁柔: 'JR#%|CS#%',
      },
      axes: [
        ax('层数', '3层|3层|4层', PRE),
        ax('规格', '100抽×24包|120抽×20包|130抽×18包', POST),
        ax('原料', '原生木浆|竹浆本色', POST),
        ax('尺寸', '195×133mm|180×120mm'),
      ],
      desc: '{b}{m}{0}{n}，{1}，{2}柔韧不掉屑。|{m}单张尺寸{3}，适合会议室和办公桌日常取用。',
    }),
    leaf({
      name: '卷纸', slug: 'toilet-roll', unit: '提', yuan: [30, 120], warranty: 0, weight: 3,
      badges: PAPER_BADGES, noun: '卷纸|卫生卷纸',
      brands: {
        维达: 'V4#%@|VS#%',
        心相印: 'BT#%0|D#%0',
        清风: 'BJ#%@',
        洁柔: 'JT#%',
      },
      axes: [
        ax('类型', '有芯|无芯|大盘纸', PRE),
        ax('规格', '140g×27卷|200g×10卷|700g×12卷', POST),
        ax('层数', '3层|4层', POST),
        ax('原料', '原生木浆|竹浆本色'),
      ],
      desc: '{b}{m}{0}{n}，{1}，{2}加厚。|{m}采用{3}，遇水易溶不堵管道，适合公共卫生间。',
    }),
    leaf({
      name: '擦手纸', slug: 'hand-towel', unit: '箱', yuan: [40, 150], warranty: 0, weight: 2,
      badges: PAPER_BADGES,
      brands: {
        维达: 'H#%@',
        清风: 'CS#%',
        金佰利: 'K-#%0',
        洁柔: 'CP#%',
      },
      axes: [
        ax('折叠方式', '三折|双折|N折', PRE),
        ax('规格', '200抽×20包|150抽×20包|250抽×16包', POST),
        ax('层数', '单层|双层', POST),
      ],
      desc: '{b}{m}{0}{n}，{1}，{2}吸水快。|{m}适配常见擦手纸盒，适合洗手间和食堂。',
    }),
  ]),
  mid('洗涤消毒', [
    leaf({
      name: '洗手液', slug: 'hand-soap', unit: '瓶', yuan: [15, 80], warranty: 0, weight: 3,
      badges: CLEANER_BADGES,
      brands: {
        蓝月亮: 'LYL-#%|芦荟#%',
        威露士: 'WLS-#%',
        滴露: 'DL-#%',
        舒肤佳: 'SFJ-#%',
        立白: 'LB-#%',
      },
      axes: [
        ax('类型', '抑菌|泡沫|温和', PRE),
        ax('容量', '500g|525ml|1L|5L', POST),
        ax('香型', '清香|芦荟|柠檬|野菊花', POST),
      ],
      desc: '{b}{m}{0}{n}，{1}，{2}香型。|{m}泡沫细腻易冲洗，有效抑菌，适合公共洗手间。',
    }),
    leaf({
      name: '消毒液', slug: 'disinfectant', unit: '瓶', yuan: [15, 100], warranty: 0, weight: 2,
      badges: CLEANER_BADGES, noun: '消毒液|84消毒液',
      brands: {
        威露士: 'WLS-X#%',
        滴露: 'DL-X#%',
        蓝月亮: 'LYL-X#%',
        利尔康: 'LEK-#%',
      },
      axes: [
        ax('容量', '1L|2.5L|5L', POST),
        ax('有效成分', '含氯|季铵盐|过氧化氢', PRE),
        ax('用途', '地面物表消毒|衣物消毒', POST),
      ],
      desc: '{b}{m}{1}{n}，{0}，用于{2}。|{m}按说明稀释使用，适合学校、医院和办公场所日常消毒。',
    }),
    leaf({
      name: '洗衣液', slug: 'laundry-detergent', unit: '瓶', yuan: [20, 120], warranty: 0, weight: 1,
      badges: CLEANER_BADGES,
      brands: {
        蓝月亮: 'LYL-W#%',
        立白: 'LB-W#%',
        奥妙: 'AM-#%',
        超能: 'CN-#%',
      },
      axes: [
        ax('净含量', '2kg|3kg|4kg', POST),
        ax('类型', '深层洁净|除菌|护色', PRE),
        ax('香型', '薰衣草|清新自然', POST),
      ],
      desc: '{b}{m}{1}{n}，{0}，{2}香。|{m}低泡易漂，适合宿舍、值班室和医院被服清洗。',
    }),
  ]),
  mid('清洁工具', [
    leaf({
      name: '垃圾袋', slug: 'garbage-bag', unit: '包', yuan: [10, 80], warranty: 0, weight: 3,
      badges: { eco_label: 0.3, zhejiang_made: 0.15 },
      brands: {
        美丽雅: 'HC0#%',
        妙洁: 'MJ#%',
        得力: '9#%3',
        茶花: '#%0',
      },
      axes: [
        ax('尺寸', '45×50cm|60×80cm|80×100cm|100×120cm', POST),
        ax('厚度', '1.5丝|2丝|3丝', POST),
        ax('颜色', '黑色|绿色|四色分类', PRE),
        ax('数量', '100只|50只×5卷', POST),
      ],
      desc: '{b}{m}{2}{n}，尺寸{0}，厚度{1}。|{m}{3}，加厚不易破，适合垃圾分类投放。',
    }),
    leaf({
      name: '拖把', slug: 'mop', unit: '把', yuan: [20, 200], warranty: 0, weight: 2,
      badges: { zhejiang_made: 0.2 },
      brands: {
        美丽雅: 'HC0#%T',
        妙洁: 'MT#%',
        茶花: '#%T',
        '3M': 'T%|T%-R',
      },
      axes: [
        ax('类型', '平板|旋转|棉线|尘推', PRE),
        ax('杆长', '1.2米|1.3米|1.5米', POST),
        ax('拖头材质', '超细纤维|棉纱|胶棉', POST),
      ],
      desc: '{b}{m}{0}{n}，杆长{1}，{2}拖头。|{m}吸水快、易拧干，适合大面积地面清洁。',
    }),
    leaf({
      name: '垃圾桶', slug: 'trash-bin', unit: '个', yuan: [20, 800], warranty: 0, weight: 2,
      badges: { eco_label: 0.2, zhejiang_made: 0.15 },
      brands: {
        茶花: '#%0T',
        得力: '9#%5',
        白云: 'AF0#%',
        美丽雅: 'HC0#%B',
      },
      axes: [
        ax('容量', '10L|30L|120L|240L', PRE),
        ax('类型', '脚踏式|分类|户外带轮', PRE),
        ax('颜色', '灰色|绿色|蓝色|红色', POST),
      ],
      desc: '{b}{m}{0}{1}{n}，{2}。|{m}加厚材质耐摔耐用，适合办公室、走廊和户外分类投放。',
    }),
  ]),
])
