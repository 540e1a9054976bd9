/**
 * «Did you mean» for goal references that do not resolve, in a large
 * cooperation: each broken reference was compared with every goal key by
 * edit distance (1 500 broken references among 9 000 goals took half a
 * minute). Candidates are now worked out once per model and most are passed
 * over by their characters alone; these tests check that the answers are the
 * ones the plain comparison gives, and that the work does not grow with
 * references × goals.
 */
import { strict as assert } from 'node:assert';
import { GuessCandidates, editDistance, guessStats, type Guess } from '../../server/src/engine/text/normalize.js';
import { analyze } from '../helpers/workspace.js';
import { mulberry32 } from '../../scripts/bench/generate.js';

/** The plain comparison: every candidate's edit distance, as did-you-mean was written before the index. */
function plainGuess(text: string, candidates: readonly string[]): Guess | undefined {
  const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\s\-\u2010-\u2014\u2212_.\u0300-\u036f]/g, '').replace(/æ/g, 'ae').replace(/ø/g, 'o');
  const t = text.toLowerCase();
  const max = t.length <= 4 ? 1 : t.length <= 8 ? 2 : 3;
  const folded = fold(text);
  let best: string | undefined;
  let bestD = max + 1;
  const near = new Set<string>();
  const sameFolded = new Set<string>();
  for (const c of candidates) {
    const d = editDistance(t, c.toLowerCase(), Math.max(max, 2));
    if (d <= 2) near.add(c);
    if (fold(c) === folded) sameFolded.add(c);
    if (d <= max && (d < bestD || (d === bestD && best !== undefined && c < best))) {
      best = c;
      bestD = d;
    }
  }
  if (best === undefined) return undefined;
  return { text: best, sure: (sameFolded.size === 1 && fold(best) === folded) || (bestD === 1 && near.size === 1 && t.length >= 4) };
}

/** A random goal-key-like string over a small alphabet (so that many are near each other). */
function randomKey(next: () => number): string {
  const alphabet = 'aeilmnorst-#0123456789æøå';
  const length = 3 + Math.floor(next() * 14);
  let s = '';
  for (let i = 0; i < length; i++) s += alphabet[Math.floor(next() * alphabet.length)]!;
  return s;
}

/** `key` with one to four random edits (insert, delete, substitute, swap, upper case). */
function typo(key: string, next: () => number): string {
  let s = key;
  const edits = 1 + Math.floor(next() * 4);
  for (let e = 0; e < edits && s.length > 1; e++) {
    const i = Math.floor(next() * s.length);
    const kind = Math.floor(next() * 5);
    if (kind === 0) s = s.slice(0, i) + 'x' + s.slice(i);
    else if (kind === 1) s = s.slice(0, i) + s.slice(i + 1);
    else if (kind === 2) s = s.slice(0, i) + 'q' + s.slice(i + 1);
    else if (kind === 3 && i + 1 < s.length) s = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
    else s = s.slice(0, i) + s[i]!.toUpperCase() + s.slice(i + 1);
  }
  return s;
}

describe('did-you-mean for broken goal references at scale', function () {
  this.timeout(120_000);

  it('answers what comparing with every candidate answers, on 3 000 random questions', () => {
    const next = mulberry32(4711);
    const keys = [...new Set(Array.from({ length: 400 }, () => randomKey(next)))];
    const index = new GuessCandidates(keys);
    let guessed = 0;
    for (let q = 0; q < 3000; q++) {
      const text = next() < 0.7 ? typo(keys[Math.floor(next() * keys.length)]!, next) : randomKey(next);
      const expected = plainGuess(text, keys);
      assert.deepEqual(index.guess(text), expected, `«${text}»`);
      if (expected) guessed++;
    }
    assert.ok(guessed > 1000, `only ${guessed} questions had an answer: the test would not see a wrong one`);
  });

  it('leaves out the goal the reference is written in', () => {
    const index = new GuessCandidates(['kommune#maal-1', 'kommune#maal-2']);
    assert.deepEqual(index.guess('kommune#maal-1', 'kommune#maal-1'), { text: 'kommune#maal-2', sure: true });
    assert.deepEqual(index.guess('kommune#maal-1x', 'kommune#maal-2'), { text: 'kommune#maal-1', sure: true });
  });

  /** `members` members with `goals` goals each; every third goal of a member refers to a goal of the next member that does not exist. */
  function cooperation(members: number, goals: number, brokenId: (m: number, g: number) => string): Record<string, string> {
    let config = 'cooperation: Stor\nlanguage: nb\nframeworks: [DS19, DN30]\ndocuments: ["s/*.md"]\nmembers:\n';
    for (let m = 0; m < members; m++) config += `  medlem-${m}: { name: Medlem ${m}, kind: kommune }\n`;
    const files: Record<string, string> = { 'samstemt.yaml': config };
    for (let m = 0; m < members; m++) {
      let text = `---\neier: medlem-${m}\n---\n# Strategi for medlem ${m}\n\n`;
      for (let g = 0; g < goals; g++) {
        text += `## Mål ${g} for medlem ${m} {#maal-${m}-${g}}\n\n- Område: hr\n- Støtter: DS19-M2\n`;
        if (g % 3 === 0) text += `- Bidrar til: medlem-${(m + 1) % members}#${brokenId((m + 1) % members, g)}\n`;
        text += '\n';
      }
      files[`s/m${m}.md`] = text;
    }
    return files;
  }

  it('suggests the near goal of the other member, and nothing for an ID far from every goal', () => {
    const near = analyze(cooperation(4, 6, (m, g) => `mal-${m}-${g}`)).filter((d) => d.rule === 'unknown-goal-ref');
    assert.equal(near.length, 4 * 2);
    for (const d of near) assert.match(d.message, /Mente du medlem-\d#maal-\d-\d\?/, d.message);
    const far = analyze(cooperation(4, 6, (_m, g) => `helt-annet-tema-${g}`)).filter((d) => d.rule === 'unknown-goal-ref');
    assert.equal(far.length, 4 * 2);
    for (const d of far) assert.doesNotMatch(d.message, /Mente du/, d.message);
  });

  it('measures the edit distance only to the goal keys of about the same length and characters', () => {
    const members = 20;
    const goals = 60;
    guessStats.distances = 0;
    const found = analyze(cooperation(members, goals, (_m, g) => `helt-annet-tema-${g}`)).filter((d) => d.rule === 'unknown-goal-ref');
    const broken = members * (goals / 3);
    assert.equal(found.length, broken);
    const pairs = broken * members * goals;
    // Before: every broken reference against every goal key (and the goals of its owner). Now only the keys of
    // about the same length and characters: none here, as every goal ID is far shorter than the broken one.
    assert.ok(guessStats.distances < pairs / 100, `${guessStats.distances} edit distances for ${broken} references among ${members * goals} goals`);
  });

  it('prepares the goal keys of the whole cooperation only for a reference its owner has no near goal for', () => {
    const members = 20;
    const goals = 60;
    guessStats.prepared = 0;
    // Every broken reference is one letter off a goal of the member it names (`mal-` for `maal-`).
    const found = analyze(cooperation(members, goals, (m, g) => `mal-${m}-${g}`)).filter((d) => d.rule === 'unknown-goal-ref');
    assert.equal(found.length, members * (goals / 3));
    for (const d of found) assert.match(d.message, /Mente du medlem-\d+#maal-\d+-\d+\?/, d.message);
    // The owner's goals are prepared for each reference (60 each); all 1 200 keys would be prepared once per analysis.
    assert.ok(guessStats.prepared < found.length * goals + members * goals, `${guessStats.prepared} candidates prepared for ${found.length} references`);
  });
});
