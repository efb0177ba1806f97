// Golden-file tests on documents written for the tests (tests/fixtures/unseen): terms that are in
// neither the lexicon nor the bundled documents must be discovered from structure and phrasing.
// On a mismatch the test writes NAME.changed.json beside NAME.expected.json for an easy diff.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/lib/extract/build';
import { buildFrom, lexicon, ROOT } from '../helpers/build';

const DIR = join(ROOT, 'tests', 'fixtures', 'unseen');
const files = readdirSync(DIR).filter((f) => /\.(md|txt)$/.test(f) && f !== 'README.md');

/** The facts of a graph in a form that reads well in a diff. */
function summary(file: string) {
  const { graph, report } = buildFrom(DIR, [file]);
  const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
  return {
    nodes: graph.nodes.map((n) => `${n.kind}: ${n.label}`),
    edges: graph.edges.map(
      (e) => `${label.get(e.source)} -${e.kind}-> ${label.get(e.target)} @${e.evidence.map((x) => x.line).join(',')}`,
    ),
    salaries: graph.nodes.flatMap((n) =>
      (n.attributes?.salary ?? []).map((s) => `${n.label}: ${s.min}-${s.max} ${s.currency}/${s.period} @${s.evidence.line}`),
    ),
    discovered: report.discovered.map((d) => `${d.kind}: ${d.label}`),
  };
}

describe('discovery on unseen documents', () => {
  it('has fixtures to check', () => expect(files.length).toBeGreaterThanOrEqual(3));

  for (const file of files) {
    it(`${file} gives the expected facts`, () => {
      const base = join(DIR, file.replace(/\.\w+$/, ''));
      const actual = summary(file);
      const expectedPath = `${base}.expected.json`;
      const changedPath = `${base}.changed.json`;
      const expected = existsSync(expectedPath) ? JSON.parse(readFileSync(expectedPath, 'utf8')) : null;
      if (JSON.stringify(actual) !== JSON.stringify(expected)) writeFileSync(changedPath, JSON.stringify(actual, null, 2) + '\n');
      else rmSync(changedPath, { force: true });
      expect(actual).toEqual(expected);
    });
  }

  it('discovers tools after "tools like", "platforms such as" and in capitals', () => {
    const all = files.flatMap((f) => summary(f).edges);
    expect(all).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Analytics Engineer -uses-> Dagster/),
        expect.stringMatching(/^Analytics Engineer -uses-> Metabase/),
        expect.stringMatching(/^Cloud Architect -uses-> Pulumi/),
        expect.stringMatching(/^Product Analyst -uses-> Mixpanel/),
        expect.stringMatching(/^Security Analyst -requires-> Threat Modeling/),
        expect.stringMatching(/^Systems Administrator -transitions-to-> Cloud Architect/),
        expect.stringMatching(/^Analytics Engineer -typical-education-> Information Systems/),
        // a job posting: proper names after "with", a skills list under "Requirements", a degree
        expect.stringMatching(/^DevOps Engineer -uses-> Jenkins/),
        expect.stringMatching(/^DevOps Engineer -uses-> GitHub Actions/),
        expect.stringMatching(/^DevOps Engineer -uses-> Prometheus/),
        expect.stringMatching(/^DevOps Engineer -requires-> Linux Administration/),
        expect.stringMatching(/^DevOps Engineer -typical-education-> Bachelor's Degree/),
        // a table: one row per role, columns named by their headers
        expect.stringMatching(/^Data Engineer -uses-> Kafka/),
        expect.stringMatching(/^BI Developer -transitions-to-> Analytics Engineer/),
        // a first-person blog post
        expect.stringMatching(/^UX Designer -uses-> Figma/),
        expect.stringMatching(/^UX Designer -transitions-to-> Product Manager/),
        expect.stringMatching(/^Product Manager -requires-> Roadmapping/),
        // titles in lower case, moves stated as backgrounds, and what belongs to where people start
        expect.stringMatching(/^QA Engineer -transitions-to-> Test Automation Engineer/),
        expect.stringMatching(/^DevOps Engineer -transitions-to-> MLOps Engineer/),
        expect.stringMatching(/^Data Analyst -transitions-to-> Analytics Engineer/),
        expect.stringMatching(/^Data Analyst -uses-> Excel/),
        expect.stringMatching(/^Analytics Engineer -uses-> dbt/),
        // lead-ins such as "comfortable with", "versed in", "good at", each starting its own list
        expect.stringMatching(/^Quantitative Researcher -uses-> KDB\+/),
        expect.stringMatching(/^Quantitative Researcher -requires-> Bayesian Inference/),
        expect.stringMatching(/^Quantitative Researcher -requires-> Stochastic Calculus/),
        // a numbered listicle with descriptions after a dash, and a role written "A / B"
        expect.stringMatching(/^Data Analyst -uses-> DuckDB @8$/),
        expect.stringMatching(/^Data Analyst -uses-> Metabase @7$/),
        expect.stringMatching(/^UX Researcher -requires-> Usability Testing/),
        // an article shaped like the bundled one, about other roles
        expect.stringMatching(/^Frontend Developer -uses-> React/),
        expect.stringMatching(/^Frontend Developer -uses-> Sass/),
        expect.stringMatching(/^Backend Developer -uses-> Node\.js/),
        expect.stringMatching(/^Backend Developer -uses-> Rust/),
        expect.stringMatching(/^Frontend Developer -transitions-to-> Backend Developer/),
        expect.stringMatching(/^Backend Developer -transitions-to-> Solutions Architect/),
        // a labelled item lists what its label covers; names in brackets; a credential's long name
        expect.stringMatching(/^TorchServe -used-for-> Model Serving @13$/),
        expect.stringMatching(/^Seldon Core -used-for-> Model Serving @13$/),
        expect.stringMatching(/^MLOps Engineer -uses-> Python @14$/),
        expect.stringMatching(/^MLOps Engineer -uses-> Polars @14$/),
        expect.stringMatching(/^MLOps Engineer -requires-> Hypothesis Testing @15$/),
        expect.stringMatching(/^MLOps Engineer -uses-> GitLab CI @12$/),
        expect.stringMatching(/^MLOps Engineer -uses-> Tecton @21$/),
        expect.stringMatching(/^MLOps Engineer -typical-education-> AWS Certified Machine Learning Specialty @25$/),
      ]),
    );
  });

  it('files a labelled item by what its label names, and keeps descriptions and credentials whole', () => {
    const { nodes, edges } = summary('mlops-guide.md');
    // "Python: pandas, NumPy and Polars": a role uses a tool, it never requires one
    for (const file of files) {
      const { nodes: all, edges: facts } = summary(file);
      const tools = new Set(all.filter((n) => n.startsWith('tool: ')).map((n) => n.slice(6)));
      expect(
        facts.filter((e) => / -requires-> /.test(e) && tools.has(e.split(' -requires-> ')[1].replace(/ @[\d,]+$/, ''))),
      ).toEqual([]);
    }
    // the label's term, not the label with the list's first item; a description is no list
    expect(nodes).not.toContain('skill: Model Serving: TorchServe');
    expect(nodes.filter((n) => /explaining|trade-offs/i.test(n))).toEqual([]);
    // the credential, not the tool named in it
    expect(nodes).not.toContain('education: AWS');
    expect(edges).not.toContain('MLOps Engineer -typical-education-> Machine Learning @25');
  });

  it('reads a roadmap titled "Data Analyst to Data Scientist" as a move, about where it leads', () => {
    const { nodes, edges } = summary('ds-roadmap.md');
    expect(edges).toContain('Data Analyst -transitions-to-> Data Scientist @1');
    // what the sections ask for is what the role people move to needs
    expect(edges.filter((e) => e.startsWith('Data Analyst -') && !/transitions-to/.test(e))).toEqual([]);
    expect(edges).toEqual(
      expect.arrayContaining([
        // a sentence that starts with the cue, a name beside a known one in a list item
        'Data Scientist -uses-> Streamlit @15',
        'Data Scientist -uses-> Gradio @15',
        'Data Scientist -uses-> Databricks @27',
        'Data Scientist -uses-> Snowflake @23',
      ]),
    );
    // the words before "warehouses like" are not a skill, "a quantitative field" is no field, and a
    // heading "Use Cases" names no tool
    expect(nodes).not.toContain('skill: Cloud Data');
    expect(nodes).not.toContain('education: Quantitative Field');
    expect(nodes).not.toContain('tool: Cases');
  });

  it('gives a video summary about one role its facts, with each tool and what it is for', () => {
    const { nodes, edges, salaries } = summary('ux-video.txt');
    // the list under "Key points:" names no role: the one role the summary is about
    expect(edges).toEqual(
      expect.arrayContaining([
        'UX Researcher -uses-> Dovetail @8',
        'UX Researcher -uses-> Maze @8',
        'UX Researcher -uses-> Figma @8',
        'Dovetail -used-for-> Synthesis @8',
        'Maze -used-for-> Unmoderated Tests @8',
        'Figma -used-for-> Prototypes @8',
        'UX Researcher -transitions-to-> Research Operations Manager @12',
      ]),
    );
    // "researchers in Berlin earn …" names a place
    expect(nodes).not.toContain('tool: Berlin');
    expect(salaries).toEqual(['UX Researcher: 50000-null EUR/year @10']);
  });

  it('reads a job posting: who the role works alongside, and a salary line of amounts', () => {
    const { nodes, edges, salaries } = summary('de-posting.md');
    // "work alongside analytics engineers": "alongside" is no part of a title
    expect(nodes.filter((n) => /alongside/i.test(n))).toEqual([]);
    expect(edges).toContain('Analytics Engineer -collaborates-with-> Data Engineer @5');
    // "**Salary:** €85,000–€110,000 + equity" is mostly figures, and no page furniture
    expect(salaries).toEqual(['Data Engineer: 85000-110000 EUR/unspecified @26']);
  });

  it('reads the ways an article says people move between roles', () => {
    const { edges } = summary('career-paths.md');
    expect(edges).toEqual(
      expect.arrayContaining([
        // "a typical next step for a data scientist is … a data science manager position"
        'Data Scientist -transitions-to-> Data Science Manager @3',
        // a field where a move is named means its role: "pivot into machine learning engineering"
        'Software Engineer -transitions-to-> Machine Learning Engineer @5',
        // "before becoming a data engineer, people usually spend a few years as a database administrator"
        'Database Administrator -transitions-to-> Data Engineer @7',
        'ETL Developer -transitions-to-> Data Engineer @7',
        'Data Scientist -transitions-to-> Software Engineer @11',
      ]),
    );
    // the field is the role moved to, not a skill of the role moved from
    expect(edges).not.toContain('Software Engineer -requires-> Machine Learning @5');
  });

  it('reads an FAQ: names in brackets after any phrase, "plus", pay one "makes", a move to a field', () => {
    const { nodes, edges, salaries } = summary('cloud-faq.md');
    expect(edges).toEqual(
      expect.arrayContaining([
        'Cloud Engineer -uses-> Pulumi @11',
        'Cloud Engineer -uses-> Prometheus @11',
        'Cloud Engineer -uses-> Grafana @11',
        // "the switch to cloud engineering": a role the first pass discovered, named by its field
        'Network Engineer -transitions-to-> Cloud Engineer @17,19',
      ]),
    );
    expect(nodes).not.toContain('tool: Prometheus plus Grafana');
    expect(salaries).toEqual(['Cloud Engineer: 85000-170000 USD/unspecified @23']);
    // a cookie banner and a newsletter box say nothing
    expect(nodes.filter((n) => /cookie|newsletter|email|preferences/i.test(n))).toEqual([]);
  });

  it('reads a forum post: a chain of moves on a path, a credential by its name, the thread furniture', () => {
    const { nodes, edges } = summary('reddit-switch.txt');
    // "Same path here, accountant to business analyst to data analyst"
    expect(edges).toContain('Business Analyst -transitions-to-> Data Analyst @16');
    expect(edges).toContain('Accountant -transitions-to-> Business Analyst @16');
    // the title's move, and "I was a CPA for eight years" (an alias the lexicon gives Accountant);
    // what the post learned goes to where it led, as the title says
    expect(edges).toContain('Accountant -transitions-to-> Data Analyst @1,5');
    expect(edges).toContain('Data Analyst -uses-> SQL @7');
    // "a former high school teacher explains how she became a UX Researcher"
    expect(summary('ux-video.txt').edges).toContain('Teacher -transitions-to-> UX Researcher @3');
    // "Did the Google Data Analytics certificate" (and the video summary's "Google UX Design Certificate")
    expect(edges).toContain('Data Analyst -typical-education-> Google Data Analytics Certificate @9');
    expect(summary('ux-video.txt').edges).toContain('UX Researcher -typical-education-> Google UX Design Certificate @7');
    // capitals first: "Top 10 cloud certifications" in a link list is no credential
    expect(summary('cloud-faq.md').nodes.filter((n) => /certification$/i.test(n))).toEqual([]);
    expect(nodes.filter((n) => /reply|share|report|posted/i.test(n))).toEqual([]);
  });

  it('reads a transcript: a chain of moves in one sentence, a role by its abbreviation', () => {
    const { nodes, edges } = summary('sre-transcript.txt');
    // "I started as a systems administrator, then moved into DevOps engineering, and finally became an SRE."
    expect(edges).toEqual(
      expect.arrayContaining([
        'Systems Administrator -transitions-to-> DevOps Engineer @9',
        'DevOps Engineer -transitions-to-> Site Reliability Engineer @9',
      ]),
    );
    // named by what the abbreviation stands for, never by the abbreviation
    expect(nodes).not.toContain('role: SRE');
    // a list of moves is one step, not a chain: "move into product management or become research
    // operations managers"
    expect(summary('ux-video.txt').edges).not.toContain('Product Manager -transitions-to-> Research Operations Manager @12');
    // a sentence of links closing a paragraph of page furniture says nothing
    expect(summary('cloud-faq.md').edges.filter((e) => / @27$/.test(e))).toEqual([]);
  });

  it('reads a bootcamp page: its name as a credential, its tools table, and what it does not require', () => {
    const { nodes, edges } = summary('bootcamp.md');
    expect(edges).toEqual(
      expect.arrayContaining([
        'Data Analyst -typical-education-> Data Analytics Bootcamp @1',
        'Data Analyst -uses-> PostgreSQL @10',
        'Data Analyst -uses-> Looker Studio @12',
      ]),
    );
    // "No coding experience required."
    expect(edges.filter((e) => / @17$/.test(e))).toEqual([]);
    expect(nodes).not.toContain('skill: Programming');
  });

  it('reads a security guide: a skill named before its examples, the end of a tools list, one credential', () => {
    const { nodes, edges } = summary('security-careers.md');
    expect(edges).toEqual(
      expect.arrayContaining([
        // "- Networking fundamentals (TCP/IP, DNS, HTTP)" under "**What you need:**"
        'SOC Analyst -requires-> Networking Fundamentals @16',
        'DNS -used-for-> Networking Fundamentals @16',
        'SOC Analyst -requires-> Log Analysis @17',
        // "2. Cloud security (AWS, Azure)": the skill is the item's words, not the lexicon's "cloud"
        'Security Engineer -requires-> Cloud Security @37',
        // "the OSCP certification" and the table's "OSCP" are one credential
        'Penetration Tester -typical-education-> OSCP Certification @27,48',
        // "Pen testers … run tools like …": the lexicon knows the short title
        'Penetration Tester -uses-> Nmap @25',
      ]),
    );
    // "they run tools like Burp Suite, Metasploit and Nmap, write custom exploits": neither the verb
    // before the cue nor the words after the names are a skill or a tool
    expect(nodes).not.toContain('skill: Run');
    expect(nodes).not.toContain('tool: write custom exploits');
    // "Typical tooling includes SIEM platforms such as Splunk"
    expect(nodes.filter((n) => /Tooling/.test(n))).toEqual([]);
    expect(nodes).not.toContain('skill: Cloud Computing');
  });

  it('reads a podcast: a guest is a person, a list after "with" ends where its names do', () => {
    const { nodes, edges } = summary('podcast-interview.txt');
    // "Today I'm talking with Priya, who went from …"
    expect(nodes.filter((n) => /priya/i.test(n))).toEqual([]);
    // "Version control with Git, writing tests, Docker."; "pandas, scikit-learn, and later PyTorch"
    expect(edges).toEqual(
      expect.arrayContaining([
        'Machine Learning Engineer -uses-> Docker @9',
        'Machine Learning Engineer -uses-> PyTorch @9',
        'Research Scientist -transitions-to-> Machine Learning Engineer @5',
      ]),
    );
  });

  it('reads a job posting: its requirement lists by their headings, a title in camel case, the pay it offers', () => {
    const { nodes, edges, salaries } = summary('mobile-posting.md');
    // "work closely with our iOS Developers"
    expect(nodes).toContain('role: iOS Developer');
    expect(nodes).not.toContain('role: OS Developer');
    // lists under "## What we expect" and "## Nice to have"
    expect(edges).toEqual(
      expect.arrayContaining([
        'Android Developer -uses-> Coroutines @13',
        'Android Developer -requires-> Kotlin Multiplatform @20',
      ]),
    );
    // "- €75,000–€95,000 per year" under "## What we offer"
    expect(salaries).toEqual(['Android Developer: 75000-95000 EUR/year @26']);
  });

  it('reads a career told job by job under dated headings, in time order either way', () => {
    const { nodes, edges } = summary('career-timeline.md');
    expect(edges.filter((e) => e.includes('-transitions-to->'))).toEqual([
      'Database Administrator -transitions-to-> ETL Developer @13',
      'ETL Developer -transitions-to-> Data Engineer @17',
      'Support Engineer -transitions-to-> Database Administrator @9',
    ]);
    // "using Spark for the heavy jobs" names no skill
    expect(nodes).not.toContain('skill: Heavy Jobs');
    const newestFirst = buildGraph(
      [
        {
          file: 'cv.md',
          text: '# CV\n\n## Salaries in 2026\n\nData Scientists earn $120,000.\n\n## Data Engineer salaries in 2026\n\nData Engineers earn $125,000.\n\n## Machine Learning Engineer (2021 – present)\n\nLeading a team.\n\n## Data Analyst (2016 – 2021)\n\nDashboards.\n',
        },
      ],
      lexicon(),
    ).graph;
    // a headed year is not a job's years: salaries in 2026 are no move
    expect(newestFirst.edges.filter((e) => e.kind === 'transitions-to').map((e) => `${e.source} ${e.target}`)).toEqual([
      'role:data-analyst role:machine-learning-engineer',
    ]);
  });

  it('learns an acronym defined after a title, and ignores "see also" link lists', () => {
    const { nodes, edges, salaries } = summary('sre-steps.md');
    expect(nodes).toContain('role: Site Reliability Engineer');
    expect(nodes).not.toContain('role: SRE');
    expect(salaries).toEqual(['Site Reliability Engineer: 130000-180000 USD/unspecified @15']);
    expect(edges).toContain('Systems Administrator -transitions-to-> Site Reliability Engineer @19');
    expect(edges.find((e) => e.startsWith('Site Reliability Engineer -uses-> Kubernetes'))).toBe(
      'Site Reliability Engineer -uses-> Kubernetes @11',
    );
  });

  it('gives what comes before a move to the role people move from', () => {
    const { edges } = summary('data-engineer-2026.md');
    expect(edges.some((e) => e.startsWith('Data Engineer -uses-> Excel'))).toBe(false);
  });

  it('does not read "go on to become" as the Go language', () => {
    const { nodes } = summary('analytics-engineer.md');
    expect(nodes).not.toContain('tool: Go');
  });

  it('reads a salary bullet in a skills list as a salary, not as a skill', () => {
    const text = [
      'Quant Developers typically possess the following skills:',
      '',
      '- Proficiency in Rust and KDB+',
      '',
      '- **Quant Developers:** salaries range from $120,000 to $210,000 per year.',
    ].join('\n');
    const { graph } = buildGraph([{ file: 'quant.md', text }], lexicon());
    expect(graph.nodes.map((n) => n.label.toLowerCase())).not.toContain('salaries range');
    const role = graph.nodes.find((n) => n.label === 'Quant Developer');
    expect(role?.attributes?.salary?.map((s) => [s.min, s.max, s.period])).toEqual([[120000, 210000, 'year']]);
  });

  it("gives a labelled item's salary and tools to the label's role, not to the list's", () => {
    const text = [
      'Platform Engineers typically possess the following skills:',
      '',
      '- Proficiency in statistics',
      '',
      '- **Cloud Architects:** salaries range from $90,000 to $150,000 per year.',
      '- **Growth Marketers:** often use tools such as Zorblax.',
    ].join('\n');
    const { graph } = buildGraph([{ file: 'labels.md', text }], lexicon());
    const salary = (label: string) =>
      graph.nodes.find((n) => n.label === label)?.attributes?.salary?.map((s) => [s.min, s.max]) ?? [];
    expect(salary('Cloud Architect')).toEqual([[90000, 150000]]);
    expect(salary('Platform Engineer')).toEqual([]);
    const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
    expect(graph.edges.filter((e) => e.kind === 'uses').map((e) => `${label.get(e.source)} -> ${label.get(e.target)}`)).toEqual([
      'Growth Marketer -> Zorblax',
    ]);
  });

  it('gives each name of a "Name for use" list its use, two names for one use too', () => {
    const text =
      'MLOps engineers rely on MLflow for experiment tracking, Kubeflow or Airflow for orchestration, and Terraform for infrastructure as code.';
    const { graph } = buildGraph([{ file: 'uses.md', text }], lexicon());
    const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
    expect(
      graph.edges.filter((e) => e.kind === 'used-for').map((e) => `${label.get(e.source)} -> ${label.get(e.target)}`),
    ).toEqual([
      'Airflow -> Orchestration',
      'Kubeflow -> Orchestration',
      'MLflow -> Experiment Tracking',
      'Terraform -> Infrastructure as Code',
    ]);
  });

  it('takes the unnamed parts of a skills item beside known terms, but not a phrase', () => {
    const text = [
      'Data engineers need the following skills:',
      '',
      '- Strong Python and Bash scripting',
      '- Excellent communication and stakeholder management',
      '- SQL, dbt and a love of clean data',
    ].join('\n');
    const { graph } = buildGraph([{ file: 'items.md', text }], lexicon());
    const names = graph.nodes.map((n) => `${n.kind}: ${n.label}`);
    expect(names).toEqual(expect.arrayContaining(['skill: Bash Scripting', 'skill: Stakeholder Management', 'tool: dbt']));
    expect(names.filter((n) => /love/i.test(n))).toEqual([]);
  });

  it('reads a list of tools nested in a list of skills as tools, named nowhere else', () => {
    const text = [
      'Geodata Analysts need proficiency in statistics and languages such as Zorblax and Python. They bring',
      'experience with map rendering libraries like Quillmap and Leaflet.',
    ].join('\n');
    const { graph } = buildGraph([{ file: 'geo.md', text }], lexicon());
    const label = new Map(graph.nodes.map((n) => [n.id, `${n.kind}: ${n.label}`]));
    const edges = graph.edges.map((e) => `${label.get(e.source)} -${e.kind}-> ${label.get(e.target)}`);
    expect(edges).toEqual(
      expect.arrayContaining([
        'role: Geodata Analyst -requires-> skill: Statistics',
        'role: Geodata Analyst -uses-> tool: Zorblax',
        'role: Geodata Analyst -uses-> tool: Python',
        'role: Geodata Analyst -uses-> tool: Quillmap',
        // the words before the category name what the tools are for
        'tool: Quillmap -used-for-> skill: Map Rendering',
      ]),
    );
  });

  it('reads an encyclopedia page: an abbreviation from inside words, a job title with a category word, no references', () => {
    const { nodes, edges } = summary('wiki-dba.md');
    // "database administrator (DBA)" then "Experienced DBAs may move on to become data architects"
    expect(edges).toEqual(
      expect.arrayContaining([
        'Database Administrator -transitions-to-> Data Architect @29',
        'Database Administrator -transitions-to-> Data Engineer @29',
      ]),
    );
    expect(nodes).not.toContain('role: DBA');
    // "A database administrator's responsibilities can include the following tasks"
    expect(nodes.filter((n) => /task/i.test(n))).toEqual([]);
    // "Vendor certifications such as Oracle Certified Professional (OCP)"
    expect(nodes).toContain('education: Oracle Certified Professional');
    // the numbered references after "## References" give nothing, however they name roles and books
    expect(edges.filter((e) => Number(e.split('@')[1]) >= 37)).toEqual([]);
  });

  it('learns that an abbreviation may take several letters from one word', async () => {
    const { abbreviates } = await import('../../src/lib/extract/statement');
    expect(abbreviates('DBA', 'database administrator')).toBe(true);
    expect(abbreviates('SRE', 'site reliability engineer')).toBe(true);
    expect(abbreviates('SREs', 'site reliability engineers')).toBe(true);
    expect(abbreviates('DE', 'data engineer')).toBe(true);
    expect(abbreviates('PM', 'data engineer')).toBe(false);
    expect(abbreviates('DBE', 'database administrator')).toBe(false);
  });

  it('takes a reference list for page furniture: carets, ISBNs, access dates, author and year', () => {
    const text = [
      'Data Analysts use tools like Zorblax.',
      '',
      '1. ^ Mullins, Craig S. (2002). Data Analysts use tools like Quillmap. Addison-Wesley. ISBN 978-0-201-74129-2.',
      '2. "Data Analysts use tools like Plotnik". Retrieved 2024-03-01.',
      '3. Smith, J. (2019). "Data Analysts use tools like Vexlo". Journal.',
      '4. ^ "Data Analysts often move into Data Engineering roles".',
    ].join('\n');
    const { graph } = buildGraph([{ file: 'refs.md', text }], lexicon());
    expect(graph.nodes.map((n) => `${n.kind}: ${n.label}`)).toEqual(['role: Data Analyst', 'tool: Zorblax']);
  });

  it('reads a résumé: a skills line split by dots, degrees with their fields, certifications by name', () => {
    const { nodes, edges } = summary('resume.md');
    // "Python · SQL · Scala · Apache Spark · … · Data modeling · Stream processing" under "## Skills",
    // given to the headline's role under the person's name
    expect(edges).toEqual(
      expect.arrayContaining([
        'Data Engineer -uses-> Scala @29',
        'Data Engineer -uses-> Spark @29',
        'Data Engineer -requires-> Data Modeling @29',
        'Data Engineer -requires-> Stream Processing @29',
        // "MSc in Data Science, Universidad Politécnica de Madrid (2016)"
        'Data Engineer -typical-education-> Data Science @33',
        'Data Engineer -typical-education-> Mathematics @35',
        // "- Google Cloud Professional Data Engineer (2021)" under "## Certifications"
        'Data Engineer -typical-education-> Google Cloud Professional Data Engineer @39',
        'Data Engineer -typical-education-> AWS Certified Solutions Architect @40',
      ]),
    );
    // where she studied is not what; the certificate's job title is not a role of its own
    expect(nodes.filter((n) => /universi/i.test(n))).toEqual([]);
    expect(nodes).not.toContain('role: Solutions Architect');
    expect(nodes).not.toContain('tool: Google Cloud');
    // "and now lead a team of four"
    expect(nodes.filter((n) => /\bnow\b/i.test(n))).toEqual([]);
  });

  it("gives a programme's page its degree for the roles its graduates take, not the PhD some go on to", () => {
    const { edges } = summary('university.md');
    for (const role of ['Business Analyst', 'Data Analyst', 'Data Scientist', 'Analytics Consultant']) {
      expect(edges).toContain(`${role} -typical-education-> Master's Degree @31`);
      expect(edges).toContain(`${role} -typical-education-> Business Analytics @31`);
    }
    expect(edges.filter((e) => /Doctor|PhD/.test(e))).toEqual([]);
  });

  it('reads a Q&A page: an adverb is not part of a title, a move told in the first person', () => {
    const { nodes, edges } = summary('stackexchange.txt');
    expect(edges).toContain('Firmware Engineer -transitions-to-> Gameplay Programmer @33');
    expect(edges).toContain('Gameplay Programmer -uses-> Unreal Engine @20,20');
    // "so gameplay programmers there need strong C++"
    expect(nodes.filter((n) => /^role: (?:So|Now|There) /.test(n))).toEqual([]);
    // the "Hot Network Questions" and the licence line after the answers give nothing
    expect(nodes.filter((n) => /AMD|NVIDIA|Stack Exchange/.test(n))).toEqual([]);
  });

  it('reads "an MSc in X" and "a PhD in X" as a degree and its field', () => {
    const text = 'Most Research Scientists hold a PhD in Physics. Many Data Scientists have an MSc in Operations Research.';
    const { graph } = buildGraph([{ file: 'edu.md', text }], lexicon());
    const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
    const edu = graph.edges
      .filter((e) => e.kind === 'typical-education')
      .map((e) => `${label.get(e.source)} -> ${label.get(e.target)}`)
      .sort();
    expect(edu).toEqual([
      "Data Scientist -> Master's Degree",
      'Data Scientist -> Operations Research',
      'Research Scientist -> PhD',
      'Research Scientist -> Physics',
    ]);
  });

  it('takes "system administrators" and "Systems Administrator" in two documents for one role', () => {
    const { graph } = buildFrom(DIR, ['sre-steps.md', 'wiki-dba.md']);
    const admins = graph.nodes.filter((n) => n.kind === 'role' && /^systems? administrator$/i.test(n.label));
    expect(admins.map((n) => n.label)).toEqual(['Systems Administrator']);
    const moves = graph.edges.filter((e) => e.kind === 'transitions-to' && e.source === admins[0].id).map((e) => e.target);
    expect(moves).toEqual(expect.arrayContaining(['role:site-reliability-engineer', 'role:database-administrator']));
  });

  it('ends a list of tools at ordinary words after its last name', () => {
    const text = 'Geodata Analysts use tools like Tableau and Plotnik Studio every day. They like it.';
    const { graph } = buildGraph([{ file: 'geo.md', text }], lexicon());
    const tools = graph.nodes.filter((n) => n.kind === 'tool').map((n) => n.label);
    expect(tools).toEqual(['Plotnik Studio', 'Tableau']);
  });
});

describe('skills named before the word "skills"', () => {
  const facts = (text: string) => {
    const { graph } = buildGraph([{ file: 'skills.md', text }], lexicon());
    const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
    return graph.edges.map((e) => `${label.get(e.source)} -${e.kind}-> ${label.get(e.target)}`).sort();
  };

  it('reads "need X, Y and Z skills" after a role, and after a heading that names one', () => {
    expect(facts('Data analysts need strong communication and problem-solving skills.')).toEqual([
      'Data Analyst -requires-> Communication',
      'Data Analyst -requires-> Problem-Solving',
    ]);
    expect(facts('## Engineering Manager\n\nManagers need people management and roadmap planning skills.')).toEqual([
      'Engineering Manager -requires-> People Management',
      'Engineering Manager -requires-> Roadmap Planning',
    ]);
    expect(facts('## Engineering Manager\n\nYou will need strong stakeholder management skills.')).toEqual([
      'Engineering Manager -requires-> Stakeholder Management',
    ]);
  });

  it('takes no kind or amount of skills for a skill', () => {
    expect(facts('Data analysts build soft skills and technical skills over time.')).toEqual([]);
    expect(facts('A Data Scientist role often requires fewer complex technical skills.')).toEqual([]);
    expect(facts('Data analysts should have excellent written and verbal communication skills.')).toEqual([
      'Data Analyst -requires-> Communication',
    ]);
  });
});

describe('a career ladder', () => {
  it('reads duties under a "Software Engineer" heading as duties, and "engineers lead" as no role', () => {
    const { graph } = buildFrom(DIR, ['career-ladder.md']);
    const labels = graph.nodes.map((n) => `${n.kind}: ${n.label}`);
    expect(labels).not.toContain('tool: Writes tests');
    expect(labels).not.toContain('tool: asks');
    expect(labels.filter((l) => l.startsWith('role: '))).toEqual([
      'role: Engineering Manager',
      'role: Software Engineer',
      'role: Staff Engineer',
    ]);
  });
});

describe('moves from the role a section is about', () => {
  const moves = (text: string) => {
    const { graph } = buildGraph([{ file: 'moves.md', text }], lexicon());
    const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
    return graph.edges
      .filter((e) => e.kind === 'transitions-to')
      .map((e) => `${label.get(e.source)} -> ${label.get(e.target)}`)
      .sort();
  };

  it('reads "Next step: A or B" under a role as moves from it, not as a skill "Next Step"', () => {
    const text =
      '## Machine Learning Engineer\n\n- Skills: model deployment\n- Next step: ML Platform Lead or Engineering Manager\n';
    expect(moves(text)).toEqual([
      'Machine Learning Engineer -> Engineering Manager',
      'Machine Learning Engineer -> ML Platform Lead',
    ]);
    const { graph } = buildGraph([{ file: 'moves.md', text }], lexicon());
    expect(graph.nodes.map((n) => n.label)).not.toContain('Next Step');
  });

  it('reads "Many eventually move into data engineering" under a role as a move from it', () => {
    expect(moves('## Data Analyst\n\nMany eventually move into data engineering.\n')).toEqual(['Data Analyst -> Data Engineer']);
  });
});
