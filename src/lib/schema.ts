/**
 * The rolegraph file format: node and edge kinds, their attributes, the versioned envelope and the one
 * validator every reader (build script, explorer, tests) goes through. Imports nothing from the DOM,
 * Svelte or Cytoscape so both halves of the product share it.
 */
import * as v from 'valibot';

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

const Text = v.pipe(v.string(), v.maxLength(LIMITS.text));
const Id = v.pipe(v.string(), v.minLength(3), v.maxLength(300), v.regex(/^[a-z]+:[^\s]+$/));

const EvidenceSchema = v.object({
  document: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  line: v.pipe(v.number(), v.integer(), v.minValue(1)),
  quote: v.pipe(Text, v.minLength(1)),
});

const SalarySchema = v.object({
  min: v.pipe(v.number(), v.minValue(0)),
  max: v.nullable(v.pipe(v.number(), v.minValue(0))),
  currency: v.pipe(v.string(), v.maxLength(8)),
  period: v.picklist(['year', 'month', 'hour', 'unspecified']),
  evidence: EvidenceSchema,
});

const SupportSchema = v.object({
  statements: v.pipe(v.number(), v.integer(), v.minValue(1)),
  documents: v.pipe(v.number(), v.integer(), v.minValue(1)),
});

const NodeSchema = v.object({
  id: Id,
  kind: v.picklist(NODE_KINDS),
  label: v.pipe(Text, v.minLength(1), v.maxLength(200)),
  aliases: v.pipe(v.array(v.pipe(Text, v.maxLength(200))), v.maxLength(500)),
  discovered: v.optional(v.boolean()),
  support: SupportSchema,
  evidence: v.pipe(v.array(EvidenceSchema), v.minLength(1), v.maxLength(LIMITS.evidencePerItem)),
  attributes: v.optional(v.object({ salary: v.optional(v.array(SalarySchema)) })),
  x: v.optional(v.pipe(v.number(), v.finite())),
  y: v.optional(v.pipe(v.number(), v.finite())),
});

const EdgeSchema = v.object({
  id: v.pipe(v.string(), v.minLength(3), v.maxLength(700)),
  source: Id,
  target: Id,
  kind: v.picklist(EDGE_KINDS),
  support: SupportSchema,
  inferred: v.optional(v.boolean()),
  evidence: v.pipe(v.array(EvidenceSchema), v.minLength(1), v.maxLength(LIMITS.evidencePerItem)),
});

const DocumentSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  file: v.pipe(v.string(), v.minLength(1), v.maxLength(300)),
  title: v.pipe(Text, v.maxLength(500)),
  lines: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

const GraphSchema = v.object({
  format: v.literal(FORMAT),
  version: v.number(),
  documents: v.pipe(v.array(DocumentSchema), v.maxLength(100_000)),
  nodes: v.pipe(v.array(NodeSchema), v.maxLength(LIMITS.nodes)),
  edges: v.pipe(v.array(EdgeSchema), v.maxLength(LIMITS.edges)),
});

/** Where a statement comes from: document id, 1-based line, exact source text. */
export type Evidence = v.InferOutput<typeof EvidenceSchema>;
/** A salary range a document states for a role. */
export type Salary = v.InferOutput<typeof SalarySchema>;
/** A node of the graph file. */
export type GraphNode = v.InferOutput<typeof NodeSchema> & { kind: NodeKind };
/** An edge of the graph file. */
export type GraphEdge = v.InferOutput<typeof EdgeSchema> & { kind: EdgeKind };
/** A source document entry. */
export type GraphDocument = v.InferOutput<typeof DocumentSchema>;
/** The whole graph file. */
export interface GraphFile {
  format: typeof FORMAT;
  version: typeof FORMAT_VERSION;
  documents: GraphDocument[];
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Result of validating untrusted graph data. */
export type ParseResult = { ok: true; graph: GraphFile } | { ok: false; errors: string[] };

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
  const parsed = v.safeParse(GraphSchema, data);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.issues.slice(0, 10).map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`),
    };
  }
  const graph = parsed.output as GraphFile;
  const errors: string[] = [];
  const kinds = new Map<string, NodeKind>();
  for (const n of graph.nodes) {
    if (kinds.has(n.id)) errors.push(`duplicate node id "${n.id}"`);
    kinds.set(n.id, n.kind);
  }
  const edgeIds = new Set<string>();
  for (const e of graph.edges) {
    if (edgeIds.has(e.id)) errors.push(`duplicate edge id "${e.id}"`);
    edgeIds.add(e.id);
    const s = kinds.get(e.source);
    const t = kinds.get(e.target);
    if (!s) errors.push(`edge "${e.id}" has a dangling source "${e.source}"`);
    if (!t) errors.push(`edge "${e.id}" has a dangling target "${e.target}"`);
    if (e.source === e.target) errors.push(`edge "${e.id}" joins "${e.source}" to itself`);
    const [ws, wt] = EDGE_ENDPOINTS[e.kind];
    if (s && t && (s !== ws || t !== wt)) errors.push(`edge "${e.id}" of kind ${e.kind} must join ${ws} → ${wt}`);
    if (errors.length >= 10) break;
  }
  return errors.length ? { ok: false, errors } : { ok: true, graph };
}
