import { ax, leaf, mid, POST, PRE, top } from './build.ts'

/** 圣奥 (Hangzhou), 永艺 and 恒林 (Anji, China's office-chair town) and 顾家 (Hangzhou) make this in Zhejiang. */
const FURNITURE_BADGES = { eco_label: 0.4, zhejiang_made: 0.3 }
const CHAIR_BADGES = { eco_label: 0.3, zhejiang_made: 0.5 }
const WOOD = 'E1级三聚氰胺板|E1级三聚氰胺板|钢木结构|实木贴皮'
const WOOD_COLOUR = '胡桃木色|白枫木色|浅灰色|柚木色'

export const FURNITURE = top('办公家具', [
  mid('桌类', [
    leaf({
      name: '办公桌', slug: 'office-desk', unit: '张', yuan: [500, 5000], warranty: 36, weight: 3,
      badges: FURNITURE_BADGES,
      brands: {
        圣奥: 'SO-D$#%|SA-T$#%',
        震旦: 'ADK-$#%',
        天坛: 'TT-B$#|TT-Z$#',
        光明: 'GM-Z$#%',
        冠美: 'GMD-$#%',
      },
      axes: [
        ax('款式', '职员|主管|经理|单人位', PRE),
        ax('尺寸', '1200×600×750mm~1.2米=12|1400×700×750mm~1.4米=14|1600×800×750mm~1.6米=16|1800×900×760mm~1.8米=18', POST),
        ax('材质', WOOD),
        ax('颜色', WOOD_COLOUR, POST),
        ax('配置', '含活动柜|含主机托|含侧柜', POST),
      ],
      desc: '{b}{m}{0}{n}，尺寸{1}，采用{2}。|{m}{3}桌面耐磨防刮，{4}，满足机关单位配置标准。',
    }),
    leaf({
      name: '会议桌', slug: 'conference-table', unit: '张', yuan: [1500, 15000], warranty: 36, weight: 1,
      badges: FURNITURE_BADGES,
      brands: {
        圣奥: 'SO-H$#%',
        震旦: 'AMT-$#%',
        天坛: 'TT-H$#',
        冠美: 'GMH-$#%',
      },
      axes: [
        ax('形状', '长条形|椭圆形|船形', PRE),
        ax('尺寸', '2400×1200×760mm~2.4米=24|3600×1500×760mm~3.6米=36|4800×1800×760mm~4.8米=48', POST),
        ax('容纳人数', '8-10人|12-14人|16-20人', POST),
        ax('材质', WOOD),
        ax('颜色', WOOD_COLOUR),
      ],
      desc: '{b}{m}{0}{n}，尺寸{1}，可容纳{2}。|{m}采用{3}，{4}，桌面预留线盒方便接电。',
    }),
    leaf({
      name: '课桌椅', slug: 'school-desk', unit: '套', yuan: [200, 800], warranty: 36, weight: 1,
      badges: FURNITURE_BADGES,
      brands: {
        圣奥: 'SO-K#%',
        天坛: 'TT-KZ#%',
        冠美: 'GMK-#%',
        光明: 'GM-K#%',
      },
      axes: [
        ax('类型', '单人|双人', PRE),
        ax('调节', '可升降|固定高度', POST),
        ax('材质', '钢架+ABS面板|钢架+PP面板|钢木结构', POST),
        ax('颜色', '蓝色|绿色|木纹色'),
      ],
      desc: '{b}{m}{0}{n}，{1}，{2}。|{m}{3}配色，圆角设计防磕碰，符合学校课桌椅国家标准。',
    }),
  ]),
  mid('椅凳类', [
    leaf({
      name: '办公椅', slug: 'office-chair', unit: '把', yuan: [200, 3000], warranty: 36, weight: 4,
      badges: CHAIR_BADGES,
      brands: {
        永艺: 'UE-#%0|XY-#%',
        恒林: 'HLC-#%#',
        西昊: 'M%#|V%',
        圣奥: 'SO-Y#%',
        震旦: 'ACH-#%0',
        保友: 'Ergonor #%',
      },
      axes: [
        ax('类型', '人体工学|网布职员|会议|大班', PRE),
        ax('靠背材质', '网布|网布|PU皮|真皮', POST),
        ax('扶手', '固定扶手|3D升降扶手|无扶手', POST),
        ax('腰托', '可调腰托|固定腰托'),
        ax('底座', '尼龙五星脚|铝合金五星脚|弓形钢架'),
        ax('颜色', '黑色|灰色|黑色'),
      ],
      desc: '{b}{m}{0}{n}，{1}靠背，{2}，{3}。|{m}{4}承重稳固，{5}外观，适合长时间伏案办公。',
    }),
    leaf({
      name: '会议椅', slug: 'training-chair', unit: '把', yuan: [80, 800], warranty: 36, weight: 2,
      badges: CHAIR_BADGES, noun: '会议椅|培训会议椅|会议室会议椅',
      brands: {
        圣奥: 'SO-P#%',
        震旦: 'ACP-#%',
        永艺: 'UE-P#%',
        恒林: 'HLP-#%',
      },
      axes: [
        ax('款式', '弓形|四脚|带写字板', PRE),
        ax('面料', '网布|皮面|布艺', POST),
        ax('可叠放', '可叠放|不可叠放', POST),
        ax('颜色', '黑色|灰色|蓝色'),
      ],
      desc: '{b}{m}{0}{n}，{1}座面，{2}。|{m}{3}，适合会议室、培训室和报告厅批量配置。',
    }),
  ]),
  mid('柜类', [
    leaf({
      name: '文件柜', slug: 'file-cabinet', unit: '组', yuan: [400, 3000], warranty: 36, weight: 2,
      badges: FURNITURE_BADGES,
      brands: {
        圣奥: 'SO-G#%',
        震旦: 'ACB-#%',
        天坛: 'TT-G#%',
        光明: 'GM-G#%',
        冠美: 'GMG-#%',
      },
      axes: [
        ax('材质', '0.6mm冷轧钢板~钢制|0.8mm冷轧钢板~钢制|E1级板材~木质', PRE),
        ax('结构', '对开门|上玻下铁|通双节|五节柜', POST),
        ax('尺寸', '1800×900×400mm|1850×900×390mm|2000×900×420mm', POST),
        ax('颜色', '灰白色|胡桃木色|浅灰色'),
        ax('锁具', '双开门锁|电子密码锁'),
      ],
      desc: '{b}{m}{n}采用{0}，{1}结构，尺寸{2}。|{m}{3}，配{4}，层板可调，文件存放整齐。',
    }),
    leaf({
      name: '保密柜', slug: 'safe-cabinet', unit: '台', yuan: [1200, 6000], warranty: 36, weight: 1,
      badges: { eco_label: 0.2 }, noun: '保密柜|保密文件柜',
      brands: {
        得力: '1#6%2|3#6%',
        艾谱: 'FDX-A/D-$',
        永发: 'BGX-M/D-$',
        迪堡: 'FDG-A1/D-$',
      },
      axes: [
        ax('高度', '1000mm=100|1500mm=150|1800mm=180', POST),
        ax('锁具', '电子密码锁|指纹锁|双人双锁', PRE),
        ax('认证', '3C认证'),
        ax('颜色', '灰白色|墨绿色'),
      ],
      desc: '{b}{m}{1}{n}，高度{0}，通过{2}。|{m}{3}箱体，防撬防钻，适合存放涉密文件和印章。',
    }),
  ]),
  mid('沙发茶几', [
    leaf({
      name: '沙发', slug: 'sofa', unit: '套', yuan: [1000, 12000], warranty: 36, weight: 1,
      badges: FURNITURE_BADGES, noun: '办公沙发|接待沙发',
      brands: {
        圣奥: 'SO-S#%',
        震旦: 'ASF-#%',
        顾家家居: 'KUKA-#%0',
        芝华仕: 'K#%',
        天坛: 'TT-S#%',
      },
      axes: [
        ax('座位', '单人位|三人位|1+1+3组合|1+3组合', PRE),
        ax('面料', 'PU皮|真皮|布艺|科技布', POST),
        ax('颜色', '黑色|咖啡色|米白色|深灰色', POST),
        ax('填充', '高密度海绵'),
      ],
      desc: '{b}{m}{0}{n}，{1}面料，{2}。|{m}{3}填充，坐感舒适，适合接待室和领导办公室。',
    }),
    leaf({
      name: '茶几', slug: 'tea-table', unit: '张', yuan: [300, 3000], warranty: 36, weight: 1,
      badges: FURNITURE_BADGES,
      brands: {
        圣奥: 'SO-C#%',
        震旦: 'ACT-#%',
        顾家家居: 'KUKA-C#%',
        天坛: 'TT-C#%',
      },
      axes: [
        ax('尺寸', '1200×600mm|1300×700mm|600×600mm方几', POST),
        ax('材质', '钢化玻璃+钢架|实木贴皮|岩板', PRE),
        ax('颜色', '胡桃木色|黑色|白色', POST),
      ],
      desc: '{b}{m}{1}{n}，尺寸{0}，{2}。|{m}与接待沙发配套使用，台面易清洁。',
    }),
  ]),
])
