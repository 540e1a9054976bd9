/**
 * Word lists for the link-suggestion ranker: stop words, nynorsk → bokmål
 * folding, abbreviations and a small vocabulary of common municipal words
 * (used, together with the catalogs' own words, to split compounds).
 *
 * Everything here is general Norwegian / public-sector language, not phrasing
 * taken from any labelled goal: the ranker must work on goals it has never seen.
 */

/** Bokmål and nynorsk function words, plus goal boilerplate that says nothing about the topic. */
export const STOP_NO: ReadonlySet<string> = new Set(
  (
    // bokmål function words
    'og i på til for med av som at det den de dem en et ei er var være vært blir ble bli blitt ' +
    'har hadde ha kan kunne skal skulle vil ville må måtte bør burde får fikk få gjør gjøre gjort ' +
    'om fra ut inn opp ned over under etter før mellom mot ved hos uten gjennom innen innenfor ' +
    'utenfor langs rundt blant siden enn eller men både så da når hvor hva hvem hvilke hvilken ' +
    'hvordan hvorfor hvis dersom fordi slik sånn også ikke ingen noe noen nok bare kun allerede ' +
    'fortsatt samt seg sin sitt sine vår vårt våre vi oss du deg dere han hun hennes hans ' +
    'dets deres man jeg meg min mitt mine ditt dine denne dette disse her der dit hit ' +
    'alle alt all hver hvert hele annen annet andre egen eget egne selv sjøl samme slike ' +
    'mer mest mye flere fleste mange færre minst mindre litt svært veldig meget godt ' +
    'nå snart ofte alltid aldri igjen lenger fram frem tilbake dessuten derfor likevel ' +
    'blant herunder iht pr mv osv bl a dvs f eks ca ' +
    // nynorsk function words (where they differ)
    'ein eit eg ho dei kva kven korleis kvifor kvar kvart kvarandre ikkje mykje meir fleire ' +
    'berre frå heile heilt eigen eige eigne sjølv vere vore vart blei vert verte kunne skulle ' +
    'medan difor dersom og òg også saman mellom gjennom utan innanfor utanfor når noko nokon ' +
    'nokre nokså slik sånn vår vårt våre oss me vi dykk dykkar hennar hans deira sitt sine ' +
    'sin desse dette denne der her no alltid aldri framleis lenger fram attende elles ' +
    // «i stedet for» / «i staden for» (instead of) is a way of saying «not»: the catalog texts use it
    // four times («i stedet for å lage alt selv»); «sted» on its own («på ett sted») is no topic either
    'sted stedet steder stedene istedenfor isteden stad staden stader ' +
    // goal boilerplate (both forms): modal/aspect words and vague quantities
    'sørge sørgje bidra bidrar bidreg legge leggje til rette tilrettelegge tilretteleggje ' +
    'gjennomføre gjennomføres gjennomførast ønsker ønskjer ' +
    'innen årlig årleg år året åra årene løpet perioden periode utgang utgangen ny nye nytt måte måten måtar måter ' +
    // keeping what is there: what a goal does to a system (`Beholde:` is a key of its own), not its topic
    'beholde beholder beholdes beholdt behalde beheld beheldt behaldast videreføre viderefører videreføres ' +
    'videreført videreføring vidareføre vidarefører vidareførast vidareført vidareføring ' +
    'dagens eksisterende nåværende noverande ' +
    // every goal is a municipality's goal: «kommunen» says nothing about the topic
    'kommune kommunen kommuner kommunene kommunens kommunenes kommunal kommunale kommunalt ' +
    'kommuna kommunar kommunane'
  ).split(/\s+/),
);

/** English stop words and goal boilerplate. */
export const STOP_EN: ReadonlySet<string> = new Set(
  (
    'a an the and or but if then than so as of in on at to for from by with without within ' +
    'into onto over under about across against after before between among through during until up ' +
    'down out off is are was were be been being am do does did done has have had having will ' +
    'would shall should can could may might must it its it\'s this that these those there here ' +
    'we our ours us you your they them their he she his her i me my mine who whom whose which ' +
    'what when where why how all any each every both either neither some such no not nor only ' +
    'own same other others another more most less least many much few fewer very also just ' +
    'already still yet again further once even too via per etc eg ie e g i e ' +
    'ensure make makes made get gets got use used uses using set sets put instead ' +
    'new year years annual annually period way ways manner end ends ended ' +
    // keeping what is there: what a goal does to a system (`Retain:` is a key of its own), not its topic
    'keep keeps kept keeping retain retains retained retaining continue continues continued continuing ' +
    'maintain maintains maintained maintaining current existing ' +
    'municipality municipalities municipality\'s municipal council councils'
  ).split(/\s+/),
);

/**
 * Words that say what a goal does, or how much, but not what it is about:
 * verbs of doing and adjectives of degree that strategy texts use on every
 * topic («innføre», «etablere», «styrke», «bedre»), and words with a second,
 * topical sense the ranker cannot tell apart («eldre»: older / elderly; «søk»:
 * a search, where «søke» is to apply). Unlike stop words they stay in the
 * index (a goal reusing «Styrke sikkerheten …» still reuses that title), but
 * they weigh little, and an objective matched on them alone is no suggestion.
 * Written forms after nynorsk folding (so «betre», «styrkje» are covered);
 * «bruker» is not listed: it is also «user».
 */
export const GENERIC_NO: ReadonlySet<string> = new Set(
  (
    'innføre innfører innføres innført innførte innføring innføringen innførast ' +
    'etablere etablerer etableres etablert etablerte etablering etableringen etablerast ' +
    'styrke styrker styrkes styrket styrka styrkast styrking styrkingen styrkinga ' +
    'bedre forbedre forbedrer forbedres forbedret forbedra forbedring forbedringer ' +
    'ordne ordner ordnes ordnet ordna ordnast ' +
    'følge følger følges fulgt fulgte følgast ' +
    'sende sender sendes sendt sendte sendast ' +
    'ta tar tas tatt tok takast ' +
    'bruk bruke brukes brukt brukte bruken bruka brukast ' +
    'gi gir gis gitt ga givast ' +
    'lage lager lages laget laga lagast ' +
    'skape skaper skapes skapt skapte skapast ' +
    'øke øker økes økt økte økast økning økningen ' +
    'god gode ' +
    'system systemer systemet systemene systema ' +
    // where, not what: «lokal brukerstøtte» is about user support («lokale» is also «premises»)
    'lokal lokale lokalt ' +
    // every strategy is made of goals: «Nytt mål for kommunen» says nothing about which
    'mål målet målene måla ' +
    // every system comes with a contract: «avtalen» is no sign of a data processing agreement
    'avtale avtalen avtaler avtalene avtala avtalar avtalane ' +
    // needing something: «innbyggere som trenger det» is not «medarbeidere trenger kompetanse»
    'trenge trenger trengs trengte trengt treng trengst ' +
    // who answers for a goal («ansvarlig leder», «Ansvarlig: IKT-sjefen»), not «ansvarlig KI»
    'ansvarlig ansvarlige ansvarleg ansvarlege ' +
    // running, moving, finding: what a goal does, not the life events «Starte og drive en
    // bedrift», «Ny i Norge» (flytte til Norge), «Miste og finne jobb»
    'drive driver drives drev drevet driv drivast ' +
    'flytte flytter flyttes flyttet flytta flyttar flyttast flytting ' +
    'finne finner finnes fant funnet fann finst ' +
    // how, not what, as «digital»: «elektronisk faktura» is no sign of «elektronisk id» (eID)
    'elektronisk elektroniske ' +
    // a second, topical sense
    'eldre søk'
  ).split(/\s+/),
);

/** English counterpart of `GENERIC_NO`. */
export const GENERIC_EN: ReadonlySet<string> = new Set(
  (
    'introduce introduces introduced introducing introduction ' +
    'establish establishes established establishing establishment ' +
    'strengthen strengthens strengthened strengthening ' +
    'improve improves improved improving improvement improvements better ' +
    'enhance enhances enhanced enhancing ' +
    'implement implements implemented implementing implementation ' +
    'take takes taken taking took follow follows followed following ' +
    'send sends sent sending give gives given giving ' +
    'create creates created creating increase increases increased increasing ' +
    'good system systems management ' +
    // where, not what: «local user support» is about user support
    'local locally ' +
    'goal goals objective objectives ' +
    // who answers for a goal; running, moving, finding (see GENERIC_NO)
    'responsible ' +
    'run runs running ran move moves moved moving find finds found finding ' +
    // every system comes with a contract
    'agreement agreements contract contracts ' +
    // how, not what: «electronic invoicing» is no sign of «electronic id» (eID)
    'electronic electronically ' +
    // a second sense: «older» archives, not the elderly
    'older'
  ).split(/\s+/),
);

/**
 * Words that almost every goal of an inter-municipal cooperation uses: that the
 * members do something together («felles», «sammen»), as one («én», «ett»),
 * that it is about ICT («IKT»), that there is a plan. Beside a word of the
 * topic they weigh as any word («felles sak- og arkivsystem», «IKT-samarbeid»,
 * «kun én gang», «individuell plan»), but
 * on their own they are no evidence of it: «Én felles servicedesk» is not about
 * «Én digital offentlig sektor», «felles økosystem» or «kun én gang», «Grønn
 * IKT» not about «IKT-sikkerhet». Written forms after nynorsk folding («saman»
 * → «sammen»). «Tjenester» is as common, but not listed: a goal about
 * services that shares only that word with an objective it links to would then
 * share nothing with it, and weak-link would question the link.
 */
export const WEAK_NO: ReadonlySet<string> = new Set(
  (
    'felles fellesskap fellesskapet sammen én éin éi ett eitt ikt ' +
    // every strategy makes plans: «plan for gjenoppretting» is not «individuell plan» (DS19-I2-L2)
    'plan planen planer planene planar planane'
  ).split(' '),
);

/** English counterpart of `WEAK_NO`. */
export const WEAK_EN: ReadonlySet<string> = new Set('shared common joint jointly together one single ict plan plans'.split(' '));

/**
 * Whole-word nynorsk → bokmål replacements, applied before stemming.
 * Only words whose bokmål form differs in the stem (the stemmer unifies most
 * inflection; see `NN_SUBSTRINGS` for roots that also occur inside compounds).
 */
export const NN_WORDS: ReadonlyMap<string, string> = new Map([
  ['kvardag', 'hverdag'], ['kvardagen', 'hverdagen'], ['kvardagar', 'hverdager'],
  ['betre', 'bedre'], ['betring', 'bedring'], ['forbetre', 'forbedre'], ['forbetring', 'forbedring'],
  ['auke', 'øke'], ['auka', 'økt'], ['aukar', 'øker'], ['auken', 'økningen'], ['aukande', 'økende'],
  ['opne', 'åpne'], ['open', 'åpen'], ['ope', 'åpent'], ['opnar', 'åpner'], ['opning', 'åpning'],
  ['born', 'barn'], ['borna', 'barna'], ['borne', 'barne'],
  ['eige', 'egen'], ['eigne', 'egne'], ['eigar', 'eier'], ['eigarar', 'eiere'],
  ['gje', 'gi'], ['gjev', 'gir'], ['gjeve', 'gitt'],
  ['høve', 'anledning'], ['røynsle', 'erfaring'], ['røynsler', 'erfaringer'],
  ['tilbod', 'tilbud'], ['tilboda', 'tilbudene'], ['tilbodet', 'tilbudet'],
  ['arbeidsgjevar', 'arbeidsgiver'], ['arbeidsgjevarar', 'arbeidsgivere'],
  ['mogleg', 'mulig'], ['moglege', 'mulige'], ['moglegheit', 'mulighet'], ['moglegheiter', 'muligheter'],
  ['vidare', 'videre'], ['vidareutvikle', 'videreutvikle'], ['vidarebruk', 'viderebruk'],
  ['heimel', 'hjemmel'], ['lovheimel', 'lovhjemmel'],
  ['nettstad', 'nettsted'], ['nettstaden', 'nettstedet'],
  ['ynskje', 'ønske'], ['ønskje', 'ønske'], ['tenkje', 'tenke'], ['søkje', 'søke'],
  ['fylgje', 'følge'], ['følgje', 'følge'], ['oppfølgjing', 'oppfølging'],
  ['kommunane', 'kommunene'], ['kommunar', 'kommuner'],
  ['verksemdene', 'virksomhetene'], ['verksemda', 'virksomheten'],
  ['nokre', 'noen'], ['sjå', 'se'],
  ['tal', 'tall'], ['talet', 'tallet'], ['tala', 'tallene'], ['løn', 'lønn'], ['løna', 'lønna'],
  ['naudsynt', 'nødvendig'], ['naudsynte', 'nødvendige'], ['døme', 'eksempel'],
]);

/**
 * Nynorsk roots → bokmål roots, replaced anywhere in a word so that they also
 * work inside compounds (brukarstøtte → brukerstøtte, tenesteutvikling →
 * tjenesteutvikling). Ordered: longer, more specific roots first. Each root was
 * chosen because it does not occur inside bokmål words.
 */
export const NN_SUBSTRINGS: readonly (readonly [string, string])[] = [
  ['løysing', 'løsning'],
  ['løys', 'løs'],
  ['tenest', 'tjenest'],
  ['verksemd', 'virksomhet'],
  ['tryggleik', 'sikkerhet'],
  ['sikkerheit', 'sikkerhet'],
  ['innbyggjar', 'innbygger'],
  ['brukar', 'bruker'],
  ['tilsetting', 'ansettelse'],
  ['tilsett', 'ansatt'],
  ['rettleiing', 'veiledning'],
  ['rettleiar', 'veileder'],
  ['rettleie', 'veilede'],
  ['leiing', 'ledelse'],
  ['leiar', 'leder'],
  ['handsaming', 'behandling'],
  ['handsame', 'behandle'],
  ['sjølvbeten', 'selvbetjen'],
  ['sjølv', 'selv'],
  ['heilskap', 'helhet'],
  ['heildigital', 'heldigital'],
  ['fleir', 'fler'],
  ['medverknad', 'medvirkning'],
  ['verknad', 'virkning'],
  ['samanheng', 'sammenheng'],
  ['saman', 'sammen'],
  ['søkjar', 'søker'],
  ['søkj', 'søk'],
  ['sjuk', 'syk'],
  ['heime', 'hjemme'],
  ['heim', 'hjem'],
  ['skule', 'skole'],
  ['rekneskap', 'regnskap'],
  ['rekn', 'regn'],
  ['fylgj', 'følg'],
  ['byggj', 'bygg'],
  ['forvalting', 'forvaltning'],
  ['tilgjengeleg', 'tilgjengelig'],
  ['foreining', 'forening'],
  ['eining', 'enhet'],
  ['openheit', 'åpenhet'],
  ['anskaffing', 'anskaffelse'],
  ['avgjerd', 'avgjørelse'],
  ['tiltru', 'tillit'],
  ['utanforskap', 'utenforskap'],
  ['utan', 'uten'],
  ['framtid', 'fremtid'],
  ['ferdigheit', 'ferdighet'],
  ['heit', 'het'],
  ['oppgåv', 'oppgav'],
  ['handter', 'håndter'],
  ['hending', 'hendelse'],
  ['omgrep', 'begrep'],
  ['førebygg', 'forebygg'],
  ['eigar', 'eier'],
  ['lønsam', 'lønnsom'],
  ['høyring', 'høring'],
  ['styresmakt', 'myndighet'],
  ['venleg', 'vennlig'],
  ['vennleg', 'vennlig'],
];

/**
 * Abbreviations → the words they stand for, per analysis language. The
 * expansion is indexed in place of the abbreviation, so «KI», «AI» and
 * «kunstig intelligens» meet. Keys are lower-case; `upperOnly` ones count only
 * when written in capitals (English «it» is a pronoun, «IT» is not).
 */
export interface Abbreviation {
  no: string;
  en: string;
  upperOnly?: boolean;
}
export const ABBREVIATIONS: ReadonlyMap<string, Abbreviation> = new Map<string, Abbreviation>([
  ['ki', { no: 'kunstig intelligens', en: 'artificial intelligence' }],
  ['ai', { no: 'kunstig intelligens', en: 'artificial intelligence', upperOnly: true }],
  ['ikt', { no: 'ikt', en: 'ict' }],
  ['ict', { no: 'ikt', en: 'ict' }],
  ['it', { no: 'ikt', en: 'ict', upperOnly: true }],
  ['ros', { no: 'risiko sårbarhet analyse', en: 'risk vulnerability analysis', upperOnly: true }],
  ['mfa', { no: 'flerfaktorautentisering', en: 'multi factor authentication' }],
  ['2fa', { no: 'flerfaktorautentisering', en: 'multi factor authentication' }],
  ['tofaktorautentisering', { no: 'flerfaktorautentisering', en: 'multi factor authentication' }],
  ['multifaktorautentisering', { no: 'flerfaktorautentisering', en: 'multi factor authentication' }],
  ['rpa', { no: 'robotisering prosessautomatisering', en: 'robotic process automation' }],
  ['gdpr', { no: 'personvern personvernforordningen', en: 'gdpr data protection privacy' }],
  ['dpia', { no: 'personvernkonsekvensvurdering', en: 'data protection impact assessment' }],
  ['pvk', { no: 'personvernkonsekvensvurdering', en: 'data protection impact assessment' }],
  ['isms', { no: 'styringssystem informasjonssikkerhet', en: 'information security management system' }],
  ['nsm', { no: 'nasjonal sikkerhetsmyndighet', en: 'national security authority' }],
  ['api', { no: 'api grensesnitt', en: 'api interface' }],
  ['saas', { no: 'skytjeneste', en: 'cloud service' }],
  ['sso', { no: 'felles innlogging', en: 'single sign on' }],
  ['wcag', { no: 'wcag universell utforming', en: 'wcag accessibility' }],
  ['uu', { no: 'universell utforming', en: 'universal design' }],
  ['eid', { no: 'elektronisk id', en: 'electronic id' }],
  ['llm', { no: 'språkmodell kunstig intelligens', en: 'language model artificial intelligence' }],
  ['gpt', { no: 'språkmodell kunstig intelligens', en: 'language model artificial intelligence' }],
  ['chatgpt', { no: 'språkmodell kunstig intelligens', en: 'language model artificial intelligence' }],
  ['hr', { no: 'personal', en: 'human resources', upperOnly: true }],
  ['soc', { no: 'sikkerhetsovervåking', en: 'security monitoring', upperOnly: true }],
  ['iks', { no: 'interkommunalt selskap', en: 'inter-municipal company' }],
  ['smb', { no: 'små mellomstore bedrifter', en: 'small medium enterprises' }],
  ['sme', { no: 'små mellomstore bedrifter', en: 'small medium enterprises' }],
  ['smes', { no: 'små mellomstore bedrifter', en: 'small medium enterprises' }],
]);

/**
 * Heads that make a compound a time frame, not a topic (Norwegian, folded):
 * «avtaleperioden», «planperioden», «strategiperioden», «budsjettåret» say
 * when, as «perioden» and «året» do on their own (stop words). Their first part
 * («avtale», «plan») would otherwise match a keyword about something else
 * («databehandleravtale», «kontinuitetsplan»).
 */
export const TIME_FRAME_HEADS: readonly string[] = ['perioden', 'periode', 'perioder', 'periodene', 'periodar', 'periodane', 'året', 'årene', 'åra'];

/**
 * How a derived word continues after the word it is derived from: «sentral-isere»,
 * «moderne-isering», «central-isation». A compound split never takes such an
 * ending for the unknown part of a word (see `Analyzer.splitCompound`): the verb
 * «sentralisere» is not a kind of «sentral» (as «frivilligsentral» is).
 */
export const DERIVATION_START = /^(?:ifiser|iser|isat|izat|ise|ize|ering|itet|ighet|ity)/;

/**
 * Short words (3 letters) allowed as a part of a compound; longer parts need
 * 4+ letters. Without this limit, «sam-arbeid» or «inn-syn» would be split.
 */
export const SHORT_PARTS: ReadonlySet<string> = new Set([
  'sak', 'app', 'ikt', 'sky', 'vei', 'veg', 'lov', 'ros', 'sms', 'api', 'nav', 'bil', 'bok', 'kart',
]);

/**
 * Common words of municipal strategy texts (bokmål base forms). With the
 * catalogs' vocabulary they form the lexicon compounds are split against:
 * «brukerstøtte» splits only because both «bruker» and «støtte» are known.
 */
export const MUNICIPAL_WORDS: readonly string[] = (
  // services and sectors
  'tjeneste tjenester helse omsorg pleie sykehjem hjemmetjeneste hjemmesykepleie legevakt fastlege ' +
  'pasient pasientjournal journal barnehage skole elev elever lærer undervisning oppvekst barnevern ' +
  'barn familie ungdom eldre senior bolig bygg byggesak plan planlegging reguleringsplan kart ' +
  'eiendom oppmåling matrikkel vann avløp renovasjon avfall vei veg trafikk kollektiv parkering ' +
  'kultur bibliotek idrett fritid frivillig frivillighet næring næringsliv bedrift landbruk miljø klima ' +
  'energi beredskap brann redning krise sosial nav flyktning integrering introduksjon ' +
  'velferd velferdsteknologi teknologi tilsyn alarm trygghetsalarm sensor ' +
  // administration
  'sak saks saksbehandling behandling saksbehandler vedtak søknad søker skjema brev post arkiv ' +
  'dokument dokumentasjon innsyn journalføring politikk politiker kommunestyre administrasjon ' +
  'ledelse leder ansatt ansatte medarbeider personal lønn rekruttering kompetanse opplæring kurs ' +
  'økonomi budsjett regnskap faktura betaling innkjøp anskaffelse avtale kontrakt leverandør ' +
  'marked konkurranse prosjekt portefølje program styring styringsmodell organisering ' +
  'gevinst gevinstrealisering kostnad kostnader tid ressurs kvalitet effekt nytte mål ' +
  'samarbeid samhandling dialog medvirkning involvering kommunikasjon informasjon kanal ' +
  'rapport rapportering statistikk analyse indikator måling ' +
  // technology
  'digital digitalisering data datasett database register grunndata dele deling bruk bruker ' +
  'brukere brukerne støtte brukerstøtte system fagsystem løsning plattform portal nettside ' +
  'side nett nettverk bredbånd fiber mobil dekning infrastruktur sky skytjeneste drift ' +
  'server lagring sikkerhet sikring informasjonssikkerhet personvern tilgang tilgangsstyring ' +
  'innlogging autentisering identitet passord angrep virus hendelse avvik risiko sårbarhet ' +
  'integrasjon arkitektur standard standardisering felles komponent komponenter utvikling ' +
  'utvikle innovasjon pilot test testing automatisering robot robotisering prosess ' +
  'arbeidsprosess arbeidsflyt selvbetjening chat chatbot assistent modell språk språkmodell ' +
  'kunstig intelligens algoritme maskinlæring app applikasjon verktøy utstyr pc nettbrett ' +
  'telefon skjerm video møte strategi handlingsplan tiltak endring omstilling ' +
  'innbygger innbyggere virksomhet kommune fylkeskommune region stat sektor offentlig privat ' +
  'inkludering tilgjengelighet utforming universell ferdighet ferdigheter hjelp veiledning ' +
  'service servicetorg kontor senter sentral tillit åpenhet kvalitet'
).split(/\s+/);
