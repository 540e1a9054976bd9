/**
 * Labels of the alignment report in bokmål, nynorsk and English. The report's
 * language is the workspace's `language` unless the caller (CLI `--lang`, the
 * editor setting) overrides it. Pure data: usable from the CLI, the language
 * server and tests alike.
 */
import type { Lang, Severity } from '../engine/types.js';
import { formatNumber as formatEngineNumber } from '../engine/text/numbers.js';
import { surfaceData, type Surface } from '../engine/surface.js';
/** Suggestion scores with the language's decimal mark, as the messages write them. */
export { formatScore } from '../engine/text/numbers.js';

const en = {
  title: 'Alignment report',
  subtitle: 'Which national objectives each member serves, where goals collide and which goals float free',
  generatedBy: 'Made with Samstemt',
  frameworks: 'National frameworks',
  overview: 'At a glance',
  members: 'Members',
  member: 'Member',
  goals: 'Goals',
  /** `goals` for a count of one. */
  goalsOne: 'Goal',
  /** How many goals are dropped (`Status: avbrutt`), after a count of goals: one, several. */
  droppedCount: ['1 dropped', '{n} dropped'] as [string, string],
  /** A dropped goal's mark in the list of all goals. */
  statusDropped: 'dropped',
  goal: 'Goal',
  linked: 'Linked to national objectives',
  linkedShort: 'Linked',
  population: 'Population',
  kind: 'Kind',
  findings: 'Findings',
  objectives: 'Objectives',
  objective: 'Objective',
  objectivesCovered: 'Objectives covered',
  coverage: 'Coverage: members × national objectives',
  coverageIntro:
    'Each cell counts the goals of a member that serve a national objective. The first number counts goals that name the objective themselves (direct); “+n” counts goals that serve it through a goal they contribute to or belong under (inherited). Darker means more goals. Click a cell for the goals behind it.',
  coverageLegend: 'Goals per cell',
  noFrameworks: 'No national framework is enabled: add one to «frameworks» in samstemt.yaml (DS19, DN30 or your own).',
  direct: 'direct',
  inherited: 'inherited',
  none: 'none',
  via: 'via',
  notCovered: 'not covered',
  membersCovering: 'members',
  coverageDetails: 'Goals behind each cell',
  conflicts: 'Conflicts between goals',
  conflictsIntro: 'Goals of different owners that pull the cooperation apart while both are active.',
  noConflicts: 'No conflicts found.',
  rule: 'Rule',
  severity: 'Severity',
  overlap: 'Overlap',
  status: 'Status',
  /** A conflict's status. */
  open: 'open',
  /** Of several conflicts (nb «åpne», nn «opne»). */
  openPlural: 'open',
  accepted: 'accepted',
  /** A conflict some of whose goals have accepted it, others not (it counts as open). */
  partlyAccepted: 'partly accepted',
  /** «partly accepted; still open for: …» */
  openFor: 'still open for',
  reason: 'Reason',
  acceptedBy: 'recorded in',
  sharedMembers: 'both concern',
  sharedIndicator: 'shared indicator',
  sharedResource: 'same resource',
  activeBoth: 'both active',
  overbookedIn: 'overbooked in',
  message: 'Details',
  unlinked: 'Goals without a national objective',
  unlinkedOne: 'Goal without a national objective',
  unlinkedIntro: 'These goals support no national objective, directly or through the goals they contribute to. The suggestions are ranked by how well the goal’s words match each objective.',
  noUnlinked: 'Every goal is linked to a national objective.',
  suggestions: 'Suggested objectives',
  matched: 'matched',
  noSuggestion: 'no objective matches the goal’s words',
  capacity: 'Demand and capacity of shared resources',
  capacityIntro: 'What the goals active in each year require of a shared resource («requires»), against its capacity in samstemt.yaml. A goal counts in every year its active window touches.',
  noCapacity: 'No shared resource is required by any goal.',
  capacityLine: 'capacity',
  demand: 'Demand',
  year: 'Year',
  overCapacity: 'over capacity',
  withinCapacity: 'within capacity',
  perYear: 'a year',
  contributions: 'Contribution tree',
  contributionsIntro: 'Member goals that contribute to the goals of the company or the network, and the national objectives those goals serve.',
  noContributions: 'No goal contributes to another goal.',
  allGoals: 'All goals by member',
  file: 'File',
  deadline: 'deadline',
  contributesTo: 'contributes to',
  contributors: 'contributors',
  total: 'total',
  and: 'and',
  kinds: { kommune: 'municipality', fylkeskommune: 'county', selskap: 'company', nettverk: 'network', stat: 'state' } as Record<string, string>,
  severities: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' } as Record<Severity, string>,
  severitiesPlural: { error: 'errors', warning: 'warnings', info: 'infos', hint: 'hints' } as Record<Severity, string>,
  rules: {
    'conflict-system-choice': 'Different systems',
    'conflict-direction': 'Opposite directions',
    'conflict-deadline': 'Deadline after the goal it serves',
    'conflict-capacity': 'Capacity overbooked',
    'possible-conflict': 'Possible conflict (from the texts)',
  } as Record<string, string>,
  stance: { adopt: 'adopts', retain: 'retains', phaseOut: 'retires', increase: 'increase', decrease: 'decrease', maintain: 'maintain', requires: 'requires', deadline: 'deadline' },
  mdLegend: '● direct · ○ inherited only · – none',
  mdMore: 'and {n} more',
};

export type Labels = typeof en;

const nb: Labels = {
  title: 'Samstemthetsrapport',
  subtitle: 'Hvilke nasjonale mål hvert medlem bidrar til, hvor målene kolliderer, og hvilke mål som henger i løse luften',
  generatedBy: 'Laget med Samstemt',
  frameworks: 'Nasjonale strategier',
  overview: 'Oversikt',
  members: 'Medlemmer',
  member: 'Medlem',
  goals: 'Mål',
  goalsOne: 'Mål',
  droppedCount: ['1 avbrutt', '{n} avbrutt'],
  statusDropped: 'avbrutt',
  goal: 'Mål',
  linked: 'Koblet til nasjonale mål',
  linkedShort: 'Koblet',
  population: 'Innbyggere',
  kind: 'Type',
  findings: 'Funn',
  objectives: 'Nasjonale mål',
  objective: 'Nasjonalt mål',
  objectivesCovered: 'Nasjonale mål dekket',
  coverage: 'Dekning: medlemmer × nasjonale mål',
  coverageIntro:
    'Hver celle teller målene til et medlem som støtter et nasjonalt mål. Det første tallet teller mål som selv nevner det nasjonale målet (direkte); «+n» teller mål som støtter det gjennom et mål de bidrar til eller hører under (arvet). Mørkere betyr flere mål. Klikk på en celle for å se målene bak.',
  coverageLegend: 'Mål per celle',
  noFrameworks: 'Ingen nasjonal strategi er slått på: legg til en i «frameworks» i samstemt.yaml (DS19, DN30 eller deres egen).',
  direct: 'direkte',
  inherited: 'arvet',
  none: 'ingen',
  via: 'via',
  notCovered: 'ikke dekket',
  membersCovering: 'medlemmer',
  coverageDetails: 'Målene bak hver celle',
  conflicts: 'Konflikter mellom mål',
  conflictsIntro: 'Mål med ulike eiere som trekker samarbeidet i hver sin retning mens begge er aktive.',
  noConflicts: 'Ingen konflikter funnet.',
  rule: 'Regel',
  severity: 'Alvorlighet',
  overlap: 'Overlapp',
  status: 'Status',
  open: 'åpen',
  openPlural: 'åpne',
  accepted: 'akseptert',
  partlyAccepted: 'delvis akseptert',
  openFor: 'fortsatt åpen for',
  reason: 'Begrunnelse',
  acceptedBy: 'registrert i',
  sharedMembers: 'begge gjelder',
  sharedIndicator: 'felles indikator',
  sharedResource: 'samme ressurs',
  activeBoth: 'begge aktive',
  overbookedIn: 'overbooket i',
  message: 'Detaljer',
  unlinked: 'Mål uten kobling til nasjonale mål',
  unlinkedOne: 'Mål uten kobling til nasjonale mål',
  unlinkedIntro: 'Disse målene støtter ingen nasjonale mål, verken direkte eller gjennom målene de bidrar til. Forslagene er rangert etter hvor godt ordene i målet passer med hvert nasjonale mål.',
  noUnlinked: 'Alle mål er koblet til et nasjonalt mål.',
  suggestions: 'Foreslåtte nasjonale mål',
  matched: 'treff',
  noSuggestion: 'ingen nasjonale mål passer med ordene i målet',
  capacity: 'Behov og kapasitet for felles ressurser',
  capacityIntro: 'Hva målene som er aktive hvert år, krever av en felles ressurs («Krever»), mot kapasiteten i samstemt.yaml. Et mål teller i hvert år perioden det er aktivt i, berører.',
  noCapacity: 'Ingen mål krever felles ressurser.',
  capacityLine: 'kapasitet',
  demand: 'Behov',
  year: 'År',
  overCapacity: 'over kapasiteten',
  withinCapacity: 'innenfor kapasiteten',
  perYear: 'i året',
  contributions: 'Bidragstre',
  contributionsIntro: 'Medlemsmål som bidrar til målene til selskapet eller nettverket, og de nasjonale målene disse målene støtter.',
  noContributions: 'Ingen mål bidrar til andre mål.',
  allGoals: 'Alle mål per medlem',
  file: 'Fil',
  deadline: 'frist',
  contributesTo: 'bidrar til',
  contributors: 'bidragsytere',
  total: 'totalt',
  and: 'og',
  kinds: { kommune: 'kommune', fylkeskommune: 'fylkeskommune', selskap: 'selskap', nettverk: 'nettverk', stat: 'stat' },
  severities: { error: 'feil', warning: 'advarsel', info: 'merknad', hint: 'tips' },
  severitiesPlural: { error: 'feil', warning: 'advarsler', info: 'merknader', hint: 'tips' },
  rules: {
    'conflict-system-choice': 'Ulike systemvalg',
    'conflict-direction': 'Motsatte retninger',
    'conflict-deadline': 'Frist etter målet det bidrar til',
    'conflict-capacity': 'Overbooket kapasitet',
    'possible-conflict': 'Mulig konflikt (fra teksten)',
  },
  stance: { adopt: 'innfører', retain: 'beholder', phaseOut: 'avvikler', increase: 'øke', decrease: 'redusere', maintain: 'opprettholde', requires: 'krever', deadline: 'frist' },
  mdLegend: '● direkte · ○ bare arvet · – ingen',
  mdMore: 'og {n} til',
};

const nn: Labels = {
  ...nb,
  members: 'Medlemer',
  coverage: 'Dekning: medlemer × nasjonale mål',
  membersCovering: 'medlemer',
  open: 'open',
  openPlural: 'opne',
  openFor: 'framleis open for',
  sharedResource: 'same ressurs',
  withinCapacity: 'innanfor kapasiteten',
  title: 'Samstemtheitsrapport',
  // «målet er avbrote», «måla er avbrotne»; the status value authors write is «avbroten».
  droppedCount: ['1 avbrote', '{n} avbrotne'],
  statusDropped: 'avbroten',
  subtitle: 'Kva for nasjonale mål kvart medlem bidreg til, kvar måla kolliderer, og kva for mål som heng i lause lufta',
  generatedBy: 'Laga med Samstemt',
  frameworks: 'Nasjonale strategiar',
  message: 'Detaljar',
  overview: 'Oversyn',
  population: 'Innbyggjarar',
  coverageIntro:
    'Kvar celle tel måla til eit medlem som støttar eit nasjonalt mål. Det første talet tel mål som sjølve nemner det nasjonale målet (direkte); «+n» tel mål som støttar det gjennom eit mål dei bidreg til eller høyrer under (arva). Mørkare tyder fleire mål. Klikk på ei celle for å sjå måla bak.',
  inherited: 'arva',
  noFrameworks: 'Ingen nasjonal strategi er slått på: legg til ein i «frameworks» i samstemt.yaml (DS19, DN30 eller dykkar eigen).',
  notCovered: 'ikkje dekt',
  coverageDetails: 'Måla bak kvar celle',
  conflictsIntro: 'Mål med ulike eigarar som dreg samarbeidet i kvar si retning medan begge er aktive.',
  noConflicts: 'Ingen konfliktar funne.',
  conflicts: 'Konfliktar mellom mål',
  severity: 'Alvor',
  reason: 'Grunngjeving',
  sharedMembers: 'begge gjeld',
  overbookedIn: 'overbooka i',
  unlinked: 'Mål utan kopling til nasjonale mål',
  unlinkedOne: 'Mål utan kopling til nasjonale mål',
  objectivesCovered: 'Nasjonale mål dekte',
  unlinkedIntro: 'Desse måla støttar ingen nasjonale mål, verken direkte eller gjennom måla dei bidreg til. Framlegga er rangerte etter kor godt orda i målet passar med kvart nasjonale mål.',
  noUnlinked: 'Alle mål er kopla til eit nasjonalt mål.',
  suggestions: 'Føreslegne nasjonale mål',
  noSuggestion: 'ingen nasjonale mål passar med orda i målet',
  capacity: 'Behov og kapasitet for felles ressursar',
  capacityIntro: 'Kva måla som er aktive kvart år, krev av ein felles ressurs («Krev»), mot kapasiteten i samstemt.yaml. Eit mål tel i kvart år perioden det er aktivt i, rører ved.',
  noCapacity: 'Ingen mål krev felles ressursar.',
  linked: 'Kopla til nasjonale mål',
  linkedShort: 'Kopla',
  contributions: 'Bidragstre',
  contributionsIntro: 'Medlemsmål som bidreg til måla til selskapet eller nettverket, og dei nasjonale måla desse måla støttar.',
  noContributions: 'Ingen mål bidreg til andre mål.',
  allGoals: 'Alle mål per medlem',
  contributesTo: 'bidreg til',
  contributors: 'bidragsytarar',
  severities: { error: 'feil', warning: 'åtvaring', info: 'merknad', hint: 'tips' },
  severitiesPlural: { error: 'feil', warning: 'åtvaringar', info: 'merknader', hint: 'tips' },
  rules: {
    'conflict-system-choice': 'Ulike systemval',
    'conflict-direction': 'Motsette retningar',
    'conflict-deadline': 'Frist etter målet det bidreg til',
    'conflict-capacity': 'Overbooka kapasitet',
    'possible-conflict': 'Mogleg konflikt (frå teksten)',
  },
  stance: { adopt: 'innfører', retain: 'held på', phaseOut: 'avviklar', increase: 'auke', decrease: 'redusere', maintain: 'halde oppe', requires: 'krev', deadline: 'frist' },
  mdLegend: '● direkte · ○ berre arva · – ingen',
};

const LABELS: Record<Lang, Labels> = { en, nb, nn };

export function labels(lang: Lang): Labels {
  return LANGS_OK.includes(lang) ? LABELS[lang] : en;
}
const LANGS_OK: readonly Lang[] = ['nb', 'nn', 'en'];

/**
 * A number with the language's digit grouping and decimal mark: 50 210 and
 * 2,5 (nb/nn), 50,210 and 2.5 (en). The same formatter as the messages of
 * `samstemt check`, so a population reads the same in both (1 100); with a
 * no-break space, so a number does not wrap.
 */
export function formatNumber(n: number, lang: Lang): string {
  return formatEngineNumber(n, lang, '\u00a0');
}

/** « (2 avbrutt)» after a count of goals when some are dropped, or nothing. */
export function droppedNote(dropped: number, lang: Lang): string {
  if (!dropped) return '';
  const [one, many] = labels(lang).droppedCount;
  return ` (${dropped === 1 ? one : many.replace('{n}', formatNumber(dropped, lang))})`;
}

/** A share 0..1 as a whole percentage: «83 %» (nb/nn), «83%» (en). */
export function formatPercent(share: number, lang: Lang): string {
  const p = Math.round(share * 100);
  return lang === 'en' ? `${p}%` : `${p}\u00a0%`;
}

const OMITTED: Record<Lang, { lead: string; duplicateId: [string, string]; noOwner: [string, string]; fix: string }> = {
  en: {
    lead: 'Not in this report:',
    duplicateId: ['1 goal whose ID another goal of the same owner also uses (duplicate-goal-id)', '{n} goals whose IDs other goals of the same owner also use (duplicate-goal-id)'],
    noOwner: ['1 goal in a document without an owner (missing-owner)', '{n} goals in documents without an owner (missing-owner)'],
    fix: 'Fix those errors ({see}) to bring them in.',
  },
  nb: {
    lead: 'Ikke med i rapporten:',
    duplicateId: ['1 mål med en ID som et annet mål hos samme eier også bruker (duplicate-goal-id)', '{n} mål med ID-er som andre mål hos samme eier også bruker (duplicate-goal-id)'],
    noOwner: ['1 mål i et dokument uten eier (missing-owner)', '{n} mål i dokumenter uten eier (missing-owner)'],
    fix: 'Rett disse feilene ({see}) for å få dem med.',
  },
  nn: {
    lead: 'Ikkje med i rapporten:',
    duplicateId: ['1 mål med ein ID som eit anna mål hos same eigar òg brukar (duplicate-goal-id)', '{n} mål med ID-ar som andre mål hos same eigar òg brukar (duplicate-goal-id)'],
    noOwner: ['1 mål i eit dokument utan eigar (missing-owner)', '{n} mål i dokument utan eigar (missing-owner)'],
    fix: 'Rett desse feila ({see}) for å få dei med.',
  },
};

const MISSING: Record<Lang, { noDocument: string; unreadable: string; elsewhere: string; elsewhereUnnamed: string }> = {
  en: {
    elsewhere: '{member} (a member of "{name}", {config}: a cooperation of its own, with a report of its own)',
    elsewhereUnnamed: '{member} (a member of the cooperation of {config}, with a report of its own)',
    noDocument: 'Without a strategy document (no goals in this report): {list}.',
    unreadable: 'Could not be read in full (parse-error; goals may be missing): {list}. Fix the errors ({see}).',
  },
  nb: {
    elsewhere: '{member} (medlem av «{name}», {config}: et eget samarbeid med egen rapport)',
    elsewhereUnnamed: '{member} (medlem av samarbeidet i {config}, med egen rapport)',
    noDocument: 'Uten strategidokument (ingen mål i rapporten): {list}.',
    unreadable: 'Kan ikke leses helt (parse-error, mål kan mangle): {list}. Rett feilene ({see}).',
  },
  nn: {
    elsewhere: '{member} (medlem av «{name}», {config}: eit eige samarbeid med eigen rapport)',
    elsewhereUnnamed: '{member} (medlem av samarbeidet i {config}, med eigen rapport)',
    noDocument: 'Utan strategidokument (ingen mål i rapporten): {list}.',
    unreadable: 'Kan ikkje lesast heilt (parse-error, mål kan mangle): {list}. Rett feila ({see}).',
  },
};

/** Where a reader of the report finds the errors it names, as the surface's phrase (engine/surface.ts). */
function seeErrors(surface: Surface, lang: Lang): string {
  return surfaceData(surface, lang)['seeErrors']!;
}

/**
 * What the report cannot show: members without a strategy document, and
 * files that cannot be read in full (with their owner, when it is known).
 */
export function missingNotes(r: { members: readonly { id: string; name: string; documents: number; elsewhere?: { name?: string; config: string } }[]; totals: { unreadable: readonly { file: string; owner?: string }[] } }, lang: Lang, surface: Surface = 'cli'): string[] {
  const t = MISSING[lang] ?? MISSING.en;
  const out: string[] = [];
  // A member of a cooperation nested in this one's folder (or around it) writes its strategy there.
  const elsewhere = (m: { name: string; elsewhere?: { name?: string; config: string } }) => {
    if (!m.elsewhere) return m.name;
    const values: Record<string, string> = { member: m.name, name: m.elsewhere.name ?? '', config: m.elsewhere.config };
    return (m.elsewhere.name ? t.elsewhere : t.elsewhereUnnamed).replace(/\{(member|name|config)\}/g, (_, k: string) => values[k]!);
  };
  const without = r.members.filter((m) => m.documents === 0).map(elsewhere);
  if (without.length) out.push(t.noDocument.replace('{list}', () => without.join(', ')));
  if (r.totals.unreadable.length) {
    const name = (id: string) => r.members.find((m) => m.id === id)?.name ?? id;
    out.push(t.unreadable.replace('{see}', seeErrors(surface, lang)).replace('{list}', () => r.totals.unreadable.map((u) => (u.owner ? `${u.file} (${name(u.owner)})` : u.file)).join(', ')));
  }
  return out;
}

/** Why the report counts fewer goals than `check`, or undefined when it counts them all. */
export function omittedNote(omitted: { duplicateId: number; noOwner: number }, lang: Lang, surface: Surface = 'cli'): string | undefined {
  const t = OMITTED[lang];
  const part = (n: number, [one, many]: [string, string]) => (n === 0 ? [] : [n === 1 ? one : many.replace('{n}', formatNumber(n, lang))]);
  const parts = [...part(omitted.duplicateId, t.duplicateId), ...part(omitted.noOwner, t.noOwner)];
  return parts.length ? `${t.lead} ${parts.join('; ')}. ${t.fix.replace('{see}', seeErrors(surface, lang))}` : undefined;
}
