/**
 * RuleTester tables for `measure-agreement` over article texts: what the
 * measure aligner groups (and must not group) before the rule judges it.
 * Each article runs through the whole pipeline, so these rows pin the
 * extraction and alignment of counts of things and sums of money.
 */
import test from 'ava';
import type { TestArticle } from '../src/public.js';
import { ruleTester } from '../src/public.js';
import * as measureAgreement from '../rules/measure-agreement.js';

/** Two wires with the given texts, published on one day. */
const wires = (a: string, b: string, published = '2013-07-21'): TestArticle[] => [
  { id: 'a', published, text: a },
  { id: 'b', published, text: b },
];

ruleTester(test, measureAgreement, {
  valid: [
    {
      // "other" counts the rest of a list, "more" an addition over time: two different relations (ECB+ 36_2).
      name: 'six more men awaiting trial are not the 11 other men charged',
      articles: wires('Polygamist leader jailed\n\nA sixth trial of the FLDS is under way, and six more men await trial with Jeffs.\n', 'Polygamist leader jailed\n\nJeffs and 11 other FLDS men were charged with crimes including bigamy.\n'),
      agreements: [],
    },
    {
      // A report dates what it recalls by the month; its own news by the day (ECB+ 30_1, undated wires).
      name: 'five cables cut "in January" are another outage than three damaged on Friday',
      articles: [
        { id: 'a', text: 'Cables cut\n\nInternet traffic in Europe was disrupted on Friday after three undersea cables were damaged in the Mediterranean.\nIn January, five cables in the Mediterranean were cut.\n' },
        { id: 'b', text: 'Cables cut\n\nThree undersea cables in the Mediterranean were damaged on Friday, disrupting traffic in Europe.\n' },
      ],
      agreements: [{ messageId: 'agree', texts: ['three', 'Three'] }],
    },
    {
      // The sum in the body of an article recalls another theft; only headline and lead restate the news.
      name: 'a theft recalled in the body of an article is not its headline figure',
      articles: [{ id: 'a', published: '2013-09-09', text: `Thieves steal $2.6 million of jewels in Paris\n\nFour men rammed a car into a Paris jewellery store on Monday.\n${'The police are looking for them across the city. '.repeat(14)}\nDays later a $2.5 million necklace was stolen from a hotel in Cannes.\n` }],
      agreements: [],
    },
  ],
  invalid: [
    {
      // British fire "appliances" are fire engines; both reports tell of the reinforcement the first crews called.
      name: 'an additional six engines against a further four appliances called to one fire',
      articles: wires('Supermarket fire\n\nWhen the first crews arrived they called in an additional six engines.\n', 'Supermarket fire\n\nCrews from Devon attended the scene and then called a further four appliances to help.\n'),
      findings: [{ messageId: 'conflict', verdict: 'contradiction', texts: ['four', 'six'] }],
    },
    {
      // "AK 47 guns", "AK-47 assault rifles" and "AK-47s" count one kind of weapon; "seized" and "recovered" one haul.
      name: '12 AK 47 guns recovered against seven AK-47s seized by the same navy',
      articles: wires('Pirates captured\n\nIndian commandos recovered 12 AK 47 guns from the pirate boats.\n', 'Pirates captured\n\nIndian commandos seized seven AK-47s from the pirate boats.\n'),
      findings: [{ messageId: 'conflict', verdict: 'contradiction', texts: ['12', 'seven'] }],
    },
    {
      name: 'two other rifles against three other rifles beside one haul of AK-47s',
      articles: wires('Pirates captured\n\nIndian commandos seized seven AK-47s, two other rifles and a grenade launcher.\n', 'Pirates captured\n\nIndian commandos seized seven AK-47s, three other rifles and 13 magazines.\n'),
      findings: [
        { messageId: 'conflict', verdict: 'contradiction', texts: ['three', 'two'] },
        { messageId: 'agree', verdict: 'agreement', texts: ['seven', 'seven'] },
      ],
    },
    {
      // What one theft took, in the headline and again in the lead of one article (ECB+ 24_2).
      name: 'a headline sum stolen against the sum of the lead in one article',
      articles: [{ id: 'a', published: '2013-09-09', text: 'Paris thieves nab $2.5 million worth of jewellery\n\nFour men rammed their car into a store in Paris, making off with a $2.6-million booty, a police source said.\n' }],
      findings: [{ messageId: 'self', verdict: 'contradiction', texts: ['$2.5 million', '$2.6-million'] }],
    },
  ],
});
