// Shared links: the view survives a round trip, and hostile links never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startEarly, takeEarly } from '../../src/lib/state/early';
import { DEFAULT_URL_STATE, parseUrlState, serialiseUrlState, type UrlState } from '../../src/lib/view/url';

const known = new Set(['role:a', 'role:b', 'skill:c', 'tool:d']);
const isKnown = (id: string) => known.has(id);

describe('URL state', () => {
  it('round-trips a full view', () => {
    const state: UrlState = {
      ...DEFAULT_URL_STATE,
      graph: './other.json',
      selected: 'role:a',
      focus: 2,
      filters: { kinds: ['role', 'skill'], edgeKinds: ['requires'], documents: ['doc1'], minSupport: 3 },
      view: 'text',
      layout: 'concentric',
      compare: ['role:a', 'role:b'],
      k: 3,
      from: 'role:a',
      to: 'role:b',
      mode: 'documented',
      have: ['skill:c'],
      maxSteps: 4,
      avoid: ['role:b'],
    };
    const search = serialiseUrlState(state);
    expect(search).toContain('node=role:a');
    const back = parseUrlState(search, isKnown, () => true, ['preset', 'concentric']);
    expect(back.notices).toEqual([]);
    expect(back.state).toEqual(state);
  });

  it('writes nothing for the default view', () => expect(serialiseUrlState(DEFAULT_URL_STATE)).toBe(''));

  it('drops unknown ids, garbage and huge values with a notice each', () => {
    const { state, notices } = parseUrlState(
      `?node=role:zzz&focus=9&kinds=role,planet&min=-1&compare=role:a,<script>&steps=${'9'.repeat(50)}&x=${'a'.repeat(5000)}&mode=fastest`,
      isKnown,
    );
    expect(state.selected).toBeNull();
    expect(state.focus).toBeNull();
    expect(state.filters.kinds).toEqual(['role']);
    expect(state.filters.minSupport).toBe(1);
    expect(state.compare).toEqual(['role:a']);
    expect(state.maxSteps).toBeNull();
    expect(state.mode).toBe('fewest');
    expect(notices.length).toBeGreaterThanOrEqual(6);
    expect(notices.join(' ')).toMatch(/role:zzz/);
  });

  it('never throws and always yields values in range, whatever the link (fuzz)', () => {
    const keys = [
      'node',
      'focus',
      'kinds',
      'edges',
      'docs',
      'min',
      'view',
      'layout',
      'compare',
      'k',
      'from',
      'to',
      'mode',
      'have',
      'steps',
      'avoid',
      'graph',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...keys), fc.string({ maxLength: 60 })), { maxLength: 12 }),
        fc.string({ maxLength: 40 }),
        (pairs, junk) => {
          const search = '?' + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&') + junk;
          const { state } = parseUrlState(search, isKnown);
          expect([null, 1, 2]).toContain(state.focus);
          expect(state.filters.minSupport).toBeGreaterThanOrEqual(1);
          for (const id of [state.selected, state.from, state.to, ...state.compare, ...state.have, ...state.avoid])
            if (id) expect(known.has(id)).toBe(true);
          expect(['graph', 'text']).toContain(state.view);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('the graph download started by the page entry', () => {
  const page = 'http://localhost:4173/';
  const stub = () => {
    const asked: string[] = [];
    const get = ((url: string) => {
      asked.push(url);
      return Promise.resolve(new Response('{}'));
    }) as typeof fetch;
    return { asked, get };
  };

  it('downloads the linked graph once and hands it to the app that asks for the same file', async () => {
    const { asked, get } = stub();
    expect(startEarly('?graph=./large.json&selected=role%3Aa', page, get)).toBe(true);
    expect(asked).toEqual(['./large.json']);
    expect(takeEarly('./graph.json')).toBeNull();
    const response = takeEarly('./large.json');
    expect(await (await response!).text()).toBe('{}');
    // handed over once: a later load of the same file downloads it again
    expect(takeEarly('./large.json')).toBeNull();
  });

  it('downloads the bundled graph when the address names none', () => {
    const { asked, get } = stub();
    startEarly('', page, get);
    expect(asked).toEqual(['./graph.json']);
    expect(takeEarly('./graph.json')).not.toBeNull();
  });

  it("never fetches another site's graph before the person confirms", () => {
    const { asked, get } = stub();
    expect(startEarly('?graph=https://graphs.example.invalid/g.json', page, get)).toBe(false);
    expect(startEarly('?graph=//graphs.example.invalid/g.json', page, get)).toBe(false);
    expect(startEarly(`?graph=./${'x'.repeat(3000)}.json`, page, get)).toBe(false);
    expect(asked).toEqual([]);
    expect(takeEarly('https://graphs.example.invalid/g.json')).toBeNull();
  });
});
