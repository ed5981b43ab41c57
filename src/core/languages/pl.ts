import type { LanguageTable } from "./types";

/**
 * Polish: lead lists and CRM exports ("Status leadu", "Sprzedawca", "Partner", "Spodziewane zamknięcie"). Month names
 * in both the nominative ("listopad") and the genitive a date uses ("25 listopada 2026").
 */
export const PL: LanguageTable = {
  code: "pl",
  months: [
    ["styczeń", "stycznia"],
    ["luty", "lutego"],
    ["marzec", "marca"],
    ["kwiecień", "kwietnia"],
    ["maj", "maja"],
    ["czerwiec", "czerwca"],
    ["lipiec", "lipca"],
    ["sierpień", "sierpnia"],
    ["wrzesień", "września"],
    ["październik", "października"],
    ["listopad", "listopada"],
    ["grudzień", "grudnia"],
  ],
  weekdays: [["poniedziałek"], ["wtorek"], ["środa"], ["czwartek"], ["piątek"], ["sobota"], ["niedziela"]],
  roles: {
    prospect: ["firma", "klient", "nazwa firmy", "nazwa klienta", "kontrahent", "partner"],
    contact: ["osoba kontaktowa", "imię i nazwisko", "imię"],
    email: ["adres e-mail"],
    phone: ["telefon", "numer telefonu", "komórka"],
    nextStep: ["następny krok", "kolejny krok", "następne działanie", "działanie", "zadanie"],
    date: ["data następnego kontaktu", "następny kontakt", "termin", "przypomnienie", "data kontaktu zwrotnego"],
    time: ["godzina"],
    status: ["status leadu", "etap", "faza"],
    notes: ["opis", "notatki", "uwagi", "komentarz"],
    owner: ["sprzedawca", "handlowiec", "opiekun", "właściciel", "odpowiedzialny"],
  },
  history: ["utworzono", "utworzenia", "ostatni", "ostatnia", "ostatnie", "zamknięcie", "zamknięcia", "dodano"],
  closed: ["porażka", "przegrana", "wygrana", "zamknięta", "zamknięty", "utracony", "rezygnacja", "pozyskany"],
  negations: ["nie", "jeszcze", "może"],
  optOut: ["nie kontaktować", "wypisany"],
  yes: ["tak", "prawda"],
  active: ["aktywny", "aktywna"],
  no: ["nie", "fałsz"],
  totals: ["suma", "razem", "łącznie", "średnia"],
};
