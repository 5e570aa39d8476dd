import { ax, leaf, mid, POST, PRE, top } from './build.ts'

/** Printers of these kinds are on the mandatory energy-saving list; some also carry the eco label. */
const PRINTER_BADGES = { energy_saving: 0.85, energy_mandatory: 0.8, eco_label: 0.2 }
const PRINT_SPEED = '22页/分钟|30页/分钟|33页/分钟|40页/分钟|45页/分钟'

export const OFFICE_EQUIPMENT = top('办公设备', [
  mid('打印设备', [
    leaf({
      name: '激光打印机', slug: 'laser-printer', unit: '台', yuan: [800, 6000], warranty: 12, weight: 4,
      badges: PRINTER_BADGES, noun: '黑白激光打印机|激光打印机',
      brands: {
        惠普: 'LaserJet Pro 4#0%dn|LaserJet M2#@dw|LaserJet Pro M1#0w',
        兄弟: 'HL-L2#%0DN|HL-L5#00DN',
        奔图: 'P3#%0DN|P2#06W|BP5#00DN',
        佳能: 'LBP%#2dn|LBP6#3dw',
        联想: 'LJ2#05DN|LJ3#03DN|GM3#7DN',
        得力: 'P2#00DNW|P3#00DN',
        京瓷: 'ECOSYS P2#40dn|ECOSYS P3#45dn',
      },
      axes: [
        ax('打印速度', PRINT_SPEED, POST),
        ax('双面打印', '自动双面|自动双面|手动双面', POST),
        ax('连接方式', 'USB|有线网络|有线+无线WiFi', POST),
        ax('最大幅面', 'A4'),
        ax('首页输出', '≤7.8秒|≤6.5秒|≤5.9秒'),
      ],
      tail: '办公商用|财务打印',
      desc: '{b}{m}{n}打印速度{0}，支持{1}，首页输出时间{4}。|{m}提供{2}连接，最大幅面{3}，适合部门共享打印。',
    }),
    leaf({
      name: '喷墨打印机', slug: 'inkjet-printer', unit: '台', yuan: [600, 4000], warranty: 12, weight: 2,
      badges: { energy_saving: 0.6, energy_mandatory: 0.4 }, noun: '彩色喷墨打印机|喷墨打印机 墨仓式',
      brands: {
        爱普生: 'L3#5%|L6#7%|WF-C5#90',
        佳能: 'G3#00|G5#80|TS5#80',
        惠普: 'Smart Tank 5#%|OfficeJet Pro 9#20',
        兄弟: 'DCP-T#2%W|MFC-T4#00DW',
      },
      axes: [
        ax('功能', '打印/复印/扫描~打印复印扫描|单打印', POST),
        ax('供墨方式', '原装连供墨仓|墨盒式'),
        ax('连接方式', 'USB|WiFi无线|有线+无线', POST),
        ax('最大幅面', 'A4|A4|A3', POST),
      ],
      desc: '{b}{m}{n}采用{1}，彩色打印成本低。|{m}支持{0}，{2}连接，最大幅面{3}，适合宣传资料和照片打印。',
    }),
    leaf({
      name: '针式打印机', slug: 'dot-matrix-printer', unit: '台', yuan: [900, 4000], warranty: 12, weight: 2,
      badges: PRINTER_BADGES,
      brands: {
        爱普生: 'LQ-6%0KII|LQ-7%0KII|LQ-1900KIIH',
        映美: 'FP-6%0K+|FP-5%0K',
        得实: 'DS-6%0|AR-5%0',
        中盈: 'NX-6%0K',
        联想: 'DP5%5',
      },
      axes: [
        ax('打印宽度', '82列平推|106列平推|136列平推', POST),
        ax('复写能力', '1+6联|1+7联', POST),
        ax('打印速度', '270字/秒|300字/秒|480字/秒'),
        ax('针数', '24针'),
        ax('适用场景', '票据/发票打印|快递单打印|报表打印', POST),
      ],
      desc: '{b}{m}{n}为{3}{0}机型，复写能力{1}。|{m}打印速度{2}，适合{4}。',
    }),
    leaf({
      name: '多功能一体机', slug: 'mfp', unit: '台', yuan: [1200, 9000], warranty: 12, weight: 3,
      badges: PRINTER_BADGES,
      brands: {
        惠普: 'LaserJet Pro MFP 4#0%fdn|LaserJet MFP M2#@dw|LaserJet Pro M7#0%fdn',
        兄弟: 'MFC-L2#%0DW|DCP-L2#%0DW|MFC-L8#00CDW',
        奔图: 'M7#0%DW|M6#0%NW|CM2#00ADN',
        佳能: 'iC MF%#3Cdw|MF4#5dw',
        联想: 'M7#0%DW|M3#0%DNA',
        理光: 'M 3#0F|P C3#0SF',
        京瓷: 'ECOSYS M2#40dn|ECOSYS M5#21cdn',
      },
      axes: [
        ax('类型', '黑白激光|黑白激光|彩色激光', PRE),
        ax('功能', '打印/复印/扫描~打印复印扫描|打印/复印/扫描/传真~打印复印扫描传真', POST),
        ax('双面打印', '自动双面|手动双面', POST),
        ax('连接方式', '有线网络|无线WiFi|有线+无线', POST),
        ax('打印速度', PRINT_SPEED),
      ],
      desc: '{b}{m}{0}{n}，集{1}于一体，打印速度{4}。|{m}支持{2}和{3}连接，一台设备满足科室日常文印需要。',
    }),
  ]),
  mid('复印扫描', [
    leaf({
      name: '复印机', slug: 'copier', unit: '台', yuan: [8000, 60000], warranty: 12, weight: 1,
      badges: { energy_saving: 0.7, eco_label: 0.3 }, noun: 'A3复印机|复印机 数码复合机|A3数码复印机',
      brands: {
        理光: 'IM 2#02|MP 2#55SP|IM C3#00',
        佳能: 'iR 2#25|iR-ADV DX 4#35',
        京瓷: 'TASKalfa 2#20|TASKalfa 3#53ci',
        夏普: 'MX-M2#58B|BP-M2#22R',
        柯尼卡美能达: 'bizhub 2#5i|bizhub C3#0i',
        东芝: 'e-STUDIO 2#23AM',
      },
      axes: [
        ax('颜色', '黑白|黑白|彩色', PRE),
        ax('复印速度', '20页/分钟|25页/分钟|30页/分钟|35页/分钟|45页/分钟', POST),
        ax('配置', '双面器+输稿器|双纸盒+双面输稿器|标配单纸盒', POST),
        ax('功能', '复印/打印/彩色扫描'),
        ax('内存', '2GB|4GB'),
      ],
      desc: '{b}{m}{0}{n}，复印速度{1}，配置为{2}。|{m}集{3}于一体，适合文印室大批量作业。',
    }),
    leaf({
      name: '扫描仪', slug: 'scanner', unit: '台', yuan: [800, 10000], warranty: 12, weight: 1,
      brands: {
        富士通: 'fi-7%60|fi-8%70',
        爱普生: 'DS-5%0|DS-1%30|DS-8%0',
        佳能: 'DR-C2%0|DR-M1%0',
        惠普: 'ScanJet Pro 3#00 f%|ScanJet Enterprise 7#00 f%',
        汉王: 'HW-8#0A|HW-7#0S',
      },
      axes: [
        ax('类型', '馈纸式|馈纸式|平板式|平板+馈纸式', PRE),
        ax('最大幅面', 'A4|A4|A3', POST),
        ax('扫描速度', '30页/分钟|40页/分钟|60页/分钟', POST),
        ax('双面扫描', '双面扫描|单面扫描', POST),
        ax('连接方式', 'USB|USB+网络'),
      ],
      desc: '{b}{m}{0}扫描仪，{1}幅面，速度{2}，{3}。|{m}支持{4}，适合档案数字化和票据扫描。',
    }),
  ]),
  mid('投影设备', [
    leaf({
      name: '投影仪', slug: 'projector', unit: '台', yuan: [2500, 20000], warranty: 12, weight: 2,
      badges: { energy_saving: 0.5 },
      brands: {
        爱普生: 'CB-X#0|CB-2#55U|CB-FH5%',
        明基: 'E5#0|MW5#6|MX5#1',
        索尼: 'VPL-EX5#5|VPL-DX2#1',
        松下: 'PT-X3#1C|PT-BW5#0C',
        日立: 'HCP-4#0X|HCP-D7#X',
      },
      axes: [
        ax('亮度', '3600流明|4000流明|4500流明|5000流明|6000流明', POST),
        ax('分辨率', '1024×768~XGA|1280×800~WXGA|1920×1080~1080P', POST),
        ax('显示技术', '3LCD|3LCD|DLP', POST),
        ax('投射比', '1.48-1.78:1|1.38-1.68:1|0.5:1短焦'),
      ],
      tail: '商务办公|教育培训|会议室投影',
      desc: '{b}{m}{n}亮度{0}，分辨率{1}，采用{2}技术。|{m}投射比{3}，白天开灯也能看清，适合会议室和教室。',
    }),
    leaf({
      name: '投影幕布', slug: 'projection-screen', unit: '幅', yuan: [200, 3000], warranty: 12, weight: 1,
      brands: {
        红叶: 'DXM-$|HY-$@',
        美视: 'MS-A$|MS-E$',
        亿立: 'ER$H1|EL-$',
      },
      axes: [
        ax('尺寸', '84英寸 16:9=84|100英寸 16:9=100|120英寸 4:3=120|150英寸 4:3=150', POST),
        ax('类型', '电动|电动|手动|支架|地拉', PRE),
        ax('幕面材质', '白塑幕|玻纤幕|抗光幕', POST),
        ax('安装方式', '壁挂/吊装|落地支架'),
      ],
      noun: '投影幕布',
      desc: '{b}{m}{1}{n}，{0}，{2}画面平整。|{m}支持{3}，收放顺畅，适合会议室和报告厅。',
    }),
  ]),
  mid('其他办公设备', [
    leaf({
      name: '碎纸机', slug: 'shredder', unit: '台', yuan: [200, 3000], warranty: 12, weight: 1,
      badges: { eco_label: 0.2 },
      brands: {
        得力: '9#3%|33#0%',
        科密: 'C-9#8|T-9#0',
        齐心: 'S5#00|S3%0',
        三木: 'SD9#0%',
      },
      axes: [
        ax('保密等级', '4级保密|5级保密|3级保密', PRE),
        ax('碎纸方式', '粒状|段状', POST),
        ax('单次碎纸量', '单次8张|单次10张|单次15张', POST),
        ax('纸篓容量', '20L|25L|30L'),
        ax('连续工作', '5分钟|30分钟|60分钟'),
      ],
      desc: '{b}{m}{0}碎纸机，{1}碎纸，{2}。|{m}纸篓容量{3}，可连续工作{4}，可碎光盘和信用卡。',
    }),
    leaf({
      name: '点钞机', slug: 'cash-counter', unit: '台', yuan: [500, 2500], warranty: 12, weight: 1,
      brands: {
        康艺: 'HT-2#00(B)|HT-6#00(B)',
        得力: '33#0|DL-2#0',
        惠朗: 'HL-2#00(B)',
        维融: 'JBYD-WR#00(B)',
      },
      axes: [
        ax('类别', '新国标B类|新国标A类', PRE),
        ax('功能', '智能语音|冠字号识别|外接显示屏', POST),
        ax('鉴伪方式', '红外/磁性/荧光~红外磁性荧光鉴伪|全智能七重~七重鉴伪', POST),
        ax('点钞速度', '≥1000张/分钟'),
      ],
      desc: '{b}{m}{0}点钞机，采用{2}鉴伪，支持{1}。|{m}点钞速度{3}，适合财务室和收费窗口。',
    }),
    leaf({
      name: '装订机', slug: 'binding-machine', unit: '台', yuan: [200, 3000], warranty: 12, weight: 1,
      brands: {
        得力: '3#88|14#9',
        金典: 'GD-5#0|GD-3#0',
        科密: 'D-5%|D-3%',
        三木: 'BC-#%0',
      },
      axes: [
        ax('类型', '热熔|铆管|胶装|打孔', PRE),
        ax('装订厚度', '20mm|30mm|50mm', POST),
        ax('适用场景', '财务凭证|档案装订|标书装订', POST),
      ],
      desc: '{b}{m}{0}装订机，最大装订厚度{1}，适合{2}。|{m}操作简单，装订牢固整齐。',
    }),
  ]),
])
