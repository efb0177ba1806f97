/**
 * Words for the path answer: a plain-language explanation of each step and the study plan as a
 * Markdown checklist. Pure; labels and evidence come from the model.
 */
import type { Evidence } from '../schema';
import type { Model } from '../view/model';
import { displayQuote } from '../view/text';
import type { RolePath, Step } from './path';

/** "A, B and C" in plain English. */
export function listWords(items: string[], max = 6): string {
  if (items.length > max) return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The evidence of a documented step (from its transition edges). */
export function stepEvidence(model: Model, step: Step): Evidence[] {
  return step.edges.flatMap((id) => model.edges.get(id)?.evidence ?? []);
}

const label = (model: Model, id: string) => model.nodes.get(id)?.label ?? id;

/** One sentence (or three) saying why this step and what it asks. */
export function explainStep(model: Model, step: Step): string {
  const parts: string[] = [];
  const carry = step.carry.map((id) => label(model, id));
  const learn = step.learn.map((id) => label(model, id));
  parts.push(carry.length ? `Carries over ${listWords(carry)}` : 'Nothing carries over');
  parts.push(learn.length ? `learn ${listWords(learn)}` : 'nothing new to learn');
  let text = `${parts.join('; ')}.`;
  const ev = stepEvidence(model, step)[0];
  if (step.documented && ev) text += ` The documents say: “${displayQuote(ev.quote)}”`;
  else if (!step.documented) text += ' No document states this move; it is inferred from shared skills and tools.';
  return text;
}

/** The study plan for a path, as a Markdown checklist with evidence. */
export function studyPlan(model: Model, path: RolePath): string {
  const roles = path.roles.map((r) => label(model, r));
  const lines = [
    `# Study plan: ${roles[0]} → ${roles.at(-1)}`,
    '',
    `Route: ${roles.join(' → ')}. Things to learn: ${path.total}.`,
    '',
  ];
  path.steps.forEach((step, i) => {
    lines.push(
      `## Step ${i + 1}: ${label(model, step.from)} → ${label(model, step.to)}${step.documented ? '' : ' (inferred)'}`,
      '',
    );
    if (!step.learn.length) lines.push('- Nothing new to learn on this step.');
    for (const id of step.learn) lines.push(`- [ ] ${label(model, id)} (${model.nodes.get(id)?.kind ?? 'item'})`);
    if (step.carry.length)
      lines.push(
        '',
        `Already held: ${listWords(
          step.carry.map((id) => label(model, id)),
          50,
        )}.`,
      );
    const ev = stepEvidence(model, step);
    if (ev.length) {
      lines.push('', 'Evidence:');
      for (const e of ev.slice(0, 3))
        lines.push(
          `> ${displayQuote(e.quote)}`,
          `> — ${model.documents.get(e.document)?.title ?? e.document}, line ${e.line}`,
          '',
        );
    }
    lines.push('');
  });
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
