/**
 * Chinese sheets: an opportunity list as a small CRM's field spec defines it, a loan broker's customer list as a
 * RuoYi back office exports it (its column comments are the export's titles), and a Taiwanese direct seller's
 * partner list in traditional characters. Written without spaces, dates as "2026-11-20 10:00".
 */
import type { FieldLayout } from "./types";

export const CHINESE: FieldLayout[] = [
  {
    name: "销售机会列表 (机会名称, 所属客户, 销售阶段 1-初步接洽 … 5-赢单 6-输单, 下次跟进时间, 备注)",
    // The opportunity form's fields in order, its stage options and its follow-up levels; the list shows them as
    // columns.
    source: "code search: CRM wiki page for the opportunity form (name 机会名称, custom_id 所属客户, stage 销售阶段 …)",
    language: "zh",
    dateOrder: "YMD",
    values: [
      [
        "机会名称",
        "所属客户",
        "销售金额",
        "销售阶段",
        "下次跟进时间",
        "机会类型",
        "机会来源",
        "备注",
        "跟进级别",
        "计划跟进方式",
      ],
      [
        "ERP升级项目",
        "华东机械有限公司",
        300000,
        "3-方案/报价",
        "2026-11-20 10:00",
        "老客户机会",
        "客户介绍",
        "等待报价确认",
        "A(2日内跟进)",
        "电话",
      ],
      [
        "门店收银系统",
        "蓝海餐饮集团",
        80000,
        "1-初步接洽",
        "2026-11-27 15:30",
        "新客户机会",
        "搜索引擎",
        "",
        "B(5日内跟进)",
        "拜访",
      ],
      [
        "仓储管理软件",
        "恒通物流",
        150000,
        "5-赢单",
        "",
        "新客户机会",
        "研讨会",
        "已签合同",
        "E(15日内跟进)",
        "电子邮件",
      ],
      ["云服务续费", "星辰科技", 50000, "6-输单", "", "老客户机会", "广告", "价格原因", "D(10日内跟进)", "电话"],
    ],
    // The customer is who to follow up (the opportunity name is what is sold). 计划跟进方式 only says how (phone,
    // visit): the rep maps the step (asks the rep). 赢单 and 输单 end the opportunity.
    expect: {
      headerRow: 1,
      columns: { prospect: 1, status: 3, date: 4, notes: 7 },
      missing: ["nextStep"],
      states: { 2: "overdue", 3: "dueSoon", 4: "closed", 5: "closed" },
    },
  },
  {
    name: "贷款客户列表 (客户姓名, 联系电话, 公司名称, 客户状态 私海/公海/已签约, 归属销售, 最近/下次跟进时间)",
    // The customer table's columns by their comments, in order, as a RuoYi list export titles them; the status shows
    // its labels (私海: in the rep's own pool, 公海: released to the pool, 已签约: signed).
    source: "code search: RuoYi-Cloud loan business script (create table loan_customer … comment '下次跟进时间')",
    language: "zh",
    dateOrder: "YMD",
    values: [
      [
        ...["客户ID", "客户姓名", "客户类型", "联系电话", "身份证号", "公司名称", "营业执照号", "客户来源", "意向等级"],
        ...["意向金额", "客户状态", "归属销售", "归属部门", "最近跟进时间", "下次跟进时间", "签约时间", "进入公海时间"],
        ...["转移说明", "创建者", "创建时间", "更新者", "更新时间", "备注"],
      ],
      [
        ...[1001, "王伟", "个人", "13812345678", "", "", "", "电话", "A", 200000, "私海", "李娜", "销售一部"],
        ...["2026-11-18 14:00:00", "2026-11-24 10:00:00", "", "", "", "admin", "2026-10-02 09:12:00", "", ""],
        "想了解经营贷",
      ],
      [
        ...[1002, "陈静", "企业", "13998765432", "", "杭州云帆贸易有限公司", "91330100MA2H3K4L5P", "转介绍", "B"],
        ...[500000, "私海", "李娜", "销售一部", "2026-11-20 16:00:00", "2026-11-26 09:30:00", "", "", "", "admin"],
        ...["2026-10-15 10:40:00", "", "", ""],
      ],
      [
        ...[1003, "赵磊", "个人", "13700001111", "", "", "", "广告", "A", 300000, "已签约", "张强", "销售二部"],
        ...["2026-11-10 11:00:00", "", "2026-11-12 15:00:00", "", "", "admin", "2026-09-28 16:20:00", "", "", ""],
      ],
    ],
    // The customer's own name is who the broker calls (most are people; the company is filled for firms only). The
    // last follow-up and the signing are history; the next follow-up is the date. No column says what to do next.
    expect: {
      headerRow: 1,
      columns: { prospect: 1, phone: 3, status: 10, owner: 11, date: 14, notes: 22 },
      missing: ["nextStep"],
      states: { 2: "overdue", 3: "dueSoon", 4: "closed" },
    },
  },
  {
    name: "夥伴名單 in traditional characters (姓名, 層級, 近況, 下次跟進日期, 聯絡資訊, 備註, 到期日)",
    // The partner list a direct seller's LINE bot imports and updates: its fields in the bot's order (the first
    // eleven of its "更新夥伴" command); people, not companies.
    source:
      "code search: LINE bot help text (更新夥伴 姓名 | 層級 | 近況 | 下次跟進日期 | 聯絡資訊 | 備註 | 類型 | 編號 | 合夥人 | 推薦人 | 到期日 …, 匯入夥伴名單)",
    language: "zh",
    dateOrder: "YMD",
    values: [
      ["姓名", "層級", "近況", "下次跟進日期", "聯絡資訊", "備註", "類型", "編號", "合夥人", "推薦人", "到期日"],
      [
        ...["陳美玲", "銀獎章", "剛完成第一次分享會", "2026-11-24", "0912-345-678", "想了解保健品", "夥伴", "A1029"],
        ...["", "林志明", "2027-03-31"],
      ],
      ["王大明", "新人", "工作忙，下週再約", "2026-11-28", "0922-456-789", "", "潛在客戶", "", "", "陳美玲", ""],
      ["張家豪", "", "", "", "0988-111-222", "朋友介紹", "潛在客戶", "", "", "", ""],
    ],
    // The person is who to follow up (no company column), the contact details hold the phone; the membership's
    // expiry (到期日) is no follow-up date. No column says what to do next: the rep maps it.
    expect: {
      headerRow: 1,
      columns: { prospect: 0, date: 3, phone: 4, notes: 5 },
      missing: ["nextStep"],
      states: { 2: "overdue", 3: "dueSoon", 4: "incomplete" },
    },
  },
];
