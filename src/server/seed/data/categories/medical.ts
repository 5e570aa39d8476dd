import { ax, leaf, mid, POST, PRE, top } from './build.ts'

/** 振德 (Shaoxing) and 康德莱 (Wenzhou) are major Zhejiang makers of medical consumables. */
const MEDICAL_BADGES = { zhejiang_made: 0.25 }

export const MEDICAL_SUPPLIES = top('医疗耗材', [
  mid('防护用品', [
    leaf({
      name: '医用口罩', slug: 'medical-mask', unit: '盒', yuan: [10, 80], warranty: 0, weight: 3,
      badges: MEDICAL_BADGES, noun: '口罩',
      brands: {
        振德: 'ZD-#%|ZD-K#%',
        稳健医疗: 'WJ-#%|PM-#%',
        '3M': '18#0|91#2|18#0+',
        可孚: 'KF-#%',
        海氏海诺: 'HN-#%',
      },
      axes: [
        ax('类型', '一次性使用医用|一次性使用医用|医用外科|医用防护', PRE),
        ax('包装', '50只/盒|10只/袋|100只/盒', POST),
        ax('灭菌', '灭菌级|非灭菌', POST),
        ax('佩戴方式', '耳挂式|头戴式'),
      ],
      desc: '{b}{m}{0}{n}，{1}，{2}。|{m}三层防护，{3}，适合医护、窗口和日常防护。',
    }),
    leaf({
      name: '医用手套', slug: 'medical-gloves', unit: '盒', yuan: [20, 120], warranty: 0, weight: 2,
      badges: MEDICAL_BADGES,
      brands: {
        英科医疗: 'IK-#%',
        蓝帆: 'BF-#%',
        振德: 'ZD-G#%',
        稳健医疗: 'WJ-G#%',
        安思尔: '9#-%%',
      },
      axes: [
        ax('材质', '丁腈|乳胶|PVC', PRE),
        ax('类型', '检查|外科', POST),
        ax('尺码', 'S|M|L', POST),
        ax('包装', '100只/盒|50双/盒', POST),
      ],
      desc: '{b}{m}{0}{n}，{1}用，尺码{2}，{3}。|{m}贴合手型、无粉设计，适合诊疗和实验操作。',
    }),
    leaf({
      name: '医用防护服', slug: 'protective-suit', unit: '件', yuan: [15, 60], warranty: 0, weight: 1,
      badges: MEDICAL_BADGES,
      brands: {
        振德: 'ZD-F#%',
        稳健医疗: 'WJ-F#%',
        '3M': '4#45',
        杜邦: 'Tyvek 1#2%',
      },
      axes: [
        ax('尺码', '170|175|180|185', POST),
        ax('类型', '连体带帽', PRE),
        ax('灭菌', '灭菌级|非灭菌', POST),
      ],
      desc: '{b}{m}{1}{n}，{2}，尺码{0}。|{m}符合GB 19082要求，防液体渗透。',
    }),
  ]),
  mid('注射输液', [
    leaf({
      name: '一次性注射器', slug: 'syringe', unit: '盒', yuan: [20, 100], warranty: 0, weight: 2,
      badges: MEDICAL_BADGES, noun: '一次性注射器|无菌一次性注射器',
      brands: {
        威高: 'WG-#%',
        康德莱: 'KDL-#%',
        BD: '30#%',
        三鑫: 'SX-#%',
      },
      axes: [
        ax('规格', '1ml|2ml|5ml|10ml|20ml', POST),
        ax('针头', '带针0.45×16|带针0.6×25|带针0.7×32', POST),
        ax('包装', '100支/盒|50支/盒', POST),
        ax('灭菌方式', '环氧乙烷灭菌'),
      ],
      desc: '{b}{m}{n}，{0}，{1}。|{m}{2}，{3}，单支独立包装。',
    }),
    leaf({
      name: '一次性输液器', slug: 'infusion-set', unit: '盒', yuan: [20, 100], warranty: 0, weight: 1,
      badges: MEDICAL_BADGES, noun: '一次性输液器',
      brands: {
        威高: 'WG-S#%',
        康德莱: 'KDL-S#%',
        三鑫: 'SX-S#%',
        双鸽: 'SG-#%',
      },
      axes: [
        ax('针头', '带针0.55|带针0.6|带针0.7', POST),
        ax('类型', '普通|精密过滤|避光', PRE),
        ax('包装', '50支/盒|100支/盒', POST),
      ],
      desc: '{b}{m}{1}{n}，{0}，{2}。|{m}采用环氧乙烷灭菌，单支独立包装。',
    }),
  ]),
  mid('消毒敷料', [
    leaf({
      name: '医用酒精', slug: 'medical-alcohol', unit: '瓶', yuan: [5, 40], warranty: 0, weight: 2,
      badges: MEDICAL_BADGES, noun: '75%医用酒精|医用酒精消毒液',
      brands: {
        海氏海诺: 'HN-J#%',
        利尔康: 'LEK-J#%',
        可孚: 'KF-J#%',
        振德: 'ZD-J#%',
      },
      axes: [
        ax('容量', '100ml|500ml|2.5L', POST),
        ax('类型', '喷雾|倒液', POST),
        ax('浓度', '75%'),
      ],
      desc: '{b}{m}{n}，{0}，{1}。|{m}乙醇浓度{2}，用于皮肤和物体表面消毒。',
    }),
    leaf({
      name: '碘伏', slug: 'iodophor', unit: '瓶', yuan: [5, 30], warranty: 0, weight: 1,
      badges: MEDICAL_BADGES, noun: '碘伏消毒液',
      brands: {
        海氏海诺: 'HN-D#%',
        利尔康: 'LEK-D#%',
        可孚: 'KF-D#%',
        安捷: 'AJ-#%',
      },
      axes: [
        ax('容量', '60ml|100ml|500ml', POST),
        ax('有效碘', '0.45%-0.55%'),
        ax('类型', '喷雾|倒液|棉棒', POST),
      ],
      desc: '{b}{m}{n}，{0}，{2}。|{m}有效碘{1}，用于皮肤和小伤口消毒。',
    }),
    leaf({
      name: '医用棉签', slug: 'cotton-swab', unit: '包', yuan: [3, 30], warranty: 0, weight: 1,
      badges: MEDICAL_BADGES, noun: '医用棉签',
      brands: {
        振德: 'ZD-M#%',
        稳健医疗: 'WJ-M#%',
        海氏海诺: 'HN-M#%',
        可孚: 'KF-M#%',
      },
      axes: [
        ax('规格', '10cm|15cm', POST),
        ax('包装', '50支/包|100支/包|20支×10袋', POST),
        ax('灭菌', '灭菌级|非灭菌'),
      ],
      desc: '{b}{m}{n}，{0}，{1}。|{m}{2}，棉头紧实不掉絮。',
    }),
    leaf({
      name: '医用纱布', slug: 'medical-gauze', unit: '包', yuan: [5, 60], warranty: 0, weight: 1,
      badges: MEDICAL_BADGES, noun: '医用纱布块|医用纱布',
      brands: {
        振德: 'ZD-S#%',
        稳健医疗: 'WJ-S#%',
        海氏海诺: 'HN-S#%',
        奥美医疗: 'AM-#%',
      },
      axes: [
        ax('规格', '5×7cm-8层|7.5×7.5cm-8层|10×10cm-8层', POST),
        ax('包装', '10片/包|100片/包', POST),
        ax('灭菌', '灭菌级|非灭菌'),
      ],
      desc: '{b}{m}{n}，{0}，{1}。|{m}{2}，纯棉吸水，用于伤口包扎和护理。',
    }),
  ]),
])

export const MEDICAL_DEVICES = top('医疗器械', [
  mid('检测仪器', [
    leaf({
      name: '电子血压计', slug: 'blood-pressure-monitor', unit: '台', yuan: [150, 600], warranty: 12, weight: 1,
      brands: {
        欧姆龙: 'U7#|HEM-7#3%',
        鱼跃: 'YE6#0@|YE6#0CR',
        松下: 'EW-BU#%',
        九安: 'KD-5#%',
      },
      axes: [
        ax('测量部位', '上臂式|上臂式|腕式', PRE),
        ax('功能', '语音播报|双人记忆|蓝牙传输', POST),
        ax('供电', '电池/USB供电'),
      ],
      desc: '{b}{m}{0}{n}，支持{1}。|{m}{2}，一键测量，适合卫生室和职工健康小屋。',
    }),
    leaf({
      name: '体温计', slug: 'thermometer', unit: '支', yuan: [20, 300], warranty: 12, weight: 1,
      brands: {
        鱼跃: 'YHW-%|YT-%#',
        欧姆龙: 'MC-#%',
        可孚: 'KF-HW-0#%',
        博朗: 'IRT6#20',
      },
      axes: [
        ax('类型', '红外额温|电子|红外耳温', PRE),
        ax('测量时间', '1秒|10秒|60秒', POST),
        ax('测量精度', '±0.2℃|±0.1℃'),
      ],
      desc: '{b}{m}{0}{n}，测量时间约{1}，精度{2}。|{m}适合学校晨检和门岗体温测量。',
    }),
    leaf({
      name: '血糖仪', slug: 'glucometer', unit: '台', yuan: [100, 500], warranty: 12, weight: 1,
      brands: {
        罗氏: 'Accu-Chek Guide #%|Accu-Chek Active #%',
        三诺: '安稳+Air|GA-#',
        鱼跃: '5#0|5#0C',
        欧姆龙: 'HGM-1#%',
      },
      axes: [
        ax('配置', '含50支试纸|含100支试纸|仅主机', POST),
        ax('测量时间', '5秒|8秒', POST),
        ax('采血量', '0.6μL|0.8μL'),
      ],
      desc: '{b}{m}{n}，{0}，约{1}出结果。|{m}采血量{2}，适合卫生室和社区健康服务。',
    }),
  ]),
  mid('康复急救', [
    leaf({
      name: '轮椅', slug: 'wheelchair', unit: '台', yuan: [400, 3000], warranty: 12, weight: 1,
      brands: {
        鱼跃: 'H0#%|D1#%',
        互邦: 'HBL#-%',
        可孚: 'KF-L#%',
        凯洋: 'KY8#%',
      },
      axes: [
        ax('类型', '手动折叠|电动|轻便铝合金', PRE),
        ax('承重', '100kg|120kg|150kg', POST),
        ax('车架材质', '钢管|铝合金'),
      ],
      desc: '{b}{m}{0}{n}，承重{1}，{2}车架。|{m}可折叠收纳，适合医院和养老机构。',
    }),
    leaf({
      name: 'AED除颤仪', slug: 'aed', unit: '台', yuan: [15000, 40000], warranty: 60, weight: 1,
      noun: 'AED除颤仪|自动体外除颤器 AED除颤仪',
      brands: {
        迈瑞: 'BeneHeart C%|BeneHeart S%',
        飞利浦: 'HeartStart HS%|HeartStart FRx',
        久心: 'iAED-S%|iAED-T%',
        日本光电: 'AED-3#0%',
      },
      axes: [
        ax('类型', '全自动|半自动', PRE),
        ax('配置', '含成人电极片|含成人+儿童电极片', POST),
        ax('语音', '中文语音提示'),
      ],
      desc: '{b}{m}{0}{n}，{1}，{2}引导施救。|{m}适合公共场所、学校和机关大楼配置。',
    }),
  ]),
])
