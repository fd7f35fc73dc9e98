import test from 'ava';
import { findBoilerplate } from '../src/load/boilerplate.js';

const cases: { name: string; text: string; reasons: string[]; kept?: string }[] = [
  { name: 'comment widget at the end', text: 'A story.\n\nMore text here.\n\n0 replies\n\nLeave a Reply\n\nYour email address will not be published.', reasons: ['comments'] },
  { name: 'related posts', text: 'A story.\n\nMore text.\n\nRelated Posts\nOther headline', reasons: ['related-posts'] },
  { name: 'leave a comment', text: 'Story.\n\nText.\n\nLeave a comment', reasons: ['comments'] },
  { name: 'tag line', text: 'Story.\n\nText of the story.\n\n  Russia, US, Sergey Lavrov, John Kerry, Syrian Civil War\n\nEnd.', reasons: ['tags'] },
  { name: 'print header', text: 'Date :Friday, September 9th, 2016 | Time : 18:11 |ID: 37076 | Print\n\nHeadline\n\nStory.', reasons: ['print-header'] },
  { name: 'share bar', text: 'Story.\n\nShare | Tweet | Email\n\nMore.', reasons: ['share-bar'] },
];

for (const c of cases) {
  test(`marks ${c.name}`, (t) => {
    t.deepEqual(findBoilerplate(c.text).map((r) => r.reason), c.reasons);
  });
}

const negatives = [
  'Comments by the minister were reported widely.\n\nHe said more.',
  'Russia, the US and France agreed on the plan, officials said.',
  'The print edition carried the story on Monday.',
];
for (const text of negatives) {
  test(`leaves reporting alone: ${text.slice(0, 30)}`, (t) => {
    t.deepEqual(findBoilerplate(text), []);
  });
}
