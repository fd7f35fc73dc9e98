/**
 * quote-wording: when sources quote the same speaker saying nearly the same
 * thing, the words should be the same. A changed word is reported as a
 * warning with a word diff. A shorter excerpt of a longer quotation is not a
 * change; punctuation, capitals, editors' insertions in brackets and spelling
 * variants ("offence"/"offense") are ignored.
 */
import type { FactGroup, FactOf, RuleContext, RuleMeta } from '../src/public.js';
import { factsInRole, alignSpelling, commonWords, containsRun, quoteTokens, wordDiff } from '../src/public.js';

export const meta: RuleMeta = {
  id: 'quote-wording',
  docs: { url: 'docs/rules/quote-wording.md' },
  description: 'Quotations of the same speaker should use the same words in every source.',
  topics: ['quote'],
  severity: 'warning',
  messages: {
    altered: 'Sources quote {{speaker}} with different wording: {{diff}}.',
  },
};

type QuoteFact = FactOf<'quote'>;

/** The tokens run together, without zero minutes: equal for texts that differ only in spacing or ":00". */
function lettersOnly(tokens: readonly string[]): string {
  return tokens.filter((t) => t !== '00').join('');
}

export function check(group: FactGroup, context: RuleContext): void {
  if (group.topic.type !== 'quote') return;
  // Reported speech (form `indirect`) is evidence of a claim, not of wording: never compared here.
  const facts = (factsInRole(group, 'quote') as QuoteFact[]).filter((f) => !f.value.indirect && f.value.form !== 'indirect' && f.value.speaker && group.entities?.[f.id]);
  const seen = new Set<string>();
  const tokens = new Map<string, string[]>();
  const tokensOf = (words: string) => {
    let list = tokens.get(words);
    if (!list) tokens.set(words, (list = quoteTokens(words)));
    return list;
  };
  // Wire copies repeat wordings: once two wordings were compared in one order, a later pair of the
  // same wordings gives the same verdict or the same diff, which is reported once. So compare each once.
  const compared = new Map<string, Set<string>>();
  for (let i = 0; i < facts.length; i++) {
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i];
      const b = facts[j];
      if (a.article === b.article || group.entities![a.id] !== group.entities![b.id]) continue;
      let done = compared.get(a.value.words);
      if (!done) compared.set(a.value.words, (done = new Set()));
      if (done.has(b.value.words)) continue;
      done.add(b.value.words);
      const x = tokensOf(a.value.words);
      // Spelling variants ("offence"/"offense") are not changed words.
      const y = alignSpelling(x, tokensOf(b.value.words));
      if (x.join(' ') === y.join(' ') || containsRun(x, y) || containsRun(y, x)) continue;
      // Spacing and clock-time variants ("e-mail"/"email", "data center"/"datacenter", "6 p.m."/"6:00 p.m.") are not changed words.
      if (lettersOnly(x) === lettersOnly(y)) continue;
      // Many changed words mean two different sayings that share a phrase, not an altered quote.
      const changed = x.length + y.length - 2 * commonWords(x, y);
      if (changed > Math.max(3, Math.round(0.2 * Math.min(x.length, y.length)))) continue;
      const diff = wordDiff(a.value.words, b.value.words);
      if (seen.has(diff)) continue;
      seen.add(diff);
      context.report({
        messageId: 'altered',
        verdict: 'altered-wording',
        data: { speaker: a.value.speaker!, diff },
        facts: [a, b],
        explanation: `Both attribute the words to ${a.value.speaker}, but the wording differs (${diff}; [-…-] only in ${a.article}, {+…+} only in ${b.article}).`,
      });
    }
  }
}
