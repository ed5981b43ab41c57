import type { LanguageTable } from "./types";

/**
 * Korean: customer lists of small CRMs, estate agents' customer sheets and sales notes ("고객명", "연락처", "상태",
 * "다음 액션", "다음 연락일", "상담 메모"). Korean separates words with spaces, so no cutting is needed; dates
 * ("2026. 11. 24.", "2026년 11월 24일") are read by the date reader and cjkDate.ts.
 */
export const KO: LanguageTable = {
  code: "ko",
  months: [[], [], [], [], [], [], [], [], [], [], [], []],
  weekdays: [[], [], [], [], [], [], []],
  roles: {
    prospect: ["고객명", "고객", "회사명", "회사", "업체명", "업체", "거래처", "거래처명", "고객사", "상호"],
    contact: ["담당자", "담당자명", "고객 담당자", "이름", "성명"],
    email: ["이메일", "메일", "이메일 주소", "전자우편"],
    phone: ["연락처", "전화번호", "전화", "휴대폰", "휴대전화", "핸드폰", "휴대폰 번호"],
    nextStep: ["다음 액션", "다음 단계", "다음 조치", "후속 조치", "다음 할 일", "할 일"],
    date: ["다음 연락일", "다음 연락", "다음 연락 일자", "후속 조치일", "예정일", "마감일", "기한", "날짜", "일자"],
    time: ["시간", "시각"],
    status: ["상태", "영업 단계", "단계", "진행 상태", "진행 상황", "후속 상태"],
    notes: ["메모", "비고", "상담 메모", "내용", "설명"],
    owner: ["담당 영업", "영업 담당자", "영업 담당", "소유자", "담당 중개사"],
  },
  history: [
    "생성",
    "생성일",
    "등록",
    "등록일",
    "최종",
    "최근",
    "마지막",
    "수정일",
    "활동일",
    "작성일",
    "계약일",
    "생년월일",
    "생일",
  ],
  closed: ["계약완료", "계약 완료", "완료", "거래 완료", "실패", "종료", "취소", "포기", "성사"],
  negations: ["미", "안", "아직"],
  optOut: ["수신 거부", "연락 금지"],
  yes: ["예", "네"],
  active: ["활성"],
  no: ["아니오", "아니요"],
  totals: ["합계", "총계", "소계", "평균"],
};
