import { ax, leaf, mid, POST, PRE, top } from './build.ts'

/** Computers and peripherals: energy-saving products, most on the mandatory (强制节能) list. */
const MANDATORY = { energy_saving: 0.9, energy_mandatory: 0.85 }

export const COMPUTERS = top('计算机设备', [
  mid('计算机整机', [
    leaf({
      name: '台式计算机', slug: 'desktop-pc', unit: '台', yuan: [3500, 9000], warranty: 36, weight: 6,
      badges: MANDATORY, noun: '台式计算机|商用台式机 台式计算机|台式计算机整机', sep: '/',
      brands: {
        联想: '启天M4#0|启天M6#0|扬天M4#00q|开天M7#0Z',
        戴尔: 'OptiPlex 3#00|OptiPlex 7#10|成铭3#80',
        惠普: 'ProDesk 4#0 G%|战99 G%|EliteDesk 8#0 G%',
        华为: 'MateStation B5#5|擎云W5#5',
        清华同方: '超越E5#0|超扬A7#00|超翔TK7#0',
        长城: '世恒DF7#0|世恒TD1#0',
        华硕: 'D5#0SC|D7#0MF',
      },
      axes: [
        ax('处理器', 'Intel 酷睿i5-12400~i5-12400|Intel 酷睿i5-13400~i5-13400|Intel 酷睿i7-12700~i7-12700|Intel 酷睿i3-12100~i3-12100|AMD 锐龙5 5600G~R5-5600G', POST),
        ax('内存', '8GB DDR4~8G|16GB DDR4~16G|16GB DDR5~16G|32GB DDR5~32G', POST),
        ax('硬盘', '256GB SSD~256G SSD|512GB SSD~512G SSD|1TB SSD~1T SSD|512GB SSD+1TB HDD~512G+1T', POST),
        ax('显示器', '21.5英寸~21.5英寸显示器|23.8英寸~23.8英寸显示器|27英寸~27英寸显示器', POST),
        ax('操作系统', 'Windows 11 专业版|Windows 11 家庭版|统信UOS|银河麒麟V10'),
      ],
      desc: '{b}{m}{n}搭载{0}处理器和{1}内存，{2}存储，开机迅速。|{m}面向政企办公设计，配{3}显示器，预装{4}，日常文档处理和视频会议流畅。',
    }),
    leaf({
      name: '便携式计算机', slug: 'laptop', unit: '台', yuan: [3800, 12000], warranty: 24, weight: 5,
      badges: MANDATORY, noun: '笔记本电脑|便携式计算机|轻薄笔记本电脑', sep: '/',
      brands: {
        联想: 'ThinkPad E1% Gen %|ThinkPad T14 Gen %|昭阳K4-I#@|ThinkBook 1% G% @@@',
        华为: 'MateBook D 1% SE|MateBook 14 20#%|擎云L5#0',
        戴尔: 'Latitude 3#40|Latitude 5#40|Vostro 3#30|成就3#0%',
        惠普: 'ProBook 4#0 G%|战66 %代|EliteBook 8#0 G%',
        华硕: '无畏Pro1% 20#%|破晓% 20#%',
      },
      axes: [
        ax('处理器', 'Intel 酷睿i5-1235U~i5-1235U|Intel 酷睿i5-1340P~i5-1340P|Intel 酷睿Ultra5 125H~Ultra5-125H|Intel 酷睿i7-1360P~i7-1360P|AMD 锐龙5 7530U~R5-7530U|AMD 锐龙7 7730U~R7-7730U', POST),
        ax('内存', '8GB~8G|16GB~16G|16GB~16G|32GB~32G', POST),
        ax('硬盘', '512GB SSD~512G SSD|512GB SSD~512G SSD|1TB SSD~1T SSD', POST),
        ax('屏幕', '14英寸 1920×1080~14英寸|14英寸 2.2K~14英寸2.2K|15.6英寸 1920×1080~15.6英寸|16英寸 2.5K~16英寸2.5K', POST),
        ax('重量', '约1.38kg|约1.46kg|约1.6kg|约1.75kg'),
      ],
      desc: '{b}{m}{n}采用{0}处理器，{1}内存加{2}，屏幕为{3}。|{m}机身{4}，便于外出办公携带，续航满足一整天会议使用。',
    }),
    leaf({
      name: '平板电脑', slug: 'tablet', unit: '台', yuan: [1500, 6000], warranty: 12, weight: 2,
      badges: { energy_saving: 0.6, energy_mandatory: 0.5 },
      brands: {
        华为: 'MatePad 11.5 BTK-W%0|MatePad Air DBY%-W#0|MatePad Pro GOT-W%9',
        苹果: 'iPad M@@#3CH/A|iPad Air M@@#3CH/A',
        联想: '小新Pad Pro TB3#1FC|拯救者Y700 TB3#0FU',
        荣耀: 'MagicPad 2 GDI-W0%|平板9 HEY2-W0%',
        小米: 'Pad 6 2#0@@|Redmi Pad SE 2#0@@',
      },
      axes: [
        ax('屏幕尺寸', '10.95英寸|11英寸|11.5英寸|12.1英寸|12.7英寸', POST),
        ax('存储', '8GB+128GB~8+128G|8GB+256GB~8+256G|12GB+256GB~12+256G', POST),
        ax('网络', 'WiFi版|WiFi版|WiFi+4G全网通', POST),
        ax('颜色', '深空灰|星光银|冰霜蓝|曜石黑', POST),
      ],
      desc: '{b}{m}{n}配{0}高清屏，{1}存储，适合移动审批、学习和视频会议。|{n}{m}轻薄便携，{2}，机身{3}配色。',
    }),
  ]),
  mid('服务器', [
    leaf({
      name: '机架式服务器', slug: 'rack-server', unit: '台', yuan: [15000, 120000], warranty: 36, weight: 1,
      badges: { energy_saving: 0.4 }, noun: '服务器', sep: '/',
      brands: {
        浪潮: 'NF52#0M%|NF5#80M6',
        新华三: 'UniServer R4900 G%|UniServer R4#00 G%',
        戴尔: 'PowerEdge R7#0|PowerEdge R6#0',
        联想: 'ThinkSystem SR6#0 V%|问天WA5480 G%',
        超聚变: 'FusionServer 2288H V%|FusionServer 1288H V%',
        曙光: 'I620-G%0|I840-G%0',
      },
      axes: [
        ax('规格', '2U机架式|2U机架式|1U机架式', PRE),
        ax('处理器', '2×Intel 至强银牌4310~2×银牌4310|2×Intel 至强银牌4314~2×银牌4314|2×Intel 至强金牌5318Y~2×金牌5318Y|1×Intel 至强银牌4410Y~银牌4410Y|2×海光7285~2×海光7285', POST),
        ax('内存', '64GB DDR4~64G|128GB DDR4~128G|256GB DDR5~256G', POST),
        ax('硬盘', '2×960GB SSD+3×4TB SAS~2×960G+3×4T|4×2.4TB SAS~4×2.4T SAS|2×480GB SSD+4×8TB SATA~2×480G+4×8T', POST),
        ax('电源', '550W双电源|800W冗余电源|1300W冗余电源'),
        ax('RAID卡', '2GB缓存 支持RAID 0/1/5/10|4GB缓存 支持RAID 0/1/5/6/10'),
      ],
      desc: '{b}{m}为{0}服务器，配{1}、{2}内存和{3}。|{m}适合政务云、数据库和虚拟化部署，{4}保障业务连续运行。',
    }),
    leaf({
      name: '塔式服务器', slug: 'tower-server', unit: '台', yuan: [6000, 30000], warranty: 36, weight: 1,
      badges: { energy_saving: 0.4 }, noun: '塔式服务器', sep: '/',
      brands: {
        戴尔: 'PowerEdge T1#0|PowerEdge T3#0',
        联想: 'ThinkSystem ST%50 V%',
        惠普: 'ProLiant ML%0 Gen1%',
        浪潮: 'NP31#0M%|NP51#0M%',
      },
      axes: [
        ax('处理器', 'Intel 至强E-2324G~E-2324G|Intel 至强E-2334~E-2334|Intel 至强银牌4310~银牌4310', POST),
        ax('内存', '16GB~16G|32GB~32G|64GB~64G', POST),
        ax('硬盘', '2×2TB SATA~2×2T|2×4TB SATA~2×4T|1TB SATA~1T', POST),
        ax('电源', '300W|550W|750W冗余'),
      ],
      desc: '{b}{m}{n}体积小巧、噪音低，适合放在办公室作文件和财务服务器。|{m}配{0}和{1}内存，硬盘{2}，部署简单。',
    }),
  ]),
  mid('计算机外设', [
    leaf({
      name: '液晶显示器', slug: 'monitor', unit: '台', yuan: [600, 3500], warranty: 36, weight: 3,
      badges: MANDATORY, noun: '液晶显示器|显示器|办公显示器',
      brands: {
        戴尔: 'P2#2%H|SE2#2%H|U2#2%QE',
        联想: 'ThinkVision T2%i-30|ThinkVision E2%-28|L2%e-30',
        AOC: '2%B2XH|Q2%P2C|2%E#H',
        飞利浦: '2%1E%F|2%2S1@',
        明基: 'GW2#80|BL2#83',
        华为: 'MateView SE SSN-2%@',
      },
      axes: [
        ax('屏幕尺寸', '21.5英寸|23.8英寸|23.8英寸|27英寸|31.5英寸', PRE),
        ax('分辨率', '1920×1080~全高清|2560×1440~2K|3840×2160~4K', POST),
        ax('面板', 'IPS|IPS|VA', POST),
        ax('接口', 'HDMI+VGA|HDMI+DP|HDMI+DP+Type-C', POST),
        ax('刷新率', '75Hz|100Hz|60Hz'),
      ],
      desc: '{b}{m}是一款{0}{2}面板显示器，分辨率{1}，低蓝光不闪屏。|{m}提供{3}接口，刷新率{4}，适合长时间文字办公。',
    }),
    leaf({
      name: '键鼠套装', slug: 'keyboard-mouse', unit: '套', yuan: [49, 299], warranty: 12, weight: 2,
      brands: {
        罗技: 'MK2#5|MK3#5|MK54%',
        联想: 'KN1#0|KM4#0%',
        戴尔: 'KM3#6|KM63%',
        双飞燕: 'KK-5#20N|F1#00',
        雷柏: 'X1#0|X1800S',
      },
      axes: [
        ax('连接方式', '有线USB|无线2.4G|无线2.4G|蓝牙+2.4G双模', PRE),
        ax('颜色', '黑色|黑色|白色|灰色', POST),
        ax('键数', '104键|108键|96键', POST),
      ],
      desc: '{b}{m}{0}键鼠套装，{2}全尺寸布局，按键手感舒适。|{m}即插即用，免驱动，{1}外观适合各类办公桌面。',
    }),
    leaf({
      name: 'UPS电源', slug: 'ups', unit: '台', yuan: [800, 8000], warranty: 24, weight: 1,
      noun: 'UPS电源|UPS不间断电源 UPS电源',
      brands: {
        山特: 'C%KS|MT#000-Pro|C%K',
        APC: 'SRV%KI|BK#50M2-CH',
        华为: 'UPS2000-A-%KTTS|UPS2000-G-%KRTS',
        科华: 'YTR11#%|KR11#0',
      },
      axes: [
        ax('类型', '在线式|在线式|后备式|在线互动式', PRE),
        ax('容量', '1kVA/800W~1KVA|2kVA/1600W~2KVA|3kVA/2400W~3KVA|6kVA/5400W~6KVA', POST),
        ax('后备方式', '标机 内置电池~标机|长机 外接电池组~长机', POST),
        ax('输入电压', '220V单相'),
      ],
      desc: '{b}{m}{0}UPS，容量{1}，市电中断时无缝切换。|{m}可为服务器、交换机和监控设备提供稳定供电，{2}。',
    }),
  ]),
])
