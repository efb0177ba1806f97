/**
 * A corpus of hostile documents, generated for the tests (nothing here is scraped): binary data,
 * Latin-1, NUL bytes, BOM with CRLF, an empty file, a single 5 MB line, a list nested 3,000 levels
 * deep, a 20 MB ordinary document, markup and scripts in headings, items and sentences,
 * right-to-left text and emoji, and text made to make patterns backtrack.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Script payloads that must never run or become elements in the explorer. */
export const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned=2">',
  '"><svg onload=window.__pwned=3>',
];

/** Write the hostile corpus into `dir`; returns the names of the files that must be skipped. */
export function writeHostileCorpus(dir: string): { skipped: Record<string, RegExp> } {
  mkdirSync(dir, { recursive: true });
  const w = (name: string, data: string | Buffer) => writeFileSync(join(dir, name), data);
  w('binary.md', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
  w('latin1.txt', Buffer.from('Data Engineers use tools like Caf\xe9Flow and D\xfcsseldorf DB.\n', 'latin1'));
  w('nul.md', Buffer.concat([Buffer.from('# Title\n\nData Analysts use Excel.'), Buffer.from([0, 0, 0]), Buffer.from('more')]));
  w(
    'bom-crlf.md',
    '\ufeff# Windows guide\r\n\r\nCloud Engineers use tools like Terraform and Pulumi.\r\n\r\n- **Cloud Engineers:** they collaborate with Security Analysts.\r\n',
  );
  w('empty.md', '');
  w('one-line.txt', 'Data Scientists use tools like Python and SQL. '.repeat(Math.ceil((5 * 1024 * 1024) / 47)));
  w(
    'nested.md',
    Array.from({ length: 3000 }, (_, i) => `${'  '.repeat(i)}- level ${i} uses tools like Docker`).join('\n') + '\n',
  );
  const big: string[] = ['# A very long guide', ''];
  let size = 0;
  for (let i = 0; size < 20 * 1024 * 1024; i++) {
    const para = `## Section ${i}\n\nA Platform Engineer in team ${i} uses tools like Kubernetes, Helm and Argo CD every day. Many Platform Engineers can transition into a Site Reliability Engineer role. The work is varied and the days are long, but the people are kind and the coffee is good.\n`;
    big.push(para);
    size += para.length;
  }
  w('huge.md', big.join('\n'));
  w(
    'scripts.md',
    [
      `# ${PAYLOADS[0]} Careers`,
      '',
      `## What is a Web Security Engineer? ${PAYLOADS[1]}`,
      '',
      `Web Security Engineers use tools like Burp Suite, ${PAYLOADS[2]} and OWASP ZAP.`,
      '',
      'Web Security Engineers typically possess the following skills:',
      '',
      `- Threat modeling ${PAYLOADS[0]}`,
      `- <b onmouseover="window.__pwned=4">Penetration testing</b>`,
      '',
      `<div onclick="window.__pwned=5">Web Security Engineers work closely with Backend Developers.</div>`,
      '',
    ].join('\n'),
  );
  w(
    'rtl-emoji.md',
    '# مهندس البيانات 🚀\n\nData Engineers 🚀 use tools like Airflow and dbt. 👩‍💻\n\nمهندسو البيانات يستخدمون أدوات مثل SQL.\n\n- 😀 Analytics Engineers use tools like Looker.\n',
  );
  // text shaped to make a careless pattern try exponentially many readings (a list of 'Name for use'
  // items that does not end a sentence), and long runs of every cue
  w(
    'backtracking.md',
    [
      '# Pipelines',
      '',
      `Data Engineers use tools like ${Array.from({ length: 40 }, (_, i) => `T${i} for s${i}`).join(' and ')} (`,
      '',
      `Certifications like the ${'Aa '.repeat(300)}help.`,
      '',
      `Data Analysts move from ${'x '.repeat(300)}into data engineering.`,
      '',
      `Same path here, ${'data analyst to '.repeat(60)}data scientist.`,
      '',
    ].join('\n'),
  );
  return {
    skipped: {
      'binary.md': /binary data/,
      'latin1.txt': /not valid UTF-8/,
      'nul.md': /binary data \(NUL bytes\)/,
      'empty.md': /the file is empty/,
    },
  };
}
