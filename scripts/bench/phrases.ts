/**
 * Phrase banks for the benchmark workspace generator: realistic Norwegian
 * (bokmål) goal titles, descriptions, needs, benefits and indicators for the
 * themes inter-municipal ICT strategies actually cover, the systems used in
 * Norwegian municipalities per area, and a word map that turns the bokmål
 * prose into nynorsk for the nynorsk members.
 *
 * Only valid objective IDs of the shipped catalogs are used here; the
 * generator plants the invalid ones (typos) on purpose and counts them.
 */

export interface IndicatorTemplate {
  /** Free-text indicator (bokmål). */
  text: string;
  /** `%`: baseline/target are percentages; `n`: counts; `d`: days. */
  unit: '%' | 'n' | 'd';
  direction: 'øke' | 'redusere';
}

export interface Theme {
  /** Stem of goal IDs (`digital-byggesak`, `digital-byggesak-2`, …). */
  slug: string;
  area: string;
  /** Title variants. `{system}` is the system the goal adopts or keeps, `{kommune}` the member's short name. */
  titles: readonly string[];
  /** Titles used when the goal introduces a system (`{system}` filled in). */
  systemTitles?: readonly string[];
  /** Titles used when the goal keeps the current system. */
  retainTitles?: readonly string[];
  /** Objectives the theme plausibly supports (valid IDs only). */
  supports: readonly string[];
  indicators: readonly IndicatorTemplate[];
  needs: readonly string[];
  benefits: readonly string[];
  /** Description sentences. */
  desc: readonly string[];
  /** Relative frequency among member goals. */
  weight: number;
}

/** Systems per area: the first one a cooperation's company standardises on is drawn from these. */
export const SYSTEMS: Record<string, readonly string[]> = {
  hr: ['Visma HRM', 'SAP SuccessFactors', 'Huldt & Lillevik Lønn', 'Unit4 HR', 'Visma Lønn'],
  okonomi: ['Visma Enterprise', 'Unit4 ERP', 'Xledger', 'Agresso'],
  'sak-arkiv': ['Elements', 'Public 360', 'ACOS WebSak', 'ePhorte'],
  helse: ['Gerica', 'Profil', 'CosDoc', 'Visma Flyt Helse'],
  oppvekst: ['Visma Flyt Skole', 'Vigilo', 'IST Everyday', 'Conexus Engage'],
  'plan-bygg': ['eByggesak', 'Komtek', 'ISY Byggsak', 'Ambita Byggesak'],
  infrastruktur: ['Microsoft 365', 'Google Workspace', 'Azure Virtual Desktop', 'Citrix'],
};

export const AREAS = ['hr', 'okonomi', 'sak-arkiv', 'helse', 'oppvekst', 'innbyggertjenester', 'infrastruktur', 'sikkerhet', 'plan-bygg'] as const;

export const THEMES: readonly Theme[] = [
  {
    slug: 'digital-byggesak',
    area: 'plan-bygg',
    titles: ['Digital byggesak', 'Heldigital byggesaksbehandling', 'Byggesøknader mottas strukturert via Fellestjenester BYGG', 'Kortere saksbehandlingstid i byggesaker', 'Digitale sjekklister for tilsyn i byggesaker'],
    systemTitles: ['Digital byggesak med {system}', 'Ta i bruk {system} for byggesaksbehandling'],
    retainTitles: ['Beholde {system} for byggesak ut avtaleperioden'],
    supports: ['DS19-M2', 'DS19-M3', 'DN30-M1', 'DS19-I2-L6'],
    indicators: [
      { text: 'andel byggesøknader mottatt digitalt', unit: '%', direction: 'øke' },
      { text: 'gjennomsnittlig saksbehandlingstid for byggesaker i dager', unit: 'd', direction: 'redusere' },
    ],
    needs: ['Byggesøknader kommer fortsatt på papir og e-post, og søkerne må sende de samme vedleggene flere ganger.', 'Saksbehandlerne bruker mye tid på å etterspørre mangler i søknadene.'],
    benefits: ['Kortere saksbehandlingstid og færre mangelbrev.', 'Søknader mottas strukturert og kan behandles uten manuell registrering.'],
    desc: [
      'Søkerne skal kunne sende inn, følge og få svar på byggesaken digitalt.',
      'Løsningen kobles til Fellestjenester BYGG og matrikkelen.',
      'Vi tar i bruk digitale sjekklister og maler for vedtak.',
      'Næringslivet får raskere svar og færre runder med mangelbrev.',
    ],
    weight: 5,
  },
  {
    slug: 'velferdsteknologi',
    area: 'helse',
    titles: ['Velferdsteknologi i hjemmetjenesten', 'Digitalt tilsyn for hjemmeboende', 'Elektroniske medisindispensere til hjemmeboende', 'Trygghetsalarmer over på digital plattform', 'Felles responssenter for velferdsteknologi', 'Digital hjemmeoppfølging av kronisk syke'],
    supports: ['DS19-M2', 'DN30-M1', 'DS19-I2'],
    indicators: [
      { text: 'antall brukere med digitalt tilsyn', unit: 'n', direction: 'øke' },
      { text: 'andel hjemmeboende med trygghetsalarm på digital plattform', unit: '%', direction: 'øke' },
      { text: 'antall brukere med elektronisk medisindispenser', unit: 'n', direction: 'øke' },
    ],
    needs: ['Flere eldre skal bo lenger hjemme, og hjemmetjenesten har ikke folk nok til flere fysiske besøk.', 'De analoge trygghetsalarmene slutter å virke når telenettet legges om.'],
    benefits: ['Færre unødvendige besøk og en tryggere hverdag for brukerne.', 'Hjemmetjenesten frigjør tid til de brukerne som trenger mest hjelp.'],
    desc: [
      'Velferdsteknologi gir en tryggere hverdag for eldre som bor hjemme.',
      'Tjenesten kobles til responssenteret og legevakten.',
      'Pårørende får varsel når noe ikke er som det skal.',
      'Vi tar i bruk velferdsteknologi som en del av ordinær drift, ikke som prosjekt.',
    ],
    weight: 6,
  },
  {
    slug: 'pasientjournal',
    area: 'helse',
    titles: ['Felles pasientjournal i helse og omsorg', 'Elektronisk meldingsutveksling med fastleger og sykehus', 'Kjernejournal og e-resept i sykehjemmene', 'Digital samhandling med spesialisthelsetjenesten'],
    systemTitles: ['Ny pasientjournal: {system}', 'Innføre {system} i helse og omsorg'],
    retainTitles: ['Beholde {system} i pleie og omsorg', 'Videreføre {system} til avtalen går ut'],
    supports: ['DS19-M2', 'DS19-M5', 'DN30-M1'],
    indicators: [{ text: 'andel meldinger til fastlege sendt elektronisk', unit: '%', direction: 'øke' }],
    needs: ['Sykepleierne dokumenterer i to systemer og skriver ut meldinger som sendes på papir.', 'Journalsystemet har ikke støtte for kjernejournal og e-resept.'],
    benefits: ['Riktig informasjon om pasienten der den trengs, og mindre dobbeltdokumentasjon.', 'Tryggere legemiddelhåndtering og færre avvik.'],
    desc: ['Helsepersonell skal ha tilgang til oppdatert informasjon når de trenger den.', 'Journalen kobles til Norsk helsenett og kjernejournal.', 'Avtalen med dagens leverandør løper ut i perioden.'],
    weight: 3,
  },
  {
    slug: 'sak-arkiv',
    area: 'sak-arkiv',
    titles: ['Digitalt førstevalg i saksbehandlingen', 'Fullelektronisk arkiv', 'Avlevering til interkommunalt arkiv', 'Digital postmottak og skanning', 'Innsyn i postjournal på nett'],
    systemTitles: ['Nytt sak- og arkivsystem: {system}', 'Overgang til {system} for sak og arkiv', 'Felles sak- og arkivløsning i {system}'],
    retainTitles: ['Beholde {system} ut avtaleperioden', 'Videreføre {system} for sak og arkiv'],
    supports: ['DS19-M2', 'DS19-M5', 'DS19-M1', 'DN30-F1'],
    indicators: [
      { text: 'andel inngående post som journalføres digitalt', unit: '%', direction: 'øke' },
      { text: 'andel saker med elektronisk arkiv', unit: '%', direction: 'øke' },
    ],
    needs: ['Saksbehandlere i ulike kommuner kan ikke dele saker, og arkivrutinene er forskjellige.', 'Papirarkivet tar plass, og mange saker skannes fortsatt manuelt.'],
    benefits: ['Lavere lisenskostnad og enklere samhandling mellom kommunene.', 'Raskere innsyn og mindre tid brukt på registrering.'],
    desc: [
      'Løsningen integreres med KS Fiks og SvarUt.',
      'Innbyggerne og pressen får innsyn i postjournalen på nett.',
      'Arkivet avleveres digitalt til det interkommunale arkivet.',
      'Saksbehandlerne slipper dobbeltregistrering mellom fagsystem og arkiv.',
    ],
    weight: 5,
  },
  {
    slug: 'lonn-hr',
    area: 'hr',
    titles: ['Digital personalforvaltning', 'Elektroniske arbeidsavtaler og personalmapper', 'Selvbetjening for ansatte og ledere', 'Digital rekruttering og onboarding'],
    systemTitles: ['Nytt lønns- og personalsystem: {system}', 'Innføre {system} for lønn og personal', 'Felles HR-system: {system}'],
    retainTitles: ['Beholde {system} for lønn', 'Behold dagens personalsystem {system} ut perioden'],
    supports: ['DS19-M6', 'DN30-M3', 'DS19-M5'],
    indicators: [
      { text: 'andel ansatte med elektronisk personalmappe', unit: '%', direction: 'øke' },
      { text: 'andel reiseregninger levert digitalt', unit: '%', direction: 'øke' },
    ],
    needs: ['Personalmappene ligger på papir, og lederne bruker mye tid på manuelle skjemaer.', 'Lønnssystemet er utdatert og krever manuelle rutiner ved hver lønnskjøring.'],
    benefits: ['Én lisensavtale og én driftsmodell; sparer årsverk i lønn og personal.', 'Ledere og ansatte ordner selv det som før krevde skjema og e-post.'],
    desc: ['Ansatte og ledere skal kunne ordne fravær, reiser og timelister selv.', 'Lønnskjøringen skal gå uten manuelle korreksjoner.', 'Løsningen gir ledere oversikt over kompetanse og bemanning.'],
    weight: 4,
  },
  {
    slug: 'okonomi',
    area: 'okonomi',
    titles: ['Elektronisk faktura og innkjøp', 'Digital budsjettprosess', 'Automatisert fakturabehandling', 'Styringsinformasjon for ledere'],
    systemTitles: ['Nytt økonomisystem: {system}', 'Innføre {system} for økonomi og innkjøp'],
    retainTitles: ['Beholde {system} for økonomi'],
    supports: ['DS19-M6', 'DN30-M3', 'DS19-I7'],
    indicators: [
      { text: 'andel inngående fakturaer som behandles automatisk', unit: '%', direction: 'øke' },
      { text: 'antall manuelle bilag per måned', unit: 'n', direction: 'redusere' },
    ],
    needs: ['Fakturaer attesteres på papir og e-post, og budsjettet settes sammen i regneark.', 'Lederne mangler oppdatert styringsinformasjon gjennom året.'],
    benefits: ['Raskere fakturabehandling og færre purringer.', 'Bedre styringsinformasjon og mindre tid brukt på rapportering.'],
    desc: ['Alle fakturaer skal mottas og behandles elektronisk.', 'Lederne får oppdaterte tall for eget ansvarsområde hver måned.', 'Innkjøp samordnes gjennom felles avtaler.'],
    weight: 3,
  },
  {
    slug: 'gevinstrealisering',
    area: 'okonomi',
    titles: ['Systematisk gevinstrealisering', 'Gevinstplan for alle digitaliseringsprosjekter', 'Behov før anskaffelse', 'Felles porteføljestyring av digitaliseringsprosjekter'],
    supports: ['DS19-M6', 'DN30-M3', 'DS19-I6', 'DN30-F1'],
    indicators: [
      { text: 'andel prosjekter med gevinstrealiseringsplan', unit: '%', direction: 'øke' },
      { text: 'andel nye anskaffelser med godkjent behovsbeskrivelse', unit: '%', direction: 'øke' },
    ],
    needs: ['Flere systemer er kjøpt inn før behovet var beskrevet.', 'Vi vet ikke om prosjektene gir de gevinstene som ble lovet.'],
    benefits: ['Pengene brukes der de gir mest effekt.', 'Gevinstene rapporteres og tas ut i budsjettet.'],
    desc: ['Alle prosjekter skal ha en gevinstplan med eier i linjen.', 'Vi måler effekt og effektivisering ett år etter innføring.', 'Porteføljerådet prioriterer prosjektene etter nytte og kostnad.'],
    weight: 4,
  },
  {
    slug: 'informasjonssikkerhet',
    area: 'sikkerhet',
    titles: ['Styringssystem for informasjonssikkerhet', 'ROS-analyser for kritiske systemer', 'Tofaktorautentisering for alle ansatte', 'Beredskap mot dataangrep', 'Sikkerhetskopier som tåler løsepengevirus', 'Opplæring i informasjonssikkerhet og personvern'],
    supports: ['DS19-I9', 'DN30-F3', 'DN30-F2'],
    indicators: [
      { text: 'andel kritiske systemer med oppdatert ROS-analyse', unit: '%', direction: 'øke' },
      { text: 'andel ansatte som har gjennomført e-læring i informasjonssikkerhet', unit: '%', direction: 'øke' },
      { text: 'antall alvorlige sikkerhetshendelser per år', unit: 'n', direction: 'redusere' },
    ],
    needs: ['Kommunen har ikke gjort risikovurdering av informasjonssikkerheten i systemene på flere år.', 'Angrep med løsepengevirus har rammet flere kommuner i Norge.'],
    benefits: ['Lavere risiko for driftsavbrudd og brudd på personvernet.', 'Vi oppfyller kravene i personvernforordningen og sikkerhetsloven.'],
    desc: ['Styringssystemet bygger på ISO 27001 og Normen.', 'Vi øver på beredskapsplanen minst én gang i året.', 'Alle ansatte får opplæring i informasjonssikkerhet og personvern.', 'Tilgangsstyringen gjennomgås hvert år.'],
    weight: 5,
  },
  {
    slug: 'digital-kompetanse',
    area: 'hr',
    titles: ['Digital kompetanse for alle ansatte', 'Superbrukere i alle enheter', 'Kompetanseløft for ledere i digital omstilling', 'E-læring i nye verktøy'],
    supports: ['DS19-I8', 'DN30-M3'],
    indicators: [
      { text: 'andel ansatte som har fullført grunnkurs i digitale verktøy', unit: '%', direction: 'øke' },
      { text: 'antall superbrukere med fullført opplæring', unit: 'n', direction: 'øke' },
    ],
    needs: ['Mange ansatte bruker bare en liten del av verktøyene de har tilgang til.', 'Lederne etterspør kompetanse i å lede digital omstilling.'],
    benefits: ['Bedre bruk av verktøyene vi allerede betaler for.', 'Færre henvendelser til brukerstøtten.'],
    desc: ['Kompetanseheving og opplæring for alle ansatte, med lokale superbrukere i hver enhet.', 'Opplæringen tilpasses den enkelte tjenesten.', 'Vi bruker KS Læring til e-læringskurs.'],
    weight: 5,
  },
  {
    slug: 'datadeling',
    area: 'infrastruktur',
    titles: ['Felles integrasjonsplattform for datadeling', 'Åpne data fra kommunen', 'Datadeling med statlige etater', 'Felles datakatalog', 'Masterdata for adresser og eiendommer'],
    systemTitles: ['Felles integrasjonsplattform i {system}'],
    supports: ['DS19-M4', 'DS19-I3', 'DN30-I1', 'DS19-M5'],
    indicators: [
      { text: 'antall datasett publisert som åpne data', unit: 'n', direction: 'øke' },
      { text: 'antall punkt-til-punkt-integrasjoner', unit: 'n', direction: 'redusere' },
    ],
    needs: ['Fagsystemene utveksler data gjennom mange punkt-til-punkt-integrasjoner som hver må vedlikeholdes for seg.', 'Innbyggerne må oppgi de samme opplysningene flere ganger.'],
    benefits: ['Nye fagsystemer kobles på uten nye integrasjoner, og dataene kan gjenbrukes på tvers.', 'Innbyggerne slipper å oppgi opplysninger kommunen allerede har.'],
    desc: ['Data skal deles gjennom én plattform og beskrives i en felles datakatalog.', 'Vi publiserer data som åpne data der det er mulig.', 'Løsningen bygger på nasjonale fellesløsninger.'],
    weight: 4,
  },
  {
    slug: 'kunstig-intelligens',
    area: 'innbyggertjenester',
    titles: ['Ansvarlig bruk av kunstig intelligens', 'KI-assistent for saksbehandlere', 'Retningslinjer for bruk av generativ KI', 'Utprøving av språkmodeller i kommunen', 'Chatbot for innbyggerdialog'],
    supports: ['DN30-I2', 'DN30-T3', 'DN30-M3', 'DS19-M3'],
    indicators: [
      { text: 'antall tjenester som bruker kunstig intelligens', unit: 'n', direction: 'øke' },
      { text: 'andel ansatte med opplæring i bruk av KI', unit: '%', direction: 'øke' },
    ],
    needs: ['Ansatte bruker allerede KI-verktøy uten felles retningslinjer for personvern.', 'Servicetorget besvarer mange enkle spørsmål om åpningstider, renovasjon og skjema.'],
    benefits: ['Saksbehandlerne bruker mindre tid på å skrive sammendrag og utkast.', 'Enkle spørsmål besvares hele døgnet, og servicetorget frigjør tid til veiledning.'],
    desc: ['Vi prøver ut kunstig intelligens i avgrensede tjenester før bredere bruk.', 'Bruken skal følge retningslinjer for personvern og etikk.', 'Chatboten kobles til kunnskapsbasen i servicetorget.'],
    weight: 4,
  },
  {
    slug: 'bredband',
    area: 'infrastruktur',
    titles: ['Bredbånd til alle husstander', 'Høyhastighetsbredbånd i hele kommunen', 'Mobildekning langs fylkesveiene', 'Fiber til grendene'],
    supports: ['DN30-T1', 'DN30-T2', 'DN30-F2'],
    indicators: [
      { text: 'andel husstander med tilbud om minst 100 Mbit/s', unit: '%', direction: 'øke' },
      { text: 'andel husstander med tilbud om minst 1 Gbit/s', unit: '%', direction: 'øke' },
    ],
    needs: ['En del av husstandene, mest i utkantene, har bare tilbud om bredbånd under 100 Mbit/s.', 'Dårlig mobildekning gjør det vanskelig å bruke velferdsteknologi hjemme hos brukerne.'],
    benefits: ['Det blir mulig å bo, drive næring og jobbe digitalt i hele kommunen.', 'Robuste nett styrker beredskapen.'],
    desc: ['Kommunen søker statlig bredbåndstilskudd der markedet ikke bygger ut.', 'God mobildekning og robuste nett er også viktig for beredskapen.'],
    weight: 3,
  },
  {
    slug: 'digital-post',
    area: 'innbyggertjenester',
    titles: ['Digital post til innbyggerne', 'Digitalt førstevalg for søknader', 'Selvbetjening på minside', 'Digital dialog med innbyggerne', 'Klart språk i digitale tjenester'],
    supports: ['DS19-M3', 'DS19-M2', 'DN30-M1', 'DS19-I2'],
    indicators: [
      { text: 'andel utgående brev sendt via SvarUt til digital postkasse', unit: '%', direction: 'øke' },
      { text: 'andel søknader fra innbyggere mottatt digitalt', unit: '%', direction: 'øke' },
    ],
    needs: ['De fleste søknader kommer på papir eller e-post, og innbyggerne får ikke svar i digital postkasse.', 'Portoutgiftene øker hvert år.'],
    benefits: ['Digital selvbetjening gir en enklere hverdag for innbyggerne og frigjør tid på servicekontoret.', 'Lavere portokostnader og raskere svar.'],
    desc: ['Brev fra kommunen skal gå til digital postkasse, og innbyggerne skal kunne svare digitalt.', 'De som har reservert seg, får fortsatt brev på papir.', 'Innbyggerne logger inn med ID-porten.'],
    weight: 5,
  },
  {
    slug: 'digital-inkludering',
    area: 'innbyggertjenester',
    titles: ['Digital hjelp til eldre innbyggere', 'Digihjelpen på biblioteket', 'Universell utforming av nettsidene', 'Digital inkludering av nye innbyggere'],
    supports: ['DS19-M1', 'DN30-M1', 'DS19-I2-L4'],
    indicators: [{ text: 'antall innbyggere som har fått digital veiledning', unit: 'n', direction: 'øke' }],
    needs: ['Mange eldre innbyggere mangler digitale ferdigheter og står i fare for digitalt utenforskap.'],
    benefits: ['Flere kan bruke de digitale tjenestene selv.'],
    desc: ['Biblioteket og frivilligsentralen tilbyr digital veiledning hver uke.', 'Nettsidene skal oppfylle kravene til universell utforming.'],
    weight: 3,
  },
  {
    slug: 'skole',
    area: 'oppvekst',
    titles: ['Digitale læremidler i grunnskolen', 'Én digital enhet per elev', 'Digital kommunikasjon mellom skole og hjem', 'Digital søknad om barnehageplass', 'Personvern i skolens digitale verktøy'],
    systemTitles: ['Oppvekstadministrativt system: {system}', 'Innføre {system} i skole og barnehage'],
    retainTitles: ['Beholde {system} i skolen', 'Videreføre {system} for skole og barnehage'],
    supports: ['DS19-M2', 'DN30-M1', 'DS19-I8', 'DS19-I2-L1'],
    indicators: [
      { text: 'andel elever med egen digital enhet', unit: '%', direction: 'øke' },
      { text: 'andel barnehagesøknader mottatt digitalt', unit: '%', direction: 'øke' },
    ],
    needs: ['Skolene bruker ulike systemer for kommunikasjon med foresatte.', 'Lærerne mangler tid og støtte til å ta i bruk digitale læremidler.'],
    benefits: ['Foreldrene får all informasjon ett sted.', 'Elevene får lik tilgang til digitale læremidler.'],
    desc: ['Skole og barnehage skal bruke ett system for kommunikasjon med foreldrene.', 'Lærerne får opplæring i pedagogisk bruk av digitale læremidler.', 'Alle verktøy skal ha en vurdering av personvernet.'],
    weight: 4,
  },
  {
    slug: 'skytjenester',
    area: 'infrastruktur',
    titles: ['Overgang til skytjenester', 'Moderne arbeidsflate for alle ansatte', 'Felles brukerkontoer og tilgangsstyring', 'Nedleggelse av lokale serverrom'],
    systemTitles: ['Ny arbeidsflate: {system}', 'Over på {system}'],
    retainTitles: ['Beholde {system} som arbeidsflate'],
    supports: ['DS19-M5', 'DN30-F2', 'DN30-M3'],
    indicators: [{ text: 'andel fagsystemer driftet i skyen', unit: '%', direction: 'øke' }],
    needs: ['Serverrommet er gammelt og uten reservestrøm.', 'Ansatte har ulike brukerkontoer i ulike systemer.'],
    benefits: ['Lavere driftskostnader og sikrere drift.', 'Ansatte kan jobbe trygt fra hvor som helst.'],
    desc: ['Fagsystemene flyttes til skyen etter en vurdering av risiko og personvern.', 'Alle ansatte får én brukerkonto med tofaktorautentisering.'],
    weight: 3,
  },
  {
    slug: 'geodata',
    area: 'plan-bygg',
    titles: ['Digitale reguleringsplaner', 'Digital medvirkning i planarbeidet', 'Oppdatert kartgrunnlag', 'Planregister på nett'],
    supports: ['DS19-M1', 'DS19-I3', 'DN30-I1', 'DN30-M1'],
    indicators: [
      { text: 'antall innspill til planforslag mottatt digitalt per år', unit: 'n', direction: 'øke' },
      { text: 'andel reguleringsplaner i digitalt planregister', unit: '%', direction: 'øke' },
    ],
    needs: ['Reguleringsplanene ligger som skannede PDF-filer og kan ikke brukes i kartløsningene.'],
    benefits: ['Innbyggerne kan se planforslag i kart og gi innspill digitalt.'],
    desc: ['Innbyggerne skal kunne se planforslag i kart og gi innspill digitalt.', 'Planregisteret skal følge nasjonal produktspesifikasjon.'],
    weight: 2,
  },
  {
    slug: 'brukerstotte',
    area: 'infrastruktur',
    titles: ['Brukerstøtte som fungerer for alle', 'Selvbetjent brukerstøtte', 'Bedre oppetid på fagsystemene'],
    supports: ['DS19-I6', 'DN30-F1', 'DN30-M3'],
    indicators: [
      { text: 'andel henvendelser til brukerstøtten løst innen én arbeidsdag', unit: '%', direction: 'øke' },
      { text: 'gjennomsnittlig løsningstid for henvendelser i dager', unit: 'd', direction: 'redusere' },
    ],
    needs: ['Ansatte venter for lenge på hjelp, særlig i hjemmetjenesten og på skolene.'],
    benefits: ['Ansatte får hjelp der de er, og mindre tid går tapt.'],
    desc: ['Brukerstøtten skal være tilgjengelig på telefon, chat og selvbetjeningsportal.', 'Vi måler brukertilfredshet etter hver henvendelse.'],
    weight: 2,
  },
  {
    slug: 'nav-digisos',
    area: 'innbyggertjenester',
    titles: ['Digital søknad om økonomisk sosialhjelp', 'Digital oppfølging i introduksjonsprogrammet', 'Sammenhengende tjenester for arbeidssøkere'],
    supports: ['DS19-I2-L3', 'DS19-I2-L4', 'DS19-M2', 'DN30-M1'],
    indicators: [{ text: 'andel søknader om sosialhjelp mottatt digitalt', unit: '%', direction: 'øke' }],
    needs: ['Søknader om sosialhjelp kommer på papir og må registreres manuelt.'],
    benefits: ['Raskere svar til søkerne og mindre registreringsarbeid.'],
    desc: ['Søknaden sendes digitalt via Digisos og kobles til fagsystemet.', 'Deltakerne i introduksjonsprogrammet får en digital individuell plan.'],
    weight: 2,
  },
];

/** Free-standing description sentences that fit any goal. */
export const GENERIC_DESC: readonly string[] = [
  'Målet følges opp i årsrapporten.',
  'Arbeidet skjer i samarbeid med de andre kommunene i regionen.',
  'Tiltaket finansieres innenfor dagens budsjettrammer.',
  'Vi bygger på nasjonale fellesløsninger der de finnes.',
  'Innbyggerne og de ansatte involveres tidlig i arbeidet.',
  'Tiltaket er en del av handlingsplanen for digitalisering.',
  'Gevinstene tas ut som bedre tjenester og frigjort tid.',
  'Vi deler erfaringene med de andre medlemmene i samarbeidet.',
];

export const RESPONSIBLE: readonly string[] = [
  'kommunedirektøren',
  'digitaliseringsrådgiver',
  'kommunalsjef for helse og omsorg',
  'kommunalsjef for oppvekst',
  'leder for servicetorget',
  'personalsjef',
  'økonomisjef',
  'arkivleder',
  'IKT-koordinator',
  'plan- og byggesakssjef',
];

export const ACCEPT_REASONS: readonly string[] = [
  'differensiert løsning vedtatt i porteføljerådet',
  'avtalen løper ut i perioden; overgang avtalt med selskapet',
  'unntak vedtatt av eierrådet',
  'kommunen er for liten til at overgangen gir gevinst nå',
];

/** First and second parts of fictional municipality names. */
export const NAME_HEADS = [
  'Fjell', 'Strand', 'Vass', 'Sjø', 'Myr', 'Li', 'Berg', 'Elve', 'Skog', 'Nes', 'Dal', 'Holm', 'Øy', 'Bø', 'Stor', 'Mid', 'Lang', 'Kvit', 'Rød',
  'Bjørke', 'Furu', 'Eike', 'Hav', 'Sol', 'Nord', 'Sør', 'Aust', 'Vest', 'Grøn', 'Kvern', 'Sand', 'Stein', 'Lund', 'Åker', 'Ny', 'Mo', 'Hov', 'Rein',
];
export const NAME_TAILS = ['bygd', 'vik', 'dal', 'nes', 'fjord', 'strand', 'sund', 'berg', 'haug', 'øy', 'by', 'land', 'mo', 'eid', 'våg', 'stad', 'heim', 'voll'];

/** Fictional regions, one per cooperation. */
export const REGIONS = [
  'Nordfjell', 'Sørdal', 'Vestkyst', 'Austvik', 'Midtfjord', 'Innlandet Nord', 'Havbrott', 'Solstrand', 'Kvitfjell', 'Grønnli', 'Storhavet', 'Fjordkysten',
  'Dalbygda', 'Skogheim', 'Elvedalen', 'Øyriket', 'Sandvika Sør', 'Reinheia', 'Bergkysten', 'Vidda', 'Langfjorden', 'Furuskog', 'Nesodden Vest', 'Bjørkedal',
  'Holmsund', 'Steinvåg', 'Mosjøen Sør', 'Lundeby', 'Åkerbygd', 'Nyfjord', 'Hovland', 'Kvernhus', 'Rødfjell', 'Sjøsiden', 'Myrland', 'Lisida',
  'Eikeland', 'Solheim', 'Vestheia', 'Nordkysten', 'Austfjella', 'Midtlandet', 'Havsund', 'Strandsida',
];

/** Bokmål → nynorsk, word by word (lower case; a capital first letter is kept). */
export const NB_TO_NN: Record<string, string> = {
  ikke: 'ikkje', hva: 'kva', hvordan: 'korleis', mye: 'mykje', hele: 'heile', hver: 'kvar', hvert: 'kvart', noen: 'nokon', disse: 'desse',
  tjeneste: 'teneste', tjenesten: 'tenesta', tjenester: 'tenester', tjenestene: 'tenestene',
  løsning: 'løysing', løsningen: 'løysinga', løsninger: 'løysingar', løsningene: 'løysingane',
  fellesløsning: 'fellesløysing', fellesløsninger: 'fellesløysingar', fellesløsningene: 'fellesløysingane',
  ansatte: 'tilsette', ansatt: 'tilsett', innbygger: 'innbyggjar', innbyggere: 'innbyggjarar', innbyggerne: 'innbyggjarane',
  være: 'vere', fra: 'frå', sammen: 'saman', flere: 'fleire', bare: 'berre', også: 'òg', uten: 'utan', mulig: 'mogleg',
  virksomhet: 'verksemd', virksomheter: 'verksemder', kommunene: 'kommunane', kommuner: 'kommunar', systemer: 'system', systemene: 'systema',
  saksbehandlere: 'saksbehandlarar', saksbehandlerne: 'saksbehandlarane', søkerne: 'søkjarane', brukere: 'brukarar', brukerne: 'brukarane',
  brukerstøtte: 'brukarstøtte', brukerstøtten: 'brukarstøtta', hjemmetjenesten: 'heimetenesta', hjemmeboende: 'heimebuande', hjemme: 'heime',
  bedre: 'betre', enklere: 'enklare', tryggere: 'tryggare', raskere: 'raskare', lavere: 'lågare', høyere: 'høgare', kortere: 'kortare',
  sikkerhet: 'tryggleik', informasjonssikkerhet: 'informasjonstryggleik', informasjonssikkerheten: 'informasjonstryggleiken',
  sykehjemmene: 'sjukeheimane', sykehus: 'sjukehus', skolen: 'skulen', skolene: 'skulane', grunnskolen: 'grunnskulen', elever: 'elevar',
  elevene: 'elevane', lærerne: 'lærarane', barnehager: 'barnehagar', gjøre: 'gjere', gjør: 'gjer', tar: 'tek', tatt: 'teke', blir: 'blir',
  lisenser: 'lisensar', avtaler: 'avtalar', leverandører: 'leverandørar', eierkommunene: 'eigarkommunane', medlemmene: 'medlemene',
  ledere: 'leiarar', lederne: 'leiarane', prosjekter: 'prosjekt', prosjektene: 'prosjekta', gevinster: 'gevinstar', gevinstene: 'gevinstane',
  rutiner: 'rutinar', muligheter: 'moglegheiter', nødvendig: 'naudsynt', eldre: 'eldre', egen: 'eigen', eget: 'eige', egne: 'eigne',
  tiden: 'tida', byggesak: 'byggjesak', byggesaker: 'byggjesaker', byggesøknader: 'byggjesøknader', søknader: 'søknader',
  henvendelser: 'førespurnader', spørsmål: 'spørsmål', foreldrene: 'foreldra', husstander: 'hushald', husstandene: 'hushalda',
  opplysninger: 'opplysningar', fakturaer: 'fakturaer', regneark: 'rekneark', pårørende: 'pårørande', deltakerne: 'deltakarane',
  digitaliseringsstrategi: 'digitaliseringsstrategi', vedtatt: 'vedteken', kommunestyret: 'kommunestyret', satser: 'satsar',
  arbeidssøkere: 'arbeidssøkjarar', utkantene: 'utkantane', enheter: 'einingar', enhet: 'eining', enheten: 'eininga',
  de: 'dei', kommer: 'kjem', fortsatt: 'framleis', mangler: 'manglar', selvbetjening: 'sjølvbetening', hverdag: 'kvardag', hverdagen: 'kvardagen',
  følge: 'følgje', samme: 'same', vedleggene: 'vedlegga', etterspørre: 'etterspørje', medeier: 'medeigar', erfaringene: 'erfaringane',
  tidlig: 'tidleg', logger: 'loggar', bruker: 'brukar', brukes: 'blir brukt', byggesaken: 'byggjesaka', involveres: 'blir involverte',
  sendes: 'blir sende', mottas: 'blir mottekne', kobles: 'blir kopla', tas: 'blir tekne', deles: 'blir delte', flyttes: 'blir flytta',
  gjennomgås: 'blir gjennomgått', tilpasses: 'blir tilpassa', besvares: 'blir svara på', publiserer: 'publiserer', utveksler: 'utvekslar',
  viktig: 'viktig', søker: 'søkjer', øker: 'aukar', legges: 'blir lagt', eid: 'eigd', drifter: 'driftar', prioriterer: 'prioriterer',
innsatsområder: 'innsatsområde', fagområder: 'fagområde', én: 'éin', si: 'seie', gjelder: 'gjeld',
};

/** Typos authors make in property keys (bokmål spelling → typo), for `unknown-property`. */
export const KEY_TYPOS: Record<string, readonly string[]> = {
  Område: ['Omårde', 'Områd', 'Omrde'],
  Støtter: ['Støter', 'Stötter', 'Støtte'],
  Frist: ['First', 'Frsit', 'Fristen'],
  Indikator: ['Indiaktor', 'Indikatorer'],
  Målverdi: ['Målveri', 'Mål verdi'],
  Gevinst: ['Gevist', 'Gevinster'],
  Behov: ['Behv', 'Behovet'],
};

/** Objective IDs authors write that are not in the catalogs (old, unverified, or mistyped). */
export const BAD_OBJECTIVES = ['DS19-I1', 'DS19-M7', 'DN30-M4', 'DS19-M22', 'DN30-T4', 'DS19-I10'];

/** Malformed deadlines. */
export const BAD_DATES = ['2025-31-12', '31.12.2026', '2026-13-01', '2027-02-30', 'desember 2025'];

/** Area spellings that are not area ids. */
export const BAD_AREAS: Record<string, string> = {
  okonomi: 'økonomi',
  'sak-arkiv': 'sak/arkiv',
  innbyggertjenester: 'innbyggertjeneste',
  infrastruktur: 'infrastuktur',
  helse: 'helse og omsorg',
  oppvekst: 'skole',
  sikkerhet: 'sikkerheit',
  hr: 'personal',
  'plan-bygg': 'byggesak',
};
