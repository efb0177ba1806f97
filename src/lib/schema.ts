/**
 * The rolegraph file format: node and edge kinds, their attributes, the versioned envelope and the one
 * validator every reader (build script, explorer, tests) goes through. Imports nothing from the DOM,
 * Svelte or Cytoscape so both halves of the product share it.
 */
import * as Type from 'typebox';
import type { Static, TSchema } from 'typebox';
import type { TLocalizedValidationError } from 'typebox/error';
import { Check, Errors } from 'typebox/value';
import { Check as checkGraphFile } from './schema.check';

/** Format name written into every graph file. */
export const FORMAT = 'rolegraph' as const;
/** Current format version; readers reject any other. */
export const FORMAT_VERSION = 1 as const;

/** Node kinds, in legend order. */
export const NODE_KINDS = ['role', 'skill', 'tool', 'education'] as const;
/** A node kind. */
export type NodeKind = (typeof NODE_KINDS)[number];

/** Edge kinds with the node kinds they join. */
export const EDGE_KINDS = ['requires', 'uses', 'typical-education', 'transitions-to', 'collaborates-with', 'used-for'] as const;
/** An edge kind. */
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Source and target kinds each edge kind joins. */
export const EDGE_ENDPOINTS: Record<EdgeKind, readonly [NodeKind, NodeKind]> = {
  requires: ['role', 'skill'],
  uses: ['role', 'tool'],
  'typical-education': ['role', 'education'],
  'transitions-to': ['role', 'role'],
  'collaborates-with': ['role', 'role'],
  'used-for': ['tool', 'skill'],
};

/** Human wording of each edge kind, for panels and exports. */
export const EDGE_LABELS: Record<EdgeKind, string> = {
  requires: 'requires skill',
  uses: 'uses tool',
  'typical-education': 'typical education',
  'transitions-to': 'transitions to',
  'collaborates-with': 'collaborates with',
  'used-for': 'used for',
};

/** Hard caps a loaded graph file must respect (hostile input). */
export const LIMITS = { nodes: 200_000, edges: 1_000_000, evidencePerItem: 1_000, text: 10_000 } as const;

const Text = (o: { minLength?: number; maxLength?: number } = {}) => Type.String({ maxLength: LIMITS.text, ...o });
const Id = Type.String({ minLength: 3, maxLength: 300, pattern: '^[a-z]+:[^\\s]+$' });
const Count = Type.Integer({ minimum: 1 });

const EvidenceSchema = Type.Object({
  document: Type.String({ minLength: 1, maxLength: 300 }),
  line: Type.Integer({ minimum: 1 }),
  quote: Text({ minLength: 1 }),
});

const SalarySchema = Type.Object({
  min: Type.Number({ minimum: 0 }),
  max: Type.Union([Type.Number({ minimum: 0 }), Type.Null()]),
  currency: Type.String({ maxLength: 8 }),
  period: Type.Enum(['year', 'month', 'hour', 'unspecified']),
  evidence: EvidenceSchema,
});

const SupportSchema = Type.Object({ statements: Count, documents: Count });

const EvidenceList = Type.Array(EvidenceSchema, { minItems: 1, maxItems: LIMITS.evidencePerItem });

const NodeSchema = Type.Object({
  id: Id,
  kind: Type.Enum(NODE_KINDS),
  label: Text({ minLength: 1, maxLength: 200 }),
  aliases: Type.Array(Text({ maxLength: 200 }), { maxItems: 500 }),
  discovered: Type.Optional(Type.Boolean()),
  support: SupportSchema,
  evidence: EvidenceList,
  attributes: Type.Optional(Type.Object({ salary: Type.Optional(Type.Array(SalarySchema)) })),
  x: Type.Optional(Type.Number()),
  y: Type.Optional(Type.Number()),
});

const EdgeSchema = Type.Object({
  id: Type.String({ minLength: 3, maxLength: 700 }),
  source: Id,
  target: Id,
  kind: Type.Enum(EDGE_KINDS),
  support: SupportSchema,
  inferred: Type.Optional(Type.Boolean()),
  evidence: EvidenceList,
});

const DocumentSchema = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 300 }),
  file: Type.String({ minLength: 1, maxLength: 300 }),
  title: Text({ maxLength: 500 }),
  lines: Type.Integer({ minimum: 0 }),
});

/** The envelope with its lists; `item` says what each list holds (the schema, or anything). */
const envelope = (item: (schema: TSchema) => TSchema) =>
  Type.Object({
    format: Type.Literal(FORMAT),
    version: Type.Number(),
    documents: Type.Array(item(DocumentSchema), { maxItems: 100_000 }),
    nodes: Type.Array(item(NodeSchema), { maxItems: LIMITS.nodes }),
    edges: Type.Array(item(EdgeSchema), { maxItems: LIMITS.edges }),
  });

/**
 * The whole graph file. Its check is compiled ahead of time into `schema.check.ts` (`npm run
 * gen:check`; a unit test fails while it is stale): the explorer's Content-Security-Policy forbids
 * eval, and TypeBox's interpreted check of a 15 MB file costs ~0.8 s where the compiled one costs
 * ~30 ms.
 */
export const GraphFileSchema = envelope((s) => s);
const GraphShape = envelope(() => Type.Unknown());
const ITEMS = { documents: DocumentSchema, nodes: NodeSchema, edges: EdgeSchema } as const;

/** Where a statement comes from: document id, 1-based line, exact source text. */
export type Evidence = Static<typeof EvidenceSchema>;
/** A salary range a document states for a role. */
export type Salary = Static<typeof SalarySchema>;
/** A node of the graph file. */
export type GraphNode = Static<typeof NodeSchema>;
/** An edge of the graph file. */
export type GraphEdge = Static<typeof EdgeSchema>;
/** A source document entry. */
export type GraphDocument = Static<typeof DocumentSchema>;
/** The whole graph file. */
export interface GraphFile {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  documents: GraphDocument[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Result of validating untrusted graph data. */
/** Nodes and edges of a valid file by id, built while checking it (so loading need not build them again). */
export interface GraphIndex {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
}

export type ParseResult = { ok: true; graph: GraphFile; index: GraphIndex } | { ok: false; errors: string[] };

/** Stable node id from kind and label, e.g. `tool:scikit-learn`. */
export function nodeId(kind: NodeKind, label: string): string {
  return `${kind}:${slugify(label)}`;
}

/** Stable edge id from its kind and endpoints. */
export function edgeId(kind: EdgeKind, source: string, target: string): string {
  return `${source}|${kind}|${target}`;
}

/** Lowercase ASCII-ish slug; keeps `+` and `#` meaningful (C++ → c-plus-plus). */
export function slugify(label: string): string {
  const s = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, '-plus-')
    .replace(/#/g, '-sharp-')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'x';
}

/**
 * Validate untrusted data as a graph file: shape, version, unique ids, edges whose endpoints exist and
 * match their kind. Returns the typed graph or every problem found, each naming where it is.
 */
export function parseGraph(data: unknown): ParseResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, errors: ['not a rolegraph file: expected a JSON object'] };
  }
  const env = data as Record<string, unknown>;
  if (env.format !== FORMAT) return { ok: false, errors: [`not a rolegraph file: "format" must be "${FORMAT}"`] };
  if (env.version !== FORMAT_VERSION) {
    return {
      ok: false,
      errors: [`unsupported format version ${JSON.stringify(env.version)}: this rolegraph reads version ${FORMAT_VERSION}`],
    };
  }
  if (!checkGraphFile(data)) return { ok: false, errors: schemaProblems(env) };
  const graph = data as unknown as GraphFile;
  const errors: string[] = [];
  const nodes = new Map<string, GraphNode>();
  for (const n of graph.nodes) {
    if (nodes.has(n.id)) errors.push(`duplicate node id "${n.id}"`);
    nodes.set(n.id, n);
  }
  const edges = new Map<string, GraphEdge>();
  for (const e of graph.edges) {
    if (edges.has(e.id)) errors.push(`duplicate edge id "${e.id}"`);
    edges.set(e.id, e);
    const s = nodes.get(e.source)?.kind;
    const t = nodes.get(e.target)?.kind;
    if (!s) errors.push(`edge "${e.id}" has a dangling source "${e.source}"`);
    if (!t) errors.push(`edge "${e.id}" has a dangling target "${e.target}"`);
    if (e.source === e.target) errors.push(`edge "${e.id}" joins "${e.source}" to itself`);
    const [ws, wt] = EDGE_ENDPOINTS[e.kind];
    if (s && t && (s !== ws || t !== wt)) errors.push(`edge "${e.id}" of kind ${e.kind} must join ${ws} → ${wt}`);
    if (errors.length >= 10) break;
  }
  return errors.length ? { ok: false, errors } : { ok: true, graph, index: { nodes, edges } };
}

/** A validation problem as people read it: where (a dotted path) and what. */
export function problemText(error: TLocalizedValidationError, prefix = ''): string {
  const path = error.instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  const where = [prefix, ...path].filter(Boolean).join('.');
  const allowed = error.keyword === 'enum' ? error.params.allowedValues : null;
  return `${where || '(root)'}: ${error.message}${allowed ? ` (${allowed.map((a) => JSON.stringify(a)).join(', ')})` : ''}`;
}

/**
 * What is wrong with a file the compiled check rejected, read by TypeBox's interpreter: the envelope
 * first, then item by item, stopping after ten problems, so a large broken file is described
 * without collecting every error in it.
 */
function schemaProblems(data: Record<string, unknown>): string[] {
  if (!Check(GraphShape, data))
    return Errors(GraphShape, data)
      .slice(0, 10)
      .map((e) => problemText(e));
  const out: string[] = [];
  for (const key of ['documents', 'nodes', 'edges'] as const) {
    const list = data[key] as unknown[];
    for (let i = 0; i < list.length && out.length < 10; i++)
      if (!Check(ITEMS[key], list[i])) out.push(...Errors(ITEMS[key], list[i]).map((e) => problemText(e, `${key}.${i}`)));
  }
  return out.slice(0, 10);
}
