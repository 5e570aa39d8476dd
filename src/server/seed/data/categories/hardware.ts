import { ax, leaf, mid, POST, PRE, top } from './build.ts'

/** 永康 is China's hardware capital and 公牛/正泰/德力西 are Zhejiang firms. */
const HARDWARE_BADGES = { zhejiang_made: 0.3 }

export const HARDWARE = top('五金工具', [
  mid('手动工具', [
    leaf({
      name: '五金工具套装', slug: 'tool-set', unit: '套', yuan: [50, 800], warranty: 12, weight: 1,
      badges: HARDWARE_BADGES, noun: '五金工具套装|家用工具箱套装',
      brands: {
        世达: '09#0%',
        得力: 'DL1#0%',
        史丹利: 'LT-#0%',
        长城精工: '4#%0',
      },
      axes: [
        ax('件数', '12件|25件|46件|120件', PRE),
        ax('材质', '铬钒钢'),
        ax('收纳', '工具箱|工具包', POST),
        ax('用途', '家用维修|电工|汽修', POST),
      ],
      desc: '{b}{m}{0}{n}，{1}材质，{2}收纳。|{m}适合{3}，满足后勤日常维修。',
    }),
    leaf({
      name: '螺丝刀', slug: 'screwdriver', unit: '套', yuan: [10, 200], warranty: 12, weight: 1,
      badges: HARDWARE_BADGES,
      brands: {
        世达: '09#%',
        得力: 'DL6#%',
        史丹利: '66-#%',
        长城精工: '3#%',
      },
      axes: [
        ax('类型', '十字|一字|多功能套装', PRE),
        ax('规格', '6件套|12件套|32合1', POST),
        ax('材质', 'S2合金钢|铬钒钢'),
      ],
      desc: '{b}{m}{0}{n}，{1}，{2}批头。|{m}磁性刀头，手柄防滑。',
    }),
  ]),
  mid('电动工具', [
    leaf({
      name: '电钻', slug: 'power-drill', unit: '台', yuan: [100, 1200], warranty: 12, weight: 1,
      badges: HARDWARE_BADGES,
      brands: {
        博世: 'GSB 1%0-LI|GSR 1%0-LI',
        牧田: 'DF3#%D|HP3#%D',
        东成: 'DCJZ1%-10',
        得伟: 'DCD7#%',
      },
      axes: [
        ax('类型', '充电式|冲击|锂电', PRE),
        ax('电压', '12V|18V|20V', POST),
        ax('电池', '双电池|单电池|裸机', POST),
        ax('最大扭矩', '30N·m|45N·m|60N·m'),
      ],
      desc: '{b}{m}{0}{n}，{1}，{2}配置。|{m}最大扭矩{3}，可钻木、钻金属和拧螺丝。',
    }),
    leaf({
      name: '角磨机', slug: 'angle-grinder', unit: '台', yuan: [150, 1000], warranty: 12, weight: 1,
      badges: HARDWARE_BADGES,
      brands: {
        博世: 'GWS 7%0|GWS 1%0',
        牧田: 'GA4#%0',
        东成: 'S1M-FF03-1%',
        得伟: 'DWE8#%',
      },
      axes: [
        ax('功率', '670W|720W|900W', POST),
        ax('砂轮直径', '100mm|125mm', POST),
        ax('类型', '插电式|锂电式', PRE),
      ],
      desc: '{b}{m}{2}{n}，功率{0}，砂轮直径{1}。|{m}可切割、打磨和除锈，适合后勤维修班组。',
    }),
  ]),
  mid('电工照明', [
    leaf({
      name: 'LED灯管', slug: 'led-tube', unit: '支', yuan: [10, 60], warranty: 24, weight: 2,
      badges: { energy_saving: 0.7, zhejiang_made: 0.2 },
      brands: {
        欧普: 'LED-T8-#%|YT#%',
        雷士: 'NLED9#%',
        飞利浦: '明晖T8-#%',
        三雄极光: 'PAK-#%',
      },
      axes: [
        ax('规格', 'T8 1.2米 18W|T5 1.2米 14W|T8 0.6米 9W', POST),
        ax('色温', '6500K白光|4000K中性光|3000K暖光', POST),
        ax('显色指数', 'Ra≥80|Ra≥90'),
      ],
      desc: '{b}{m}{n}，{0}，{1}，{2}。|{m}无频闪、寿命长，替换传统荧光灯节能明显。',
    }),
    leaf({
      name: 'LED平板灯', slug: 'led-panel', unit: '个', yuan: [50, 300], warranty: 24, weight: 1,
      badges: { energy_saving: 0.7 },
      brands: {
        欧普: 'LED-MB#%',
        雷士: 'NPL#%',
        飞利浦: 'RC0#%',
        三雄极光: 'PAK-P#%',
      },
      axes: [
        ax('尺寸', '600×600mm|300×1200mm|300×600mm', PRE),
        ax('功率', '24W|36W|48W', POST),
        ax('安装方式', '集成吊顶|嵌入式', POST),
      ],
      desc: '{b}{m}{0}{n}，功率{1}，{2}安装。|{m}光线柔和均匀，适合办公室和教室照明。',
    }),
    leaf({
      name: '插线板', slug: 'power-strip', unit: '个', yuan: [20, 150], warranty: 24, weight: 2,
      badges: { zhejiang_made: 0.45 }, noun: '插线板|插座 插线板',
      brands: {
        公牛: 'GN-B3#%0|GN-H#%',
        正泰: 'NEP-@#%',
        德力西: 'CD98E-@#%',
        飞利浦: 'SPS#%',
      },
      axes: [
        ax('插位', '4位|5位|6位|8位', PRE),
        ax('线长', '1.8米|3米|5米', POST),
        ax('功能', '独立开关|USB快充|总控开关', POST),
        ax('认证', '新国标3C认证'),
      ],
      desc: '{b}{m}{0}{n}，线长{1}，{2}。|{m}通过{3}，阻燃外壳，过载保护。',
    }),
    leaf({
      name: '电池', slug: 'battery', unit: '卡', yuan: [10, 60], warranty: 0, weight: 2,
      badges: { zhejiang_made: 0.2 },
      brands: {
        南孚: '$-%#B',
        双鹿: '$-SL#%',
        金霸王: '$-MN#%',
        松下: '$BCH/%B',
      },
      axes: [
        ax('型号规格', '5号=LR6|5号=LR6|7号=LR03', PRE),
        ax('类型', '碱性|碳性', PRE),
        ax('数量', '4粒|12粒|24粒|40粒', POST),
      ],
      desc: '{b}{m}{0}{1}{n}，{2}装。|{m}电量足、耐储存，适合遥控器、鼠标和挂钟。',
    }),
  ]),
])

export const SAFETY = top('劳保消防', [
  mid('劳保防护', [
    leaf({
      name: '劳保手套', slug: 'work-gloves', unit: '打', yuan: [10, 80], warranty: 0, weight: 1,
      brands: {
        '3M': 'CG#%|Comfort-#%',
        霍尼韦尔: '2#%00',
        代尔塔: '20#%',
        星宇: 'N5#%|A6#%',
      },
      axes: [
        ax('类型', '浸胶|纱线|丁腈涂层|防割', PRE),
        ax('尺码', 'M|L|XL', POST),
        ax('包装', '12双/打', POST),
      ],
      desc: '{b}{m}{0}{n}，尺码{1}，{2}。|{m}耐磨防滑，适合搬运、维修和绿化作业。',
    }),
    leaf({
      name: '安全帽', slug: 'safety-helmet', unit: '顶', yuan: [15, 120], warranty: 0, weight: 1,
      brands: {
        '3M': 'H-7#%|H-8#%',
        霍尼韦尔: 'L99#|H99#',
        代尔塔: '102#%',
        梅思安: 'V-Gard #%',
      },
      axes: [
        ax('材质', 'ABS|HDPE|玻璃钢', PRE),
        ax('颜色', '红色|黄色|白色|蓝色', POST),
        ax('款式', '透气型|V型|欧式', POST),
      ],
      desc: '{b}{m}{0}{n}，{1}，{2}。|{m}符合GB 2811标准，抗冲击、可调节帽衬。',
    }),
    leaf({
      name: '反光背心', slug: 'reflective-vest', unit: '件', yuan: [10, 60], warranty: 0, weight: 1,
      brands: {
        '3M': 'RV-#%',
        代尔塔: '404#%',
        霍尼韦尔: 'HV#%',
        星宇: 'FG#%',
      },
      axes: [
        ax('颜色', '荧光黄|荧光橙', PRE),
        ax('款式', '网布|多口袋|拉链', POST),
        ax('尺码', '均码|XL|XXL', POST),
      ],
      desc: '{b}{m}{0}{n}，{1}款，{2}。|{m}高亮反光条夜间可视，适合交通协管和执勤巡逻。',
    }),
  ]),
  mid('消防应急', [
    leaf({
      name: '灭火器', slug: 'fire-extinguisher', unit: '具', yuan: [40, 300], warranty: 12, weight: 1,
      badges: { zhejiang_made: 0.15 }, noun: '干粉灭火器|灭火器',
      brands: {
        淮海: 'MFZ/ABC$|MFZL-ABC$|HH-MFZ$%#',
        天广: 'MFZ/ABC$|MFZL-ABC$|TG-MFZ$%#',
        南消: 'MFZ/ABC$|MFZL-ABC$|NX-MFZ$%#',
        浙安: 'MFZ/ABC$|MFZL-ABC$|ZA-MFZ$%#',
      },
      axes: [
        ax('规格', '1kg=1|2kg=2|4kg=4|4kg=4|5kg=5|8kg=8', PRE),
        ax('适用火灾', 'A/B/C类火灾~ABC', POST),
        ax('认证', '消防3C认证', POST),
      ],
      desc: '{b}{m}{0}{n}，适用{1}。|{m}通过{2}，压力表直观，适合办公楼层和车辆配置。',
    }),
    leaf({
      name: '应急灯', slug: 'emergency-light', unit: '个', yuan: [30, 200], warranty: 12, weight: 1,
      badges: { energy_saving: 0.3, zhejiang_made: 0.2 },
      brands: {
        雷士: 'NLED9#%E',
        欧普: 'YJ-#%',
        正泰: 'NEL-#%',
        公牛: 'GN-YJ#%',
      },
      axes: [
        ax('类型', '双头|消防|安全出口指示', PRE),
        ax('应急时间', '≥90分钟|≥120分钟|≥180分钟', POST),
        ax('认证', '消防3C认证'),
      ],
      desc: '{b}{m}{0}{n}，应急时间{1}，通过{2}。|{m}断电自动点亮，适合楼道和安全出口。',
    }),
  ]),
])
