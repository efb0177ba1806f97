/**
 * Generated career documents for the build benchmark: markdown guides shaped like the bundled article
 * (headings, prose paragraphs, list intros, bold labels, cue phrases, a boilerplate tail), mixing
 * lexicon terms with invented ones. About a third of sentences state a fact, as in the real documents.
 */
import { random } from './random';

const ROLE_WORDS = [
  'Data',
  'Platform',
  'Analytics',
  'Cloud',
  'Security',
  'Product',
  'Research',
  'Growth',
  'Quality',
  'Reliability',
  'Frontend',
  'Backend',
];
const HEADS = ['Engineer', 'Scientist', 'Analyst', 'Developer', 'Architect', 'Manager', 'Designer', 'Consultant'];
const KNOWN_TOOLS = [
  'Python',
  'SQL',
  'Tableau',
  'Power BI',
  'Docker',
  'Kubernetes',
  'PyTorch',
  'TensorFlow',
  'Spark',
  'Airflow',
  'dbt',
  'Excel',
  'AWS',
];
const PROSE = [
  'Organizations increasingly rely on data-driven decision-making, and the field keeps evolving quickly.',
  'This article explores the differences, the skills each path asks for and the opportunities ahead.',
  'Teams in larger companies are usually specialized, while in startups one person may wear many hats.',
  'Demand has grown steadily over the past decade across finance, healthcare, retail and technology.',
  'Understanding the nuances between these paths is essential for anyone planning their next move.',
  'Both positions play a crucial part in harnessing the value of information for the business.',
  'Day-to-day work varies a lot between companies, projects and the maturity of the team.',
  'It is worth assessing your own interests before choosing which direction suits you best.',
  'Real-world examples include recommendation systems, fraud detection and demand forecasting.',
  'Many people find that mentoring and hands-on projects speed up their progress considerably.',
];
const SKILLS = [
  'statistics',
  'data modeling',
  'stakeholder communication',
  'experiment design',
  'capacity planning',
  'incident response',
  'feature engineering',
];

/** Generate documents totalling at least `bytes` of text. */
export function generateCorpus(bytes: number, seed = 7): { file: string; text: string }[] {
  const r = random(seed);
  const invented = Array.from({ length: 400 }, (_, i) => `Tool${(i * 7919) % 10007}x`);
  const role = () => `${r.pick(ROLE_WORDS)} ${r.pick(HEADS)}`;
  const tools = (n: number) =>
    Array.from({ length: n }, () => (r.float() < 0.5 ? r.pick(KNOWN_TOOLS) : invented[r.popular(invented.length)]));
  const list = (xs: string[]) => `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`;
  const docs: { file: string; text: string }[] = [];
  let total = 0;
  for (let d = 0; total < bytes; d++) {
    const parts: string[] = [`# Careers guide ${d}: ${role()}s and ${role()}s`, ''];
    for (let s = 0; s < 40; s++) {
      const a = role();
      const b = role();
      const prose = (n: number) => Array.from({ length: n }, () => r.pick(PROSE)).join(' ');
      parts.push(`## What is a ${a}?`, '', `${prose(2)} A ${a} works with ${b}s on shared projects. ${prose(2)}`, '');
      parts.push(`${prose(3)} ${a}s use tools like ${list(tools(3))} every day. ${prose(2)}`, '');
      parts.push(`${a}s typically possess the following skills:`, '');
      for (let i = 0; i < 4; i++) parts.push(`- Proficiency in ${r.pick(SKILLS)} and languages such as ${list(tools(2))}`);
      parts.push(
        '',
        `- **${a}s:** they often hold a degree in ${r.pick(['Computer Science', 'Statistics', 'Mathematics', 'Information Systems'])}. ${prose(1)}`,
      );
      parts.push(`- **${b}s:** salaries range from $${r.int(60, 90)},000 to $${r.int(100, 180)},000 per year.`, '');
      parts.push(
        `${prose(2)} Many ${b}s can transition into a ${a} role after gaining experience with ${r.pick(KNOWN_TOOLS)}. ${prose(3)}`,
        '',
      );
    }
    parts.push('Find other articles:', '', '[Back to Home](#)', '');
    for (let i = 0; i < 6; i++) parts.push('[Licence: this page is made available under a licence. All rights reserved.](#)', '');
    const text = parts.join('\n');
    total += Buffer.byteLength(text);
    docs.push({ file: `generated-${String(d).padStart(4, '0')}.md`, text });
  }
  return docs;
}
