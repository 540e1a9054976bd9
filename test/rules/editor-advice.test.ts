/**
 * Advice that depends on where a finding is read: the CLI names its command
 * (`samstemt objectives`), the editor its own way (the suggestions after the
 * colon, and the command palette command of the VS Code extension).
 */
import { strict as assert } from 'node:assert';
import { analyzeRule, CONFIG, CONFIG_NB, CONFIG_NN } from '../helpers/workspace.js';

const HEAD = `---\nowner: storby\n---\n\n## Sammenhengende tjenester {#sammenhengende}\n\n`;
const unknownObjective = (config = CONFIG) => ({ 'samstemt.yaml': config, 'storby.md': `${HEAD}- Område: innbyggertjenester\n- Støtter: DS19-M1, DS19-M22\n` });
const unlinked = (config = CONFIG) => ({ 'samstemt.yaml': config, 'storby.md': '---\nowner: storby\n---\n\n## Zzzq xyqq {#zzz}\n\nQqzx vvbn.\n' });

describe('advice for the surface a finding is read on', () => {
  it('keeps the CLI command in the CLI (the default)', () => {
    const [d] = analyzeRule('unknown-objective', unknownObjective());
    assert.match(d!.message, / Run `samstemt objectives` to list them\.$/);
  });

  it('tells the editor user about the suggestions and the command, in all three languages', () => {
    const en = analyzeRule('unknown-objective', unknownObjective(), { surface: 'editor' })[0]!;
    assert.match(en.message, /\? The suggestions after the colon list them \(Ctrl\+Space\), and so does the command «Samstemt: List national objectives»\.$/);
    assert.doesNotMatch(en.message, /samstemt objectives/);
    const nb = analyzeRule('unknown-objective', unknownObjective(CONFIG_NB), { surface: 'editor' })[0]!;
    assert.match(nb.message, /Forslagene etter kolonet viser dem \(Ctrl\+mellomrom\), og det gjør også kommandoen «Samstemt: Vis nasjonale mål»\.$/);
    const nn = analyzeRule('unknown-objective', unknownObjective(CONFIG_NN), { surface: 'editor' })[0]!;
    assert.match(nn.message, /Framlegga etter kolonet viser dei \(Ctrl\+mellomrom\), og det gjer også kommandoen «Samstemt: Vis nasjonale mål»\.$/);
  });

  it('gives goal-unlinked without a suggestion the same advice, in parentheses', () => {
    const cli = analyzeRule('goal-unlinked', unlinked())[0]!;
    assert.match(cli.message, /\(run `samstemt objectives` to list them\)/);
    const editor = analyzeRule('goal-unlinked', unlinked(CONFIG_NB), { surface: 'editor' })[0]!;
    assert.match(editor.message, /\(trykk Ctrl\+mellomrom etter kolonet for å se dem, eller bruk kommandoen «Samstemt: Vis nasjonale mål»\)/);
    assert.doesNotMatch(editor.message, /\{listObjectives\}|samstemt objectives/);
  });
});
