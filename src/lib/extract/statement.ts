/**
 * Statement analysis: what one sentence or list item says. Finds mentions (lexicon terms, roles by
 * their job-title shape, tools/skills/education named in enumerations after cue phrases such as
 * "tools like", "languages such as", "a degree in"), decides who the statement is about (the clause's
 * subject roles, a bold label, the list intro, the heading) and turns it into typed facts.
 * Pure: a plain-text statement and its context in, mentions and facts out.
 */
import type { EdgeKind, NodeKind } from '../schema';
import type { Match, Matcher, Term } from './lexicon';
import { canonicalKey } from './lexicon';
import { isShouting, properCase } from './text';

/** A reference to a node by kind and canonical key. */
export interface Ref {
  kind: NodeKind;
  key: string;
}

/** Something named in a statement. */
export interface Mention extends Ref {
  surface: string;
  /** The lexicon term, when the mention is a known term. */
  term?: Term;
  start: number;
  end: number;
}

/** A relation a statement asserts. */
export interface Fact {
  kind: EdgeKind;
  source: Ref;
  target: Ref;
}

/** A salary range a statement gives for roles. */
export interface SalaryFact {
  roles: Ref[];
  min: number;
  max: number | null;
  currency: string;
  period: 'year' | 'month' | 'hour' | 'unspecified';
}

/** What a list is about, read from its introduction. */
export type ListHint = 'skill' | 'tool' | 'education' | 'duty' | null;

/** The context of a statement: roles in scope and the list it belongs to. */
export interface StatementContext {
  /** Roles in scope from the heading, list intro or label, used when the clause names none. */
  scope: Ref[];
  /** Whether the statement is a list item, and what its list is about. */
  item: boolean;
  hint: ListHint;
  /** Who the previous sentence of the same paragraph was about ("They …" refers to them). */
  previous?: Ref[];
  /** Whether the statement is a heading ("From Data Analyst to Data Scientist" states a move). */
  heading?: boolean;
  /** The education a page is about, from its title ("MSc Business Analytics"): its graduates' roles have it. */
  programme?: Ref[];
}

/** Everything a statement yields. */
export interface StatementResult {
  mentions: Mention[];
  facts: Fact[];
  salaries: SalaryFact[];
  /** The roles this statement is about (for scoping what follows it). */
  subject: Ref[];
  /** Terms found by structure or phrasing that are not in the lexicon. */
  discovered: Mention[];
  /** What a list introduced by this statement is about. */
  hint: ListHint;
  /** A field named at a move has no role of its name yet: a role discovered elsewhere may be it. */
  unnamedField?: boolean;
  /** Facts the document's structure adds to this statement's own (kept when it is read again). */
  structural?: Fact[];
}

/** Words that never start or sit inside a job title's modifiers. */
const STOP = new Set(
  `a an the this that these those of for to in on at by with from as and or but vs versus is are was were be been being
  become becomes becoming became can could may might will would should must do does did has have had not no
  aspiring skilled experienced senior junior entry entry-level good great successful many most some other more less new typical
  professional professionals every each any all our your their his her its my one two three who whom which what how why when
  where if hire hiring work working like such including include both either also often usually typically generally expert
  experts future top best first full-time part-time remote freelance independent highly very than then into onto
  about after before between among across through during per via same own different various several few successful
  alongside beside besides within without under toward towards around behind beyond unlike upon near
  it he she we they you i me us them key primary main common typical modern today today's current existing potential prospective individual lead
  now so there here still just already even later soon once again too only instead`.split(/\s+/),
);

const GENERIC = new Set(
  `analysis data work tasks task projects project problems problem systems system models model insights results things others
  best practices practices principles concepts techniques tools methods more various etc production business teams team
  processes process solutions solution applications application environments experience knowledge skills ability others the
  stakeholders decisions outcomes performance patterns sources field fields areas roles role information use users higher
  related field similar equivalent familiarity proficiency expertise understanding e.g i.e etc others`.split(/\s+/),
);

const TOOL_CATEGORY =
  /^(?:tools?|librar(?:y|ies)|frameworks?|platforms?|languages?|technolog(?:y|ies)|services|software|databases?|packages?|stacks?|suites?|environments?|notebooks?|ides?|apis?)$/i;
const SKILL_CATEGORY = /^(?:skills?|techniques?|methods?|methodologies|concepts?|areas?|subjects?|competenc(?:y|ies))$/i;
const EDU_CATEGORY =
  /^(?:degrees?|fields?|backgrounds?|disciplines?|certifications?|majors?|qualifications?|diplomas?|programs?)$/i;
const CATEGORY_WORDS =
  'tools?|librar(?:y|ies)|frameworks?|platforms?|languages?|technolog(?:y|ies)|services|software|databases?|packages?|stacks?|suites?|skills?|techniques?|methods?|methodologies|concepts?|degrees?|fields?|backgrounds?|disciplines?|certifications?|majors?|qualifications?';

// "visualization tools like X", "machine learning libraries (X, Y)", "tools for model deployment (X)"
const CUE_ENUM = new RegExp(
  `\\b(${CATEGORY_WORDS})(?: (?:for|in) ([\\p{L}\\p{N} '/-]{3,40}?))?\\s*(?:,\\s*)?(?:such as|like|including|especially|particularly|e\\.g\\.,?|for example,?|namely|\\()\\s*`,
  'giu',
);
const CUE_EXAMPLES = /\b([a-z]{3,})(?:(?<=s)\s+(?:such as|like|including)\s+|,\s+such as\s+|\s*\((?=[A-Z]))/g;
/** Plural nouns whose examples are not skills or tools ("companies such as Google"). */
const NOT_EXAMPLES =
  /^(?:companies|firms|organi[sz]ations|employers|industries|sectors|cities|countries|universities|schools|businesses|brands|clients|customers|teams|roles|positions|jobs|titles|people|stakeholders|tasks|projects|problems|questions|things|areas|domains|fields|places|websites|sites|apps|products|services|examples|others|days|years|months)$/;
const CUE_ENUM_HINT = /such as|like|including|especially|particularly|e\.g\.|for example|namely|\(/i;
/** Up to three words right before `index` ("data visualization" before "tools like"). */
function wordsBefore(text: string, index: number): { text: string; start: number } {
  const head = text.slice(Math.max(0, index - 80), index);
  const m = /(?:[\p{L}\p{N}+#.'/-]+ ){0,3}$/u.exec(head);
  const t = m ? m[0] : '';
  return { text: t, start: index - t.length };
}
// "skills for a data scientist include X, Y", "Tools: X, Y"
/** What every match of CUE_INCLUDE contains (a cheaper look first). */
const INCLUDE_HINT = /include|:/i;
const CUE_INCLUDE = new RegExp(`\\b(${CATEGORY_WORDS})\\b([^.;:()]{0,50}?)\\s*(?:\\binclude\\b|\\bincludes\\b|:)\\s+`, 'giu');
// "a degree in X", "background in X", "degrees in fields like X"
const CUE_EDU =
  /\b(?:degrees?|backgrounds?|majors?|diplomas?|qualifications?|studies|studied|major(?:ed|ing)?)\s+(?:in|on)\s+(?:(?:fields?|areas?|subjects?|disciplines?)\s+(?:like|such as)\s+)?/gi;
const DEGREE_IN = /^\s+(?:degree\s+)?in\s+(?=\p{L})/u;
const DEGREE_FIELD = /^\s+(?:(?:degree|programme|program|course)\s+)?(?:in\s+)?(?=(?:\p{Lu}[\p{L}&-]*\s*){1,4}$)/u;
// "computer science or software engineering backgrounds"
/**
 * "need people management, hiring and roadmap planning skills", "Strong communication and
 * presentation skills are essential": the skills a list names before the word itself, after a verb
 * of having or needing or at the start of a sentence.
 */
const SKILL_VERBS =
  'need|needs|needed|require|requires|required|have|has|having|with|possess|possesses|bring|brings|demand|demands|develop|develops|build|builds|show|shows|gave|give|gives|learn|learns|learned|learnt|hone|honed|sharpen|sharpened';
const SKILL_ADJECTIVES =
  '(?:(?:her|his|their|your|my|our|them|him|you|me)\\s+)?(?:(?:strong|good|excellent|solid|great|sound|exceptional|outstanding|effective|advanced|basic|proven|some)\\s+)?';
const CUE_SKILL_BEFORE = new RegExp(
  `(?:^|\\b(?:${SKILL_VERBS})\\s+)${SKILL_ADJECTIVES}((?:[\\p{L}'-]+(?:,\\s*|\\s+)){1,8}?)skills\\b`,
  'giu',
);
/** The words of a match of CUE_SKILL_BEFORE up to its last verb and adjective ("Managers need strong "). */
const SKILL_BEFORE_VERB = new RegExp(`^.*\\b(?:${SKILL_VERBS})\\s+${SKILL_ADJECTIVES}`, 'i');
/** A first word before "skills" that says how many or how hard ("fewer", "more", "complex"). */
const SKILL_AMOUNT =
  /^(?:fewer|more|less|many|few|other|additional|extra|different|complex|similar|same|all|any|no|most|several)$/i;
/** What every match of CUE_SKILL_BEFORE contains. */
const SKILL_BEFORE_HINT = /skills\b/i;
/** One word before "skills" that says what kind of skills, not which ("technical", "soft", "written"). */
const SKILL_QUALITY =
  /^(?:soft|hard|people|technical|transferable|relevant|necessary|essential|required|core|key|basic|following|these|those|such|your|their|our|his|her|new|real|\p{L}+(?:al|ive|en|ic|ed))$/iu;
/** What every match of CUE_EDU_BEFORE contains. */
const EDU_BEFORE_HINT = /background|degree/i;
const CUE_EDU_BEFORE =
  /\b(?:from|with|have|has|having|hold|holds)\s+(?:an?\s+)?((?:[\p{L}'-]+(?:,\s*|\s+))+?)(?:backgrounds?|degrees?)\b/giu;
// "proficiency in X", "knowledge of X", "experience with X", "expertise in X"
/** In list items "Scripting in Bash or PowerShell" names tools too. */
const CUE_PROPER_ITEM = /\b(?:with|using|via|use|uses|used|rely on|relies on|work in|works in|built on|build on|in)\s+(?=[A-Z])/g;
/** A credential named as one: capitalised words, then "certificate", "certification", "bootcamp" … */
const CREDENTIAL =
  /\b((?:[A-Z][\w+#.'-]*\s+){1,6})((?:[Pp]rofessional\s+)?(?:[Cc]ertificate|[Cc]ertification|[Bb]ootcamp|[Nn]anodegree|[Dd]iploma))s?\b/g;
/** What every match of CREDENTIAL contains. */
const CREDENTIAL_HINT = /certific|bootcamp|nanodegree|diploma/i;
/** A credential's name of up to six capitalised words before ordinary ones ("the AWS Certified Developer Associate helps"). */
const EDUCATION_NAME = /^(?:(?:the|an?)\s+)?((?:[A-Z][\w+#.'-]*\s+){1,5}[A-Z][\w+#.'-]*)(?=\s+[a-z]|\s*$)/;
/** A capitalised name of one or two words ("Jenkins", "GitHub Actions"), and one at the start of a list item. */
const NAME = String.raw`\p{Lu}[\p{L}\p{N}_+#.-]*(?:\s+\p{Lu}[\p{L}\p{N}_+#.-]*)?`;
const LEADING_NAME = new RegExp(`^${NAME}`, 'u');
/**
 * A name and what it is for ("Maze for unmoderated tests"); one name or two for the same use
 * ("Kubeflow or Airflow for orchestration").
 */
const PURPOSE_NAME = String.raw`${NAME}(?:\s+(?:or|and)\s+${NAME}|\s*\/\s*${NAME})?`;
const PURPOSE_USE = String.raw`[\p{L}][^,;.()]*?`;
const PURPOSE_ITEM = new RegExp(`(${PURPOSE_NAME})\\s+for\\s+(${PURPOSE_USE})(?=\\s*,|\\s+and\\s+[A-Z]|\\s*[.;]|\\s*$)`, 'uy');
const PURPOSE_SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+/y;

/**
 * "Dovetail for synthesis, Maze for tests and Figma for prototypes" at the start of `text`, and nothing
 * after it but the sentence's end: its items, or null. Read item by item (one pattern for the whole
 * list would try every way of cutting it at "and", exponentially many when it then fails).
 */
function purposeList(text: string): { items: RegExpExecArray[]; length: number } | null {
  const items: RegExpExecArray[] = [];
  for (let at = 0; ;) {
    PURPOSE_ITEM.lastIndex = at;
    const item = PURPOSE_ITEM.exec(text);
    if (!item) break;
    items.push(item);
    at = item.index + item[0].length;
    PURPOSE_SEPARATOR.lastIndex = at;
    const separator = PURPOSE_SEPARATOR.exec(text);
    if (!separator) break;
    at += separator[0].length;
  }
  if (items.length < 2) return null;
  const length = items.at(-1)!.index + items.at(-1)![0].length;
  return /^\s*(?:[.;]|$)/.test(text.slice(length)) ? { items, length } : null;
}
const CUE_PROPER = /\b(?:with|using|via|use|uses|used|rely on|relies on|work in|works in|built on|build on)\s+(?=[A-Z])/g;
/** Either of the two above, for the gate. */
const CUE_PROPER_ANY = new RegExp(CUE_PROPER_ITEM.source);
/** Words before "with" that say a person follows ("talking with", "an interview with"). */
const CONVERSATION =
  /\b(?:talk(?:s|ed|ing)?|speak(?:s|ing)?|spoke|chat(?:s|ted|ting)?|interview(?:s|ed|ing)?|sat down|sit down|conversation|met|meet(?:s|ing)?|joined)\s*$/i;
/** A name and then who they are ("Priya, who went from …"). */
const PERSON_AFTER = /^[A-Z][\p{L}'-]*(?:\s+[A-Z][\p{L}'-]*)?,?\s+who\b/u;
/** The same cue starting a sentence ("Use Streamlit or Gradio to demo them"), outside headings ("Use Cases"). */
const LEADING_PROPER = /^\s*(?:Use|Using|With|Via)\s+(?=[A-Z])/;
/** Whether most words are capitalised (a title), where capitals say nothing about names. */
function titleCase(text: string): boolean {
  const words = text.match(/\b[\p{L}][\p{L}'-]*/gu) ?? [];
  return words.length > 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.75;
}
const CUE_SKILL =
  /\b(?:proficiency|proficient|knowledge|understanding|expertise|experience|experienced|familiarity|familiar|skilled|fluency|fluent|competence|grounding|skills?|comfortable|versed|strong|good|background)\s+(?:of|in|with|at)\s+/gi;

/*
 * Case-insensitive patterns in this module are written without the `u` flag unless they need a
 * Unicode class (\p{L}): V8 matches `iu` patterns by Unicode case folding, several times slower (a
 * gate over the 12 MB corpus's statements took 700 ms with `iu`, about 100 with `i`). The two differ
 * only where folding maps a character outside ASCII onto one inside it, the long s (ſ → s) and the
 * Kelvin sign (K → k), which {@link analyseStatement} turns into s and K before reading, and in how
 * bounded repeats count characters outside the BMP, which none of these patterns has.
 */
const FOLDS_INTO_ASCII = /[\u017f\u212a]/;
/** The long s and the Kelvin sign as s and K, the same length. */
export function unfold(text: string): string {
  return FOLDS_INTO_ASCII.test(text) ? text.replace(/\u017f/g, 's').replace(/\u212a/g, 'K') : text;
}
const FORWARD =
  /\b(?:return(?:s|ed|ing)?\s+to|transition(?:s|ed|ing)?\s+(?:in)?to|mov(?:e|es|ed|ing)\s+(?:up\s+)?(?:in)?to|becom(?:e|es|ing)|became|progress(?:es|ed|ing)?\s+(?:in)?to|pivot(?:s|ed|ing)?\s+(?:in)?to|switch(?:es|ed|ing)?\s+(?:in)?to|stepping[\s-]stones?\s+(?:to|toward|towards|for|into)|springboard\s+(?:to|for|into)|promot(?:ed|ion)\s+to|grow(?:s|ing)?\s+into|path(?:way)?\s+(?:to|into|toward|towards)|(?:next|natural|logical|typical)\s+(?:career\s+)?(?:steps?|moves?)(?=\s*:))\b/i;
const FORWARD_ALL = new RegExp(FORWARD.source, 'gi');
const BACKWARD =
  /\b(?:(?:first\s+)?(?:gain(?:s|ed|ing)?|get(?:ting)?|build(?:ing)?|acquir(?:e|ing))\s+(?:some\s+|initial\s+)?experience\s+(?:as|in)|start(?:s|ed|ing)?\s+(?:out\s+|off\s+)?(?:by\s+gaining\s+experience\s+)?(?:as|in)|(?:start(?:s|ed|ing)?|beg[ia]n(?:s|ning)?)\s+(?:their|his|her|your|my|our)\s+careers?\s+(?:as|in)|begin(?:s|ning)?\s+(?:as|in)|previously\s+work(?:ed|ing)\s+as|(?:have|has|having|with)\s+(?:a\s+)?background\s+as|com(?:e|es|ing)\s+from|spen(?:d|ds|t|ding)\s+(?:a\s+few\s+|a\s+couple\s+of\s+|several\s+|some\s+|\d+\+?\s+)?(?:years?|months?|time)\s+(?:working\s+)?as|(?:I|we)\s+(?:was|were|used\s+to\s+be|worked\s+as))\b/i;
/** "Others move from backend development into data engineering": the roles after "from" move to those after "to". */
const FROM_INTO =
  /\b(?:mov(?:e|es|ed|ing)|switch(?:es|ed|ing)?|transition(?:s|ed|ing)?|pivot(?:s|ed|ing)?|go(?:es|ing)?|went|shift(?:s|ed|ing)?)\s+from\s+/i;
const FROM_INTO_TO = /\s(?:in)?to\s/i;
/** Words before a move that name no one but the people of the section's role ("Many eventually"). */
const SCOPED_MOVER =
  /^\s*(?:(?:many|some|most|others?|they|you|people|few|a|eventually|often|later|usually|typically|commonly|can|may|might|will|then|also|the|from|here|there|senior|experienced)\s+){0,3}$/i;
/** "A typical next step for a data scientist is a data science manager role". */
const NEXT_STEP = /\b(?:next|natural|logical|usual|typical|common)\s+(?:career\s+)?(?:steps?|moves?)\s+(?:for|after)\s+/i;
const NEXT_STEP_IS = /\s(?:is|are|would be|will be|might be|could be|includes?)\s/i;
/**
 * A field named where a move is ("pivot into machine learning engineering", "from backend
 * development"): the role of that field, when there is one by that name.
 */
const FIELD =
  /\b(?:into|to|from)\s+(?:an?\s+|the\s+)?((?:[\p{L}][\p{L}+#/-]*\s+){1,3}?)(engineering|science|analytics|management|development|design|research|architecture|consulting|testing)\b/giu;
const FIELD_ROLE: Record<string, string> = {
  engineering: 'engineer',
  science: 'scientist',
  analytics: 'analyst',
  management: 'manager',
  development: 'developer',
  design: 'designer',
  research: 'researcher',
  architecture: 'architect',
  consulting: 'consultant',
  testing: 'tester',
};
const COLLAB =
  /\b(?:collaborat\w*|work(?:s|ed|ing)?\s+(?:closely\s+|together\s+|alongside\s+|hand in hand\s+)?(?:with|alongside)|work(?:s|ed|ing)?\s+together|partner(?:s|ed|ing)?\s+with|team(?:s|ed|ing)?\s+up\s+with|liais\w+\s+with)\b/i;
const TOGETHER = /\btogether\b/i;
/** Words that make "A to B" in prose a move. */
const PATH_WORD = /\b(?:path|paths|pathway|route|journey|trajectory|ladder)\b/i;
/** Between two roles of a heading, what makes it a move ("to", "into", an arrow). */
const HEADING_MOVE = /^\s*(?:(?:to|into)\s+(?:an?\s+)?|(?:→|->|⟶|=>)\s*(?:an?\s+)?)$/i;
/** "Our graduates work as …", "alumni have become …": the roles a programme leads to follow. */
const GRADUATES =
  /\b(?:graduates|alumni|alumnae|alumnus|alumna)\b[^.;]{0,40}?\b(?:work(?:ing)?|are employed|employed|find (?:jobs|work|roles|positions)|go on to (?:work|become)|went on to (?:work|become)|have become|became|become|now work|careers)\s+(?:as|in|include)?/i;
/** "Some go on to a PhD": a further degree, not the one the roles need. */
const FURTHER_STUDY =
  /\b(?:go(?:es)?|went|going)\s+on\s+to\s+(?:do\s+|study\s+|pursue\s+|start\s+)?(?:an?\s+|the\s+|their\s+)?$/i;
const NEGATION =
  /\b(?:not|n't|never|no longer|without|rather than|instead of|no\s+(?:prior\s+|previous\s+)?(?:[\w-]+\s+){0,2}(?:experience|knowledge|background|degree)\s+(?:is\s+|are\s+)?(?:required|needed|necessary))\b/i;
const PRONOUN = /\b(?:they|their|them|these professionals|this role|such professionals)\b/i;
const SALARY_CUE =
  /\b(?:salar(?:y|ies)|earn(?:s|ing)?|pay(?:s|ing)?|paid|compensation|income|wages?|mak(?:e|es|ing)\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+|over\s+)?[$€£])|^\s*[$€£]\s?\d[\d,.]*\s*k?\s*(?:[-–—]|to)\s*[$€£]?\s?\d/i;
const MONEY = /([$€£])\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(k\b|thousand\b)?/gi;
const CLAUSE_SPLIT = /\s*(?:;|,?\s+\b(?:while|whereas|but|however)\b,?|\bin contrast\b,?)\s*/gi;
const LABEL = /^([^:]{2,60}?):\s+(?=\S)/u;
const FOR_PHRASE =
  /^\s*(?:notebooks?\s+)?(?:\))?\s*for\s+(?!(?:the|this|that|these|those|my|our|your|their|his|her|its|each|every|all|me|us|them|him|it|you)\s)([\p{L}][\p{L}\p{N} '/-]{2,40}?)(?=\s*(?:[,.;)]|$|\s+(?:and\s+(?:to|for)|to|in|on|with|by)\s))/iu;
const TRAILING =
  /\s+[-–—:]\s.*$|\s+(?:to|for|that|which|in order|when|while|as well as|among|within|across|from|using|into|on)\s.*$/i;

/** The case-insensitive patterns written without `u`, for the test that they read unfolded text as with it. */
export const UNFOLDED = { CUE_EDU, CUE_SKILL, FORWARD, BACKWARD, COLLAB, CLAUSE_SPLIT, TRAILING };

/** Context of the document-level analyser shared by all statements. */
export interface Analyser {
  matcher: Matcher;
  abbreviations: Record<string, string>;
  heads: RegExp;
  /**
   * Whatever can make a statement yield something without a known term in it: a role head, one of the
   * cue phrases below, money, "them". A statement with none of these and no known term yields nothing.
   */
  trigger: RegExp;
  /**
   * A cheaper, wider look than {@link trigger} (case-insensitive without Unicode folding, each cue
   * reduced to words every match of it contains): a statement it rejects the trigger rejects too, so
   * the trigger itself only reads the few statements this lets through.
   */
  quick: RegExp;
  headsTitle: RegExp;
  headsLower: RegExp;
  /** A role head in the plural ("engineers"): a word before a head that says two titles meet, not one. */
  headPlural: RegExp;
}

/** Build the role-title patterns from the lexicon's role heads. */
export function makeAnalyser(matcher: Matcher, roleHeads: string[], abbreviations: Record<string, string>): Analyser {
  const heads = roleHeads.map((h) => h.toLowerCase()).join('|');
  const ascii = /^[\x20-\x7e]*$/.test(heads);
  const title = roleHeads.map((h) => h.charAt(0).toUpperCase() + h.slice(1).toLowerCase()).join('|');
  // what either look accepts as it is; the two differ in how they find an enumeration's cue
  const shared = [
    `\\b(?:${heads})`,
    CUE_EXAMPLES.source,
    CUE_EDU.source,
    CUE_SKILL.source,
    '\\b(?:background|degree)',
    '[$€£]',
    '\\bthem\\b',
    CREDENTIAL_HINT.source,
    // "strong stakeholder management skills" (CUE_SKILL_BEFORE)
    'skills\\b',
  ];
  const trigger = new RegExp(
    [...shared, CUE_ENUM.source, `\\b(?:${CATEGORY_WORDS})\\b[^.;:()]{0,50}?\\s*(?:\\binclude\\b|\\bincludes\\b|:)\\s`].join('|'),
    'iu',
  );
  return {
    matcher,
    abbreviations,
    heads: new RegExp(`\\b(?:${heads})`, 'i'),
    trigger,
    // with role heads outside ASCII the two kinds of case-insensitivity could differ: no shortcut
    quick: ascii
      ? new RegExp(
          [
            ...shared,
            `\\b(?:${CATEGORY_WORDS})[^]*?(?:such as|like|including|especially|particularly|e\\.g\\.|for example|namely|\\(|include|:)`,
          ].join('|'),
          'i',
        )
      : trigger,
    // a title starts at a word's start ("iOS Developers" is not "OS Developers")
    headsTitle: new RegExp(
      `(?<![\\p{L}\\p{N}])((?:[\\p{Lu}][\\p{L}\\p{N}+#&'/-]*\\s+){1,3})(${title})(?:s|es)?(?![\\p{L}])`,
      'gu',
    ),
    headsLower: new RegExp(`((?:[\\p{L}\\p{N}+#&'/-]+\\s+){1,2})(${heads})(?:s|es)?(?![\\p{L}])`, 'gu'),
    headPlural: new RegExp(`^(?:${heads})(?:s|es)$`, 'i'),
  };
}

function ref(m: Ref): Ref {
  return { kind: m.kind, key: m.key };
}

function sameRef(a: Ref, b: Ref): boolean {
  return a.kind === b.kind && a.key === b.key;
}

function uniqueRefs(refs: Ref[]): Ref[] {
  const out: Ref[] = [];
  for (const r of refs) if (!out.some((o) => sameRef(o, r))) out.push(r);
  return out;
}

/** What a role asks for, said without naming skills ("What we expect", "Nice to have", "Requirements"). */
const REQUIREMENTS =
  /\b(?:requirements?|required|need|needs|must[- ]haves?|nice[- ]to[- ]haves?|expect|expected|looking for|you bring|about you|your profile)\b/;

/** Read what a list introduced by this text is about. */
export function listHint(text: string): ListHint {
  // only a text ending in a colon or in "following", "include(s)" or "such as" introduces a list; most
  // statements end otherwise, and this look at the last character spares them the patterns below
  const end = text.trimEnd();
  if (end.charCodeAt(end.length - 1) !== 58 && !/[gesGES]$/.test(end)) return null;
  const t = text.toLowerCase();
  if (!/:\s*$|\b(?:following|include|includes|such as)\s*:?\s*$/.test(t)) return null;
  if (/\b(?:degree|education|qualification|background|study|studies)\b/.test(t)) return 'education';
  if (/\bskills?\b|\bpossess|\bcompetenc|\bknowledge\b|\bneed to know\b/.test(t)) return 'skill';
  if (/\b(?:tools?|technolog|use|uses|utili[sz]e|stack|software|libraries|frameworks|platforms)\b/.test(t)) return 'tool';
  // "What you need:", "We expect:", "Nice to have:": what a role asks for
  if (REQUIREMENTS.test(t)) return 'skill';
  if (/\b(?:involv|responsibilit|dut(?:y|ies)|tasks?\b|includes?\b|do\b|focus)/.test(t)) return 'duty';
  return null;
}

/** What a heading says the list under it is about ("Requirements", "Tech stack", "Education"). */
export function headingHint(text: string): ListHint {
  const t = text.toLowerCase();
  if (/\b(?:education|degrees?|qualifications?|certifications?)\b/.test(t)) return 'education';
  // "Software" heads a list of products, not a job title's list ("## Senior Software Engineer")
  if (
    /\b(?:tools?|tech(?:nology)? stack|technologies|platforms|languages)\b|\bsoftware\b(?!\s+(?!and\b|we\b|you\b|used\b)\p{L})/u.test(
      t,
    )
  )
    return 'tool';
  if (/\b(?:skills?|competenc\w*|knowledge)\b/.test(t) || REQUIREMENTS.test(t)) return 'skill';
  if (/\b(?:responsibilit\w*|duties|what you(?:'ll| will) do|day[- ]to[- ]day|tasks)\b/.test(t)) return 'duty';
  return null;
}

/** Analyse one statement (a sentence or list item, inline markup already stripped). */
export function analyseStatement(a: Analyser, text: string, ctx: StatementContext): StatementResult {
  // the only letters Unicode case folding maps into ASCII, read as the letters they stand for (same
  // length, so every position still points into the statement)
  text = unfold(text);
  const result: StatementResult = { mentions: [], facts: [], salaries: [], subject: [], discovered: [], hint: listHint(text) };
  // Most prose names nothing: one look for any cue, role title or known term decides.
  if (
    !(ctx.item && ctx.hint) &&
    !a.matcher.find(text).length &&
    !(a.quick.test(text) && a.trigger.test(text)) &&
    !CUE_PROPER_ANY.test(text) &&
    !LEADING_PROPER.test(text)
  )
    return result;
  const shouting = isShouting(text);
  let body = text;
  let offset = 0;
  let labelRoles: Ref[] = [];
  let labelled: Mention | null = null;

  // A label at the start of an item ("DATA SCIENTISTS: ...", "Model development: ...") scopes or names a skill.
  const label = ctx.item ? LABEL.exec(text) : null;
  if (label) {
    const labelText = label[1].trim();
    const roles = findRoles(a, labelText, 0, shouting);
    if (roles.length && roles[0].start === 0 && roles.at(-1)!.end >= labelText.length - 1) {
      labelRoles = uniqueRefs(roles.map(ref));
      result.mentions.push(...roles);
      result.discovered.push(...roles.filter((r) => !r.term));
      body = text.slice(label[0].length);
      offset = label[0].length;
    } else if (
      ctx.scope.length &&
      (ctx.hint === 'duty' || ctx.hint === 'skill') &&
      labelText.split(/\s+/).length <= 5 &&
      // "Next step: …", "Comes from: …" say where a role leads or starts, not a skill
      !FORWARD.test(label[0]) &&
      !BACKWARD.test(label[0])
    ) {
      const skill = termFor(a, labelText, 'skill', shouting, 0);
      if (skill) {
        result.mentions.push(skill);
        if (!skill.term) result.discovered.push(skill);
        // "Python: pandas and NumPy" names a tool; "Model serving: TorchServe" a skill
        for (const r of ctx.scope) result.facts.push({ kind: ownership(skill.kind), source: r, target: ref(skill) });
        // what follows the label is read on its own, and may list what the label covers
        body = text.slice(label[0].length);
        offset = label[0].length;
        labelled = skill;
      }
    }
  }

  let previous: Ref[] = labelRoles.length ? labelRoles : ctx.previous?.length ? ctx.previous : ctx.scope;
  const subjects: Ref[] = [];
  // a role label scopes its item ("- **Growth marketers:** often use tools such as HubSpot")
  const clauseCtx = labelRoles.length ? { ...ctx, scope: labelRoles } : ctx;
  for (const [n, clause] of splitClauses(body, offset).entries()) {
    const c = analyseClause(a, clause.text, clause.start, shouting, clauseCtx, previous, result, n === 0 ? labelled : null);
    if (c.length) {
      previous = c;
      subjects.push(...c);
    }
  }
  result.subject = uniqueRefs(labelRoles.length ? labelRoles : subjects);
  return result;
}

const CLAUSE_HINT = /;|while|whereas|but|however|in contrast/i;

function splitClauses(text: string, base: number): { text: string; start: number }[] {
  if (!CLAUSE_HINT.test(text)) return [{ text, start: base }];
  const out: { text: string; start: number }[] = [];
  let start = 0;
  CLAUSE_SPLIT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_SPLIT.exec(text))) {
    if (m[0].length === 0) {
      CLAUSE_SPLIT.lastIndex++;
      continue;
    }
    if (m.index > start) out.push({ text: text.slice(start, m.index), start: base + start });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ text: text.slice(start), start: base + start });
  return out;
}

/** An abbreviation in capitals, perhaps plural ("SRE", "SWEs"). */
const ACRONYM = /\b([A-Z]{2,5})s?\b/g;
const ACRONYM_HINT = /[A-Z]{2}/;

/** "AWS Certified Solutions Architect", "Microsoft Certified: Azure Data Engineer Associate": a credential's name. */
const CERTIFIED_BEFORE = /\bCertified:?\s+(?:\p{Lu}[\p{L}\p{N}-]*\s+){0,3}$/u;

/** Whether the job title starting at `start` is part of a credential's name. */
function inCredential(text: string, start: number): boolean {
  return CERTIFIED_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}

/** Find role mentions: lexicon roles first, then job-title shapes ("Analytics Engineer"). */
function findRoles(
  a: Analyser,
  text: string,
  base: number,
  shouting: boolean,
  matches: Match[] = a.matcher.find(text),
): Mention[] {
  const found: Mention[] = [];
  const credential = !shouting && text.includes('Certified');
  for (const m of matches) {
    if (m.term.kind !== 'role') continue;
    if (credential && inCredential(text, m.start)) continue;
    found.push({
      kind: 'role',
      key: canonicalKey('role', m.term.label, a.abbreviations),
      surface: m.surface,
      term: m.term,
      start: base + m.start,
      end: base + m.end,
    });
  }
  // Title Case titles first ("Analytics Engineer"); then titles written in lower case ("a QA engineer",
  // "test automation engineers"), which is all there is in capitals or lower-case text
  const patterns = !a.heads.test(text) ? [] : shouting || !/\p{Lu}/u.test(text) ? [a.headsLower] : [a.headsTitle, a.headsLower];
  for (const re of patterns) {
    const src = re === a.headsLower ? text.toLowerCase() : text;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(src))) {
      const words = m[1].trim().split(/\s+/);
      const kept: string[] = [];
      for (let i = words.length - 1; i >= 0; i--) {
        const w = words[i].toLowerCase().replace(/[,.;:]+$/, '');
        if (STOP.has(w) || /(?:ly|ed)$/.test(w) || !/^[\p{L}]/u.test(w) || /[,.;:]$/.test(words[i])) break;
        kept.unshift(words[i]);
      }
      // "senior engineers lead projects": a verb after people, not a title ending in "lead"
      if (!kept.length || a.headPlural.test(kept.at(-1)!.replace(/[,.;:]+$/, ''))) continue;
      const matchEnd = m.index + m[0].length;
      const surfaceStart = matchEnd - (kept.join(' ').length + 1 + m[0].length - m[1].length);
      const surface = text.slice(surfaceStart, matchEnd);
      if (credential && inCredential(text, surfaceStart)) continue;
      const start = base + surfaceStart;
      const end = base + matchEnd;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const key = canonicalKey('role', surface, a.abbreviations);
      // a known role at the end wins over unknown modifiers ("exceptional data scientists")
      const known = knownSuffix(a, key);
      if (known) {
        const knownKey = canonicalKey('role', known.label, a.abbreviations);
        found.push({ kind: 'role', key: knownKey, surface, term: known, start, end });
      } else {
        found.push({ kind: 'role', key, surface, start, end });
      }
    }
  }
  // "I'm an SRE": an abbreviation the lexicon expands to a whole job title is that role
  if (ACRONYM_HINT.test(text)) {
    ACRONYM.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ACRONYM.exec(text))) {
      const expansion = a.abbreviations[m[1].toLowerCase()];
      if (!expansion || !a.heads.test(expansion.split(' ').at(-1)!)) continue;
      const start = base + m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const key = canonicalKey('role', expansion, a.abbreviations);
      // named by its expansion, so a discovered role is never called by its abbreviation
      found.push({ kind: 'role', key, surface: properCase(expansion, true), term: a.matcher.byKey('role', key), start, end });
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

function knownSuffix(a: Analyser, key: string): Term | undefined {
  const words = key.split(' ');
  for (let i = 0; i < words.length - 1; i++) {
    const t = a.matcher.byKey('role', words.slice(i).join(' '));
    if (t) return t;
  }
  return undefined;
}

/**
 * Add the roles of fields named at a move ({@link FIELD}) to `roles`, in order, where no role is
 * already; false when a field has no role of its name.
 */
function fieldRoles(a: Analyser, text: string, base: number, roles: Mention[]): boolean {
  let named = true;
  FIELD.lastIndex = 0;
  let m: RegExpExecArray | null;
  let added = false;
  while ((m = FIELD.exec(text))) {
    const start = base + m.index + m[0].length - m[1].length - m[2].length;
    const end = base + m.index + m[0].length;
    if (roles.some((r) => r.start < end && start < r.end)) continue;
    const term = a.matcher.byKey('role', canonicalKey('role', `${m[1]}${FIELD_ROLE[m[2].toLowerCase()]}`, a.abbreviations));
    if (!term) {
      named = false;
      continue;
    }
    const key = canonicalKey('role', term.label, a.abbreviations);
    // named as the role is, so the field's words never become the role's name
    roles.push({ kind: 'role', key, surface: term.label, term, start, end });
    added = true;
  }
  if (added) roles.sort((x, y) => x.start - y.start);
  return named;
}

/** The group of roles at the start of a clause ("Data Scientists and ML Engineers ..."). */
function leadingGroup(roles: Mention[], text: string, base: number): Mention[] {
  if (!roles.length) return [];
  const before = text.slice(0, roles[0].start - base);
  if (COLLAB.test(before) || /\b(?:with|alongside|by|among)\s+(?:the\s+|an?\s+|other\s+)?$/i.test(before)) return [];
  const group = [roles[0]];
  for (let i = 1; i < roles.length; i++) {
    const between = text.slice(group.at(-1)!.end - base, roles[i].start - base);
    // "… move into product management or become research operations managers": one list of moves
    if (
      /^\s*(?:roles?|positions?|jobs?)?\s*(?:,|and|or|&|\/|,\s*and|,\s*or)?\s*(?:(?:becom(?:e|es|ing)|mov(?:e|es|ing)\s+(?:in)?to|switch(?:es|ing)?\s+(?:in)?to)\s+)?(?:an?\s+|the\s+)?$/i.test(
        between,
      )
    )
      group.push(roles[i]);
    else break;
  }
  return group;
}

/** Clean an enumeration item or list phrase into a term, or null when it is not term-like. */
function termFor(a: Analyser, raw: string, kind: NodeKind, shouting: boolean, start: number, maxWords = 4): Mention | null {
  const s = raw
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^(?:e\.g\.|i\.e\.|etc\.?|the|a|an|other|some|various|modern|popular|common|key|core)\s+/i, '')
    .replace(
      /^(?:later|then|also|finally|eventually|now|even|maybe|perhaps|mostly|mainly|usually|sometimes|occasionally)\s+/i,
      '',
    )
    .replace(/\s+(?:etc\.?|and more|and so on|among others)$/i, '')
    .replace(/^(?:strong|solid|advanced|deep|basic|good|excellent|proven|hands-on|working|general|sound|practical)\s+/i, '')
    .replace(
      /^(?:knowledge|understanding|experience|expertise|proficiency|familiarity|ability|background|grounding)\s+(?:of|in|with|to)\s+/i,
      '',
    )
    .replace(/\s+(?:skills?|knowledge|expertise|abilities)$/i, '')
    .replace(/[.,;:!?'"]+$/g, '')
    .replace(/^["'(]+|["')]+$/g, '')
    .trim();
  if (!s || s.length > 60) return null;
  const words = s.split(/\s+/);
  if (words.length > maxWords || !/^[\p{L}\p{N}]/u.test(s) || STOP.has(words[0].toLowerCase())) return null;
  const known = a.matcher.anyKind(s);
  if (known) {
    const k = kind === 'education' && known.kind !== 'education' ? 'education' : known.kind;
    return {
      kind: k,
      key: canonicalKey(k, known.label, a.abbreviations),
      surface: s,
      term: k === known.kind ? known : undefined,
      start,
      end: start + raw.length,
    };
  }
  if (words.length === 1 && GENERIC.has(words[0].toLowerCase())) return null;
  // "Universidad de Sevilla", "Imperial College London": where people studied, not what
  if (kind === 'education' && INSTITUTION.test(s)) return null;
  // "a quantitative field", "a technical discipline": a kind of field, not one
  if (words.length === 2 && /^(?:fields?|disciplines?|areas?|subjects?|domains?|backgrounds?)$/i.test(words[1])) return null;
  if (
    words.some((w) =>
      /^(?:related|similar|equivalent|relevant|other|higher|above|diverse|various|varied|different|academic|specific|additional|any)$/i.test(
        w,
      ),
    )
  )
    return null;
  if (
    GENERIC.has(s.toLowerCase()) ||
    words.some(
      (w, i) =>
        STOP.has(w.toLowerCase()) &&
        !/^(?:and|of|&)$/i.test(w) &&
        !(i > 0 && /^(?:as|a)$/i.test(w)) &&
        // "Oracle Certified Professional", "Cloud Security Expert": a credential's level
        !(i > 0 && !shouting && /^(?:Professional|Expert)$/.test(w)),
    )
  )
    return null;
  if (s.length < 2 && !/^[A-Z]$/.test(s)) return null;
  if (/^\d/.test(s)) return null;
  // a lone proper noun in a skills list is a product, not a skill ("knowledge of Ansible")
  const k: NodeKind = kind === 'skill' && !shouting && words.length === 1 && looksLikeProduct(s) ? 'tool' : kind;
  return { kind: k, key: canonicalKey(k, s, a.abbreviations), surface: s, start, end: start + raw.length };
}

const INSTITUTION =
  /\b(?:universit(?:y|ies|é|ä|à|at)|universidad|college|institute|institut|polytechnic|politécnica|politecnico|hochschule|école|escuela|academy)(?![\p{L}])/iu;

/** The skill a list item names before its examples in brackets, when that is all it starts with. */
function itemHead(a: Analyser, text: string, end: number, base: number, shouting: boolean): Mention | null {
  const words = text.slice(0, end).trim();
  if (text.slice(0, end).search(/\S/) !== 0 || words.split(/\s+/).length > 4 || /[,;:]/.test(words)) return null;
  const t = termFor(a, words, 'skill', shouting, base);
  return t && t.kind === 'skill' ? t : null;
}

/**
 * Whether `short` abbreviates `long`: its letters in order, each word's first letter among them, a word
 * giving more letters from inside it ("DBA" for "database administrator", "SRE" for "site reliability
 * engineer").
 */
export function abbreviates(short: string, long: string): boolean {
  const letters = short.toLowerCase();
  const words = long
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  // letters left to place, word by word; each word takes its first letter and then any run of the
  // following letters it holds in order (the fewest that leave enough for the words after it)
  const fits = (w: number, at: number): boolean => {
    if (w === words.length) return at === letters.length || (at === letters.length - 1 && letters[at] === 's');
    const word = words[w];
    if (letters[at] !== word[0]) return false;
    let next = at + 1;
    let from = 1;
    for (;;) {
      if (fits(w + 1, next)) return true;
      if (next >= letters.length) return false;
      const found = word.indexOf(letters[next], from);
      if (found < 0) return false;
      from = found + 1;
      next++;
    }
  };
  return words.length > 0 && fits(0, 0);
}

/** Two or more words, none capitalised ("write custom exploits"). */
const LOWER_PHRASE = /^[a-z][\w'-]*(?:\s+[a-z][\w'-]*)+$/;

/** Whether every word of a name is capitalised ("Seldon Core", "GitHub Actions"; not "Bayesian methods"). */
function properName(item: string): boolean {
  const words = item.trim().split(/\s+/);
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && /^\p{Lu}/u.test(words[0]);
}

/** A single word shaped like a product name: capitalised or camel-cased, not an abstract noun. */
function looksLikeProduct(word: string): boolean {
  if (!/^[A-Z][\w+#.-]*$/.test(word) && !/^[a-z]+[A-Z]/.test(word)) return false;
  if (/[A-Z].*[A-Z]|\d|[+#.]/.test(word.slice(1))) return true; // GitHub, S3, Node.js, C#
  return !/(?:ion|ing|ment|ics|ity|ance|ence|sis|ship|ogy|ness|ism|ure|cy|ry|al)$/.test(word.toLowerCase());
}

/** Split an enumeration ("X, Y, and Z", "X or Y") into its items with positions. */
const LIST_SEPARATOR =
  /\s*(?:,\s*(?:and|or)\s+|,|\s+and\s+|\s+or\s+|\s+plus\s+|\s*\/\s*(?![\p{L}]\b)|\s+&\s+|\s+as well as\s+)\s*/giu;
/** The same without the slash, for phrases whose names may hold one ("CI/CD pipelines"). */
const WORD_SEPARATOR = /\s*(?:,\s*(?:and|or)\s+|,|\s+and\s+|\s+or\s+|\s+plus\s+|\s+&\s+|\s+as well as\s+)\s*/giu;

function enumerate(raw: string, base: number, re = LIST_SEPARATOR): { item: string; start: number }[] {
  const out: { item: string; start: number }[] = [];
  const lead = /^\s*(?:e\.g\.|i\.e\.|for example|for instance|namely)\s*,?\s*/i.exec(raw)?.[0].length ?? 0;
  const text = raw.slice(lead);
  base += lead;
  re.lastIndex = 0;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (m.index > start) out.push({ item: text.slice(start, m.index), start: base + start });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ item: text.slice(start), start: base + start });
  return out.filter((o) => o.item.trim());
}

/** The enumeration that follows a cue: up to a parenthesis close, sentence end or a new clause. */
function enumerationAt(text: string, from: number, paren: boolean): { text: string; end: number } {
  const rest = text.slice(from);
  let end = rest.length;
  if (paren) {
    const close = rest.indexOf(')');
    if (close >= 0) end = close;
  } else {
    const stop = rest.search(
      /\.(?![\p{L}\p{N}])|[;:)(]|\s+(?:to|for|that|which|in order|when|while|who|where|because|so that|as well as|based on|into|from|using|with|on)\s/iu,
    );
    if (stop >= 0) end = stop;
  }
  return { text: rest.slice(0, end), end: from + end + (paren ? 1 : 0) };
}

function categoryKind(word: string): NodeKind | null {
  if (TOOL_CATEGORY.test(word)) return 'tool';
  if (SKILL_CATEGORY.test(word)) return 'skill';
  if (EDU_CATEGORY.test(word)) return 'education';
  return null;
}

/**
 * Whether a position lies inside one of the consumed ranges: a known term counts unless it starts
 * inside a consumed list ("a bachelor's degree in X" keeps "bachelor's degree").
 */
function isConsumed(consumed: [number, number][], at: number): boolean {
  return consumed.some(([cs, ce]) => at >= cs && at < ce);
}

/** Keep a non-role mention once per kind, key and place; a term the lexicon lacks is also discovered. */
function addThing(m: Mention | null, seen: Set<string>, things: Mention[], discovered: Mention[]): void {
  if (!m || m.kind === 'role') return;
  const k = `${m.kind}\u0000${m.key}\u0000${m.start}`;
  if (seen.has(k)) return;
  seen.add(k);
  things.push(m);
  if (!m.term) discovered.push(m);
}

/** The roles of some mentions, each once. */
function roleRefs(ms: Mention[]): Ref[] {
  return uniqueRefs(ms.map(ref));
}

/** Analyse one clause; returns its subject roles and adds mentions and facts to `out`. */
function analyseClause(
  a: Analyser,
  text: string,
  base: number,
  shouting: boolean,
  ctx: StatementContext,
  previous: Ref[],
  out: StatementResult,
  labelled: Mention | null = null,
): Ref[] {
  const matches = a.matcher.find(text);
  const roles = findRoles(a, text, base, shouting, matches);
  const fwd = FORWARD.exec(text);
  const bwd = BACKWARD.exec(text);
  const fromInto = FROM_INTO.exec(text);
  if ((fwd || bwd || fromInto) && !fieldRoles(a, text, base, roles)) out.unnamedField = true;
  const things: Mention[] = [];
  const suppressed: [number, number][] = [];
  const seen = new Set<string>();
  const consumed: [number, number][] = [];
  const toolSkill: { tools: Mention[]; skill: Mention }[] = [];

  // 1. Enumerations after a category cue.
  const cues: {
    lead?: boolean;
    examples?: boolean;
    index: number;
    from?: number;
    end: number;
    kind: NodeKind;
    paren: boolean;
    category: string;
    forSkill?: string;
    proper?: boolean;
    /** Only names count, and at least two of them (examples in brackets). */
    names?: boolean;
    /** What the list's tools are used for (the skill a label names). */
    about?: Mention;
  }[] = [];
  let m: RegExpExecArray | null;
  // "Model serving: TorchServe, BentoML or Seldon Core": after a label, a list that is all there is
  // names what the label covers (a description such as "explaining results to others" does not)
  if (labelled) {
    const en = enumerationAt(text, 0, false);
    const rest = text.trim().replace(/[.!]$/, '');
    const parts = enumerate(en.text, 0);
    const terms = en.text.trim() === rest && parts.every((p) => termFor(a, p.item, 'skill', shouting, 0));
    if (terms && (parts.length > 1 || (!shouting && /^[A-Z]/.test(rest))))
      cues.push({
        index: 0,
        end: 0,
        kind: labelled.kind === 'tool' ? 'tool' : 'skill',
        paren: false,
        category: '',
        examples: true,
        about: labelled.kind === 'skill' ? labelled : undefined,
      });
  }
  if (CUE_ENUM_HINT.test(text)) {
    CUE_ENUM.lastIndex = 0;
    while ((m = CUE_ENUM.exec(text))) {
      const kind = categoryKind(m[1]);
      if (!kind) continue;
      const before = wordsBefore(text, m.index);
      cues.push({
        index: before.start,
        from: m.index,
        end: m.index + m[0].length,
        kind,
        paren: m[0].trimEnd().endsWith('('),
        category: before.text,
        forSkill: m[2],
      });
    }
  }
  // "CSS preprocessors such as Sass": any plural noun before "such as" introduces examples
  if (!shouting && CUE_ENUM_HINT.test(text)) {
    CUE_EXAMPLES.lastIndex = 0;
    while ((m = CUE_EXAMPLES.exec(text))) {
      if (NOT_EXAMPLES.test(m[1]) || categoryKind(m[1])) continue;
      // "recommendation systems, such as those used by YouTube": who uses them, not examples
      if (/^(?:those|these|the ones|ones|that|this)\b/i.test(text.slice(m.index + m[0].length))) continue;
      // "CI/CD pipelines (GitHub Actions, GitLab CI, Jenkins)": names in brackets are examples too, but
      // not one alone ("engineers (SREs)", "interfaces (APIs)" define an abbreviation)
      const paren = m[0].endsWith('(');
      if (paren && a.heads.test(m[1])) continue;
      // "infrastructure as code (Terraform, Pulumi)": the names are used for the known skill before them
      const noun = m.index + m[1].length;
      const skill = paren
        ? matches.find((x) => x.term.kind === 'skill' && x.end >= noun && x.end <= m!.index + m![0].length - 1)
        : undefined;
      // "- Networking fundamentals (TCP/IP, DNS)": an item's words before its examples name a skill
      const head = paren && !skill && ctx.item && !roles.length ? itemHead(a, text, noun, base, shouting) : null;
      if (head) {
        addThing(head, seen, things, out.discovered);
        consumed.push([base, base + noun]);
      }
      cues.push({
        index: m.index,
        end: m.index + m[0].length,
        kind: 'skill',
        paren,
        category: '',
        examples: true,
        names: paren,
        about: skill ? lexMention(a, skill, base + skill.start, false) : (head ?? undefined),
      });
    }
  }
  // "the Google Data Analytics certificate", "a Scrum Master certification": a credential by its name
  if (!shouting && CREDENTIAL_HINT.test(text)) {
    CREDENTIAL.lastIndex = 0;
    while ((m = CREDENTIAL.exec(text))) {
      const start = m.index + m[0].length - m[1].length - m[2].length;
      const end = m.index + m[0].length;
      // "Vendor certifications such as OCP": a kind of credential, its examples named next
      if (m[0].endsWith('s') && /^\s*,?\s*(?:such as|like|including|e\.g\.|\()/i.test(text.slice(end))) continue;
      const name = `${m[1]}${m[2].charAt(0).toUpperCase()}${m[2].slice(1)}`;
      const t = termFor(a, name, 'education', shouting, base + start, 8);
      if (!t || t.kind !== 'education') continue;
      addThing(t, seen, things, out.discovered);
      consumed.push([base + start, base + end]);
      suppressed.push([base + start, base + end]);
    }
  }
  CUE_EDU.lastIndex = 0;
  while ((m = CUE_EDU.exec(text)))
    cues.push({ index: m.index, end: m.index + m[0].length, kind: 'education', paren: false, category: '' });
  // "an MSc in Data Science", "a PhD in Physics": a degree the lexicon knows names its field (not a
  // field itself: "a degree in Computer Science in Spain")
  for (const x of matches) {
    if (x.term.kind !== 'education' || /\b(?:in|on)\s+$/i.test(text.slice(Math.max(0, x.start - 4), x.start))) continue;
    // in a title, the field may follow the degree at once ("MSc Business Analytics")
    const after = DEGREE_IN.exec(text.slice(x.end, x.end + 16)) ?? (ctx.heading ? DEGREE_FIELD.exec(text.slice(x.end)) : null);
    if (after)
      cues.push({ index: x.end, end: x.end + after[0].length, kind: 'education', paren: false, category: '', lead: true });
  }
  CUE_EDU_BEFORE.lastIndex = 0;
  const eduBefore = EDU_BEFORE_HINT.test(text);
  while (eduBefore && (m = CUE_EDU_BEFORE.exec(text))) {
    const listStart = m.index + m[0].indexOf(m[1]);
    for (const { item, start } of enumerate(m[1], listStart))
      addThing(termFor(a, item, 'education', shouting, base + start), seen, things, out.discovered);
    consumed.push([base + listStart, base + m.index + m[0].length]);
  }
  CUE_SKILL_BEFORE.lastIndex = 0;
  const skillBefore = !shouting && SKILL_BEFORE_HINT.test(text);
  while (skillBefore && (m = CUE_SKILL_BEFORE.exec(text))) {
    // "Managers need …": the list starts after the last verb in it
    const list = m[1].replace(SKILL_BEFORE_VERB, '');
    const listStart = m.index + m[0].length - 'skills'.length - list.length;
    const listEnd = listStart + list.length;
    // a role in the list ("data analysts' skills") says whose skills, not which
    if (roles.some((r) => r.start < base + listEnd && base + listStart < r.end)) continue;
    // known terms in it are read as everywhere else; the rest are skills by their place
    for (const { item, start } of enumerate(list, listStart)) {
      // "complex technical skills", "fewer soft skills": a kind or an amount of skills, not one
      const words = item
        .trim()
        .replace(/^(?:the|a|an)\s+/i, '')
        .split(/\s+/);
      if (SKILL_QUALITY.test(words.at(-1)!) || SKILL_AMOUNT.test(words[0])) continue;
      if (!matches.some((x) => x.start < start + item.length && start < x.end))
        addThing(termFor(a, item, 'skill', shouting, base + start), seen, things, out.discovered);
    }
  }
  CUE_INCLUDE.lastIndex = 0;
  const include = INCLUDE_HINT.test(text);
  while (include && (m = CUE_INCLUDE.exec(text))) {
    const kind = categoryKind(m[1]);
    // "a database administrator's duties include": a category word inside a job title is not one
    const at = base + m.index;
    if (kind && !roles.some((r) => r.start <= at && at < r.end))
      cues.push({ index: m.index, end: m.index + m[0].length, kind, paren: false, category: '' });
  }
  CUE_SKILL.lastIndex = 0;
  while ((m = CUE_SKILL.exec(text)))
    cues.push({ index: m.index, end: m.index + m[0].length, kind: 'skill', paren: false, category: '', lead: true });
  // "pipelines with Jenkins and GitHub Actions": proper names after with/using in ordinary prose (the
  // cue is looked for first: most clauses have none, and telling a title costs more)
  const proper = ctx.item ? CUE_PROPER_ITEM : CUE_PROPER;
  proper.lastIndex = 0;
  if (!shouting && proper.test(text) && !titleCase(text)) {
    proper.lastIndex = 0;
    while ((m = proper.exec(text))) {
      // "researchers in Berlin earn …": after a role or in a sentence about pay, "in" names a place
      if (
        m[0].startsWith('in') &&
        (SALARY_CUE.test(text) || roles.some((r) => r.end - base <= m!.index && /^\s*$/.test(text.slice(r.end - base, m!.index))))
      )
        continue;
      // "I'm talking with Priya, who …": a person, not a product
      if (
        CONVERSATION.test(text.slice(Math.max(0, m.index - 30), m.index)) ||
        PERSON_AFTER.test(text.slice(m.index + m[0].length))
      )
        continue;
      cues.push({ index: m.index, end: m.index + m[0].length, kind: 'tool', paren: false, category: '', proper: true });
    }
  }
  const leading = !shouting && !ctx.heading ? LEADING_PROPER.exec(text) : null;
  if (leading && !titleCase(text))
    cues.push({ index: 0, end: leading[0].length, kind: 'tool', paren: false, category: '', proper: true });
  cues.sort((x, y) => x.index - y.index || y.end - x.end);

  let lastEnd = -1;
  // a cue whose category starts where the list before it was cut, read although its leading words were in that list
  let resume: (typeof cues)[number] | null = null;
  for (const cue of cues) {
    if (cue.index < lastEnd && cue !== resume) continue;
    // "Tools: Dovetail for synthesis, Maze for tests and Figma for prototypes": each name with its use
    const purposes = cue.kind === 'tool' && !cue.paren && !shouting ? purposeList(text.slice(cue.end)) : null;
    if (purposes) {
      for (const p of purposes.items) {
        const at = base + cue.end + p.index;
        const tools: Mention[] = [];
        for (const { item, start } of enumerate(p[1], at)) {
          const tool = termFor(a, item, 'tool', shouting, start);
          if (!tool || tool.kind !== 'tool') continue;
          addThing(tool, seen, things, out.discovered);
          tools.push(tool);
        }
        if (!tools.length) continue;
        const skill = termFor(a, p[2], 'skill', shouting, at + p[0].indexOf(p[2], p[1].length));
        if (skill && skill.kind === 'skill') {
          addThing(skill, seen, things, out.discovered);
          toolSkill.push({ tools, skill });
        }
      }
      consumed.push([base + (cue.from ?? cue.index), base + cue.end + purposes.length]);
      lastEnd = cue.end + purposes.length;
      continue;
    }
    let en = enumerationAt(text, cue.end, cue.paren);
    // "versed in KDB+ and good at Bayesian inference": the next lead-in starts a list of its own
    const next = cues.find((o) => (o.lead || o.examples) && o.index > cue.end && o.index < en.end);
    if (next) {
      let head = text.slice(cue.end, next.index);
      // "familiarity with cloud data warehouses like Snowflake": the words before the examples' noun
      // are part of it, back to the list's last separator, unless they name something ("knowledge of
      // CSS preprocessors such as Sass")
      if (next.examples) {
        let cut = 0;
        for (const sep of head.matchAll(/,|\s+and\s+|\s+or\s+/gi)) cut = sep.index;
        const words = head
          .slice(cut)
          .replace(/^(?:,|\s+and\s+|\s+or\s+)/i, '')
          .trim();
        if (shouting || !properName(words)) head = head.slice(0, cut);
      }
      en = { text: head.replace(/\s*(?:,|and|or)?\s*$/i, ''), end: next.index };
    }
    if (!en.text.trim()) continue;
    // a nested cue inside this enumeration ("skills in programming languages such as X") takes over
    const nested = cues.find((o) => o !== cue && o.index > cue.index && o.index < en.end && o.kind === 'tool' && !o.proper);
    if (nested) {
      if (cue.kind !== 'skill') continue;
      // "proficiency in statistics and languages such as X": the skills end where the languages
      // begin, and the languages' own cue reads their list
      if (nested.from !== undefined && nested.from > cue.end && nested.from < en.end) {
        en = { text: text.slice(cue.end, nested.from).replace(/\s*(?:,|and|or)?\s*$/i, ''), end: nested.from };
        resume = nested;
        if (!en.text.trim()) continue;
      }
    }
    const items: Mention[] = [];
    const entries = enumerate(en.text, cue.end);
    if (cue.names && entries.length < 2) continue;
    let names = false;
    let listEnd = en.end;
    for (const [n, entry] of entries.entries()) {
      let { item } = entry;
      const { start } = entry;
      let last = false;
      // after "with"/"using", only capitalised names count ("with Jenkins", not "with care"); a name
      // followed by ordinary words ("Miro every day") ends the list
      if (cue.proper) {
        const name = LEADING_NAME.exec(item.trim());
        if (!name) {
          // "version control with Git, writing tests, Docker": what follows is read on its own
          listEnd = start;
          break;
        }
        last = name[0].length < item.trim().length;
        item = name[0];
      }
      const itemStart = base + start;
      const itemEnd = itemStart + item.length;
      const roleHere = roles.some((r) => r.start < itemEnd && itemStart < r.end);
      // "Certifications: AWS Certified Solutions Architect" names an education, not a role
      if (roleHere && cue.kind !== 'education') continue;
      if (roleHere) suppressed.push([itemStart, itemEnd]);
      const known = matches
        .filter((x) => x.term.kind !== 'role' && base + x.start >= itemStart && base + x.end <= itemEnd)
        .map((x) => ({ ...x, start: x.start - (itemStart - base), end: x.end - (itemStart - base) }));
      if (cue.names && !known.length && (shouting || !properName(item))) continue;
      // "tools like Burp Suite and Nmap, write custom exploits": after names, words in lower case say
      // what else people do, and the list has ended
      if (cue.kind === 'tool' && !shouting && names && !known.length && LOWER_PHRASE.test(item.trim())) break;
      if (properName(item)) names = true;
      // a long item holding known terms ("python libraries") yields those terms
      const t = termFor(a, item, cue.examples && !shouting && properName(item) ? 'tool' : cue.kind, shouting, base + start);
      const named = !t && cue.kind === 'education' && !shouting ? EDUCATION_NAME.exec(item.trim()) : null;
      const credential = named && termFor(a, named[1], 'education', shouting, base + start, 6);
      if (t) items.push(t);
      else if (credential) items.push(credential);
      else if (known.length) {
        // "certifications like the AWS Certified ...": a tool inside an education is not one
        for (const k of known)
          if (cue.kind !== 'education' || k.term.kind !== 'tool')
            items.push(lexMention(a, k, base + start, cue.kind === 'education'));
      } else if ((cue.kind === 'tool' || cue.examples) && !cue.proper && !shouting && n === entries.length - 1) {
        // "tools like Tableau and Zorblax every day": the list's last name, before ordinary words
        const name = LEADING_NAME.exec(item);
        const named = name && /^\s+[a-z]/.test(item.slice(name[0].length)) && termFor(a, name[0], 'tool', shouting, base + start);
        if (named) items.push(named);
      }
      if (last) break;
    }
    // "a degree in Computer Science (a Bachelor's or Master's)": the field is an item too
    if (cue.kind === 'education' && cue.forSkill)
      items.unshift(...[termFor(a, cue.forSkill, 'education', shouting, base + cue.index)].filter((x) => x !== null));
    for (const it of items) addThing(it, seen, things, out.discovered);
    // the words before a category ("a bachelor's degree in", "data visualization tools like") stay
    // free for the lexicon; the cue and its list are consumed
    consumed.push([base + (cue.from ?? cue.index), base + listEnd]);
    lastEnd = listEnd;
    // tool → skill ties: "visualization tools like Tableau", "tools for model deployment (Docker)"
    const tools = items.filter((i) => i.kind === 'tool');
    if (tools.length && cue.about) toolSkill.push({ tools, skill: cue.about });
    if (tools.length && cue.kind === 'tool') {
      const skillText = cue.forSkill ?? skillFromCategory(cue.category);
      const after = FOR_PHRASE.exec(text.slice(en.end));
      for (const st of [skillText, after?.[1]]) {
        if (!st) continue;
        const skill = termFor(a, st, 'skill', shouting, base + cue.index);
        if (skill && skill.kind === 'skill') {
          addThing(skill, seen, things, out.discovered);
          toolSkill.push({ tools, skill });
        }
      }
    }
  }

  // 2. Known terms outside enumerations.
  const lex = matches.filter((x) => x.term.kind !== 'role');
  for (let i = 0; i < lex.length; i++) {
    const x = lex[i];
    if (isConsumed(consumed, base + x.start)) continue;
    // inside a job title ("Cloud Architect") a word is not a skill of its own ("cloud")
    if (roles.some((r) => r.start < base + x.end && base + x.start < r.end)) continue;
    if (x.term.ambiguous && !besideOthers(text, lex, i)) continue;
    // "Microsoft Certified: Azure Database Administrator Associate" names a credential, not Azure
    if (x.term.kind === 'tool' && !shouting && text.includes('Certified') && inCredential(text, x.start)) continue;
    addThing(lexMention(a, x, base + x.start, false), seen, things, out.discovered);
  }

  // 3. "Python and R for statistical analysis": tools tied to the skill after "for".
  const looseTools = things.filter((t) => t.kind === 'tool' && !isConsumed(consumed, t.start)).sort((x, y) => x.start - y.start);
  for (const t of looseTools) {
    const f = FOR_PHRASE.exec(text.slice(t.end - base));
    if (!f) continue;
    const group = looseTools.filter(
      (o) => (o.end <= t.end && /^(?:\s*(?:,|and|or|&)\s*)*$/.test(text.slice(o.end - base, t.start - base))) || o === t,
    );
    for (const part of f[1].split(/\s+and\s+|,\s*/i)) {
      const skill = termFor(a, part, 'skill', shouting, t.end);
      if (skill && skill.kind === 'skill') {
        addThing(skill, seen, things, out.discovered);
        toolSkill.push({ tools: group, skill });
      }
    }
  }

  // 4. A list item under a skills/tools list that named nothing known is itself a term, unless it
  // states an amount of money ("Data Engineers: salaries range from $90,000 …" is not a skill).
  // A label already named the item's term ("Communication: explaining results to others"). Among
  // named terms, the parts of a short list that name none are terms too ("Spark or Databricks").
  if (ctx.item && !labelled && !roles.length && (ctx.hint === 'skill' || ctx.hint === 'tool') && !/[$€£]\s?\d/.test(text)) {
    const phrase = text.replace(TRAILING, '');
    if (!things.length) {
      const parts = phrase.split(/\s+and\s+|,\s*/i);
      for (const p of parts.length <= 3 ? parts : [phrase])
        addThing(termFor(a, p, ctx.hint, shouting, base), seen, things, out.discovered);
    } else if (!shouting && !consumed.length) {
      // a bare list: one a cue introduced has been read as its cue says
      const parts = enumerate(phrase, base, WORD_SEPARATOR);
      const named = things.slice();
      if (parts.length >= 2 && parts.length <= 4)
        for (const { item, start } of parts) {
          const end = start + item.length;
          if (named.some((t) => t.start < end && start < t.end)) continue;
          const t = properName(item)
            ? termFor(a, item, 'tool', shouting, start)
            : ctx.hint === 'skill' && !/^(?:an?|the|some|any|your|our)\s/i.test(item)
              ? termFor(a, item, 'skill', shouting, start)
              : null;
          addThing(t, seen, things, out.discovered);
        }
    }
  }

  // "## Certifications" then "- AWS Certified Solutions Architect – Associate (2020)": an item under an
  // education heading or intro that names nothing else is a credential by its name, and the job title
  // or product inside that name is neither a role nor a tool
  if (ctx.item && !labelled && ctx.hint === 'education' && !shouting && !things.some((t) => t.kind === 'education')) {
    const name = /^[^,;(–—|]+/
      .exec(text)![0]
      .split(/\s+-\s+/)[0]
      .replace(/\s+(?:\d{4}\s*)?$/, '');
    const wordCount = name.trim().split(/\s+/).length;
    const t = wordCount >= 2 && properName(name) ? termFor(a, name, 'education', shouting, base, 8) : null;
    if (t && t.kind === 'education') {
      const end = base + name.trimEnd().length;
      suppressed.push([base, end]);
      for (let i = things.length - 1; i >= 0; i--) if (things[i].start >= base && things[i].end <= end) things.splice(i, 1);
      addThing(t, seen, things, out.discovered);
    }
  }

  if (suppressed.length) {
    const keep = roles.filter((r) => !suppressed.some(([s0, e0]) => r.start < e0 && s0 < r.end));
    roles.length = 0;
    roles.push(...keep);
  }
  // "Site Reliability Engineers (SREs)": an acronym defined right after a title becomes its alias
  for (const r of roles) {
    const def = /^\s*\(([A-Z]{2,6})s?\)/.exec(text.slice(r.end - base, r.end - base + 12));
    if (!def) continue;
    const initials = r.surface
      .split(/[\s-]+/)
      .map((w) => w[0])
      .join('')
      .toUpperCase();
    if (abbreviates(def[1], r.surface) || initials.replace(/S$/, '') === def[1]) {
      const at = r.end + def[0].indexOf(def[1]);
      out.discovered.push({ kind: 'role', key: r.key, surface: def[1], start: at, end: at + def[1].length });
    }
  }
  out.mentions.push(...roles, ...things);
  for (const r of roles) if (!r.term) out.discovered.push(r);

  // Who the clause is about.
  let subject: Ref[] = leadingGroup(roles, text, base).map(ref);
  let moveFrom: { at: number; roles: Ref[] } | null = null;
  // "how I went from accountant to data analyst": the clause is about where the move leads
  if (fromInto) {
    const targets = (after: Mention[]) => leadingGroup(after, text, base).map(ref);
    const to = movesAcross(text, base, roles, fromInto.index + fromInto[0].length, FROM_INTO_TO, targets, out);
    if (to.length) subject = uniqueRefs(to);
  }
  const next = NEXT_STEP.exec(text);
  if (next) movesAcross(text, base, roles, next.index + next[0].length, NEXT_STEP_IS, roleRefs, out);
  if (fwd) {
    const at = base + fwd.index;
    let before = roleRefs(roles.filter((r) => r.end <= at));
    // "Next step: ML Platform Lead", "Many eventually move into data engineering" under a role's
    // heading: the move starts from the role the section is about ("They": whoever the text was about)
    if (!before.length && SCOPED_MOVER.test(text.slice(0, fwd.index)))
      before = PRONOUN.test(text) || !ctx.scope.length ? previous : ctx.scope;
    let group = leadingGroup(
      roles.filter((r) => r.start >= at + fwd[0].length),
      text,
      base,
    );
    const after = group.map(ref);
    addMoves(out, before, after);
    if (after.length) {
      // "Analysts are proficient in SQL, and many grow into engineers": what comes before the move
      // belongs to where people start
      if (before.length) moveFrom = { at, roles: before };
      subject = uniqueRefs(after);
    }
    // "… then moved into DevOps engineering, and finally became an SRE": each later move starts where
    // the one before it ended (a cue inside the group just read, "move into A or become B", is part of it)
    FORWARD_ALL.lastIndex = fwd.index + fwd[0].length;
    let later: RegExpExecArray | null;
    while (group.length && (later = FORWARD_ALL.exec(text))) {
      if (base + later.index < group.at(-1)!.end) continue;
      const end = base + later.index + later[0].length;
      const next = leadingGroup(
        roles.filter((r) => r.start >= end),
        text,
        base,
      );
      addMoves(out, roleRefs(group), roleRefs(next));
      group = next;
    }
  }
  // a heading "From Data Analyst to Data Scientist" or "QA Engineer → SDET": the move, and the
  // section is about where it leads
  // and in prose about a path, each "A to B" of a chain ("same path here, accountant to business
  // analyst to data analyst")
  if (!fwd && !bwd && roles.length >= 2 && (ctx.heading || PATH_WORD.test(text))) {
    const before = text.slice(0, roles[0].start - base);
    const opens = /^\W*(?:(?:going|moving|switching)\s+)?(?:from\s+)?(?:an?\s+)?$/i.test(before);
    for (let i = 0; i + 1 < roles.length && (opens || !ctx.heading); i++) {
      const from = roles[i];
      const to = roles[i + 1];
      if (!HEADING_MOVE.test(text.slice(from.end - base, to.start - base))) {
        if (ctx.heading) break;
        continue;
      }
      addMoves(out, [ref(from)], [ref(to)]);
      if (ctx.heading) subject = [ref(to)];
    }
  }
  if (bwd) {
    const at = base + bwd.index;
    const targets = roleRefs(roles.filter((r) => r.end <= at));
    const sources = leadingGroup(
      roles.filter((r) => r.start >= at + bwd[0].length),
      text,
      base,
    ).map(ref);
    const goal = targets.length ? targets : fwd ? [] : ctx.scope;
    addMoves(out, sources, goal);
    if (goal.length && sources.length) subject = goal;
  }
  const usesScope = !subject.length;
  if (usesScope) subject = PRONOUN.test(text) || ctx.scope.length === 0 ? previous : ctx.scope;

  // Collaboration: the subject works with other roles in the clause (or "them").
  const collab = COLLAB.exec(text);
  if (collab) {
    const partners = roleRefs(roles.filter((r) => r.start >= base + collab.index && !subject.some((s) => sameRef(s, r))));
    const others = partners.length
      ? partners
      : /\bthem\b/i.test(text.slice(collab.index))
        ? previous.filter((p) => !subject.some((s) => sameRef(s, p)))
        : [];
    for (const s of subject) for (const p of others) out.facts.push(collabFact(s, p));
    if (!others.length && TOGETHER.test(text) && subject.length > 1) {
      for (let i = 0; i < subject.length; i++)
        for (let j = i + 1; j < subject.length; j++) out.facts.push(collabFact(subject[i], subject[j]));
    }
  }

  // "Our graduates work as business analysts …" on a programme's page: the programme is their education
  const graduates = ctx.programme?.length ? GRADUATES.exec(text) : null;
  if (graduates)
    for (const r of roles)
      if (r.start >= base + graduates.index)
        for (const e of ctx.programme!) out.facts.push({ kind: 'typical-education', source: ref(r), target: e });

  // Role → skill/tool/education, unless the clause denies it.
  if (!NEGATION.test(text)) {
    for (const t of things) {
      if (t.kind === 'education' && FURTHER_STUDY.test(text.slice(Math.max(0, t.start - base - 40), t.start - base))) continue;
      const kind = ownership(t.kind);
      const owners = moveFrom && t.start < moveFrom.at ? moveFrom.roles : subject;
      for (const s of owners) out.facts.push({ kind, source: s, target: ref(t) });
    }
  }
  for (const { tools, skill } of toolSkill)
    for (const t of tools) out.facts.push({ kind: 'used-for', source: ref(t), target: ref(skill) });

  // Salary ranges the clause states for its subject.
  if (SALARY_CUE.test(text) && subject.length) {
    const amounts: { value: number; currency: string }[] = [];
    MONEY.lastIndex = 0;
    while ((m = MONEY.exec(text))) {
      const n = Number(m[2].replace(/,/g, '')) * (m[3] ? 1000 : 1);
      if (Number.isFinite(n) && n > 0) amounts.push({ value: n, currency: m[1] === '$' ? 'USD' : m[1] === '€' ? 'EUR' : 'GBP' });
    }
    if (amounts.length) {
      const period = /\b(?:annual|annually|per year|a year|yearly|per annum)\b|\/\s?yr\b/i.test(text)
        ? 'year'
        : /\b(?:per hour|hourly|an hour)\b/i.test(text)
          ? 'hour'
          : /\b(?:per month|monthly|a month)\b/i.test(text)
            ? 'month'
            : 'unspecified';
      const values = amounts.map((x) => x.value);
      out.salaries.push({
        roles: subject,
        min: Math.min(...values),
        max: values.length > 1 ? Math.max(...values) : null,
        currency: amounts[0].currency,
        period,
      });
    }
  }
  return usesScope ? [] : subject;
}

/** How a role holds a skill, tool or education. */
function ownership(kind: NodeKind): EdgeKind {
  return kind === 'skill' ? 'requires' : kind === 'tool' ? 'uses' : 'typical-education';
}

/**
 * Moves stated across a link word: the roles from `from` up to the link move to the targets among
 * those after it ("move from A into B", "the next step for A is B"). Returns the targets of the moves.
 */
function movesAcross(
  text: string,
  base: number,
  roles: Mention[],
  from: number,
  link: RegExp,
  targetsOf: (after: Mention[]) => Ref[],
  out: StatementResult,
): Ref[] {
  const l = link.exec(text.slice(from));
  if (!l) return [];
  const at = from + l.index;
  const sources = roleRefs(roles.filter((r) => r.start - base >= from && r.end - base <= at));
  const targets = targetsOf(roles.filter((r) => r.start - base >= at + l[0].length));
  addMoves(out, sources, targets);
  return sources.length ? targets : [];
}

/** Every source moves to every target but itself. */
function addMoves(out: StatementResult, sources: Ref[], targets: Ref[]): void {
  for (const s of sources)
    for (const t of targets) if (!sameRef(s, t)) out.facts.push({ kind: 'transitions-to', source: s, target: t });
}

function collabFact(a: Ref, b: Ref): Fact {
  return a.key < b.key
    ? { kind: 'collaborates-with', source: a, target: b }
    : { kind: 'collaborates-with', source: b, target: a };
}

function lexMention(
  a: Analyser,
  x: { term: Term; start: number; end: number; surface: string },
  start: number,
  asEducation: boolean,
): Mention {
  const kind: NodeKind = asEducation ? 'education' : x.term.kind;
  return {
    kind,
    key: canonicalKey(kind, x.term.label, a.abbreviations),
    surface: x.surface,
    term: kind === x.term.kind ? x.term : undefined,
    start,
    end: start + (x.end - x.start),
  };
}

/** Who does something: the words after one say what they do. */
const PERSONAL = /^(?:i|you|we|they|he|she|who|people|everyone|teams?)$/;

/** The skill a tool category names: "data visualization tools" → "data visualization". */
function skillFromCategory(category: string): string | undefined {
  const words = category.trim().split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i].toLowerCase();
    // "they run tools like …": after a subject the words are what it does, not a skill
    if (PERSONAL.test(w)) return undefined;
    if (
      STOP.has(w) ||
      /^(?:familiarity|experience|knowledge|understanding|expertise|proficiency|using|use|uses|utilize|deep|strong|advanced|learn|master|know|knowing|practice|practise|build|try|explore|pick|get|adopt|choose|need|needs|require|requires|include|includes|included|including|offer|offers|provide|provides)$/.test(
        w,
      )
    )
      break;
    kept.unshift(words[i]);
  }
  return kept.length ? kept.join(' ') : undefined;
}

/** An ambiguous term (R, Go, C) counts only right beside another tool or skill. */
function besideOthers(text: string, lex: { start: number; end: number; term: Term }[], i: number): boolean {
  const sep = /^\s*(?:,|and|or|\/|&|\(|\)|,\s*and|,\s*or)\s*$/i;
  const prev = lex[i - 1];
  const next = lex[i + 1];
  if (prev && !prev.term.ambiguous && sep.test(text.slice(prev.end, lex[i].start))) return true;
  if (next && !next.term.ambiguous && sep.test(text.slice(lex[i].end, next.start))) return true;
  return (
    /(?:languages?|such as|like|in)\s*$/i.test(text.slice(Math.max(0, lex[i].start - 40), lex[i].start)) &&
    /^\s*(?:[,.;)]|and|or|$)/i.test(text.slice(lex[i].end))
  );
}
