import { ax, leaf, mid, POST, PRE, top } from './build.ts'

export const SPORTS = top('体育用品', [
  mid('球类器材', [
    leaf({
      name: '篮球', slug: 'basketball', unit: '个', yuan: [60, 400], warranty: 0, weight: 1,
      brands: {
        李宁: 'LBQK#%',
        斯伯丁: '7#-%#Y',
        摩腾: 'B7G#%',
        红双喜: 'FB#%',
      },
      axes: [
        ax('尺寸', '7号|7号|6号|5号', PRE),
        ax('材质', 'PU|橡胶|超纤', POST),
        ax('场地', '室内外通用|室内', POST),
      ],
      desc: '{b}{m}{0}{n}，{1}材质，{2}。|{m}手感柔软、弹性好，适合学校体育课和比赛。',
    }),
    leaf({
      name: '乒乓球拍', slug: 'table-tennis-bat', unit: '副', yuan: [30, 600], warranty: 0, weight: 1,
      brands: {
        红双喜: '%星|T%00%',
        蝴蝶: 'TBC-#0%',
        '729': '%#系列',
        李宁: 'LPBQ#%',
      },
      axes: [
        ax('拍型', '横拍|直拍', PRE),
        ax('配置', '单拍|双拍含球', POST),
        ax('底板', '纯木5层|纯木7层|碳素'),
      ],
      desc: '{b}{m}{0}{n}，{1}，{2}底板。|{m}控制性好，适合学校和单位活动室。',
    }),
    leaf({
      name: '羽毛球', slug: 'badminton', unit: '筒', yuan: [30, 150], warranty: 0, weight: 1,
      brands: {
        尤尼克斯: 'AS-%0|AS-0%',
        李宁: 'A+#%|G#%',
        亚狮龙: 'RSL-%',
        红双喜: 'FB-%##',
      },
      axes: [
        ax('毛片', '鸭毛|鹅毛', PRE),
        ax('规格', '12只/筒', POST),
        ax('速度', '76速|77速|78速'),
      ],
      desc: '{b}{m}{0}{n}，{1}，{2}。|{m}飞行稳定、耐打，适合训练和比赛。',
    }),
  ]),
])
