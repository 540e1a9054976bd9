/**
 * Amounts of a resource with the unit samstemt.yaml gives it (`unit: årsverk`),
 * as a message writes them: the number as the language writes it and the unit
 * agreeing with it («1 time», «2 timer», «1 hour», «2 hours»). A unit Samstemt
 * knows is written in the message language whichever language the
 * cooperation wrote it in (`timer` is «hours» in an English message); a unit
 * it does not know («story points», «lisenser») is shown as written.
 * Money is written as each language writes it: «12 kroner», «2 mill. kr», but
 * «NOK 12», «NOK 2 million» in English (a form with `{n}` places the number).
 */
import type { Lang } from '../types.js';
import { formatNumber } from './numbers.js';

/** One known unit: singular and plural per language (the same word when it does not change); `{n}` is where the number goes. */
type Forms = Record<Lang, readonly [one: string, many: string]>;

const UNITS: readonly Forms[] = [
  { nb: ['årsverk', 'årsverk'], nn: ['årsverk', 'årsverk'], en: ['person-year', 'person-years'] },
  { nb: ['månedsverk', 'månedsverk'], nn: ['månadsverk', 'månadsverk'], en: ['person-month', 'person-months'] },
  { nb: ['ukeverk', 'ukeverk'], nn: ['vekeverk', 'vekeverk'], en: ['person-week', 'person-weeks'] },
  { nb: ['dagsverk', 'dagsverk'], nn: ['dagsverk', 'dagsverk'], en: ['person-day', 'person-days'] },
  { nb: ['timeverk', 'timeverk'], nn: ['timeverk', 'timeverk'], en: ['person-hour', 'person-hours'] },
  { nb: ['time', 'timer'], nn: ['time', 'timar'], en: ['hour', 'hours'] },
  { nb: ['dag', 'dager'], nn: ['dag', 'dagar'], en: ['day', 'days'] },
  { nb: ['uke', 'uker'], nn: ['veke', 'veker'], en: ['week', 'weeks'] },
  { nb: ['måned', 'måneder'], nn: ['månad', 'månader'], en: ['month', 'months'] },
  { nb: ['år', 'år'], nn: ['år', 'år'], en: ['year', 'years'] },
  { nb: ['stilling', 'stillinger'], nn: ['stilling', 'stillingar'], en: ['position', 'positions'] },
  { nb: ['person', 'personer'], nn: ['person', 'personar'], en: ['person', 'people'] },
  { nb: ['krone', 'kroner'], nn: ['krone', 'kroner'], en: ['NOK {n}', 'NOK {n}'] },
  // Abbreviations stay abbreviations in Norwegian: «2 mill. kr» is how a budget writes it.
  { nb: ['kr', 'kr'], nn: ['kr', 'kr'], en: ['NOK {n}', 'NOK {n}'] },
  { nb: ['tusen kroner', 'tusen kroner'], nn: ['tusen kroner', 'tusen kroner'], en: ['NOK {n} thousand', 'NOK {n} thousand'] },
  { nb: ['million kroner', 'millioner kroner'], nn: ['million kroner', 'millionar kroner'], en: ['NOK {n} million', 'NOK {n} million'] },
  { nb: ['mill. kr', 'mill. kr'], nn: ['mill. kr', 'mill. kr'], en: ['NOK {n} million', 'NOK {n} million'] },
  { nb: ['milliard kroner', 'milliarder kroner'], nn: ['milliard kroner', 'milliardar kroner'], en: ['NOK {n} billion', 'NOK {n} billion'] },
  { nb: ['prosent', 'prosent'], nn: ['prosent', 'prosent'], en: ['percent', 'percent'] },
  // Norwegian puts a space before %, English does not.
  { nb: ['%', '%'], nn: ['%', '%'], en: ['{n}%', '{n}%'] },
];

/** Every form of every known unit, lower-cased (with spellings people also write: «uke» in nynorsk, «person year»). */
const BY_FORM = new Map<string, Forms>();
for (const u of UNITS) for (const l of ['nb', 'nn', 'en'] as const) for (const f of u[l]) BY_FORM.set(f, u);
const unitOf = (nb: string) => UNITS.find((u) => u.nb[0] === nb)!;
for (const form of ['uke', 'uker', 'ukar']) BY_FORM.set(form, unitOf('uke'));
BY_FORM.set('persons', unitOf('person'));
// Other spellings authors write for the same units.
const SPELLINGS: Readonly<Record<string, string>> = {
  fte: 'årsverk', ftes: 'årsverk', personår: 'årsverk', 'man-year': 'årsverk', 'man-years': 'årsverk',
  stillingar: 'stilling', prosentar: 'prosent',
  nok: 'kr', 'kr.': 'kr', kroner: 'krone',
  tnok: 'tusen kroner', knok: 'tusen kroner', 'tusen kr': 'tusen kroner', tkr: 'tusen kroner', 'thousand kroner': 'tusen kroner', 'thousand nok': 'tusen kroner',
  mnok: 'mill. kr', 'mill kr': 'mill. kr', 'mill. kroner': 'mill. kr', 'mill kroner': 'mill. kr', 'mill.': 'mill. kr', mkr: 'mill. kr',
  'millionar kroner': 'million kroner', 'million nok': 'million kroner', 'millioner kr': 'million kroner',
  'mrd. kr': 'milliard kroner', 'mrd kr': 'milliard kroner', mrdnok: 'milliard kroner', 'milliardar kroner': 'milliard kroner', 'billion nok': 'milliard kroner',
};
for (const [form, nb] of Object.entries(SPELLINGS)) BY_FORM.set(form, unitOf(nb));
for (const u of UNITS) for (const f of u.en) if (f.startsWith('person-')) BY_FORM.set(f.replace('-', ' '), u);

/**
 * `amount` with `unit` for a reader of `lang`: «12 årsverk», «1 time»,
 * «2,5 timar», «1 hour», «12 person-years»; just the number when there is no
 * unit. Singular only for exactly one (as written: 1 after rounding).
 * `space` groups thousands (the report: a no-break space).
 */
export function formatAmount(amount: number, unit: string | undefined, lang: Lang, space = ' '): string {
  const n = formatNumber(amount, lang, space);
  const u = unit?.trim();
  if (!u) return n;
  const form = formOf(n === '1' || n === '−1' ? 1 : 2, u, lang);
  return form.includes('{n}') ? form.replace('{n}', n) : `${n} ${form}`;
}

/** The unit as it agrees with `count` in `lang` (a known unit), or as written (an unknown one): «NOK» for money in English. */
export function unitFor(count: number, unit: string, lang: Lang): string {
  return formOf(count, unit, lang)
    .split('{n}')
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' ');
}

function formOf(count: number, unit: string, lang: Lang): string {
  const forms = BY_FORM.get(unit.trim().toLowerCase().replace(/\s+/g, ' '));
  if (!forms) return unit.trim();
  return forms[lang][Math.abs(count) === 1 ? 0 : 1];
}

/**
 * The units an amount converts between exactly: kroner and its thousands,
 * millions and billions; årsverk and månedsverk (twelve to the year). Other
 * units of work (dagsverk, timer) depend on the agreement, so they do not
 * convert.
 */
const SCALES = new Map<Forms, { measure: 'money' | 'work'; factor: number }>([
  [unitOf('krone'), { measure: 'money', factor: 1 }],
  [unitOf('kr'), { measure: 'money', factor: 1 }],
  [unitOf('tusen kroner'), { measure: 'money', factor: 1e3 }],
  [unitOf('million kroner'), { measure: 'money', factor: 1e6 }],
  [unitOf('mill. kr'), { measure: 'money', factor: 1e6 }],
  [unitOf('milliard kroner'), { measure: 'money', factor: 1e9 }],
  [unitOf('årsverk'), { measure: 'work', factor: 1 }],
  [unitOf('månedsverk'), { measure: 'work', factor: 1 / 12 }],
]);

/**
 * Units of work that do not convert to årsverk (they depend on the agreement)
 * but are work all the same: against a resource of money they cannot count.
 */
const OTHER_WORK = new Set([unitOf('ukeverk'), unitOf('dagsverk'), unitOf('timeverk'), unitOf('time'), unitOf('stilling'), unitOf('person')]);

const measureOf = (forms: Forms) => SCALES.get(forms)?.measure ?? (OTHER_WORK.has(forms) ? 'work' : undefined);

/**
 * Units of work by the stretch of time they measure. Two units of one stretch
 * count as written against each other (`stillinger` against `årsverk`, a
 * position being about a year's work); across stretches they do not, unless
 * they convert exactly: 800 timer counted as 800 årsverk would invent an
 * overbooking.
 */
const WORK_STRETCH = new Map<Forms, 'hour' | 'day' | 'week'>([
  [unitOf('time'), 'hour'],
  [unitOf('timeverk'), 'hour'],
  [unitOf('dagsverk'), 'day'],
  [unitOf('ukeverk'), 'week'],
]);
const stretchOf = (forms: Forms) => WORK_STRETCH.get(forms) ?? 'year';

const formsOf = (unit: string) => BY_FORM.get(unit.trim().toLowerCase().replace(/\s+/g, ' '));

/**
 * The known unit `text` starts with, as written: «kr» in «kr i 2026», «mill. kr»
 * in «mill. kr». Undefined when it starts with none («(backend)», «lisenser»).
 */
export function leadingUnit(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const unit = words.slice(0, n).join(' ');
    if (formsOf(unit)) return unit;
  }
  return undefined;
}

/** How many kroner one of `unit` is, when it is a unit of money. */
export function kronerPer(unit: string): number | undefined {
  const s = SCALES.get(formsOf(unit)!);
  return s?.measure === 'money' ? s.factor : undefined;
}

/**
 * `amount`, written in `written`, in the unit `target` a resource is counted
 * in: 500 000 kr is 0,5 of a capacity in MNOK, 6 månedsverk 0,5 årsverk.
 * The amount as it is when either unit is missing, or is not one that
 * converts but measures the same stretch of work (`stillinger`, `personer`
 * against årsverk, `timeverk` against `timer`), or both are one unit (`FTE`
 * is årsverk); undefined when one is money and the other work (årsverk or
 * timer against MNOK), or both are work of different stretches (`timer`,
 * `dagsverk` against årsverk): such an amount cannot be counted.
 */
export function amountIn(amount: number, written: string | undefined, target: string | undefined): number | undefined {
  if (!written || !target) return amount;
  const from = formsOf(written);
  const to = formsOf(target);
  if (!from || !to || from === to) return amount;
  // Money against work (`3 årsverk`, `100 timer` of a resource in MNOK, or the other way round) cannot count.
  const ma = measureOf(from);
  const mb = measureOf(to);
  if (ma && mb && ma !== mb) return undefined;
  const a = SCALES.get(from);
  const b = SCALES.get(to);
  // Hours, days or weeks against years of work (or the other way round): no agreed factor, so not counted.
  if (ma === 'work' && mb === 'work' && !(a && b) && stretchOf(from) !== stretchOf(to)) return undefined;
  if (!a || !b) return amount;
  // Rounded to what a plan states: 1 500 000 kr / 1 000 000 is 1.5, not 1.5000000000000002.
  return Math.round((amount * a.factor) / b.factor * 1e6) / 1e6;
}

/**
 * Whether `total`, a sum of `requires` amounts, is more than `capacity`.
 * Amounts are written as decimals and added as binary floating point
 * (0,1 + 0,2 + 0,4 is 0.7000000000000001): a rest below a billionth of the
 * capacity is rounding, not an overbooking. conflict-capacity and the
 * report's capacity chart decide «over» with this one test.
 */
export function exceedsCapacity(total: number, capacity: number): boolean {
  return total - capacity > 1e-9 * Math.max(1, Math.abs(capacity));
}
