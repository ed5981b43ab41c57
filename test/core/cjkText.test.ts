/**
 * Japanese (and Chinese, Korean) text: headers written without spaces, full-width forms, dates with 年月日 and
 * statuses whose closed word is followed by more characters.
 */
import { analyzeSheet } from "../../src/core";
import { closedMatcher, CLOSED_WORDS_BY_LANGUAGE } from "../../src/core/closedStatuses";
import { matchHeader } from "../../src/core/matchHeader";
import { normalizeWords } from "../../src/core/normalizeWords";
import { parseDateText } from "../../src/core/parseDate";
import { identityKey } from "../../src/core/prospectKey";
import { isVagueNextStep } from "../../src/core/vagueNextStep";

const roleOf = (header: string): string | undefined => matchHeader(header)[0]?.role;

describe("Japanese words", () => {
  it("cuts a header written without spaces into the words the tables know", () => {
    expect(normalizeWords("次回アクション予定日")).toBe("次回アクション予定日");
    expect(normalizeWords("シート更新日")).toBe("シ ー ト 更新日");
    expect(normalizeWords("ご担当者名")).toBe("ご担当者名");
    expect(normalizeWords("リード担当者")).toBe("リード担当者");
  });

  it("reads full-width and half-width forms as the usual ones", () => {
    expect(normalizeWords("ＴＥＬ")).toBe("tel");
    expect(normalizeWords("ﾒｰﾙｱﾄﾞﾚｽ")).toBe("メールアドレス");
  });

  it.each([
    ["会社名", "prospect"],
    ["取引先名", "prospect"],
    ["担当者名", "contact"],
    ["メールアドレス", "email"],
    ["携帯電話", "phone"],
    ["次のステップ", "nextStep"],
    ["次回アクション", "nextStep"],
    ["次回アクション日", "date"],
    ["期日", "date"],
    ["ステータス", "status"],
    ["商談フェーズ", "status"],
    ["備考", "notes"],
    ["所有者", "owner"],
    ["担当営業", "owner"],
    ["リード担当者", "owner"],
  ])("%s names the %s column", (header, role) => {
    expect(roleOf(header)).toBe(role);
  });

  it("keeps history dates away from the follow-up date", () => {
    expect(matchHeader("最終更新日")).toEqual([]);
    expect(matchHeader("作成日")).toEqual([]);
    expect(matchHeader("シート更新日")).toEqual([]);
    expect(matchHeader("【初回商談】日付")).toEqual([]);
  });
});

describe("joined header names", () => {
  it.each([
    ["次のステップ & 状況", "nextStep"],
    ["Next Step & Status", "nextStep"],
  ])("%s can be the %s column", (header, role) => {
    expect(matchHeader(header).map((m) => m.role)).toContain(role);
    expect(roleOf(header)).toBe(role);
  });
});

describe("Japanese, Chinese and Korean dates", () => {
  const read = (text: string): string | undefined => {
    const parsed = parseDateText(text, "DMY", "2026-11-25");
    return parsed && (parsed.time ? `${parsed.date} ${parsed.time}` : parsed.date);
  };
  it.each([
    ["2026年12月4日", "2026-12-04"],
    ["2026年12月4日(金)", "2026-12-04"],
    ["12月4日", "2026-12-04"],
    ["12/4（金）", "2026-12-04"],
    ["２０２６／１２／０４", "2026-12-04"],
    ["2026年12月4日 14時30分", "2026-12-04 14:30"],
    ["12月4日 午後2時", "2026-12-04 14:00"],
    ["12月4日まで", "2026-12-04"],
    ["令和8年12月4日", "2026-12-04"],
    ["2026년 12월 4일", "2026-12-04"],
  ])("reads %s", (text, expected) => {
    expect(read(text)).toBe(expected);
  });

  it("refuses what is no date", () => {
    expect(read("来週")).toBeUndefined();
    expect(read("13月40日")).toBeUndefined();
  });
});

describe("Japanese statuses", () => {
  const isClosed = closedMatcher(CLOSED_WORDS_BY_LANGUAGE.get("ja") ?? []);
  it.each(["失注", "受注", "失注（価格）", "6. 受注", "契約済み"])("%s closes the row", (status) => {
    expect(isClosed(status)).toBe(true);
  });
  it.each(["受注見込み", "未完了", "商談中", "初回連絡"])("%s keeps the row open", (status) => {
    expect(isClosed(status)).toBe(false);
  });
});

describe("Chinese words", () => {
  it.each([
    ["客户名称", "prospect"],
    ["联系人", "contact"],
    ["联系电话", "phone"],
    ["下次跟进事项", "nextStep"],
    ["下次跟进时间", "date"],
    ["销售阶段", "status"],
    ["备注", "notes"],
    ["负责人", "owner"],
  ])("%s names the %s column", (header, role) => {
    expect(roleOf(header)).toBe(role);
  });

  it.each([
    ["客戶名稱", "prospect"],
    ["聯絡人", "contact"],
    ["電郵", "email"],
    ["下次跟進日期", "date"],
    ["負責人", "owner"],
    ["備註", "notes"],
  ])("the traditional form %s names the %s column", (header, role) => {
    expect(roleOf(header)).toBe(role);
  });

  it("keeps the last follow-up and the creation time away from the follow-up date", () => {
    expect(matchHeader("最近跟进时间")).toEqual([]);
    expect(matchHeader("创建时间")).toEqual([]);
  });

  const isClosed = closedMatcher(CLOSED_WORDS_BY_LANGUAGE.get("zh") ?? []);
  it.each(["5-赢单", "6-输单", "已签约"])("%s closes the row", (status) => {
    expect(isClosed(status)).toBe(true);
  });
  it.each(["未成交", "签约中", "1-初步接洽"])("%s keeps the row open", (status) => {
    expect(isClosed(status)).toBe(false);
  });
});

describe("hints are not joined names", () => {
  it("reads Appuntamento (data/ora) as the appointment date only", () => {
    expect(matchHeader("Appuntamento (data/ora)").map((m) => m.role)).toEqual(["date"]);
  });
});

describe("Korean words and dates", () => {
  it.each([
    ["고객명", "prospect"],
    ["연락처", "phone"],
    ["다음 액션", "nextStep"],
    ["다음 연락일", "date"],
    ["영업 단계", "status"],
    ["상담 메모", "notes"],
  ])("%s names the %s column", (header, role) => {
    expect(roleOf(header)).toBe(role);
  });

  it("reads the dotted dates Korean browsers write, with an afternoon time", () => {
    expect(parseDateText("2026. 11. 24.", "MDY", "2026-11-25")?.date).toBe("2026-11-24");
    expect(parseDateText("2026. 11. 24. 오후 3:00", "MDY", "2026-11-25")?.time).toBe("15:00");
  });
});

describe("placeholder steps in Japanese, Chinese and Korean", () => {
  it.each(["未定", "なし", "特になし", "待定", "미정"])("%s is no step", (text) => {
    expect(isVagueNextStep(text)).toBe(true);
  });
  it.each(["見積書を送付", "电话回访", "샘플 발송 후 통화"])("%s is a step", (text) => {
    expect(isVagueNextStep(text)).toBe(false);
  });
});

describe("keys stay as earlier versions wrote them", () => {
  it("keeps Japanese names whole and full-width letters as typed in prospect keys", () => {
    expect(identityKey("山田商事", "高橋 美咲", "")).toBe("山田商事|高橋 美咲|");
    expect(identityKey("ＡＢＣ商会", "", "")).toBe("ａｂｃ商会||");
  });
});

describe("relative days in Japanese, Chinese and Korean", () => {
  it.each([
    ["明日", "2026-11-26"],
    ["今日", "2026-11-25"],
    ["明後日", "2026-11-27"],
    ["明天", "2026-11-26"],
    ["내일", "2026-11-26"],
  ])("%s is flagged with the day it means today (%s)", (text, day) => {
    const report = analyzeSheet(
      {
        values: [
          ["会社名", "次回アクション", "次回アクション日"],
          ["山田商事", "電話", text],
        ],
      },
      { today: "2026-11-25", dateOrder: "YMD" },
    );
    expect(report.rows[0].problems).toContain("invalidDate");
    expect(report.rows[0].message).toContain(day);
  });
});
