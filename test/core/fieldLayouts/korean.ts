/**
 * Korean sheets: an estate agents' customer list copied from its web table, and a sales-note list whose fields a
 * B2B team's spec names. Dates as the browser writes them for Korean ("2026. 11. 24.") or as ISO.
 */
import type { FieldLayout } from "./types";

export const KOREAN: FieldLayout[] = [
  {
    name: "중개사 고객 목록 (고객명, 연락처, 구분 매수/매도, 상태 신규 … 계약완료/보류, 다음 연락일)",
    // The customer table of an estate agents' shared-listing app, pasted into Excel: its columns, its status options
    // (신규, 상담중, 매물제안, 방문예정, 계약협의, 계약완료, 보류), budgets in 만원 and dates from toLocaleDateString('ko-KR').
    source:
      "code search: estate agents' CRM front end (renderCustomers: 고객명, 연락처, 구분, 희망지역, 희망금액, 상태, 다음 연락일, 관리)",
    language: "ko",
    dateOrder: "YMD",
    values: [
      ["고객명", "연락처", "구분", "희망지역", "희망금액", "상태", "다음 연락일", "관리"],
      ["김민수", "010-1234-5678", "매수", "강남구", "90,000만원", "상담중", "2026. 11. 24.", "수정 삭제"],
      ["이서연", "010-2345-6789", "임차", "마포구", "30,000만원", "방문예정", "2026. 11. 27.", "수정 삭제"],
      ["박지훈", "010-3456-7890", "매도", "송파구", "120,000만원", "계약완료", "-", "수정 삭제"],
      ["최유진", "010-4567-8901", "매수", "-", "-", "신규", "-", "수정 삭제"],
      ["정하늘", "010-5678-9012", "임대", "용산구", "50,000만원", "보류", "-", "수정 삭제"],
    ],
    // The customer is who to call back; a signed contract ends the row, a customer on hold (보류) still needs a date.
    // No column says what to do next: the rep maps it (asks the rep).
    expect: {
      headerRow: 1,
      columns: { prospect: 0, phone: 1, status: 5, date: 6 },
      missing: ["nextStep"],
      states: { 2: "overdue", 3: "dueSoon", 4: "closed", 5: "incomplete", 6: "incomplete" },
    },
  },
  {
    name: "영업노트 목록 (거래처, 고객/담당자, 활동일, 영업 단계, 다음 액션, 다음 연락일, 상태)",
    // The sales-note form's recommended fields in order, as a list of notes exported to a sheet.
    source:
      "code search: sales-note requirements for a B2B CRM (거래처, 고객/담당자, 활동 유형, 활동일, 제목, 내용, 영업 단계 …)",
    language: "ko",
    dateOrder: "YMD",
    values: [
      [
        "거래처",
        "고객/담당자",
        "활동 유형",
        "활동일",
        "제목",
        "내용",
        "영업 단계",
        "예상 금액",
        "다음 액션",
        "다음 연락일",
        "상태",
      ],
      [
        ...["(주)한빛전자", "김대리", "방문", "2026-11-18", "신제품 소개", "샘플 요청 받음", "제안", 5000000],
        ...["샘플 발송 후 통화", "2026-11-23", "진행중"],
      ],
      [
        ...["대성물산", "이과장", "전화", "2026-11-20", "견적 문의", "수량 확인 필요", "견적", 12000000],
        ...["견적서 송부", "2026-12-01", "진행중"],
      ],
      ["미래식품", "박부장", "미팅", "2026-11-02", "계약 체결", "연간 계약", "계약 완료", 30000000, "", "", "완료"],
    ],
    // The customer company is who to follow up, its person the contact; the activity date is history.
    expect: {
      headerRow: 1,
      columns: { prospect: 0, contact: 1, nextStep: 8, date: 9 },
      states: { 2: "overdue", 3: "dueSoon", 4: "closed" },
    },
  },
];
