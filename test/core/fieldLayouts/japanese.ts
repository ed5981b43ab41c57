/**
 * Japanese sheets: a Salesforce opportunity report as a Japanese org exports it, a lead sheet kept in Google Sheets and
 * a small sales list saved from a team's app. Japanese writes headers without spaces ("次回アクション日") and dates as
 * "2026/12/04" or "2026年12月4日".
 */
import type { FieldLayout } from "./types";

/** The 64 columns of the lead sheet, in the sheet's order. */
const LEAD_SHEET_HEADER = [
  ...["リードID", "登録日", "顧客名", "リード進捗", "商談進捗", "商談結果", "呼び方（英語）", "国", "シート更新日"],
  ...["リード担当者", "リード種別", "流入経路", "流入元ID", "メッセージURL", "取り扱いタイトル", "作品ID", "CSメモ"],
  ...["メール", "電話番号", "連絡手段", "温度感", "想定規模", "返信速度", "問い合わせ回数", "アーカイブ日"],
  ...[
    "アーカイブ理由",
    "アサイン日",
    "営業担当者",
    "担当者ID",
    "顧客タイプ",
    "最終対応者ID",
    "見込度",
    "次回アクション",
  ],
  ...["次回アクション日", "商談メモ", "相手の課題", "販売形態", "月間見込み金額", "1回の発注金額", "購入頻度(月次)"],
  ...["競合比較中", "商談の手応え", "アラート確認日", "対象外理由", "失注理由", "初回取引日", "初回取引金額"],
  ...["累計取引金額", "Good Point", "More Point", "反省と今後の抱負", "レポート提出日", "レポート確認者"],
  ...["レポート確認日", "レポートコメント", "Buddyフィードバック", "会話要約", "最終会話日時", "会話数", "重複フラグ"],
  ...["重複元リードID", "重複確認日", "重複確認者", "リードステータス"],
];

/** A lead sheet row: the cells named, every other cell empty. */
function leadRow(cells: Record<string, unknown>): unknown[] {
  for (const name of Object.keys(cells)) if (!LEAD_SHEET_HEADER.includes(name)) throw new Error(`no column ${name}`);
  return LEAD_SHEET_HEADER.map((name) => cells[name] ?? "");
}

export const JAPANESE: FieldLayout[] = [
  {
    name: "Salesforce 商談レポート (商談名, 完了予定日, 次のステップ & 状況, 次回アクション日, フェーズ, 商談所有者)",
    // The report columns a forecasting script reads from a Japanese org's opportunity export (its aliases name the
    // Salesforce labels), with the report's title above the header; phases as the script's rules read them
    // (1 初回接触 … 6 受注, 失注), dates as Salesforce Japan writes them (2026/12/04).
    source:
      "code search: Python Salesforce opportunity report loader (COLUMN_ALIASES 商談名, 完了予定日, 次のステップ & 状況, 次回アクション日, 商談所有者)",
    language: "ja",
    dateOrder: "YMD",
    values: [
      ["商談パイプライン"],
      [],
      [
        "商談名",
        "商談MRR",
        "完了予定日",
        "注力案件",
        "次のステップ & 状況",
        "次回アクション日",
        "フェーズ",
        "フェーズ滞在期間",
        "商談日数",
        "初回商談日",
        "メイン競合",
        "主リードソース",
        "商談所有者",
        "売上予測カテゴリ",
      ],
      [
        "山田商事 基幹刷新",
        "¥120,000",
        "2026/12/25",
        "○",
        "見積書を再提出し決裁者と面談",
        "2026/11/20",
        "4. 提案・見積",
        21,
        45,
        "2026/10/12",
        "A社",
        "Web",
        "佐藤 健",
        "確約",
      ],
      [
        "北斗物流 追加ライセンス",
        "¥30,000",
        "2026/12/10",
        "",
        "トライアル結果のレビュー会",
        "2026/11/27",
        "3. 評価・検証",
        5,
        30,
        "2026/10/28",
        "",
        "紹介",
        "鈴木 花子",
        "最善",
      ],
      [
        "青葉クリニック 予約システム",
        "¥50,000",
        "2026/11/30",
        "",
        "",
        "",
        "2. ヒアリング",
        9,
        12,
        "2026/11/13",
        "",
        "展示会",
        "佐藤 健",
        "パイプライン",
      ],
      [
        "東和精機 保守契約",
        "¥80,000",
        "2026/11/15",
        "○",
        "",
        "",
        "6. 受注",
        0,
        60,
        "2026/09/01",
        "",
        "Web",
        "鈴木 花子",
        "確約",
      ],
      [
        "みなと不動産 CRM導入",
        "¥40,000",
        "2026/11/01",
        "",
        "",
        "",
        "0. 失注",
        0,
        40,
        "2026/09/20",
        "B社",
        "Web",
        "佐藤 健",
        "除外",
      ],
      ["合計", "¥320,000"],
    ],
    // The deal name is who to follow up (no account column in the report); 完了予定日 is the close date and 初回商談日
    // history, so the follow-up date is 次回アクション日. 受注 and 失注 end the deal.
    expect: {
      headerRow: 3,
      columns: { prospect: 0, nextStep: 4, date: 5, status: 6, owner: 12 },
      states: { 4: "overdue", 5: "dueSoon", 6: "incomplete", 7: "closed", 8: "closed" },
    },
  },
  {
    name: "リード管理 (64 columns: 顧客名, リード担当者, 営業担当者, メール, 電話番号, 次回アクション, 次回アクション日)",
    // A lead sheet kept in Google Sheets by a team selling to overseas buyers: its 64 header names as the team's
    // change log records them (read from the sheet's first row); rows written in the forms such a sheet holds.
    source:
      "code search: change log of a lead-management app on Google Sheets (リード管理は64列: リードID, 登録日, 顧客名, …, リードステータス)",
    language: "ja",
    dateOrder: "YMD",
    values: [
      LEAD_SHEET_HEADER,
      leadRow({
        リードID: "L-0412",
        登録日: "2026/10/02",
        顧客名: "Green Leaf Trading",
        リード進捗: "商談中",
        商談進捗: "提案済み",
        国: "シンガポール",
        リード担当者: "高橋",
        メール: "buyer@greenleaf.example",
        電話番号: "+65 6123 4567",
        営業担当者: "高橋",
        見込度: "A",
        次回アクション: "サンプル送付の到着確認",
        次回アクション日: "2026/11/20",
        商談メモ: "価格表を希望",
        リードステータス: "対応中",
      }),
      leadRow({
        リードID: "L-0418",
        登録日: "2026/10/15",
        顧客名: "Maple Books Ltd",
        リード進捗: "失注",
        商談進捗: "失注",
        商談結果: "失注",
        国: "カナダ",
        リード担当者: "伊藤",
        メール: "orders@maplebooks.example",
        営業担当者: "伊藤",
        失注理由: "予算",
        リードステータス: "失注",
      }),
      leadRow({
        リードID: "L-0425",
        登録日: "2026/11/02",
        顧客名: "Sol Media",
        リード進捗: "初回連絡",
        国: "スペイン",
        リード担当者: "高橋",
        メール: "hola@solmedia.example",
        営業担当者: "高橋",
        次回アクション: "オンライン商談",
        次回アクション日: "2026年12月10日",
        リードステータス: "対応中",
      }),
    ],
    // Four columns tell the stage (リード進捗, 商談進捗, 商談結果, リードステータス) and two name our side (リード担当者,
    // 営業担当者): which one a rep would pick is their call, so only the columns a rep cannot doubt are checked.
    expect: {
      headerRow: 1,
      columns: { prospect: 2, email: 17, phone: 18, nextStep: 32, date: 33, notes: 34 },
      states: { 2: "overdue", 3: "closed", 4: "scheduled" },
    },
  },
  {
    name: "営業進捗リスト (会社名, ステータス: リード獲得 … 成約/失注, 次回アクション日, メモ, 担当者, 登録日)",
    // A small team's sales list saved as sales.csv: its columns and status steps as the app defines them.
    source: "code search: Streamlit sales tracker (DATA_PATH data/sales.csv, STATUS_OPTIONS リード獲得 … 成約, 失注)",
    language: "ja",
    dateOrder: "YMD",
    values: [
      ["会社名", "ステータス", "見積金額", "次回アクション日", "メモ", "担当者", "登録日"],
      ["ABC不動産", "リード獲得", "", "", "", "山中", "2026-11-01"],
      ["ブルースカイ開発", "見積提出", "500000", "2026-11-25", "", "佐藤", "2026-11-02"],
      ["グリーンヒルズ管理", "初回連絡", "", "2026-11-20", "担当者不在で折り返し待ち", "田中", "2026-11-03"],
      ["パシフィックホテルズ", "成約", "1200000", "", "", "山中", "2026-10-03"],
      ["サンライズ商会", "失注", "", "", "他社に決定", "鈴木", "2026-10-05"],
    ],
    // No column says what to do next: the rep maps it (asks the rep); the dates still tell. 担当者 here holds the
    // team's own members, which its header alone cannot tell from the customer's person: not checked.
    expect: {
      headerRow: 1,
      columns: { prospect: 0, status: 1, date: 3, notes: 4 },
      missing: ["nextStep"],
      states: { 2: "incomplete", 3: "dueToday", 4: "overdue", 5: "closed", 6: "closed" },
    },
  },
  {
    name: "HubSpot コンタクト (名, 姓, Eメール, 電話番号, コンタクト担当者, リードステータス, 最終コンタクト)",
    // A HubSpot portal in Japanese: the contact properties by their Japanese labels as a CRM viewer's sample shows
    // them (Eメール, 電話番号, 役職, コンタクト担当者, リードステータス 未コンタクト/コンタクト済み/検討中,
    // ライフサイクルステージ, 最終コンタクト "2026/09/30 14:30"), the name in two columns as HubSpot exports it.
    source:
      "code search: HubSpot viewer sample records (property('hubspot_owner_id', 'コンタクト担当者', …), 'リードステータス', '最終コンタクト')",
    language: "ja",
    dateOrder: "YMD",
    values: [
      [
        ...["レコードID", "名", "姓", "Eメール", "電話番号", "役職", "コンタクト担当者", "リードステータス"],
        ...["ライフサイクルステージ", "最終コンタクト", "作成日"],
      ],
      [
        ...[
          1001,
          "美咲",
          "高橋",
          "misaki.takahashi@example.com",
          "092-000-0001",
          "採用担当",
          "佐々木 葵",
          "コンタクト済み",
        ],
        ...["リード", "2026/09/30 14:30", "2026/09/01 10:00"],
      ],
      [
        ...[1002, "大輔", "森", "daisuke.mori@example.com", "", "総務部長", "山本 健", "未コンタクト", "リード"],
        ...["", "2026/09/02 11:00"],
      ],
      [
        ...[1003, "直子", "小林", "naoko.kobayashi@example.com", "092-000-0003", "拠点責任者", "佐々木 葵", "検討中"],
        ...["", "2026/09/28 15:00", "2026/09/03 09:00"],
      ],
    ],
    // A list of people: the person (named in two columns) is who to follow up; コンタクト担当者 is the HubSpot owner.
    // Only history dates and no step: the rep maps both (asks the rep).
    expect: {
      headerRow: 1,
      columns: { email: 3, phone: 4, owner: 6 },
      missing: ["nextStep", "date"],
      states: { 2: "incomplete", 3: "incomplete", 4: "incomplete" },
      note: /Only history dates found \(最終コンタクト, 作成日\)/,
    },
  },
];
