import { ax, leaf, mid, POST, PRE, top } from './build.ts'

export const NETWORK = top('网络与存储设备', [
  mid('网络设备', [
    leaf({
      name: '交换机', slug: 'switch', unit: '台', yuan: [300, 20000], warranty: 36, weight: 2,
      badges: { energy_saving: 0.3 },
      brands: {
        华为: 'S5735-L$T4S-A1|S1730S-L$T-A|S57#5-$P-LI-AC',
        新华三: 'S5130S-$P-EI|S5#60-$S-EI|Mini S$P',
        锐捷: 'RG-S29#0-$GT4XS-E|RG-ES2$GC',
        'TP-LINK': 'TL-SG1$|TL-SG5#$',
        中兴: 'ZXR10 5#50-$TM',
      },
      axes: [
        ax('端口', '8口千兆=8|16口千兆=16|24口千兆=24|24口千兆=24|48口千兆=48', PRE),
        ax('管理', '非网管|Web网管|二层网管|三层网管', PRE),
        ax('上行口', '4个千兆SFP光口~4千兆光口|4个万兆SFP+光口~4万兆光口|无~', POST),
        ax('PoE', '支持PoE供电|不支持PoE'),
      ],
      desc: '{b}{m}{0}{1}交换机，上行{2}，适合楼层接入和汇聚。|{m}{3}，支持VLAN划分和端口隔离，机架或桌面安装均可。',
    }),
    leaf({
      name: '路由器', slug: 'router', unit: '台', yuan: [200, 15000], warranty: 36, weight: 1,
      noun: '路由器|企业级路由器',
      brands: {
        华为: 'AR6%#0|AR%#0-S',
        新华三: 'MSR3%60|ER3#00G%|GR-%200',
        锐捷: 'RG-EG#00E|RG-EG3#0G-E',
        'TP-LINK': 'TL-ER6#20G|TL-XVR%000L',
      },
      axes: [
        ax('类型', '千兆|双WAN口千兆|多WAN口万兆', PRE),
        ax('带机量', '100台~带机100台|200台~带机200台|300台~带机300台|500台~带机500台', POST),
        ax('接口', '5个千兆网口|10个千兆网口|8千兆电口+2万兆光口', POST),
        ax('功能', 'VPN/AC控制/行为管理|上网行为管理|多线负载均衡'),
      ],
      desc: '{b}{m}{0}路由器，推荐带机量{1}，提供{2}。|{m}支持{3}，适合学校、医院和机关的出口网络。',
    }),
    leaf({
      name: '无线AP', slug: 'wireless-ap', unit: '台', yuan: [200, 2500], warranty: 36, weight: 1,
      noun: '无线AP|无线接入点AP',
      brands: {
        华为: 'AirEngine 5761-1%|AirEngine 57#0-10',
        新华三: 'WA6#20|WA6#38',
        锐捷: 'RG-RAP2#60(G)|RG-RAP1#0(E)',
        'TP-LINK': 'TL-XAP#0%GC-PoE',
      },
      axes: [
        ax('协议', 'WiFi6 1800M~WiFi6|WiFi6 3000M~WiFi6|WiFi7 5000M~WiFi7', PRE),
        ax('形态', '吸顶式|吸顶式|面板式|室外型', PRE),
        ax('频段', '2.4G+5G双频~双频|三频', POST),
        ax('供电', 'PoE供电|DC供电/PoE', POST),
      ],
      desc: '{b}{m}{1}无线AP，{0}，{2}并发。|{m}支持{3}和集中管理，适合会议室、教室和病房覆盖。',
    }),
    leaf({
      name: '防火墙', slug: 'firewall', unit: '台', yuan: [3000, 60000], warranty: 36, weight: 1,
      noun: '防火墙|下一代防火墙',
      brands: {
        华为: 'USG6#0%E-AC',
        深信服: 'AF-1000-B1#0%',
        新华三: 'F10#0-AK',
        奇安信: 'NSG3#00',
        天融信: 'NGFW4000-UF TG-5#0',
      },
      axes: [
        ax('吞吐量', '1Gbps~吞吐1G|3Gbps~吞吐3G|6Gbps~吞吐6G|20Gbps~吞吐20G', POST),
        ax('接口', '8千兆电口|8电+2光|8电+4万兆光', POST),
        ax('授权', '含1年IPS/AV特征库升级|含3年威胁防护授权'),
        ax('形态', '1U机架式|桌面式'),
      ],
      desc: '{b}{m}{n}，整机吞吐{0}，提供{1}。|{m}{2}，满足等保2.0边界防护要求。',
    }),
  ]),
  mid('存储设备', [
    leaf({
      name: '移动硬盘', slug: 'portable-hdd', unit: '个', yuan: [300, 1500], warranty: 36, weight: 2,
      brands: {
        西部数据: 'WDBU6Y00%0BBK|WDBYVG00%0BBK',
        希捷: 'STKM%000400|STGX%000400',
        东芝: 'HDTB4%0AK3AA|HDTB5%0AK3AA',
        联想: 'F3#0|F309',
        三星: 'MU-PC%T0T',
      },
      axes: [
        ax('容量', '1TB|2TB|2TB|4TB|5TB', PRE),
        ax('接口', 'USB3.0|USB3.2 Gen1|Type-C', POST),
        ax('尺寸', '2.5英寸'),
        ax('颜色', '黑色|蓝色|银色', POST),
      ],
      desc: '{b}{m}{0}移动硬盘，{1}高速传输，便于资料备份。|{m}为{2}便携设计，{3}外壳，适合档案和影像资料归档。',
    }),
    leaf({
      name: 'U盘', slug: 'usb-flash', unit: '个', yuan: [20, 300], warranty: 12, weight: 2,
      brands: {
        闪迪: 'CZ%#|SDCZ%#-0$G',
        金士顿: 'DTX/$GB|DTSE%/$GB|DTMAX/$GB',
        爱国者: 'U3#0|U2#0',
        朗科: 'U3#0|U9#',
      },
      axes: [
        ax('容量', '32GB=32|64GB=64|64GB=64|128GB=128|256GB=256', PRE),
        ax('接口', 'USB3.0|USB3.2|Type-C+USB双接口', POST),
        ax('外壳', '金属|塑料', POST),
        ax('读取速度', '100MB/s|150MB/s|400MB/s'),
      ],
      desc: '{b}{m}{0}U盘，{1}接口，读取速度最高{3}。|{m}{2}外壳小巧耐用，适合文件拷贝和移动办公。',
    }),
    leaf({
      name: '网络存储', slug: 'nas', unit: '台', yuan: [1500, 30000], warranty: 36, weight: 1,
      noun: 'NAS网络存储|网络存储服务器',
      brands: {
        群晖: 'DS2#3+|DS9#3+|RS8#2+',
        威联通: 'TS-4#4|TS-2#3',
        华为: 'OceanStor 2200 V%|OceanStor Dorado 2#00',
        海康威视: 'DS-A7#0@',
      },
      axes: [
        ax('盘位', '2盘位|4盘位|8盘位|12盘位', PRE),
        ax('配置', '不含硬盘|含2×4TB|含4×8TB', POST),
        ax('网口', '2×千兆网口|2×2.5G网口|4×千兆+2×万兆', POST),
        ax('RAID', 'RAID 0/1/5/6/10'),
      ],
      desc: '{b}{m}{0}网络存储，{1}，支持{3}。|{m}提供{2}，适合部门文件共享和数据备份。',
    }),
    leaf({
      name: '固态硬盘', slug: 'ssd', unit: '个', yuan: [200, 1500], warranty: 36, weight: 1,
      brands: {
        三星: 'MZ-V%E1T0BW|MZ-77E%T0B',
        西部数据: 'WDS%00G3X0E|WDS%00T3B0A',
        金士顿: 'SNV2S/$G|SKC3000S/$G',
        致态: 'TiPlus#100|TiPro7000',
      },
      axes: [
        ax('容量', '512GB=500|1TB=1000|2TB=2000', PRE),
        ax('接口', 'M.2 NVMe PCIe4.0|M.2 NVMe PCIe3.0|SATA3.0', POST),
        ax('读取速度', '3500MB/s|5000MB/s|7000MB/s|560MB/s'),
      ],
      desc: '{b}{m}{0}固态硬盘，{1}接口，读取可达{2}。|{m}可用于旧电脑升级提速，开机和软件加载明显更快。',
    }),
  ]),
])

export const SECURITY = top('安防监控', [
  mid('视频监控', [
    leaf({
      name: '网络摄像机', slug: 'ip-camera', unit: '台', yuan: [150, 3000], warranty: 24, weight: 2,
      brands: {
        海康威视: 'DS-2CD3T4%FWD-I|DS-2CD2#4%FWD-I#|DS-2DE4#2%IW-D',
        大华: 'DH-IPC-HFW2#3%M-I%|DH-IPC-HDW1#3%C',
        宇视: 'IPC2#2%LE-ADF28KM-G',
        华为: 'C2#50-10-I-P',
        'TP-LINK': 'TL-IPC5#4%E',
      },
      axes: [
        ax('像素', '200万|400万|400万|800万', PRE),
        ax('形态', '筒型|半球|球机', PRE),
        ax('夜视', '红外夜视|全彩夜视|人脸抓拍', POST),
        ax('供电', 'PoE供电|DC12V/PoE', POST),
        ax('镜头', '2.8mm|4mm|6mm'),
      ],
      noun: '网络摄像机|网络监控摄像头',
      desc: '{b}{m}{0}像素{1}网络摄像机，支持{2}。|{m}采用{4}镜头，{3}，适合出入口和走廊监控。',
    }),
    leaf({
      name: '硬盘录像机', slug: 'nvr', unit: '台', yuan: [400, 6000], warranty: 24, weight: 1,
      noun: '硬盘录像机|NVR硬盘录像机',
      brands: {
        海康威视: 'DS-7#0%N-K%|DS-8#%4N-K8',
        大华: 'DH-NVR4#0%-HDS%',
        宇视: 'NVR30%-$P',
        'TP-LINK': 'TL-NVR6#0%K',
      },
      axes: [
        ax('路数', '8路=8|16路=16|32路=32|64路=64', PRE),
        ax('盘位', '1盘位|2盘位|4盘位|8盘位', POST),
        ax('输出', '支持4K输出|1080P输出', POST),
        ax('PoE', '带8口PoE|不带PoE'),
      ],
      desc: '{b}{m}{0}网络硬盘录像机，{1}，{2}。|{m}{3}，支持手机远程查看和录像回放。',
    }),
  ]),
  mid('门禁考勤', [
    leaf({
      name: '考勤机', slug: 'attendance', unit: '台', yuan: [200, 3000], warranty: 12, weight: 1,
      noun: '考勤机|考勤门禁一体机',
      brands: {
        中控智慧: 'iFace#0%|xFace#00|MB#60',
        得力: '3#60|DL-3#',
        海康威视: 'DS-K1T#0%MF',
        钉钉: 'M%|D%',
      },
      axes: [
        ax('识别方式', '人脸识别|指纹+刷卡|人脸+指纹+刷卡|掌纹+人脸', PRE),
        ax('容量', '1000人|3000人|5000人', POST),
        ax('数据传输', 'WiFi+有线|云考勤|U盘导出', POST),
        ax('屏幕', '2.8英寸|4.3英寸|5英寸触摸屏'),
      ],
      desc: '{b}{m}{0}考勤机，用户容量{1}，{2}。|{m}配{3}，识别速度快，可联动门禁。',
    }),
  ]),
  mid('对讲通讯', [
    leaf({
      name: '对讲机', slug: 'walkie-talkie', unit: '台', yuan: [150, 3000], warranty: 12, weight: 1,
      brands: {
        摩托罗拉: 'GP3#8|XiR P36#8|Mag One A%',
        海能达: 'TD5#0|BD5%0|PD6%0',
        建伍: 'TK-3#07|NX-3#0',
        北峰: 'BF-T%|BF-5#1',
      },
      axes: [
        ax('类型', '数字|模拟|数模两用|公网插卡', PRE),
        ax('功率', '5W|4W|3W', POST),
        ax('续航', '约12小时|约16小时|约24小时', POST),
        ax('防护等级', 'IP54|IP67'),
      ],
      desc: '{b}{m}{0}对讲机，发射功率{1}，{2}续航。|{m}防护等级{3}，适合安保巡逻和大型活动保障。',
    }),
  ]),
])
