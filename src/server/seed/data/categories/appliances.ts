import { ax, leaf, mid, POST, PRE, top } from './build.ts'

/** Air conditioners, TVs, fridges and water heaters are on the mandatory energy-saving list. */
const MANDATORY = { energy_saving: 0.9, energy_mandatory: 0.85 }
/** 奥克斯 (Ningbo), 苏泊尔 and 九阳 (Hangzhou) make many small appliances in Zhejiang. */
const AC_BADGES = { ...MANDATORY, zhejiang_made: 0.15 }

export const APPLIANCES = top('家用电器', [
  mid('空调', [
    leaf({
      name: '壁挂式空调', slug: 'wall-ac', unit: '台', yuan: [2500, 7000], warranty: 72, weight: 3,
      badges: AC_BADGES, preSep: ' ', noun: '壁挂式空调|空调挂机 壁挂式空调',
      brands: {
        格力: 'KFR-$GW/NhGc1B|KFR-$GW/NhAa1BAj|KFR-$GW/NhPc1BAj',
        美的: 'KFR-$GW/N8MJA1|KFR-$GW/N8KS1-1',
        海尔: 'KFR-$GW/B1KBB81U1|KFR-$GW/05EDS81',
        奥克斯: 'KFR-$GW/BpR3AQG1(B1)',
        海信: 'KFR-$GW/E290-X1',
        TCL: 'KFR-$GW/RT2Ea+B1',
      },
      axes: [
        ax('匹数', '大1匹（适用面积10-16㎡）~大1匹=26|1.5匹（适用面积16-24㎡）~1.5匹=35|1.5匹（适用面积16-24㎡）~1.5匹=35|2匹（适用面积23-34㎡）~2匹=50', PRE),
        ax('能效等级', '新一级能效|新一级能效|新三级能效', PRE),
        ax('类型', '变频冷暖|变频冷暖|定频冷暖', PRE),
        ax('功能', '自清洁|智能WiFi|静音睡眠', POST),
        ax('颜色', '白色|皓雪白'),
      ],
      desc: '{b}{m}{n}，{0}，{1}，{2}。|{m}支持{3}，{4}机身简洁，适合办公室和宿舍。',
    }),
    leaf({
      name: '柜式空调', slug: 'floor-ac', unit: '台', yuan: [5000, 12000], warranty: 72, weight: 2,
      badges: AC_BADGES, preSep: ' ', noun: '柜式空调|立式空调柜机',
      brands: {
        格力: 'KFR-$LW/NhGc1B|KFR-$LW/NhIa1BAj',
        美的: 'KFR-$LW/N8MJA1|KFR-$LW/N8MHA3',
        海尔: 'KFR-$LW/A1KBB81U1',
        奥克斯: 'KFR-$LW/BpR3AQD1',
        海信: 'KFR-$LW/A8X7#0N-A1',
        TCL: 'KFR-$LW/JD2+A1',
      },
      axes: [
        ax('匹数', '2匹（适用面积23-34㎡）~2匹=50|3匹（适用面积32-50㎡）~3匹=72|3匹（适用面积32-50㎡）~3匹=72|5匹（适用面积50-80㎡）~5匹=120', PRE),
        ax('能效等级', '新一级能效|新三级能效', PRE),
        ax('类型', '变频冷暖|定频冷暖', PRE),
        ax('功能', '自清洁|智能WiFi|上下扫风', POST),
      ],
      desc: '{b}{m}{n}，{0}，{1}，{2}。|{m}{3}，送风距离远，适合会议室、大厅和教室。',
    }),
  ]),
  mid('冰箱冷柜', [
    leaf({
      name: '冰箱', slug: 'fridge', unit: '台', yuan: [1500, 8000], warranty: 36, weight: 1,
      badges: MANDATORY,
      brands: {
        海尔: 'BCD-$WDPD|BCD-$WGHSSEDS9',
        美的: 'BCD-$WKPZM(E)|BCD-$WTPZM(E)',
        容声: 'BCD-$WD12FP|BCD-$WKD1FPG',
        西门子: 'KA9#NV0%TI|KM4%#0%TI',
        海信: 'BCD-$WMK1DPQ',
      },
      axes: [
        ax('容积', '215升=215|306升=306|470升=470|520升=520|646升=646', PRE),
        ax('门体', '双门|三门|多门|十字对开门|对开门', PRE),
        ax('制冷方式', '风冷无霜|风冷无霜|直冷', POST),
        ax('能效等级', '一级能效|二级能效', POST),
        ax('颜色', '星蕴银|晶釉灰|珍珠白'),
      ],
      desc: '{b}{m}{0}{1}{n}，{2}，{3}。|{m}{4}外观，分区存储，适合单位食堂和职工休息室。',
    }),
    leaf({
      name: '冷柜', slug: 'freezer', unit: '台', yuan: [1000, 5000], warranty: 36, weight: 1,
      badges: { energy_saving: 0.7, energy_mandatory: 0.5 }, noun: '冷柜|冷柜 冰柜',
      brands: {
        海尔: 'BC/BD-$GHD|BC/BD-$HEK',
        美的: 'BD/BC-$KMD(E)',
        澳柯玛: 'BC/BD-$HNE|BC/BD-$SFA',
        星星: 'BD/BC-$E|BD/BC-$Y',
      },
      axes: [
        ax('容积', '203升=203|300升=300|429升=429|519升=519', PRE),
        ax('类型', '卧式|卧式|立式', PRE),
        ax('温控', '冷藏冷冻转换|单温冷冻|双温双箱', POST),
        ax('能效等级', '一级能效|二级能效', POST),
      ],
      desc: '{b}{m}{0}{1}{n}，{2}，{3}。|{m}适合食堂、卫生院样本和物资冷藏。',
    }),
  ]),
  mid('影音电器', [
    leaf({
      name: '电视机', slug: 'television', unit: '台', yuan: [1500, 12000], warranty: 36, weight: 2,
      badges: MANDATORY, noun: '液晶电视机|电视机|智能电视机',
      brands: {
        海信: '$E3K|$A57H|$E7N',
        TCL: '$V8E|$T7K|$Q10K',
        小米: 'L$M7-EA|L$MA-RA',
        创维: '$A3D|$G3D',
        海尔: 'LU$C61|LU$H31',
        长虹: '$D6P|$D5P',
      },
      axes: [
        ax('屏幕尺寸', '43英寸=43|55英寸=55|65英寸=65|65英寸=65|75英寸=75|85英寸=85', PRE),
        ax('分辨率', '4K超高清|4K超高清|全高清', POST),
        ax('刷新率', '60Hz|120Hz|144Hz', POST),
        ax('智能功能', '智能语音|无线投屏|远场语音'),
      ],
      desc: '{b}{m}{0}{n}，{1}画质，{2}刷新率。|{m}支持{3}，可作会议室显示和宣传播放。',
    }),
    leaf({
      name: '会议平板', slug: 'smart-board', unit: '台', yuan: [5000, 40000], warranty: 36, weight: 1,
      badges: { energy_saving: 0.5 }, noun: '会议平板|交互式智能会议平板',
      brands: {
        希沃: 'MC$FEA|F$EA',
        MAXHUB: 'CA$MA|SC$CA',
        鸿合: 'HD-$#0@',
        华为: 'IdeaHub S2 $|IdeaHub B3 $',
        皓丽: 'E$|M$',
      },
      axes: [
        ax('屏幕尺寸', '65英寸=65|75英寸=75|86英寸=86|98英寸=98', PRE),
        ax('配置', 'i5/8G/256G双系统|i7/16G/256G双系统|安卓单系统', POST),
        ax('功能', '无线传屏|4K摄像头+麦克风阵列', POST),
        ax('安装方式', '含移动支架|含壁挂架'),
      ],
      desc: '{b}{m}{0}{n}，{1}，支持书写批注和{2}。|{m}{3}，适合会议室和智慧教室。',
    }),
  ]),
  mid('生活电器', [
    leaf({
      name: '饮水机', slug: 'water-dispenser', unit: '台', yuan: [300, 2500], warranty: 12, weight: 2,
      badges: { energy_saving: 0.4, zhejiang_made: 0.1 },
      brands: {
        美的: 'YR1#%%S-X|MYR7#0T',
        沁园: 'YLD5#%|JLD5#%',
        安吉尔: 'Y1#5%LKD-C|Y2#5%LK',
        海尔: 'YR1#0%|HSW-V%',
        奥克斯: 'YLR-5-X-#',
      },
      axes: [
        ax('类型', '立式|立式|台式|管线机', PRE),
        ax('功能', '冷热型|温热型|即热型', PRE),
        ax('水桶位置', '下置水桶|上置水桶', POST),
        ax('制热功率', '500W|2100W'),
      ],
      desc: '{b}{m}{0}{1}{n}，{2}，制热功率{3}。|{m}带童锁防烫，适合办公室和走廊茶水间。',
    }),
    leaf({
      name: '电热水壶', slug: 'kettle', unit: '台', yuan: [60, 300], warranty: 12, weight: 1,
      badges: { zhejiang_made: 0.4 },
      brands: {
        美的: 'MK-SH1#%|MK-HJ1#0%',
        苏泊尔: 'SW-1%J%0',
        九阳: 'K1%-F6#',
        小熊: 'ZDH-@1#%',
      },
      axes: [
        ax('容量', '1.5L|1.7L|1.8L', PRE),
        ax('材质', '304不锈钢|316L不锈钢|玻璃', POST),
        ax('功率', '1500W|1800W'),
        ax('功能', '保温|自动断电', POST),
      ],
      desc: '{b}{m}{0}{n}，{1}内胆，功率{2}。|{m}支持{3}，烧水快，办公室泡茶方便。',
    }),
    leaf({
      name: '空气净化器', slug: 'air-purifier', unit: '台', yuan: [800, 5000], warranty: 12, weight: 1,
      brands: {
        小米: 'AC-M1#-SC|AC-M2%-SC',
        飞利浦: 'AC3#5@|AC2#%6',
        '352': 'X%#|Y1%',
        美的: 'KJ$0G-L1|KJ$0F-JA3',
      },
      axes: [
        ax('CADR', '400m³/h=40|500m³/h=50|600m³/h=60', POST),
        ax('适用面积', '48㎡|60㎡|80㎡', POST),
        ax('滤网', 'HEPA H13|HEPA H12'),
        ax('噪音', '≤38dB|≤45dB'),
      ],
      desc: '{b}{m}{n}，CADR {0}，适用面积{1}。|{m}采用{2}滤网，睡眠模式噪音{3}。',
    }),
  ]),
  mid('厨卫电器', [
    leaf({
      name: '微波炉', slug: 'microwave', unit: '台', yuan: [400, 1500], warranty: 12, weight: 1,
      badges: { energy_saving: 0.3 },
      brands: {
        美的: 'M1-L2#%B|PC2#21W',
        格兰仕: 'G80F2#CN3L|P70D2#TL',
        松下: 'NN-GF3#%JXPE',
        海尔: 'MZC-2#7%',
      },
      axes: [
        ax('容量', '20L|23L|25L', PRE),
        ax('类型', '转盘式|平板式', PRE),
        ax('功率', '700W|800W|900W', POST),
        ax('功能', '光波烧烤|智能菜单', POST),
      ],
      desc: '{b}{m}{0}{1}{n}，功率{2}，带{3}。|{m}操作简单，适合职工食堂和休息室加热饭菜。',
    }),
    leaf({
      name: '电热水器', slug: 'water-heater', unit: '台', yuan: [800, 4000], warranty: 36, weight: 1,
      badges: { energy_saving: 0.8, energy_mandatory: 0.7 },
      brands: {
        海尔: 'EC$00%-MC3|EC$00%-JN5',
        美的: 'F$021-@%',
        史密斯: 'E$0VC3|E$0MN',
        万和: 'E$0-Q2W1-22',
      },
      axes: [
        ax('容量', '40升=4|50升=5|60升=6|80升=8', PRE),
        ax('功率', '2200W|3000W|3300W', POST),
        ax('能效等级', '一级能效|二级能效', POST),
        ax('安装方式', '横式壁挂'),
      ],
      desc: '{b}{m}{0}{n}，功率{1}，{2}。|{m}{3}安装，防电墙保护，适合宿舍和值班室。',
    }),
  ]),
])
