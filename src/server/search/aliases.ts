/**
 * What purchasers type for a category when it is not the category's own name: 电脑 for 台式计算机,
 * 笔记本 for 便携式计算机. Keyed by exact category name; indexed as keywords, which rank below
 * matches in a category's own name or a product's title.
 */
const ALIASES: Record<string, readonly string[]> = {
  台式计算机: ['电脑', '台式机', '台式电脑', '主机', 'PC'],
  便携式计算机: ['电脑', '笔记本电脑', '笔记本', '手提电脑'],
  平板电脑: ['平板', 'pad'],
  液晶显示器: ['显示屏', '屏幕'],
  多功能一体机: ['打印机', '复印机', '扫描仪', '一体机'],
  复印纸: ['打印纸', 'A4纸', 'A4'],
  硒鼓: ['墨粉盒', '打印耗材'],
  墨盒: ['墨水', '打印耗材'],
  碳粉: ['墨粉', '打印耗材'],
  壁挂式空调: ['挂机', '空调机'],
  柜式空调: ['柜机', '空调机'],
  冰箱: ['电冰箱'],
  电视机: ['电视', '彩电'],
  会议平板: ['电子白板', '触控一体机'],
  投影仪: ['投影机'],
  签字笔: ['中性笔', '水笔'],
  本册: ['笔记本', '记事本', '本子'],
  办公椅: ['椅子', '电脑椅'],
  办公桌: ['桌子', '写字台', '电脑桌'],
  纸巾: ['抽纸', '面巾纸'],
  卷纸: ['卫生纸', '厕纸'],
  医用口罩: ['口罩', '外科口罩'],
  大米: ['米', '粮食'],
  食用油: ['油', '粮油'],
  西湖龙井: ['龙井', '绿茶', '茶'],
  安吉白茶: ['白茶', '绿茶', '茶'],
  红茶: ['茶'],
  路由器: ['wifi', '无线路由'],
  无线AP: ['wifi'],
  移动硬盘: ['硬盘'],
  固态硬盘: ['硬盘', 'SSD'],
}

export function categoryAliases(categoryName: string): readonly string[] {
  return ALIASES[categoryName] ?? []
}
