/**
 * CRM exports in other languages: Pipedrive's deal export from a Brazilian account (every field prefixed by its
 * object: "Negócio - …", "Pessoa - …", "Organização - …"), Zoho CRM's leads export from a Colombian university's
 * admissions team (Spanish labels: "Propietario de Posible Cliente", "Estado de Posible Cliente").
 */
import type { FieldLayout } from "./types";

/** The 82 columns of the deal sheet, in order. */
const PIPEDRIVE_PT_HEADER = [
  ...["Negócio - Título", "Negócio - Valor", "Negócio - Organização", "Negócio - Pessoa de contato"],
  ...["Negócio - Data de fechamento esperada", "Negócio - Data da próxima atividade", "Negócio - Proprietário"],
  ...["Negócio - Etapa", "Negócio - Fonte do Lead", "Negócio - Qualificação Lead (Closer)"],
  ...["Negócio - Qualificação do Lead (SDR)", "Negócio - Motivo da perda"],
  ...["Negócio - Data de criação do negócio", "Negócio - SDR Responsável", "Negócio - Ganho em"],
  ...["Negócio - Data de perda", "Negócio - VLR Mensalidade", "Negócio - VLR Implantação", "Negócio - Ranking"],
  ...["Negócio - Negócio fechado em", "Negócio - [Closer] Lead é o Decisor?"],
  ...["Negócio - Atividades concluídas", "Negócio - Atividades para fazer", "Negócio - Criador"],
  ...["Negócio - Data atualizada", "Negócio - Data da última atividade", "Negócio - Etiqueta"],
  ...["Negócio - Funil", "Negócio - Moeda de VLR Mensalidade", "Negócio - Moeda de VLR Implantação"],
  ...["Negócio - Canal de origem", "Negócio - MRR", "Negócio - Valor de produtos", "Negócio - Valor ponderado"],
  ...["Negócio - Moeda", "Negócio - ID", "Negócio - ID de origem", "Negócio - ID do canal de origem"],
  ...["Negócio - Nome do produto", "Negócio - Número de mensagens de e-mail", "Negócio - Origem"],
  ...["Negócio - Probabilidade", "Negócio - ACV", "Negócio - ARR", "Negócio - Quantidade de produtos"],
  ...["Negócio - Telefone do Closer", "Negócio - Tempo de Implantação", "Negócio - Total de atividades"],
  ...["Negócio - UTM CAMPAIGN", "Negócio - UTM CONTENT", "Negócio - UTM MEDIUM", "Negócio - UTM_SOURCE"],
  ...["Negócio - UTM_TERM", "Negócio - Visível para", "Negócio - Última alteração de etapa"],
  ...["Negócio - Último e-mail enviado", "Negócio - Último e-mail recebido", "Pessoa - Cargo"],
  ...["Pessoa - Email - Work", "Pessoa - Email - Home", "Pessoa - Email - Other", "Pessoa - End. Linkedin"],
  ...["Pessoa - Phone - Work", "Pessoa - Phone - Home", "Pessoa - Phone - Mobile", "Pessoa - Phone - Other"],
  ...["Pessoa - Telefone", "Pessoa - Celular", "Organização - Nome", "Organização - Segmento"],
  ...["Organização - Tamanho da empresa", "Negócio - Status", "ddd", "uf", "cidade_estimada"],
  ...["fonte_localizacao", "Status_Kanban", "Cor_Card", "Data_Ultima_Movimentacao", "Impresso_Lista"],
  ...["Telefone Normalizado", "Cliente_ID"],
];

/** A deal row: the cells named, every other cell empty. */
function dealRow(cells: Record<string, string>): string[] {
  for (const name of Object.keys(cells)) if (!PIPEDRIVE_PT_HEADER.includes(name)) throw new Error(`no column ${name}`);
  return PIPEDRIVE_PT_HEADER.map((name) => cells[name] ?? "");
}

/** The leads export's first 32 columns (Zoho's fields and the team's own), in order. */
const ZOHO_ES_HEADER = [
  ...["ID de registro", "Hora de creación", "Nombre completo", "Teléfono", "Correo electrónico"],
  ...["Número de Documento", "Modalidad", "Periodo", "Programa de interes_", "Propietario de Posible Cliente"],
  ...["Creado por", "Campaña mercadeo", "Etapa del Registro", "Estado de Posible Cliente", "Hora de modificación"],
  ...["Ultimo nivel de escolaridad", "Editado por", "Periodo Creado", "Correo electrónico Continua"],
  ...["Teléfono Continua", "Ciudad de residencia", "Sub Estado", "Etiqueta", "Ciudad utm", "utm_campaign"],
  ...["utm_content", "utm_medium", "utm_source", "utm_term", "conv", "Total Notas", "Descripción"],
];

function leadRow(cells: Record<string, string | number>): (string | number)[] {
  for (const name of Object.keys(cells)) if (!ZOHO_ES_HEADER.includes(name)) throw new Error(`no column ${name}`);
  return ZOHO_ES_HEADER.map((name) => cells[name] ?? "");
}

export const FOREIGN_CRM_EXPORTS: FieldLayout[] = [
  {
    name: "Pipedrive deals export in Portuguese (Negócio - Organização, Data da próxima atividade, Etapa, Status)",
    // A sales team's import sheet laid out as Pipedrive's Brazilian export: its 82 columns in order (Pipedrive's
    // "Objeto - Campo" labels, custom fields and the team's own columns at the end), values as Pipedrive writes them.
    source:
      "code search: Google Sheets writer of a Pipedrive import sheet (buildSheet1Row columnOrder 'Negócio - Título' …)",
    language: "pt",
    dateOrder: "DMY",
    values: [
      PIPEDRIVE_PT_HEADER,
      dealRow({
        "Negócio - Título": "Padaria Pão Dourado",
        "Negócio - Organização": "Padaria Pão Dourado",
        "Negócio - Pessoa de contato": "Marcos Lima",
        "Negócio - Data de fechamento esperada": "2026-12-15",
        "Negócio - Data da próxima atividade": "2026-11-24",
        "Negócio - Proprietário": "Ana Souza",
        "Negócio - Etapa": "Proposta enviada",
        "Negócio - Data de criação do negócio": "2026-10-02",
        "Pessoa - Email - Work": "marcos@paodourado.com.br",
        "Pessoa - Phone - Work": "+55 31 3222-1000",
        "Pessoa - Phone - Mobile": "+55 31 98888-1000",
        "Organização - Nome": "Padaria Pão Dourado",
        "Negócio - Status": "Aberto",
      }),
      dealRow({
        "Negócio - Título": "Auto Center Rota 040",
        "Negócio - Organização": "Auto Center Rota 040",
        "Negócio - Pessoa de contato": "Júlia Prado",
        "Negócio - Data da próxima atividade": "2026-11-30",
        "Negócio - Proprietário": "Ana Souza",
        "Negócio - Etapa": "Qualificação",
        "Pessoa - Email - Work": "julia@rota040.com.br",
        "Pessoa - Phone - Mobile": "+55 31 97777-2000",
        "Organização - Nome": "Auto Center Rota 040",
        "Negócio - Status": "Aberto",
      }),
      dealRow({
        "Negócio - Título": "Clínica Vida Plena",
        "Negócio - Organização": "Clínica Vida Plena",
        "Negócio - Pessoa de contato": "Dr. Paulo Reis",
        "Negócio - Proprietário": "Caio Melo",
        "Negócio - Etapa": "Negociação",
        "Negócio - Motivo da perda": "Preço",
        "Negócio - Data de perda": "2026-11-10",
        "Organização - Nome": "Clínica Vida Plena",
        "Negócio - Status": "Perdido",
      }),
    ],
    // The organisation is who to follow up (the deal's title repeats it), its person the contact; the rep calls the
    // mobile, writes to the work address. The expected close, creation and loss dates are history; the next
    // activity's date is the date. A lost deal is closed (Portuguese status words, told by the "Negócio - Etapa"
    // labels). No column says what the next activity is: the rep maps it.
    expect: {
      headerRow: 1,
      columns: { prospect: 2, contact: 3, date: 5, owner: 6, email: 58, phone: 64 },
      missing: ["nextStep"],
      states: { 2: "overdue", 3: "dueSoon", 4: "closed" },
    },
  },
  {
    name: "Zoho CRM leads export in Spanish (Nombre completo, Propietario de Posible Cliente, Estado de Posible Cliente)",
    // The raw columns an admissions team's dashboard reads from its Zoho CRM leads export (the rest of its list is
    // columns the dashboard adds), values as Zoho writes them ("2026-11-02 09:14:00").
    source:
      "code search: admissions leads dashboard (COLS_ALL 'ID de registro', 'Hora de creación', 'Nombre completo' …)",
    language: "es",
    dateOrder: "DMY",
    values: [
      ZOHO_ES_HEADER,
      leadRow({
        "ID de registro": "zcrm_5822000012345",
        "Hora de creación": "2026-11-02 09:14:00",
        "Nombre completo": "Laura Gómez Ríos",
        Teléfono: "3104567890",
        "Correo electrónico": "laura.gomez@correo.example",
        Modalidad: "Virtual",
        Periodo: "2027-1",
        "Programa de interes_": "Administración de Empresas",
        "Propietario de Posible Cliente": "Camilo Torres",
        "Creado por": "Integración Web",
        "Etapa del Registro": "Interesado",
        "Estado de Posible Cliente": "Contactado",
        "Hora de modificación": "2026-11-20 16:40:00",
        "Total Notas": 2,
      }),
      leadRow({
        "ID de registro": "zcrm_5822000012346",
        "Hora de creación": "2026-11-10 11:02:00",
        "Nombre completo": "Andrés Pérez",
        Teléfono: "3209876543",
        "Correo electrónico": "andres.perez@correo.example",
        "Propietario de Posible Cliente": "Camilo Torres",
        "Estado de Posible Cliente": "No contactado",
        "Hora de modificación": "2026-11-10 11:02:00",
        "Total Notas": 0,
      }),
      leadRow({
        "ID de registro": "zcrm_5822000012347",
        "Hora de creación": "2026-10-05 08:30:00",
        "Nombre completo": "Sofía Ramírez",
        Teléfono: "3001112233",
        "Correo electrónico": "sofia.r@correo.example",
        "Propietario de Posible Cliente": "Diana Ruiz",
        "Estado de Posible Cliente": "Posible cliente perdido",
        "Sub Estado": "No está interesado",
        "Hora de modificación": "2026-11-01 10:00:00",
        "Total Notas": 4,
      }),
    ],
    // A list of people: the full name is who to call. Creation and modification times are history, "Total Notas" a
    // count (the description is the note). No follow-up date or step: the rep maps them. A lost lead is closed.
    expect: {
      headerRow: 1,
      columns: { prospect: 2, phone: 3, email: 4, owner: 9, status: 13, notes: 31, time: undefined },
      missing: ["nextStep", "date"],
      states: { 2: "incomplete", 3: "incomplete", 4: "closed" },
      note: /Only history dates found \(Hora de creación, Hora de modificación\)/,
    },
  },
];
