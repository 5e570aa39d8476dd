import { ax, leaf, mid, POST, top } from './build.ts'

export const SOFTWARE = top('软件', [
  mid('办公软件', [
    leaf({
      name: '办公套件', slug: 'office-suite', unit: '套', yuan: [200, 2000], warranty: 12, weight: 1,
      service: true,
      noun: '办公套件|办公软件 办公套件',
      brands: {
        金山: 'WPS Office 专业版 V1%.#|WPS 365 政务版 V%.#',
        永中: 'Office 201% V%.#|Office 专业版 V%.#',
        微软: 'Office 专业增强版 2016|Office 专业增强版 2019|Office LTSC 专业增强版 2021|Office LTSC 专业增强版 2024',
        中标: '普华Office V%.#|中标普华Office V%.#',
      },
      axes: [
        ax('适配平台', 'Windows版|统信UOS版|银河麒麟版', POST),
        ax('授权方式', '永久授权|1年订阅|3年订阅', POST),
        ax('用户数', '单用户|5用户|10用户'),
        ax('交付方式', '电子授权码|光盘+授权证书'),
      ],
      desc: '{b}{m}{n}包含文字、表格和演示组件，兼容主流文档格式。|{m}提供{0}，{1}，以{3}交付。',
    }),
    leaf({
      name: '版式软件', slug: 'pdf-software', unit: '套', yuan: [150, 1500], warranty: 12, weight: 1,
      service: true,
      noun: 'OFD版式软件|版式软件 PDF编辑器',
      brands: {
        福昕: 'PDF编辑器专业版 V1%|OFD版式办公套件 V%.#',
        数科: 'OFD版式软件 V%.#|阅读器 V%.#',
        书生: '电子公文 V%.#|阅读器 V%.#',
        金山: 'PDF专业版 V1%',
      },
      axes: [
        ax('适配平台', 'Windows版|统信UOS版|银河麒麟版', POST),
        ax('授权方式', '永久授权|1年订阅', POST),
        ax('功能', '阅读/编辑/签章|阅读/编辑/转换/OCR'),
      ],
      desc: '{b}{m}支持OFD与PDF文档的{2}，满足电子公文办理需要。|{m}{0}，{1}。',
    }),
  ]),
  mid('基础软件', [
    leaf({
      name: '操作系统', slug: 'os', unit: '套', yuan: [300, 1500], warranty: 12, weight: 1,
      service: true,
      noun: '操作系统|桌面操作系统',
      brands: {
        统信: 'UOS V20 专业版 10%0|UOS V20 教育版 10%0',
        麒麟: '银河麒麟V10 SP%|银河麒麟V%0 专业版',
        中标麒麟: '桌面操作系统V7.%|桌面操作系统V%.0 SP%',
        微软: 'Windows 1% 专业版 2%H2',
      },
      axes: [
        ax('架构', 'x86|ARM（飞腾/鲲鹏）~ARM|LoongArch（龙芯）~龙芯', POST),
        ax('授权方式', '永久授权|含3年服务', POST),
        ax('交付方式', '电子授权|U盘安装介质'),
      ],
      desc: '{b}{m}{n}适配{0}架构的主流整机和外设。|{m}{1}，以{2}交付，提供安装部署指导。',
    }),
    leaf({
      name: '杀毒软件', slug: 'antivirus', unit: '套', yuan: [80, 600], warranty: 12, weight: 1,
      service: true,
      noun: '杀毒软件|终端安全杀毒软件',
      brands: {
        奇安信: '天擎V1%|天擎终端安全V1%.#',
        瑞星: 'ESM V%.#|杀毒软件网络版V%#',
        火绒: '终端安全管理系统V2.#',
        亚信安全: 'OfficeScan V1%|防毒墙网络版V1%',
        '360': '终端安全V1%.#|安全卫士企业版V1%',
      },
      axes: [
        ax('授权点数', '单点授权|10点授权|50点授权', POST),
        ax('服务期', '1年|3年', POST),
        ax('适配平台', 'Windows/统信UOS/银河麒麟|Windows'),
      ],
      desc: '{b}{m}{n}提供病毒查杀、漏洞修复和终端管控，{0}。|{m}支持{2}，服务期{1}，病毒库自动升级。',
    }),
  ]),
])
