import type { AnswerType, Polarity } from '@samrad/domain';

/**
 * A demo survey in the style of Öppna jämförelser for substance-abuse and addiction care
 * (missbruks- och beroendevården), written for the demo: questions, guidance and national
 * references are illustrative, not Socialstyrelsen's.
 */
type Row = [
  code: string,
  section: string,
  answerType: AnswerType,
  text: string,
  guidance: string | null,
  extra?: { options?: string[]; unit?: string; polarity?: Polarity; reference?: number },
];

const YES = { polarity: 'HIGHER_IS_BETTER' as const };
const FREQUENCY = ['Alltid', 'Oftast', 'Ibland', 'Sällan eller aldrig'];

const rows: Row[] = [
  [
    'SAM-01',
    'Samverkan',
    'YES_NO',
    'Har kommunen en aktuell överenskommelse med regionen om samarbete kring personer med missbruk eller beroende?',
    'Överenskommelsen ska vara beslutad eller reviderad under de senaste fyra åren och omfatta både alkohol, narkotika, läkemedel och spel.',
    { ...YES, reference: 0.86 },
  ],
  [
    'SAM-02',
    'Samverkan',
    'YES_NO',
    'Finns en skriftlig rutin för samordnad individuell plan (SIP)?',
    'Rutinen ska beskriva vem som tar initiativ och hur den enskilde görs delaktig.',
    { ...YES, reference: 0.91 },
  ],
  [
    'SAM-03',
    'Samverkan',
    'YES_NO',
    'Finns en skriftlig rutin för samverkan mellan ekonomiskt bistånd och missbruksvården?',
    'Räkna endast rutiner som är kända i båda verksamheterna.',
    { ...YES, reference: 0.64 },
  ],
  [
    'SAM-04',
    'Samverkan',
    'YES_NO',
    'Finns en skriftlig rutin för samverkan med barn- och ungdomsvården när en förälder har missbruk?',
    'Syftet är att barnets situation uppmärksammas när en vuxen får insatser.',
    { ...YES, reference: 0.72 },
  ],
  [
    'SAM-05',
    'Samverkan',
    'CHOICE',
    'Hur ofta genomförs gemensam planering med psykiatrin för personer med samsjuklighet?',
    'Välj det alternativ som bäst beskriver förhållandet under mätperioden.',
    { options: FREQUENCY },
  ],
  [
    'SAM-06',
    'Samverkan',
    'YES_NO',
    'Har kommunen en gemensam mottagning med regionen för personer med beroende?',
    null,
    { ...YES, reference: 0.38 },
  ],
  [
    'BED-01',
    'Kartläggning och bedömning',
    'YES_NO',
    'Används ASI (Addiction Severity Index) vid utredning av vuxna?',
    'ASI ska användas i utredningar som leder fram till beslut om insats, inte enbart vid uppföljning.',
    { ...YES, reference: 0.79 },
  ],
  [
    'BED-02',
    'Kartläggning och bedömning',
    'YES_NO',
    'Används AUDIT eller DUDIT vid första kontakt?',
    'Instrumenten används för att upptäcka riskbruk tidigt.',
    { ...YES, reference: 0.83 },
  ],
  [
    'BED-03',
    'Kartläggning och bedömning',
    'CHOICE',
    'Hur ofta görs en strukturerad bedömning av den enskildes behov av stöd i föräldraskapet?',
    null,
    { options: FREQUENCY },
  ],
  [
    'BED-04',
    'Kartläggning och bedömning',
    'YES_NO',
    'Finns en skriftlig rutin för att fråga om våldsutsatthet i utredningen?',
    'Frågan ska ställas till alla, oavsett kön.',
    { ...YES, reference: 0.69 },
  ],
  [
    'BED-05',
    'Kartläggning och bedömning',
    'PERCENT',
    'Andel utredningar som avslutats inom fyra månader',
    'Räkna avslutade utredningar under mätperioden. Ange andelen i procent.',
    { unit: '%', polarity: 'HIGHER_IS_BETTER', reference: 74.2 },
  ],
  [
    'BED-06',
    'Kartläggning och bedömning',
    'YES_NO',
    'Erbjuds spelberoende en bedömning med ett standardiserat instrument (t.ex. PGSI)?',
    null,
    { ...YES, reference: 0.57 },
  ],
  [
    'INS-01',
    'Insatser och stöd',
    'YES_NO',
    'Erbjuder kommunen återfallsprevention (ÅP) i egen regi?',
    'Metoden ska bedrivas av personal med utbildning i ÅP.',
    { ...YES, reference: 0.81 },
  ],
  [
    'INS-02',
    'Insatser och stöd',
    'YES_NO',
    'Erbjuder kommunen MI (motiverande samtal)?',
    null,
    { ...YES, reference: 0.95 },
  ],
  [
    'INS-03',
    'Insatser och stöd',
    'YES_NO',
    'Erbjuder kommunen CRA (Community Reinforcement Approach)?',
    null,
    { ...YES, reference: 0.41 },
  ],
  [
    'INS-04',
    'Insatser och stöd',
    'YES_NO',
    'Erbjuder kommunen stöd till anhöriga, t.ex. CRAFT?',
    'Räkna stöd som erbjuds anhöriga oavsett om den närstående själv har insats.',
    { ...YES, reference: 0.62 },
  ],
  [
    'INS-05',
    'Insatser och stöd',
    'YES_NO',
    'Erbjuder kommunen boende enligt Bostad först?',
    'Bostad först innebär eget förstahandskontrakt utan krav på nykterhet.',
    { ...YES, reference: 0.33 },
  ],
  [
    'INS-06',
    'Insatser och stöd',
    'YES_NO',
    'Erbjuds individuell placering och stöd (IPS) för att få arbete?',
    null,
    { ...YES, reference: 0.29 },
  ],
  [
    'INS-07',
    'Insatser och stöd',
    'CHOICE',
    'Hur snabbt erbjuds en första insats efter ansökan?',
    'Välj den tid som gäller för de flesta ärendena.',
    { options: ['Inom en vecka', 'Inom två veckor', 'Inom en månad', 'Mer än en månad'] },
  ],
  [
    'INS-08',
    'Insatser och stöd',
    'YES_NO',
    'Har kommunen lågtröskelverksamhet för personer som inte vill eller kan söka insats?',
    null,
    { ...YES, reference: 0.47 },
  ],
  [
    'UPP-01',
    'Uppföljning och resultat',
    'YES_NO',
    'Följs insatser upp på individnivå med ett standardiserat instrument?',
    'T.ex. ASI-uppföljning sex månader efter avslutad insats.',
    { ...YES, reference: 0.58 },
  ],
  [
    'UPP-02',
    'Uppföljning och resultat',
    'PERCENT',
    'Andel avslutade insatser som följts upp efter sex månader',
    'Ange andelen i procent av de insatser som avslutades under föregående år.',
    { unit: '%', polarity: 'HIGHER_IS_BETTER', reference: 41.5 },
  ],
  [
    'UPP-03',
    'Uppföljning och resultat',
    'YES_NO',
    'Sammanställs resultat av individuppföljningar på gruppnivå?',
    'Sammanställningen ska användas för verksamhetsutveckling.',
    { ...YES, reference: 0.44 },
  ],
  [
    'UPP-04',
    'Uppföljning och resultat',
    'PERCENT',
    'Andel personer som återaktualiseras inom ett år efter avslutad insats',
    'Lägre andel tyder på mer varaktiga resultat, men tolka med försiktighet.',
    { unit: '%', polarity: 'LOWER_IS_BETTER', reference: 27.8 },
  ],
  [
    'UPP-05',
    'Uppföljning och resultat',
    'YES_NO',
    'Har verksamheten en aktuell analys av vilka grupper som inte nås?',
    null,
    { ...YES, reference: 0.31 },
  ],
  [
    'UPP-06',
    'Uppföljning och resultat',
    'TEXT',
    'Beskriv kort ett förbättringsarbete som startat utifrån uppföljningsresultat',
    'Några meningar räcker: vad ni såg, vad ni gjorde och vad det ledde till.',
    {},
  ],
  [
    'BRU-01',
    'Brukarinflytande',
    'YES_NO',
    'Har brukarinflytande på verksamhetsnivå genomförts under året?',
    'T.ex. brukarråd, brukarrevision eller fokusgrupper.',
    { ...YES, reference: 0.66 },
  ],
  [
    'BRU-02',
    'Brukarinflytande',
    'YES_NO',
    'Görs brukarundersökningar minst vartannat år?',
    null,
    { ...YES, reference: 0.59 },
  ],
  [
    'BRU-03',
    'Brukarinflytande',
    'PERCENT',
    'Andel brukare som upplever att de fått vara delaktiga i planeringen',
    'Från den senaste brukarundersökningen. Lämna tomt om ingen undersökning finns.',
    { unit: '%', polarity: 'HIGHER_IS_BETTER', reference: 82.0 },
  ],
  [
    'BRU-04',
    'Brukarinflytande',
    'YES_NO',
    'Samarbetar kommunen med brukar- eller anhörigorganisationer?',
    null,
    { ...YES, reference: 0.7 },
  ],
  [
    'BRU-05',
    'Brukarinflytande',
    'TEXT',
    'Hur återkopplas resultat från brukarundersökningar till brukarna?',
    null,
    {},
  ],
  [
    'KOM-01',
    'Kompetens och personal',
    'YES_NO',
    'Har nyanställda handläggare en introduktionsplan som omfattar missbruksområdet?',
    'Introduktionen ska vara dokumenterad och omfatta minst utredningsmetodik och bedömningsinstrument.',
    { ...YES, reference: 0.77 },
  ],
  [
    'KOM-02',
    'Kompetens och personal',
    'YES_NO',
    'Har personalen fått utbildning i ASI under de senaste tre åren?',
    null,
    { ...YES, reference: 0.73 },
  ],
  [
    'KOM-03',
    'Kompetens och personal',
    'PERCENT',
    'Andel handläggare med minst tre års erfarenhet inom området',
    null,
    { unit: '%', polarity: 'HIGHER_IS_BETTER', reference: 48.0 },
  ],
  [
    'KOM-04',
    'Kompetens och personal',
    'NUMBER',
    'Antal ärenden per handläggare (genomsnitt)',
    'Räkna pågående ärenden den 1 mars.',
    { unit: 'ärenden', polarity: 'LOWER_IS_BETTER', reference: 32 },
  ],
  [
    'KOM-05',
    'Kompetens och personal',
    'YES_NO',
    'Finns regelbunden metodhandledning för personal som ger psykosociala insatser?',
    null,
    { ...YES, reference: 0.68 },
  ],
  [
    'VOL-01',
    'Volymer och nyckeltal',
    'NUMBER',
    'Antal vuxna med pågående insats för missbruk eller beroende den 1 november',
    'Räkna personer, inte insatser.',
    { unit: 'personer' },
  ],
  [
    'VOL-02',
    'Volymer och nyckeltal',
    'NUMBER',
    'Antal anmälningar enligt 6 kap. 1 § LVM under året',
    null,
    { unit: 'anmälningar' },
  ],
  [
    'VOL-03',
    'Volymer och nyckeltal',
    'NUMBER',
    'Kostnad för missbruksvård per invånare',
    'Enligt räkenskapssammandraget, kronor per invånare.',
    { unit: 'kr', reference: 1010 },
  ],
  [
    'VOL-04',
    'Volymer och nyckeltal',
    'PERCENT',
    'Andel av insatserna som ges i öppenvård',
    'Beräkna på vårddygn och öppenvårdsinsatser under året.',
    { unit: '%', polarity: 'HIGHER_IS_BETTER', reference: 71.3 },
  ],
];

export interface DemoIndicator {
  code: string;
  section: string;
  answerType: AnswerType;
  text: string;
  guidance: string | null;
  options: string[] | null;
  unit: string | null;
  polarity: Polarity;
  nationalReference: number | null;
}

/** Yes/no national references are shares of municipalities that answered yes, shown as percent. */
const toIndicator = ([code, section, answerType, text, guidance, extra = {}]: Row): DemoIndicator => ({
  code,
  section,
  answerType,
  text,
  guidance,
  options: extra.options ?? null,
  unit: extra.unit ?? null,
  polarity: extra.polarity ?? 'NEUTRAL',
  nationalReference:
    extra.reference === undefined
      ? null
      : answerType === 'YES_NO'
        ? Math.round(extra.reference * 1000) / 10
        : extra.reference,
});

export const DEMO_SURVEY_KEY = 'oj-missbruk-beroende';
export const DEMO_AREA = 'Missbruk och beroende';

/** 2025: the questionnaire as it was. */
export const demoIndicators2025: DemoIndicator[] = rows
  .filter(([code]) => code !== 'BED-06')
  .map(toIndicator);

/**
 * 2026: the same codes (same questions) with two changes people would meet in real life: a
 * question on gambling is new, and one wording was sharpened.
 */
export const demoIndicators2026: DemoIndicator[] = rows.map(toIndicator).map((indicator) =>
  indicator.code === 'UPP-01'
    ? {
        ...indicator,
        text: 'Följs insatser upp på individnivå med ett standardiserat instrument (t.ex. ASI)?',
      }
    : indicator,
);
