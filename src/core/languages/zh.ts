import type { LanguageTable } from "./types";

/**
 * Chinese (simplified): CRM list exports and sales sheets ("客户名称", "联系人", "联系电话", "销售阶段", "下次跟进时间",
 * "下次跟进事项", "负责人", "备注"). Like Japanese, written without spaces: the header reader cuts headers into the
 * words listed here (cjkWords.ts); dates ("2026年12月4日", "2026-12-04") are read by cjkDate.ts.
 * "时间" is not a time column: Chinese exports name whole date-times so ("下次跟进时间" is the follow-up date).
 */
export const ZH: LanguageTable = {
  code: "zh",
  months: [[], [], [], [], [], [], [], [], [], [], [], []],
  weekdays: [[], [], [], [], [], [], []],
  roles: {
    prospect: [
      ...["客户", "客户名称", "客户名", "客户姓名", "所属客户", "公司", "公司名称", "企业名称", "单位名称"],
      ...["机会名称", "商机名称", "线索名称"],
    ],
    contact: ["联系人", "联系人姓名", "姓名", "对接人"],
    email: ["邮箱", "电子邮箱", "电子邮件", "邮件", "邮箱地址"],
    phone: ["电话", "联系电话", "手机", "手机号", "手机号码", "电话号码", "座机"],
    nextStep: ["下一步", "下一步计划", "下次跟进事项", "跟进事项", "下一动作", "下次行动", "跟进计划", "待办事项"],
    date: [
      ...["下次跟进时间", "下次跟进日期", "下次联系时间", "下次联系日期", "计划跟进时间", "截止日期", "到期日"],
      ...["提醒时间", "日期"],
    ],
    status: ["状态", "客户状态", "销售阶段", "阶段", "商机阶段", "跟进状态", "销售进程", "进展"],
    notes: ["备注", "说明", "描述", "跟进内容"],
    owner: ["负责人", "归属销售", "所属销售", "销售", "销售人员", "跟进人", "业务员", "客户经理"],
  },
  history: [
    ...["创建", "创建时间", "创建日期", "创建者", "最近", "最近跟进时间", "最后", "上次", "更新", "更新时间"],
    ...["签约时间", "成交时间", "进入公海时间", "领取时间", "首次", "出生日期", "生日"],
  ],
  closed: [
    "赢单",
    "输单",
    "成交",
    "已成交",
    "签约",
    "已签约",
    "已关闭",
    "关闭",
    "无效",
    "流失",
    "已流失",
    "失败",
    "放弃",
    "作废",
  ],
  // Chinese negates with a prefix ("未成交", "不签约"): a word of its own once the status is cut.
  negations: ["未", "不", "没有"],
  optOut: ["勿扰", "拒绝联系"],
  yes: ["是", "有"],
  active: ["有效", "启用"],
  no: ["否", "无"],
  totals: ["合计", "总计", "小计", "平均"],
  // Open statuses that start like a closed word ("签约中": being signed).
  compounds: ["签约中", "待签约", "成交中", "今天", "明天", "后天"],
};
