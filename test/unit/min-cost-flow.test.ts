import { MinCostFlow } from '../../server/src/modules/matching/min-cost-flow';

/** Tiny seeded PRNG so a failing random case reproduces from its seed. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Edge = readonly [from: number, to: number, capacity: number, cost: number];

function network(nodes: number, edges: readonly Edge[]) {
  const graph = new MinCostFlow(nodes);
  const ids = edges.map(([from, to, capacity, cost]) => graph.addEdge(from, to, capacity, cost));
  return { graph, flows: () => ids.map((id) => graph.flowOn(id)) };
}

/** Every integer flow on the edges, with each node's net outflow. */
function* allFlows(nodes: number, edges: readonly Edge[]): Generator<{ flows: number[]; net: number[] }> {
  const flows = edges.map(() => 0);
  function* visit(i: number): Generator<{ flows: number[]; net: number[] }> {
    if (i === edges.length) {
      const net = Array<number>(nodes).fill(0);
      edges.forEach(([from, to], k) => {
        net[from]! += flows[k]!;
        net[to]! -= flows[k]!;
      });
      yield { flows, net };
      return;
    }
    for (let x = 0; x <= edges[i]![2]; x++) {
      flows[i] = x;
      yield* visit(i + 1);
    }
  }
  yield* visit(0);
}

/** The exact answer by enumeration: the cheapest flow of each value from s to t. */
function bruteForce(nodes: number, edges: readonly Edge[], s: number, t: number): Map<number, number> {
  const cheapest = new Map<number, number>();
  for (const { flows, net } of allFlows(nodes, edges)) {
    const value = net[s]!;
    if (value < 0 || net[t] !== -value) continue;
    if (net.some((b, v) => v !== s && v !== t && b !== 0)) continue;
    const cost = flows.reduce((sum, x, k) => sum + x * edges[k]![3], 0);
    if (cost < (cheapest.get(value) ?? Infinity)) cheapest.set(value, cost);
  }
  return cheapest;
}

/** The flows the solver reports must be a real flow of the reported value and cost. */
function expectConsistent(
  nodes: number,
  edges: readonly Edge[],
  flows: number[],
  s: number,
  t: number,
  result: { flow: number; cost: number },
) {
  const net = Array<number>(nodes).fill(0);
  edges.forEach(([from, to, capacity], k) => {
    const x = flows[k]!;
    expect(Number.isInteger(x) && x >= 0 && x <= capacity).toBe(true);
    net[from]! += x;
    net[to]! -= x;
  });
  net.forEach((b, v) => {
    if (v === s) expect(b).toBe(result.flow);
    else if (v === t) expect(b + result.flow).toBe(0);
    else expect(b).toBe(0);
  });
  const cost = flows.reduce((sum, x, k) => sum + x * edges[k]![3], 0);
  expect(result.cost).toBeCloseTo(cost, 9);
}

describe('MinCostFlow: textbook networks', () => {
  // 0 = s, 3 = t. Four units leave via 0→1 and two via 0→2. From 1 the cheap way on is 1→2→3
  // (cost 2, room for 2 units); the other 2 units take 1→3 (cost 3). 2→3 carries 4 of its 5.
  // Cost: 4·2 + 2·2 + 2·1 + 2·3 + 4·1 = 24.
  const diamond: Edge[] = [
    [0, 1, 4, 2],
    [0, 2, 2, 2],
    [1, 2, 2, 1],
    [1, 3, 3, 3],
    [2, 3, 5, 1],
  ];

  it('sends the cheapest maximum flow through a diamond', () => {
    const { graph, flows } = network(4, diamond);
    expect(graph.solve(0, 3)).toEqual({ flow: 6, cost: 24 });
    expect(flows()).toEqual([4, 2, 2, 2, 4]);
  });

  it('stops at maxFlow with the cheapest flow of that value', () => {
    // The first two units go 0→2→3 (cost 3 each), the third 0→1→2→3 (cost 4).
    const { graph, flows } = network(4, diamond);
    expect(graph.solve(0, 3, { maxFlow: 3 })).toEqual({ flow: 3, cost: 10 });
    expect(flows()).toEqual([1, 2, 1, 0, 3]);
  });

  it('reroutes earlier flow along a reverse arc when that is cheaper', () => {
    // The classic trap: the single cheapest path 0→1→2→3 (cost 3) blocks both cheap edges;
    // the optimum for 2 units uses 0→1→3 and 0→2→3 (cost 5 + 5) and must undo 1→2.
    const edges: Edge[] = [
      [0, 1, 1, 1],
      [0, 2, 1, 4],
      [1, 2, 1, 1],
      [1, 3, 1, 4],
      [2, 3, 1, 1],
    ];
    const { graph, flows } = network(4, edges);
    expect(graph.solve(0, 3)).toEqual({ flow: 2, cost: 10 });
    expect(flows()).toEqual([1, 1, 0, 1, 1]);
  });

  it('solves the 3 × 3 assignment problem [[4,1,3],[2,0,5],[3,2,2]] with cost 5', () => {
    const matrix = [
      [4, 1, 3],
      [2, 0, 5],
      [3, 2, 2],
    ];
    const edges: Edge[] = [];
    for (let r = 0; r < 3; r++) edges.push([0, 1 + r, 1, 0]);
    for (let c = 0; c < 3; c++) edges.push([4 + c, 7, 1, 0]);
    matrix.forEach((row, r) => row.forEach((cost, c) => edges.push([1 + r, 4 + c, 1, cost])));
    const { graph, flows } = network(8, edges);
    expect(graph.solve(0, 7)).toEqual({ flow: 3, cost: 5 });
    const chosen = flows()
      .slice(6)
      .flatMap((x, k) => (x ? [[Math.floor(k / 3), k % 3]] : []));
    expect(chosen).toEqual([
      [0, 1],
      [1, 0],
      [2, 2],
    ]);
  });
});

describe('MinCostFlow: negative costs, odd edges and odd graphs', () => {
  it('takes negative-cost edges (rewards) and still maximises the flow', () => {
    // Two units: the rewarding path 0→1→3 (−5 + 1) and the only other, 0→2→3 (2 + 2).
    const { graph, flows } = network(4, [
      [0, 1, 1, -5],
      [0, 2, 1, 2],
      [1, 3, 1, 1],
      [2, 3, 1, 2],
    ]);
    expect(graph.solve(0, 3)).toEqual({ flow: 2, cost: 0 });
    expect(flows()).toEqual([1, 1, 1, 1]);
  });

  it('uses a negative edge in the middle of a path', () => {
    const { graph } = network(4, [
      [0, 1, 2, 1],
      [1, 2, 2, -4],
      [2, 3, 2, 1],
      [1, 3, 2, 0],
    ]);
    // Two units through 1→2 at −2 each beat 1→3 at 1 each.
    expect(graph.solve(0, 3)).toEqual({ flow: 2, cost: -4 });
  });

  it('never sends flow through a zero-capacity edge', () => {
    const { graph, flows } = network(4, [
      [0, 1, 0, -100],
      [1, 3, 5, 0],
      [0, 2, 1, 5],
      [2, 3, 1, 0],
    ]);
    expect(graph.solve(0, 3)).toEqual({ flow: 1, cost: 5 });
    expect(flows()).toEqual([0, 0, 1, 1]);
  });

  it('fills parallel edges cheapest first', () => {
    const { graph, flows } = network(2, [
      [0, 1, 1, 5],
      [0, 1, 1, 1],
      [0, 1, 2, 3],
    ]);
    expect(graph.solve(0, 1, { maxFlow: 2 })).toEqual({ flow: 2, cost: 4 });
    expect(flows()).toEqual([0, 1, 1]);
    // A second call continues from the flow already sent.
    expect(graph.solve(0, 1)).toEqual({ flow: 2, cost: 8 });
    expect(flows()).toEqual([1, 1, 2]);
  });

  it('returns nothing when the sink is unreachable, in both modes', () => {
    const edges: Edge[] = [
      [0, 1, 3, -1],
      [2, 3, 3, -1],
      [3, 1, 3, 1],
    ];
    for (const stopWhenCostNonNegative of [false, true]) {
      const { graph, flows } = network(4, edges);
      expect(graph.solve(0, 3, { stopWhenCostNonNegative })).toEqual({ flow: 0, cost: 0 });
      expect(flows()).toEqual([0, 0, 0]);
    }
  });

  it('handles an edge into the source and out of the sink', () => {
    const { graph } = network(3, [
      [0, 1, 2, 1],
      [1, 2, 2, 1],
      [2, 0, 5, 1],
      [1, 0, 1, 0],
    ]);
    expect(graph.solve(0, 2)).toEqual({ flow: 2, cost: 4 });
  });

  it('rejects a negative-cost cycle reachable from the source', () => {
    const { graph } = network(4, [
      [0, 1, 1, 1],
      [1, 2, 1, -3],
      [2, 1, 1, 1],
      [2, 3, 1, 1],
    ]);
    expect(() => graph.solve(0, 3)).toThrow(/negative-cost cycle/);
  });
});

describe('MinCostFlow: stopWhenCostNonNegative', () => {
  // Three disjoint paths costing −3, −1 and +2.
  const paths: Edge[] = [
    [0, 1, 1, -3],
    [1, 4, 1, 0],
    [0, 2, 1, -1],
    [2, 4, 1, 0],
    [0, 3, 1, 2],
    [3, 4, 1, 0],
  ];

  it('takes only the paths that lower the cost', () => {
    const { graph, flows } = network(5, paths);
    expect(graph.solve(0, 4, { stopWhenCostNonNegative: true })).toEqual({ flow: 2, cost: -4 });
    expect(flows()).toEqual([1, 1, 1, 1, 0, 0]);
  });

  it('without it, maximises the flow even at a loss', () => {
    const { graph } = network(5, paths);
    expect(graph.solve(0, 4)).toEqual({ flow: 3, cost: -2 });
  });

  it('respects maxFlow, keeping the most rewarding units', () => {
    const { graph, flows } = network(5, paths);
    expect(graph.solve(0, 4, { stopWhenCostNonNegative: true, maxFlow: 1 })).toEqual({ flow: 1, cost: -3 });
    expect(flows()).toEqual([1, 1, 0, 0, 0, 0]);
  });

  it('undoes an early, worse choice when a later source edge needs its place', () => {
    // Source edges are settled in order: 0→1 first takes the only place 3 (−2), then 0→2 can
    // do better there (−5) and 1 has nowhere else, so 1 must give the place up.
    const { graph, flows } = network(5, [
      [0, 1, 1, 0],
      [0, 2, 1, 0],
      [1, 3, 1, -2],
      [2, 3, 1, -5],
      [3, 4, 1, 0],
    ]);
    expect(graph.solve(0, 4, { stopWhenCostNonNegative: true })).toEqual({ flow: 1, cost: -5 });
    expect(flows()).toEqual([0, 1, 0, 1, 1]);
  });

  it('sends nothing when every path costs ≥ 0', () => {
    const { graph } = network(3, [
      [0, 1, 2, 0],
      [1, 2, 2, 0],
      [0, 2, 1, 3],
    ]);
    expect(graph.solve(0, 2, { stopWhenCostNonNegative: true })).toEqual({ flow: 0, cost: 0 });
  });
});

describe('MinCostFlow: input checks', () => {
  it('rejects bad nodes, capacities, costs, edge ids and options', () => {
    expect(() => new MinCostFlow(-1)).toThrow(RangeError);
    expect(() => new MinCostFlow(2.5)).toThrow(RangeError);
    const graph = new MinCostFlow(3);
    expect(() => graph.addEdge(0, 3, 1, 0)).toThrow(RangeError);
    expect(() => graph.addEdge(-1, 1, 1, 0)).toThrow(RangeError);
    expect(() => graph.addEdge(1, 1, 1, 0)).toThrow(/self-loop/);
    expect(() => graph.addEdge(0, 1, 1.5, 0)).toThrow(RangeError);
    expect(() => graph.addEdge(0, 1, -1, 0)).toThrow(RangeError);
    expect(() => graph.addEdge(0, 1, 1, NaN)).toThrow(RangeError);
    expect(() => graph.addEdge(0, 1, 1, Infinity)).toThrow(RangeError);
    expect(graph.addEdge(0, 1, 1, 0)).toBe(0);
    expect(() => graph.flowOn(1)).toThrow(RangeError);
    expect(() => graph.solve(1, 1)).toThrow(RangeError);
    expect(() => graph.solve(0, 1, { maxFlow: -1 })).toThrow(RangeError);
    expect(() => graph.solve(0, 1, { maxFlow: 0.5 })).toThrow(RangeError);
    expect(graph.solve(0, 1, { maxFlow: 0 })).toEqual({ flow: 0, cost: 0 });
  });
});

describe('MinCostFlow: random small networks against enumeration', () => {
  /**
   * Random graphs of up to 5 nodes and 6 edges with capacities 0–3. Acyclic graphs get costs of
   * either sign; graphs with cycles get costs ≥ 0, so no negative cycle can exist.
   */
  function randomNetwork(seed: number) {
    const random = mulberry32(seed);
    const nodes = 2 + Math.floor(random() * 4);
    const acyclic = random() < 0.5;
    const edges: Edge[] = [];
    const edgeCount = 1 + Math.floor(random() * 6);
    while (edges.length < edgeCount) {
      let from = Math.floor(random() * nodes);
      let to = Math.floor(random() * nodes);
      if (from === to) continue;
      if (acyclic && from > to) [from, to] = [to, from];
      const cost = Math.round((acyclic ? random() * 14 - 7 : random() * 9) * 100) / 100;
      edges.push([from, to, Math.floor(random() * 4), cost]);
    }
    return { nodes, edges, s: 0, t: nodes - 1 };
  }

  const seeds = Array.from({ length: 250 }, (_, i) => 1000 + i);
  // Enumerated once, shared by the three modes below.
  const cases = new Map<number, ReturnType<typeof randomNetwork> & { cheapest: Map<number, number> }>();
  beforeAll(() => {
    for (const seed of seeds) {
      const net = randomNetwork(seed);
      cases.set(seed, { ...net, cheapest: bruteForce(net.nodes, net.edges, net.s, net.t) });
    }
  });

  it('max-flow mode: the largest flow, and the cheapest one of that size', () => {
    const failures: unknown[] = [];
    for (const seed of seeds) {
      const { nodes, edges, s, t, cheapest } = cases.get(seed)!;
      const maxFlow = Math.max(...cheapest.keys());
      const { graph, flows } = network(nodes, edges);
      const result = graph.solve(s, t);
      expectConsistent(nodes, edges, flows(), s, t, result);
      if (result.flow !== maxFlow || Math.abs(result.cost - cheapest.get(maxFlow)!) > 1e-9) {
        failures.push({ seed, result, expected: { flow: maxFlow, cost: cheapest.get(maxFlow) } });
      }
    }
    expect(failures).toEqual([]);
  });

  it('maxFlow option: the cheapest flow of min(maxFlow, max flow) units', () => {
    const failures: unknown[] = [];
    for (const seed of seeds) {
      const { nodes, edges, s, t, cheapest } = cases.get(seed)!;
      const cap = Math.floor(mulberry32(seed * 7)() * 4);
      const value = Math.min(cap, Math.max(...cheapest.keys()));
      const { graph, flows } = network(nodes, edges);
      const result = graph.solve(s, t, { maxFlow: cap });
      expectConsistent(nodes, edges, flows(), s, t, result);
      if (result.flow !== value || Math.abs(result.cost - cheapest.get(value)!) > 1e-9) {
        failures.push({ seed, cap, result, expected: { flow: value, cost: cheapest.get(value) } });
      }
    }
    expect(failures).toEqual([]);
  });

  it('stopWhenCostNonNegative: the cheapest flow of any size up to maxFlow', () => {
    const failures: unknown[] = [];
    for (const seed of seeds) {
      const { nodes, edges, s, t, cheapest } = cases.get(seed)!;
      for (const cap of [Infinity, 1, 2]) {
        const best = Math.min(...[...cheapest].filter(([value]) => value <= cap).map(([, cost]) => cost));
        const { graph, flows } = network(nodes, edges);
        const result = graph.solve(s, t, { stopWhenCostNonNegative: true, maxFlow: cap });
        expectConsistent(nodes, edges, flows(), s, t, result);
        if (result.flow > cap || Math.abs(result.cost - best) > 1e-9)
          failures.push({ seed, cap, result, best });
      }
    }
    expect(failures).toEqual([]);
  });
});
