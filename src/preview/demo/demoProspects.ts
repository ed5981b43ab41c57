/**
 * A rep's realistic pipeline: a few late, some due today, dates typed as text, gaps, and closed deals (fictional).
 * One prospect per line, fields split by " | ": company, contact, email, phone, status, next step, when, time, owner,
 * notes. "When" is `d:N` (a real date N days from today), `t:N` (that date typed as text, US order), `i:N` (typed as
 * ISO text), or literal cell text ("" empty, "maybe", "TBD").
 */
export const DEMO_PROSPECTS_TEXT = `
Northwind Traders | Ana Trujillo | ana.trujillo@northwind.example | +1 206 555 0142 | Negotiation | Send revised quote with volume discount | d:-12 |  | Sam | Waiting on procurement sign-off
Contoso Pharmaceuticals | Dr. Lena Fischer | l.fischer@contoso.example | +49 30 5550 1187 | Proposal | Follow up on pilot proposal | d:-5 | 11:00 | Sam | Prefers calls before noon
Fabrikam Logistics | Marcus Webb | mwebb@fabrikam.example | +1 312 555 0199 | Qualified | Book demo with ops team | d:-3 |  | Priya |
Adventure Works Cycles | Julia Chen | julia@adventure-works.example | +1 415 555 0123 | Proposal | Call about contract length | d:-2 | 15:30 | Sam | Budget cycle ends in January
Tailspin Toys | Oliver Grant | oliver.grant@tailspin.example | +44 20 7946 0321 | Discovery | Send case study (retail) | d:-1 |  | Priya |
Wide World Importers | Fatima Haddad | f.haddad@wideworld.example | +971 4 555 0110 | Negotiation | Confirm legal review date | d:-1 |  | Sam | Legal is slow; nudge gently
Litware Inc. | Ben Okafor | ben.okafor@litware.example | +1 646 555 0177 | Proposal | Pricing call | d:0 | 10:00 | Sam | Decision maker joins
Proseware | Chloé Martin | chloe.martin@proseware.example | +33 1 55 50 12 34 | Qualified | Intro call with CTO | d:0 | 14:30 | Priya |
Blue Yonder Airlines | Raj Patel | raj.patel@blueyonder.example | +1 425 555 0165 | Discovery | Email agenda for workshop | d:0 |  | Sam |
Coho Winery | Elena Rossi | elena@cohowinery.example | +39 02 5550 9876 | Negotiation | Send final contract | d:0 | 16:00 | Sam | Signs this week if terms hold
Alpine Ski House | Tom Berg | tom.berg@alpineski.example | +41 44 555 01 23 | Qualified | Share ROI calculator | d:1 |  | Priya |
Bellows College | Grace Kim | gkim@bellows.example | +1 617 555 0134 | Proposal | Campus visit | d:2 | 09:30 | Sam | Bring printed proposal
Consolidated Messenger | Luis Ortega | lortega@consolidated.example | +34 91 555 0102 | Discovery | Discovery call #2 | d:3 |  | Priya |
Datum Corporation | Hannah Schmidt | h.schmidt@datum.example | +49 89 5550 4411 | Qualified | Technical deep-dive | d:5 |  | Sam | Security questionnaire pending
Fourth Coffee | Noah Williams | noah@fourthcoffee.example | +1 503 555 0188 | Proposal | Tasting + pricing review | d:6 |  | Priya |
Graphic Design Institute | Mia Novak | mia.novak@gdi.example | +420 2 5550 1212 | Discovery | Send onboarding overview | d:7 |  | Sam |
Humongous Insurance | James O'Brien | jobrien@humongous.example | +353 1 555 0199 | Negotiation | Quarterly check-in | t:10 |  | Sam | Renewal in Q2; date pasted from email
Lamna Healthcare | Sofia Almeida | s.almeida@lamna.example | +351 21 555 0144 | Qualified | Demo for clinic managers | t:14 |  | Priya |
Lucerne Publishing | Peter Novak | peter@lucerne.example | +41 41 555 0122 | Proposal | Follow up after board meeting | d:21 |  | Sam | Board meets mid-month
Margie's Travel | Margie Shoop | margie@margiestravel.example | +1 702 555 0155 | Discovery | Send travel-season offer | d:30 |  | Priya |
Nod Publishers | Aiko Tanaka | aiko.tanaka@nod.example | +81 3 5550 1234 | Qualified | Call after fiscal year starts | d:45 |  | Sam |
Relecloud | Daniel Levy | dlevy@relecloud.example | +972 3 555 0190 | Proposal | Renewal conversation | d:60 |  | Priya |
School of Fine Art | Isabel Duarte | iduarte@sfa.example | +1 213 555 0147 | Discovery | Workshop proposal | d:9 |  | Sam |
Southridge Video | Kwame Mensah | kwame@southridge.example | +233 30 555 0133 | Qualified | Send references | t:12 |  | Priya |
Trey Research | Olga Ivanova | olga.ivanova@treyresearch.example | +1 858 555 0111 | Qualified |  | d:4 |  | Sam | Met at conference, no plan yet
VanArsdel Ltd. | Erik Johansson | erik@vanarsdel.example | +46 8 555 012 34 | Discovery |  | d:-6 |  | Priya |
Woodgrove Bank | Amara Nwosu | a.nwosu@woodgrove.example | +234 1 555 0166 | Proposal |  | d:18 |  | Sam | Asked for security docs
A. Datum Retail | Chris Lee | chris.lee@adatumretail.example | +1 469 555 0128 | Qualified | Send pilot plan |  |  | Priya |
Best For You Organics | Nina Petrova | nina@bestforyou.example | +359 2 555 0109 | Discovery | Check in after trade show |  |  | Sam |
City Power & Light | Mark Evans | mevans@cpl.example | +1 303 555 0171 | Proposal | Call about rollout timeline | maybe |  | Sam |
First Up Consultants | Leila Karimi | leila@firstup.example | +1 647 555 0139 | Qualified | Intro to partner team | TBD |  | Priya |
Liberty's Delightful Sinful Bakery | Liberty Baker | liberty@libertybakery.example | +1 212 555 0104 | Discovery | Tasting visit | next week? |  | Sam |
Munson's Pickles | Walter Munson | walter@munsons.example | +1 608 555 0182 | Proposal | Send signed NDA | d:-4 |  | Priya |
Olympic Gym | Zoe Adams | zoe@olympicgym.example | +61 2 5550 1234 | Qualified | Walkthrough of member app | d:0 |  | Sam |
Phone Company | Arjun Rao | arjun.rao@phoneco.example | +91 22 5550 1122 | Discovery | Follow up on RFP | d:3 |  | Priya |
Wingtip Toys | Hiro Sato | hiro@wingtip.example | +81 6 5550 4321 | Proposal | Present holiday bundle | i:16 |  | Sam | Date typed by hand
Wide Open Spaces | Maya Cohen | maya@widespaces.example | +1 720 555 0192 | Won | Kick-off handled by onboarding | d:-20 |  | Sam | Closed last month
Northwind Health | Ahmed Ali | ahmed.ali@northwindhealth.example | +20 2 5550 1001 | Lost | Revisit next year | d:-8 |  | Priya | Went with competitor
Fabrikam Residences | Sara Lind | sara@fabrikamres.example | +47 22 55 50 12 | Closed won |  |  |  | Sam |
Contoso Bank | Paul Durand | p.durand@contosobank.example | +32 2 555 01 99 | Lost | None | d:-30 |  | Priya | Budget frozen
Tailwind Traders | Ivy Zhang | ivy.zhang@tailwind.example | +86 21 5550 8888 | Qualified | Send comparison sheet | d:8 |  | Sam |
Adatum Energy | Lars Nilsen | lars@adatumenergy.example | +47 55 55 50 10 | Negotiation | Align on SLA terms | d:-9 |  | Priya | Escalate if no answer
`;
