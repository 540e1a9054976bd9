/**
 * Deterministic generator of benchmark workspaces: many inter-municipal
 * cooperations side by side (one `samstemt.yaml` each), one strategy document
 * per member, realistic Norwegian goals with properties, links, contributions
 * and a realistic share of conflicts and typos.
 *
 *   node out/scripts/bench/generate.js --preset national|large|sizes --out DIR [--seed N]
 *   node out/scripts/bench/generate.js --cooperations 3 --members 10 --goals 40 --out DIR
 *
 * The same options and seed always give the same bytes (mulberry32 PRNG, no
 * clock, no Math.random). Cooperation i is generated from (seed, i) alone, so
 * a smaller workspace is a prefix of a larger one: the growth curve compares
 * like with like.
 *
 * Shape of one cooperation (membersPerCooperation = 10):
 *   - an ICT company (kind selskap) and 9 municipalities of 500–60 000
 *     inhabitants (log-uniform; the first one is the large town);
 *   - the company standardises on one system in 4–6 areas (`Omfang: alle`,
 *     sometimes `Unntak` for the smallest member), raises the shared
 *     `medlemsavgift`, often centralises user support, and requires
 *     `utviklingskapasitet`;
 *   - members follow (adopt the same system, `Bidrar til` the company goal),
 *     or keep / adopt another system (a conflict, sometimes accepted with
 *     `Aksepterer`), the large town wants a lower fee (a direction conflict),
 *     a few want local support (a possible conflict);
 *   - ~70 % of goals are linked to DS19/DN30 (directly, via a contribution or
 *     as a sub-goal); ~2 % carry a typo (key, objective, date, area, reference);
 *   - ~25 % of municipalities write nynorsk (keys and prose), ~6 % use YAML.
 *
 * No dependencies beyond Node.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ACCEPT_REASONS,
  AREAS,
  BAD_AREAS,
  BAD_DATES,
  BAD_OBJECTIVES,
  GENERIC_DESC,
  KEY_TYPOS,
  NAME_HEADS,
  NAME_TAILS,
  NB_TO_NN,
  REGIONS,
  RESPONSIBLE,
  SYSTEMS,
  THEMES,
  type Theme,
} from './phrases.js';

/** Bump when the output changes for the same options (the bench caches generated workspaces by it). */
export const GENERATOR_VERSION = 2;

export interface GenerateOptions {
  cooperations: number;
  /** Members per cooperation, the company included (so 10 = 9 municipalities + 1 company). */
  membersPerCooperation: number;
  goalsPerMember: number;
  seed?: number;
}

export interface GenerateStats {
  options: Required<GenerateOptions>;
  generatorVersion: number;
  cooperations: number;
  documents: number;
  markdownDocuments: number;
  yamlDocuments: number;
  nynorskDocuments: number;
  goals: number;
  subGoals: number;
  /** Bytes of all generated files (UTF-8), configs included. */
  bytes: number;
  markdownBytes: number;
  yamlBytes: number;
  /** Goals that support an objective directly. */
  linkedDirect: number;
  /** Goals without `Støtter` that contribute to a goal (or are a sub-goal). */
  linkedIndirect: number;
  contributions: number;
  /** Member goals that keep or adopt another system than the company's shared one (planted conflicts). */
  systemConflicts: number;
  acceptedConflicts: number;
  directionConflicts: number;
  possibleConflicts: number;
  typos: Record<string, number>;
}

/** Named workspaces for the benchmark. */
export const PRESETS: Record<string, { name: string; options: GenerateOptions }[]> = {
  national: [{ name: 'national', options: { cooperations: 40, membersPerCooperation: 10, goalsPerMember: 40 } }],
  large: [{ name: 'large', options: { cooperations: 1, membersPerCooperation: 50, goalsPerMember: 40 } }],
  sizes: [
    { name: 'g1200', options: { cooperations: 3, membersPerCooperation: 10, goalsPerMember: 40 } },
    { name: 'g4000', options: { cooperations: 10, membersPerCooperation: 10, goalsPerMember: 40 } },
    { name: 'g8000', options: { cooperations: 20, membersPerCooperation: 10, goalsPerMember: 40 } },
    { name: 'g16000', options: { cooperations: 40, membersPerCooperation: 10, goalsPerMember: 40 } },
  ],
  /** One cooperation growing: cross-document rules over ever more goals in one workspace. */
  'one-coop': [
    { name: 'c13', options: { cooperations: 1, membersPerCooperation: 13, goalsPerMember: 40 } },
    { name: 'c25', options: { cooperations: 1, membersPerCooperation: 25, goalsPerMember: 40 } },
    { name: 'c50', options: { cooperations: 1, membersPerCooperation: 50, goalsPerMember: 40 } },
    { name: 'c100', options: { cooperations: 1, membersPerCooperation: 100, goalsPerMember: 40 } },
  ],
};

export const DEFAULT_SEED = 20240917;

// ---------------------------------------------------------------------------
// Random numbers

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes two integers into a seed (so cooperation i's stream does not depend on the others). */
function mix(a: number, b: number): number {
  let h = (a ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (b + 0x7f4a7c15), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

class Rng {
  readonly #next: () => number;
  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }
  float(): number {
    return this.#next();
  }
  chance(p: number): boolean {
    return this.#next() < p;
  }
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.#next() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.#next() * list.length)]!;
  }
  /** k distinct items, in list order. */
  sample<T>(list: readonly T[], k: number): T[] {
    const idx = list.map((_, i) => i);
    for (let i = idx.length - 1; i > 0; i--) {
      const j = Math.floor(this.#next() * (i + 1));
      [idx[i], idx[j]] = [idx[j]!, idx[i]!];
    }
    return idx
      .slice(0, Math.min(k, list.length))
      .sort((a, b) => a - b)
      .map((i) => list[i]!);
  }
  weighted<T extends { weight: number }>(list: readonly T[]): T {
    const total = list.reduce((s, x) => s + x.weight, 0);
    let r = this.#next() * total;
    for (const x of list) {
      r -= x.weight;
      if (r < 0) return x;
    }
    return list[list.length - 1]!;
  }
}

// ---------------------------------------------------------------------------
// Model of one cooperation

type Lang = 'nb' | 'nn';

interface Member {
  id: string;
  name: string;
  /** The name without «kommune» / «AS»: used in titles and prose. */
  short: string;
  kind: 'kommune' | 'selskap';
  population?: number;
  lang: Lang;
  format: 'md' | 'yaml';
  asciiIds: boolean;
}

/** A property as written: canonical key, value, and an optional misspelled key. */
interface Prop {
  key: string;
  value: string;
  typoKey?: string;
}

interface GoalSpec {
  id: string;
  title: string;
  props: Prop[];
  desc: string[];
  children: GoalSpec[];
  area: string;
  deadline?: Deadline;
}

interface SharedGoal {
  id: string;
  area: string;
  system?: string;
  /** The goal's deadline (contributing goals mostly finish before it). */
  deadline?: Deadline;
}

interface Deadline {
  text: string;
  year: number;
}

const KEY_NAMES: Record<string, { nb: string; nn: string; en: string }> = {
  area: { nb: 'Område', nn: 'Område', en: 'area' },
  adopt: { nb: 'Innføre', nn: 'Innføre', en: 'adopt' },
  retain: { nb: 'Beholde', nn: 'Behalde', en: 'retain' },
  'phase-out': { nb: 'Avvikle', nn: 'Avvikle', en: 'phase-out' },
  scope: { nb: 'Omfang', nn: 'Omfang', en: 'scope' },
  exempt: { nb: 'Unntak', nn: 'Unntak', en: 'exempt' },
  indicator: { nb: 'Indikator', nn: 'Indikator', en: 'indicator' },
  direction: { nb: 'Retning', nn: 'Retning', en: 'direction' },
  baseline: { nb: 'Utgangspunkt', nn: 'Utgangspunkt', en: 'baseline' },
  target: { nb: 'Målverdi', nn: 'Målverdi', en: 'target' },
  start: { nb: 'Fra', nn: 'Frå', en: 'start' },
  deadline: { nb: 'Frist', nn: 'Frist', en: 'deadline' },
  supports: { nb: 'Støtter', nn: 'Støttar', en: 'supports' },
  contributes: { nb: 'Bidrar til', nn: 'Bidreg til', en: 'contributes' },
  need: { nb: 'Behov', nn: 'Behov', en: 'need' },
  benefit: { nb: 'Gevinst', nn: 'Gevinst', en: 'benefit' },
  requires: { nb: 'Krever', nn: 'Krev', en: 'requires' },
  priority: { nb: 'Prioritet', nn: 'Prioritet', en: 'priority' },
  status: { nb: 'Status', nn: 'Status', en: 'status' },
  accepts: { nb: 'Aksepterer', nn: 'Aksepterer', en: 'accepts' },
  responsible: { nb: 'Ansvarlig', nn: 'Ansvarleg', en: 'responsible' },
};

/** Enum values per language (the generator writes bokmål; nynorsk and YAML documents get their own spelling). */
const ENUM_VALUES: Record<string, { nn: string; en: string }> = {
  øke: { nn: 'auke', en: 'increase' },
  redusere: { nn: 'redusere', en: 'decrease' },
  opprettholde: { nn: 'halde oppe', en: 'maintain' },
  høy: { nn: 'høg', en: 'high' },
  middels: { nn: 'middels', en: 'medium' },
  lav: { nn: 'låg', en: 'low' },
  planlagt: { nn: 'planlagt', en: 'planned' },
  pågår: { nn: 'pågår', en: 'active' },
  fullført: { nn: 'fullført', en: 'done' },
  avbrutt: { nn: 'avbroten', en: 'dropped' },
};
const ENUM_KEYS = new Set(['direction', 'priority', 'status']);

const SHARED_LABEL: Record<string, string> = {
  hr: 'lønns- og personalsystem',
  okonomi: 'økonomisystem',
  'sak-arkiv': 'sak- og arkivsystem',
  helse: 'pasientjournal i helse og omsorg',
  oppvekst: 'oppvekstsystem for skole og barnehage',
  'plan-bygg': 'byggesaksløsning',
  infrastruktur: 'arbeidsflate og brukerkontoer',
};

const SECTIONS: { title: string; areas: readonly string[] }[] = [
  { title: 'Tjenester til innbyggerne og næringslivet', areas: ['innbyggertjenester', 'plan-bygg'] },
  { title: 'Helse, omsorg og oppvekst', areas: ['helse', 'oppvekst'] },
  { title: 'Effektiv drift og felles fagsystemer', areas: ['hr', 'okonomi', 'sak-arkiv'] },
  { title: 'Infrastruktur og sikker drift', areas: ['infrastruktur', 'sikkerhet'] },
];

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'august', 'september', 'oktober', 'november', 'desember'];
const STOP_IN_IDS = new Set(['for', 'i', 'og', 'til', 'av', 'med', 'på', 'ut', 'som', 'fra', 'alle', 'den', 'det', 'en', 'et', 'nytt', 'ny', 'dagens', 'via', 'mot', 'per', 'om', 'under', 'etter', 'hele', 'nye', 'as', 'iks']);

// ---------------------------------------------------------------------------
// Text helpers

function toNynorsk(text: string): string {
  return text.replace(/[\p{L}]+/gu, (w, offset: number) => {
    const lower = w.toLowerCase();
    const nn = NB_TO_NN[lower];
    if (!nn) return w;
    if (w[0] === lower[0]) return nn;
    // A capital inside a sentence is a name («Ambita Byggesak»): keep it.
    const before = text.slice(Math.max(0, offset - 2), offset);
    return /^[^\p{L}]*$/u.test(text.slice(0, offset)) || /[.!?:]\s$/.test(before) ? nn.charAt(0).toUpperCase() + nn.slice(1) : w;
  });
}

function slugify(text: string, ascii: boolean): string {
  let s = text.toLowerCase();
  if (ascii) s = s.replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a');
  return s
    .replace(/[^a-z0-9æøå]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .split('-')
    .filter((w) => w && !STOP_IN_IDS.has(w))
    .slice(0, 3)
    .join('-');
}

function formatPopulation(n: number): string {
  // Norwegian thousands separator: 12 684.
  return n >= 1000 ? `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, '0')}` : String(n);
}

function monthEnd(year: number, month: number): string {
  const days = [31, year % 4 === 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return `${year}-${String(month).padStart(2, '0')}-${days}`;
}

/** A YAML scalar on one line, quoted when plain would be misread. */
function yamlScalar(s: string): string {
  return /^[\s\-?:,[\]{}#&*!|>'"%@`]|[:#]\s|\s#|:$|^\s|\s$/.test(s) || /^(true|false|null|yes|no|on|off|~)$/i.test(s) ? JSON.stringify(s) : s;
}

// ---------------------------------------------------------------------------
// Generation

interface CoopContext {
  rng: Rng;
  index: number;
  dir: string;
  name: string;
  company: Member;
  members: Member[];
  /** Company systems per area (the shared solution). */
  shared: Map<string, SharedGoal>;
  companyGoals: SharedGoal[];
  capacity: number;
  /** Set when the company has a `medlemsavgift` goal: true when it wants the fee up. */
  feeUp?: boolean;
  /** True when the company centralises user support. */
  centralSupport: boolean;
  stats: GenerateStats;
}

export function generate(outDir: string, options: GenerateOptions): GenerateStats {
  const opts: Required<GenerateOptions> = { seed: DEFAULT_SEED, ...options };
  const stats: GenerateStats = {
    options: opts,
    generatorVersion: GENERATOR_VERSION,
    cooperations: 0,
    documents: 0,
    markdownDocuments: 0,
    yamlDocuments: 0,
    nynorskDocuments: 0,
    goals: 0,
    subGoals: 0,
    bytes: 0,
    markdownBytes: 0,
    yamlBytes: 0,
    linkedDirect: 0,
    linkedIndirect: 0,
    contributions: 0,
    systemConflicts: 0,
    acceptedConflicts: 0,
    directionConflicts: 0,
    possibleConflicts: 0,
    typos: {},
  };
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const usedDirs = new Set<string>();
  for (let c = 0; c < opts.cooperations; c++) {
    const rng = new Rng(mix(opts.seed, c));
    const region = REGIONS[c % REGIONS.length]! + (c >= REGIONS.length ? ` ${Math.floor(c / REGIONS.length) + 1}` : '');
    let dirName = slugify(region, true).replace(/-/g, '') || `samarbeid-${c}`;
    while (usedDirs.has(dirName)) dirName += '-x';
    usedDirs.add(dirName);
    generateCooperation(path.join(outDir, dirName), region, c, rng, opts, stats);
  }
  writeFileSync(path.join(outDir, 'bench-manifest.json'), JSON.stringify(stats, null, 2) + '\n');
  return stats;
}

function generateCooperation(dir: string, region: string, index: number, rng: Rng, opts: Required<GenerateOptions>, stats: GenerateStats): void {
  stats.cooperations++;
  const nnShare = rng.pick([0, 0, 0.1, 0.25, 0.5, 0.8]);
  const companyShort = rng.pick([`IKT ${region}`, `${region} IKT`, `Digi ${region}`, `${region} Digital`]);
  const company: Member = {
    id: slugify(companyShort, true) || `selskap-${index}`,
    name: `${companyShort} ${rng.pick(['AS', 'IKS'])}`,
    short: companyShort,
    kind: 'selskap',
    lang: nnShare >= 0.5 && rng.chance(0.5) ? 'nn' : 'nb',
    format: 'md',
    asciiIds: true,
  };
  const members: Member[] = [];
  const used = new Set<string>([company.id]);
  const kommuner = Math.max(1, opts.membersPerCooperation - 1);
  for (let m = 0; m < kommuner; m++) {
    let short = '';
    let id = '';
    for (let tries = 0; ; tries++) {
      const head = rng.pick(NAME_HEADS);
      const tail = rng.pick(NAME_TAILS);
      short = (head + tail).charAt(0).toUpperCase() + (head + tail).slice(1).toLowerCase();
      // Past the name space (large presets), number the names: «Fjellvik 2».
      if (tries > 200) short = `${short} ${tries}`;
      id = slugify(short, rng.chance(0.7));
      if (!used.has(id) && !used.has(slugify(short, true))) break;
    }
    used.add(id);
    // Log-uniform 500–25 000; the first member is the regional town (20 000–60 000).
    const population = m === 0 ? rng.int(20000, 60000) : Math.round(Math.exp(Math.log(500) + rng.float() * (Math.log(25000) - Math.log(500))));
    members.push({
      id,
      name: `${short} kommune`,
      short,
      kind: 'kommune',
      population,
      lang: rng.chance(nnShare) ? 'nn' : 'nb',
      format: rng.chance(0.06) ? 'yaml' : 'md',
      asciiIds: rng.chance(0.7),
    });
  }
  const ctx: CoopContext = {
    rng,
    index,
    dir,
    name: rng.pick([`IKT-samarbeidet ${region}`, `${region}-samarbeidet`, `Digitaliseringssamarbeidet i ${region}`, `Kommunesamarbeidet ${region}`]),
    company,
    members,
    shared: new Map(),
    companyGoals: [],
    capacity: rng.int(6, 14),
    centralSupport: false,
    stats,
  };

  const companyDoc = companyGoals(ctx, opts.goalsPerMember);
  const docs: { member: Member; goals: GoalSpec[]; period: [number, number] }[] = [{ member: company, goals: companyDoc.goals, period: companyDoc.period }];
  for (const m of members) docs.push({ member: m, ...memberGoals(ctx, m, opts.goalsPerMember) });

  mkdirSync(path.join(dir, 'strategier'), { recursive: true });
  writeFile(ctx, path.join(dir, 'samstemt.yaml'), configText(ctx), 'config');
  for (const d of docs) {
    stats.documents++;
    if (d.member.lang === 'nn') stats.nynorskDocuments++;
    const sub = d.member.kind === 'selskap' ? 'selskap' : 'kommuner';
    mkdirSync(path.join(dir, 'strategier', sub), { recursive: true });
    if (d.member.format === 'yaml') {
      stats.yamlDocuments++;
      writeFile(ctx, path.join(dir, 'strategier', sub, `${d.member.id}.yaml`), yamlDocument(ctx, d.member, d.goals, d.period), 'yaml');
    } else {
      stats.markdownDocuments++;
      writeFile(ctx, path.join(dir, 'strategier', sub, `${d.member.id}.md`), markdownDocument(ctx, d.member, d.goals, d.period), 'md');
    }
  }
}

function writeFile(ctx: CoopContext, file: string, text: string, kind: 'config' | 'md' | 'yaml'): void {
  writeFileSync(file, text);
  const n = Buffer.byteLength(text);
  ctx.stats.bytes += n;
  if (kind === 'md') ctx.stats.markdownBytes += n;
  if (kind === 'yaml') ctx.stats.yamlBytes += n;
}

function configText(ctx: CoopContext): string {
  const { company, members } = ctx;
  const width = Math.max(...[company, ...members].map((m) => m.id.length)) + 1;
  const lines = [
    `# Samstemt-arbeidsområde for ${ctx.name}.`,
    `# Ett strategidokument per medlem under strategier/; ${company.id}#… peker på mål i selskapets strategi.`,
    `cooperation: ${ctx.name}`,
    `language: ${company.lang}`,
    'frameworks: [DS19, DN30]',
    'documents:',
    '  - "strategier/**/*.md"',
    '  - "strategier/**/*.yaml"',
    '',
    'members:',
    ...members.map((m) => `  ${(m.id + ':').padEnd(width)} { name: ${m.name}, kind: kommune, population: ${m.population} }`),
    `  ${(company.id + ':').padEnd(width)} { name: ${company.name}, kind: selskap }`,
    '',
    `areas: [${AREAS.join(', ')}]`,
    '',
    'indicators:',
    `  medlemsavgift: { name: Medlemsavgift til ${company.short} i kroner per innbygger, shared: true }`,
    '',
    'resources:',
    `  utviklingskapasitet: { owner: ${company.id}, capacity: ${ctx.capacity}, unit: årsverk }`,
    '',
  ];
  return lines.join('\n');
}

// --- goals ----------------------------------------------------------------

interface DocState {
  member: Member;
  period: [number, number];
  ids: Set<string>;
  /** Titles already used, per theme (variants are drawn without repetition). */
  titlesUsed: Set<string>;
  goals: GoalSpec[];
}

function newDocState(ctx: CoopContext, member: Member): DocState {
  const from = ctx.rng.int(2023, 2025);
  return { member, period: [from, from + ctx.rng.pick([3, 4, 4])], ids: new Set(), titlesUsed: new Set(), goals: [] };
}

function uniqueId(st: DocState, base: string): string {
  let id = base || 'mal';
  for (let n = 2; st.ids.has(id); n++) id = `${base}-${n}`;
  st.ids.add(id);
  return id;
}

function pickTitle(ctx: CoopContext, st: DocState, candidates: readonly string[], fill: Record<string, string>): string {
  const filled = candidates.map((t) => t.replace(/\{(\w+)\}/g, (_, k: string) => fill[k] ?? k));
  const fresh = filled.filter((t) => !st.titlesUsed.has(t));
  let title = fresh.length ? ctx.rng.pick(fresh) : `${ctx.rng.pick(filled)} – ${ctx.rng.pick(['fase 2', 'videreføring', 'utvidelse', 'oppfølging'])}`;
  for (let n = 2; st.titlesUsed.has(title); n++) title = `${title.replace(/ \(\d+\)$/, '')} (${n})`;
  st.titlesUsed.add(title);
  return title;
}

/**
 * A deadline inside the document's period (5 % later). With `before`, a goal
 * that contributes to another: 92 % finish no later than it (the rest are the
 * conflict-deadline findings of real cooperations).
 */
function deadline(ctx: CoopContext, st: DocState, before?: Deadline): Deadline {
  const { rng } = ctx;
  const [from, to] = st.period;
  if (before && rng.chance(0.92)) {
    const year = rng.int(Math.min(from + 1, before.year), before.year);
    if (year === before.year) return { text: before.text, year };
    return { text: rng.chance(0.6) ? `${year}-12-31` : `${year}-06-30`, year };
  }
  let year = rng.int(from + 1, to);
  if (rng.chance(0.05)) year = to + rng.int(1, 4); // beyond the period (and DS19)
  const r = rng.float();
  const text = r < 0.5 ? `${year}-12-31` : r < 0.75 ? `${year}-06-30` : r < 0.9 ? monthEnd(year, rng.int(1, 12)) : String(year);
  return { text, year };
}

/**
 * 1–3 objectives of the theme. Strategies adopted before DN30 (2024) cite
 * DS19; newer ones mostly DN30.
 */
function supportsValue(ctx: CoopContext, st: DocState, theme: Theme): string {
  const { rng } = ctx;
  const n = rng.chance(0.45) ? 1 : rng.chance(0.75) ? 2 : 3;
  const from = st.period[0];
  const ds19 = theme.supports.filter((id) => id.startsWith('DS19'));
  const dn30 = theme.supports.filter((id) => id.startsWith('DN30'));
  const pool = from <= 2023 ? (ds19.length ? ds19 : theme.supports) : from >= 2025 && rng.chance(0.8) ? (dn30.length ? dn30 : theme.supports) : theme.supports;
  return rng.sample(pool, n).join(', ');
}

function indicatorProps(ctx: CoopContext, props: Prop[], ind: { text: string; unit: '%' | 'n' | 'd'; direction: string }): void {
  const { rng } = ctx;
  props.push({ key: 'indicator', value: ind.text });
  if (rng.chance(0.6)) props.push({ key: 'direction', value: ind.direction });
  let base: number;
  let target: number;
  if (ind.unit === '%') {
    base = rng.int(5, 70);
    target = Math.min(100, base + rng.int(3, 8) * 5);
    if (ind.direction === 'redusere') [base, target] = [target, base];
  } else if (ind.unit === 'd') {
    base = rng.int(15, 90);
    target = Math.max(3, Math.round(base / rng.int(2, 3)));
  } else {
    base = rng.int(0, 300);
    target = ind.direction === 'redusere' ? Math.round(base / 2) : base * 2 + rng.int(5, 50);
  }
  const fmt = (n: number) => (ind.unit === '%' ? `${n} %` : ind.unit === 'd' ? `${n} dager` : String(n));
  if (rng.chance(0.6)) props.push({ key: 'baseline', value: fmt(base) });
  props.push({ key: 'target', value: fmt(target) });
}

function descriptionOf(ctx: CoopContext, theme: Theme): string[] {
  const { rng } = ctx;
  const r = rng.float();
  const n = r < 0.1 ? 0 : r < 0.55 ? 1 : r < 0.9 ? 2 : 3;
  const pool = [...theme.desc];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    if (pool.length && (i === 0 || rng.chance(0.75))) out.push(pool.splice(Math.floor(rng.float() * pool.length), 1)[0]!);
    else out.push(rng.pick(GENERIC_DESC));
  }
  return out;
}

/** Plants a typo in a goal with probability 2 %; returns the kind planted. */
function maybeTypo(ctx: CoopContext, goal: GoalSpec, refTargets: readonly SharedGoal[]): void {
  const { rng } = ctx;
  if (!rng.chance(0.02)) return;
  const r = rng.float();
  const count = (k: string) => (ctx.stats.typos[k] = (ctx.stats.typos[k] ?? 0) + 1);
  const find = (key: string) => goal.props.find((p) => p.key === key);
  if (r < 0.3) {
    const candidates = goal.props.filter((p) => KEY_TYPOS[KEY_NAMES[p.key]!.nb]);
    if (!candidates.length) return;
    const p = rng.pick(candidates);
    p.typoKey = rng.pick(KEY_TYPOS[KEY_NAMES[p.key]!.nb]!);
    count('key');
  } else if (r < 0.5) {
    const p = find('supports');
    if (!p) return;
    p.value = p.value ? `${p.value}, ${rng.pick(BAD_OBJECTIVES)}` : rng.pick(BAD_OBJECTIVES);
    count('objective');
  } else if (r < 0.7) {
    const p = find('deadline');
    if (!p) return;
    p.value = rng.pick(BAD_DATES);
    count('date');
  } else if (r < 0.85) {
    const p = find('area');
    if (!p || !BAD_AREAS[p.value]) return;
    p.value = BAD_AREAS[p.value]!;
    count('area');
  } else {
    const target = refTargets.length ? rng.pick(refTargets) : undefined;
    if (!target) return;
    const p = find('contributes');
    const bad = `${ctx.company.id}#${target.id.replace(/-([a-zæøå]+)$/, (_, w: string) => `-${w.slice(0, -1) || w}`)}${target.id.includes('-') ? '' : 'x'}`;
    if (p) p.value = bad;
    else goal.props.push({ key: 'contributes', value: bad });
    count('goal-ref');
  }
}

function companyGoals(ctx: CoopContext, total: number): { goals: GoalSpec[]; period: [number, number] } {
  const { rng, company, members } = ctx;
  const st = newDocState(ctx, company);
  const [from, to] = st.period;
  const smallest = [...members].sort((a, b) => (a.population ?? 0) - (b.population ?? 0))[0];
  const sharedAreas = rng.sample(Object.keys(SYSTEMS), rng.int(4, 6));
  for (const area of sharedAreas) {
    if (st.goals.length >= total) break;
    const systems = SYSTEMS[area]!;
    const system = rng.pick(systems);
    const dl = deadline(ctx, st);
    const id = uniqueId(st, `felles-${area === 'infrastruktur' ? 'arbeidsflate' : area}`);
    const props: Prop[] = [{ key: 'area', value: area }, { key: 'adopt', value: system }];
    if (rng.chance(0.4)) props.push({ key: 'phase-out', value: rng.pick(systems.filter((s) => s !== system)) });
    props.push({ key: 'scope', value: 'alle' });
    if (smallest && rng.chance(0.3)) props.push({ key: 'exempt', value: smallest.id });
    if (rng.chance(0.6)) props.push({ key: 'start', value: `${from}-${String(rng.int(1, 9)).padStart(2, '0')}-01` });
    props.push({ key: 'deadline', value: dl.text });
    const theme = THEMES.find((t) => t.area === area && t.systemTitles) ?? THEMES.find((t) => t.area === area)!;
    if (rng.chance(0.92)) props.push({ key: 'supports', value: supportsValue(ctx, st, theme) });
    props.push({ key: 'need', value: rng.pick(theme.needs) }, { key: 'benefit', value: rng.pick(theme.benefits) });
    if (rng.chance(0.4)) props.push({ key: 'requires', value: `utviklingskapasitet ${rng.int(1, 3)}` });
    if (rng.chance(0.3)) props.push({ key: 'priority', value: 'høy' });
    props.push({ key: 'responsible', value: `fagleder ${SHARED_LABEL[area]!.split(' ')[0]} i ${company.short}` });
    const g: GoalSpec = {
      id,
      title: pickTitle(ctx, st, [`Felles ${SHARED_LABEL[area]} for alle medlemmer`, `${system} som felles ${SHARED_LABEL[area]}`], {}),
      props,
      desc: [`${system} blir fellesløsning for alle eierkommunene.`, ...descriptionOf(ctx, theme).slice(0, 1)],
      children: [],
      area,
    };
    st.goals.push(g);
    const shared = { id, area, system, deadline: dl };
    ctx.shared.set(area, shared);
    ctx.companyGoals.push(shared);
    count(ctx, g);
  }
  // The shared fee: the company wants it up (or kept), to finance development.
  if (st.goals.length < total) {
    const up = rng.chance(0.6);
    const props: Prop[] = [
      { key: 'area', value: 'okonomi' },
      { key: 'indicator', value: 'medlemsavgift' },
      { key: 'direction', value: up ? 'øke' : 'opprettholde' },
      { key: 'baseline', value: `${rng.int(700, 1100)} kr` },
      { key: 'target', value: `${rng.int(1100, 1400)} kr` },
      { key: 'deadline', value: `${to}-12-31` },
      { key: 'supports', value: 'DS19-M6' },
    ];
    const g: GoalSpec = {
      id: uniqueId(st, 'medlemsavgift-utvikling'),
      title: pickTitle(ctx, st, ['Medlemsavgift som finansierer mer utvikling'], {}),
      props,
      desc: ['Medlemsavgiften per innbygger må øke for at selskapet skal kunne utvikle fellesløsningene i takt med medlemmenes ønsker.'],
      children: [],
      area: 'okonomi',
    };
    st.goals.push(g);
    ctx.companyGoals.push({ id: g.id, area: 'okonomi', deadline: { text: `${to}-12-31`, year: to } });
    ctx.feeUp = up;
    count(ctx, g);
  }
  // Centralised user support (a topic municipalities disagree on in prose).
  if (st.goals.length < total && rng.chance(0.7)) {
    const g: GoalSpec = {
      id: uniqueId(st, 'sentral-brukerstotte'),
      title: pickTitle(ctx, st, ['Sentralisert brukerstøtte for alle medlemmer', 'Én felles servicedesk'], {}),
      props: [{ key: 'area', value: 'infrastruktur' }, { key: 'scope', value: 'alle' }, { key: 'deadline', value: `${from + 1}-12-31` }, { key: 'supports', value: 'DS19-I6, DN30-F1' }],
      desc: ['Vi vil sentralisere brukerstøtten i ett felles servicesenter med åpningstid fra 07 til 17.'],
      children: [],
      area: 'infrastruktur',
    };
    st.goals.push(g);
    ctx.companyGoals.push({ id: g.id, area: 'infrastruktur', deadline: { text: `${from + 1}-12-31`, year: from + 1 } });
    ctx.centralSupport = true;
    count(ctx, g);
  }
  while (st.goals.length < total) {
    const theme = rng.weighted(THEMES);
    const g = themedGoal(ctx, st, theme, true);
    st.goals.push(g);
    ctx.companyGoals.push({ id: g.id, area: theme.area, ...(g.deadline ? { deadline: g.deadline } : {}) });
  }
  return { goals: nestSubGoals(ctx, st.goals), period: st.period };
}

function count(ctx: CoopContext, g: GoalSpec): void {
  ctx.stats.goals++;
  if (g.props.some((p) => p.key === 'supports')) ctx.stats.linkedDirect++;
  if (g.props.some((p) => p.key === 'contributes')) ctx.stats.contributions++;
}

/** A goal from a theme, for the company (`forCompany`) or a municipality. */
function themedGoal(ctx: CoopContext, st: DocState, theme: Theme, forCompany: boolean): GoalSpec {
  const { rng } = ctx;
  const m = st.member;
  const props: Prop[] = [{ key: 'area', value: theme.area }];
  let title: string | undefined;
  const fill = { kommune: m.short };
  let systemGoal = false;
  /** The company goal this goal contributes to. */
  let target: SharedGoal | undefined;
  const shared = ctx.shared.get(theme.area);
  if (!forCompany && theme.systemTitles && SYSTEMS[theme.area]) {
    const r = rng.float();
    const others = SYSTEMS[theme.area]!.filter((s) => s !== shared?.system);
    if (shared && r < 0.47) {
      title = pickTitle(ctx, st, theme.systemTitles, { ...fill, system: shared.system! });
      props.push({ key: 'adopt', value: shared.system! });
      if (rng.chance(0.85)) {
        props.push({ key: 'contributes', value: `${ctx.company.id}#${shared.id}` });
        target = shared;
      }
      systemGoal = true;
    } else if (shared && r < 0.57) {
      // A conflict with the shared solution: keep or adopt another system.
      const retain = rng.chance(0.6) && theme.retainTitles;
      const system = rng.pick(others);
      title = pickTitle(ctx, st, retain ? theme.retainTitles! : theme.systemTitles, { ...fill, system });
      props.push({ key: retain ? 'retain' : 'adopt', value: system });
      ctx.stats.systemConflicts++;
      if (rng.chance(0.35)) {
        props.push({ key: 'accepts', value: `${ctx.company.id}#${shared.id} — ${rng.pick(ACCEPT_REASONS)}` });
        ctx.stats.acceptedConflicts++;
      }
      systemGoal = true;
    } else if (!shared && r < 0.3) {
      const system = rng.pick(SYSTEMS[theme.area]!);
      title = pickTitle(ctx, st, theme.systemTitles, { ...fill, system });
      props.push({ key: 'adopt', value: system });
      systemGoal = true;
    }
  }
  title ??= pickTitle(ctx, st, theme.titles, fill);
  const id = uniqueId(st, slugify(title, m.asciiIds));

  if (forCompany) {
    const r = rng.float();
    if (r < 0.4) props.push({ key: 'scope', value: 'alle' });
    else if (r < 0.6) props.push({ key: 'scope', value: rng.sample(ctx.members, rng.int(2, Math.max(2, Math.min(4, ctx.members.length)))).map((x) => x.id).join(', ') });
  } else if (rng.chance(0.04) && ctx.members.length > 1) {
    // A goal shared with a neighbour municipality.
    const neighbour = rng.pick(ctx.members.filter((x) => x !== m));
    props.push({ key: 'scope', value: `${m.id}, ${neighbour.id}` });
  }

  const hasIndicator = rng.chance(systemGoal ? 0.25 : 0.55);
  if (hasIndicator) indicatorProps(ctx, props, rng.pick(theme.indicators));
  // Some more contribute to a company goal of the same area.
  let lateTarget: SharedGoal | undefined;
  if (!forCompany && !target && rng.chance(0.13)) {
    const targets = ctx.companyGoals.filter((g) => g.area === theme.area);
    if (targets.length) lateTarget = target = rng.pick(targets);
  }
  // A few goals are neither measurable nor dated (goal-not-measurable).
  const dl = (hasIndicator ? rng.chance(0.85) : rng.chance(0.93)) ? deadline(ctx, st, target?.deadline) : undefined;
  if (rng.chance(0.25)) {
    const last = Math.max(st.period[0], (dl?.year ?? st.period[1]) - 1);
    props.push({ key: 'start', value: `${rng.int(st.period[0], last)}-${String(rng.pick([1, 3, 8, 9])).padStart(2, '0')}-01` });
  }
  if (dl) props.push({ key: 'deadline', value: dl.text });

  // Links: ~62 % direct; some more through a contribution to a company goal.
  const linked = rng.chance(0.62);
  if (linked) props.push({ key: 'supports', value: supportsValue(ctx, st, theme) });
  if (lateTarget) props.push({ key: 'contributes', value: `${ctx.company.id}#${lateTarget.id}` });
  if (systemGoal ? rng.chance(0.88) : rng.chance(0.2)) {
    const both = rng.chance(0.75);
    const needFirst = rng.chance(0.6);
    if (both || needFirst) props.push({ key: 'need', value: rng.pick(theme.needs) });
    if (both || !needFirst) props.push({ key: 'benefit', value: rng.pick(theme.benefits) });
  }
  if (rng.chance(forCompany ? 0.06 : 0.012)) props.push({ key: 'requires', value: `utviklingskapasitet ${rng.int(1, forCompany ? 3 : 2)}` });
  if (rng.chance(0.15)) props.push({ key: 'priority', value: rng.pick(['høy', 'høy', 'middels', 'lav']) });
  if (rng.chance(0.1)) props.push({ key: 'status', value: rng.pick(['planlagt', 'pågår', 'pågår', 'fullført', 'avbrutt']) });
  if (rng.chance(0.2)) props.push({ key: 'responsible', value: rng.pick(RESPONSIBLE) });

  const g: GoalSpec = { id, title, props, desc: descriptionOf(ctx, theme), children: [], area: theme.area, ...(dl ? { deadline: dl } : {}) };
  maybeTypo(ctx, g, ctx.companyGoals);
  count(ctx, g);
  return g;
}

function memberGoals(ctx: CoopContext, m: Member, total: number): { goals: GoalSpec[]; period: [number, number] } {
  const { rng } = ctx;
  const st = newDocState(ctx, m);
  const isTown = m === ctx.members[0];
  const feeUp = ctx.feeUp;
  if (isTown && feeUp !== undefined && rng.chance(0.6)) {
    const g: GoalSpec = {
      id: uniqueId(st, slugify('Lavere medlemsavgift', m.asciiIds)),
      title: pickTitle(ctx, st, ['Lavere medlemsavgift', 'Lavere kostnad per innbygger for fellestjenestene'], {}),
      props: [
        { key: 'area', value: 'okonomi' },
        { key: 'indicator', value: 'medlemsavgift' },
        { key: 'direction', value: 'redusere' },
        { key: 'target', value: `${rng.int(650, 900)} kr` },
        { key: 'deadline', value: `${st.period[1]}-12-31` },
        { key: 'supports', value: 'DS19-M6' },
      ],
      desc: [`${m.short} forventer at kostnaden per innbygger går ned når flere kommuner deler på fellesløsningene.`],
      children: [],
      area: 'okonomi',
    };
    st.goals.push(g);
    if (feeUp) ctx.stats.directionConflicts++;
    count(ctx, g);
  }
  if (ctx.centralSupport && rng.chance(0.1)) {
    const g: GoalSpec = {
      id: uniqueId(st, slugify('Lokal brukerstøtte', m.asciiIds)),
      title: pickTitle(ctx, st, ['Lokal brukerstøtte i kommunen', 'IKT-koordinator på kommunehuset'], {}),
      props: [{ key: 'area', value: 'infrastruktur' }, { key: 'deadline', value: `${st.period[0] + 2}-06-30` }, { key: 'supports', value: 'DS19-I6' }],
      desc: ['Vi vil desentralisere brukerstøtten til hver kommune, med en lokal IKT-koordinator som tar første linje.'],
      children: [],
      area: 'infrastruktur',
    };
    st.goals.push(g);
    ctx.stats.possibleConflicts++;
    count(ctx, g);
  }
  let last: Theme | undefined;
  while (st.goals.length < total) {
    let theme = rng.weighted(THEMES);
    if (theme === last) theme = rng.weighted(THEMES);
    last = theme;
    st.goals.push(themedGoal(ctx, st, theme, false));
  }
  return { goals: nestSubGoals(ctx, st.goals), period: st.period };
}

/** Makes ~8 % of goals sub-goals of the goal before them (same area), and orders goals by section. */
function nestSubGoals(ctx: CoopContext, goals: GoalSpec[]): GoalSpec[] {
  const bySection = SECTIONS.map((s) => goals.filter((g) => s.areas.includes(g.area)));
  const out: GoalSpec[] = [];
  for (const list of bySection) {
    let parent: GoalSpec | undefined;
    for (const g of list) {
      if (parent && parent.area === g.area && ctx.rng.chance(0.12)) {
        parent.children.push(g);
        ctx.stats.subGoals++;
        if (!g.props.some((p) => p.key === 'supports' || p.key === 'contributes')) ctx.stats.linkedIndirect++;
        continue;
      }
      if (!g.props.some((p) => p.key === 'supports') && g.props.some((p) => p.key === 'contributes')) ctx.stats.linkedIndirect++;
      out.push(g);
      parent = g;
    }
  }
  return out;
}

// --- rendering ------------------------------------------------------------

function prose(m: Member, text: string): string {
  return m.lang === 'nn' ? toNynorsk(text) : text;
}

function enumValue(key: string, value: string, lang: 'nb' | 'nn' | 'en'): string {
  if (!ENUM_KEYS.has(key) || lang === 'nb') return value;
  return ENUM_VALUES[value]?.[lang] ?? value;
}

function documentTitle(m: Member, period: [number, number]): string {
  const t = m.kind === 'selskap' ? `Strategi for ${m.name} ${period[0]}–${period[1]}` : `Digitaliseringsstrategi for ${m.name} ${period[0]}–${period[1]}`;
  return prose(m, t);
}

function introText(ctx: CoopContext, m: Member, period: [number, number], draft: boolean): string[] {
  const { rng } = ctx;
  const day = rng.int(1, 28);
  const month = rng.pick(MONTHS);
  const body = m.kind === 'selskap' ? 'styret' : m === ctx.members[0] && rng.chance(0.5) ? 'bystyret' : 'kommunestyret';
  const adopted = draft
    ? `*Utkast til behandling i ${body} ${day}. ${month} ${period[0]}.*`
    : `*Vedtatt av ${body} ${day}. ${month} ${period[0] - 1}, sak ${rng.int(5, 140)}/${String(period[0] - 1).slice(2)}.*`;
  const about =
    m.kind === 'selskap'
      ? `${m.name} er eid av ${ctx.members.length} kommuner og drifter fagsystemer, nettverk og brukerstøtte for eierkommunene. Utviklingskapasiteten er ${ctx.capacity} årsverk i året, og porteføljerådet prioriterer hvordan den brukes.`
      : `${m.name} har ${formatPopulation(m.population ?? 0)} innbyggere og er medeier i ${ctx.company.name}. ${rng.pick([
          'Strategien bygger på den nasjonale digitaliseringsstrategien og peker ut fire innsatsområder.',
          'Vi vil være med på fellesløsninger der de gir gevinst for oss, og si fra når de ikke gjør det.',
          'Innbyggerne skal møte én kommune, uansett kanal.',
          'Løsningene må passe for en kommune der én person ofte har flere fagområder.',
        ])}`;
  return [prose(m, adopted), prose(m, about)];
}

function markdownDocument(ctx: CoopContext, m: Member, goals: GoalSpec[], period: [number, number]): string {
  const title = documentTitle(m, period);
  const draft = ctx.rng.chance(0.15);
  const out: string[] = ['---', `owner: ${m.id}`, `title: ${title}`, `period: ${period[0]}–${period[1]}`, `status: ${draft ? 'utkast' : m.lang === 'nn' ? 'vedteke' : 'vedtatt'}`, '---', '', `# ${title}`, ''];
  for (const p of introText(ctx, m, period, draft)) out.push(p, '');
  let section = -1;
  let n = 0;
  for (const g of goals) {
    const s = SECTIONS.findIndex((x) => x.areas.includes(g.area));
    if (s !== section) {
      section = s;
      out.push(`## ${prose(m, `Innsatsområde ${++n}: ${SECTIONS[s]!.title}`)}`, '');
    }
    renderMarkdownGoal(m, g, 3, out);
  }
  return out.join('\n');
}

function renderMarkdownGoal(m: Member, g: GoalSpec, level: number, out: string[]): void {
  out.push(`${'#'.repeat(level)} ${prose(m, g.title)} {#${g.id}}`, '');
  for (const p of g.props) {
    const key = p.typoKey ?? KEY_NAMES[p.key]![m.lang];
    const textual = p.key === 'need' || p.key === 'benefit' || p.key === 'indicator' || p.key === 'responsible';
    const value = textual ? prose(m, p.value) : enumValue(p.key, p.value, m.lang);
    out.push(`- ${key}: ${value}`);
  }
  out.push('');
  if (g.desc.length) out.push(prose(m, g.desc.join(' ')), '');
  for (const c of g.children) renderMarkdownGoal(m, c, level + 1, out);
}

function yamlDocument(ctx: CoopContext, m: Member, goals: GoalSpec[], period: [number, number]): string {
  const title = documentTitle(m, period);
  const out: string[] = [`# ${title}`, '#'];
  for (const p of introText(ctx, m, period, false)) out.push(`# ${p.replace(/\*/g, '')}`);
  out.push('', `owner: ${m.id}`, `title: ${yamlScalar(title)}`, `period: ${period[0]}–${period[1]}`, 'status: vedtatt', '', 'goals:');
  for (const g of goals) renderYamlGoal(m, g, '  ', out);
  out.push('');
  return out.join('\n');
}

function renderYamlGoal(m: Member, g: GoalSpec, indent: string, out: string[]): void {
  out.push(`${indent}- id: ${g.id}`);
  const pad = `${indent}  `;
  out.push(`${pad}title: ${yamlScalar(prose(m, g.title))}`);
  for (const p of g.props) {
    const key = p.typoKey ? p.typoKey.toLowerCase() : KEY_NAMES[p.key]!.en;
    const textual = p.key === 'need' || p.key === 'benefit';
    if (textual) {
      out.push(`${pad}${key}: >-`, `${pad}  ${prose(m, p.value)}`);
      continue;
    }
    const value = p.key === 'indicator' || p.key === 'responsible' ? prose(m, p.value) : enumValue(p.key, p.value, 'en');
    if (p.key === 'supports' && value.includes(',')) out.push(`${pad}${key}: [${value}]`);
    else out.push(`${pad}${key}: ${yamlScalar(value)}`);
  }
  if (g.desc.length) out.push(`${pad}description: >-`, `${pad}  ${prose(m, g.desc.join(' '))}`);
  if (g.children.length) {
    out.push(`${pad}goals:`);
    for (const c of g.children) renderYamlGoal(m, c, `${pad}  `, out);
  }
}

// ---------------------------------------------------------------------------
// Command line

function usage(): never {
  process.stderr.write(
    'usage: node out/scripts/bench/generate.js --preset national|large|sizes|one-coop --out DIR [--seed N]\n' +
      '       node out/scripts/bench/generate.js --cooperations N --members N --goals N --out DIR [--seed N]\n',
  );
  process.exit(2);
}

function main(argv: string[]): void {
  const opt = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const out = opt('out');
  if (!out) usage();
  const seed = opt('seed') !== undefined ? Number(opt('seed')) : DEFAULT_SEED;
  const preset = opt('preset');
  const jobs: { dir: string; options: GenerateOptions }[] = [];
  if (preset) {
    const list = PRESETS[preset];
    if (!list) usage();
    for (const p of list) jobs.push({ dir: list.length === 1 ? out : path.join(out, p.name), options: { ...p.options, seed } });
  } else {
    const n = (k: string) => Number(opt(k));
    if (!opt('cooperations') || !opt('members') || !opt('goals')) usage();
    jobs.push({ dir: out, options: { cooperations: n('cooperations'), membersPerCooperation: n('members'), goalsPerMember: n('goals'), seed } });
  }
  for (const j of jobs) {
    const t0 = performance.now();
    const s = generate(path.resolve(j.dir), j.options);
    process.stdout.write(
      `${j.dir}: ${s.cooperations} cooperations, ${s.documents} documents (${s.yamlDocuments} YAML, ${s.nynorskDocuments} nynorsk), ` +
        `${s.goals} goals, ${(s.bytes / 1e6).toFixed(2)} MB; linked ${(((s.linkedDirect + s.linkedIndirect) / s.goals) * 100).toFixed(0)} %, ` +
        `system conflicts ${s.systemConflicts} (${s.acceptedConflicts} accepted), direction ${s.directionConflicts}, typos ${Object.values(s.typos).reduce((a, b) => a + b, 0)} ` +
        `(${(performance.now() - t0).toFixed(0)} ms)\n`,
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
