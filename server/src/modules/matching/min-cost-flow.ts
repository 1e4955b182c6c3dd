/**
 * Minimum-cost flow by successive shortest augmenting paths with Johnson potentials.
 *
 * Why this algorithm: costs are float scores, so cost scaling (which needs integer costs) is out,
 * and the network simplex is far more code for no gain at our sizes. Successive shortest paths
 * are exact for any real costs; one Bellman–Ford (SPFA) pass from the source turns the negative
 * costs (rewards) into non-negative reduced costs, after which every search is a Dijkstra.
 *
 * Why two drivers. Searching from the source, as textbook SSP does, reaches every unsaturated
 * source edge at reduced distance 0, so each augmentation scans nearly the whole graph: with
 * 20,000 volunteers and 10,000 places that is 10,000 × 200,000 edge scans. When only the cost
 * matters (`stopWhenCostNonNegative`) we add a virtual return arc sink → source, making the
 * problem a min-cost circulation, and cancel negative cycles one source edge at a time, searching
 * from that edge's head back to the source (the Hungarian method's row-by-row order). Such a
 * search ends at the nearest useful place and is cut off once no negative cycle is possible, so
 * it usually settles a handful of nodes (a few thousand at worst while the last places fill, on
 * 20,000 × 2,000). Without that option the caller wants the maximum flow first, which this cycle
 * view cannot rank, so we keep the textbook search from the source.
 *
 * Why it stays cheap per search: Dijkstra stops when the target is settled, potentials move only
 * for settled nodes (shifting every potential by the same constant changes no reduced cost), and
 * the search arrays are reset through a list of touched nodes, so a search costs what it visits,
 * not O(nodes). The residual graph lives in flat typed arrays in compressed-row order (each
 * node's arcs contiguous): the arc scan is the hot loop, and with linked adjacency lists or edge
 * objects it is dominated by cache misses.
 */

const NONE = -1;
/** Parent marker for the virtual sink → source arc, which has no slot. */
const RETURN_ARC = -2;

const UNSEEN = 0;
const QUEUED = 1;
const SETTLED = 2;

export interface SolveOptions {
  /** At most this many units (default: unbounded). */
  maxFlow?: number;
  /**
   * Minimise cost over flows of any size up to `maxFlow` instead of maximising the flow first:
   * augmenting stops once no negative-cost augmentation is left. Costs within 1e-9 × the largest
   * |cost| (at least 1e-9) of zero count as zero, and when flows of several sizes are equally
   * cheap, which of them is returned is unspecified.
   */
  stopWhenCostNonNegative?: boolean;
}

export interface FlowResult {
  flow: number;
  cost: number;
}

export class MinCostFlow {
  private readonly nodeCount: number;
  private edgeCount = 0;
  private maxAbsCost = 0;
  // Edges as added; solve() lays them out as the residual graph below and writes flows back.
  private edgeFrom = new Int32Array(16);
  private edgeTo = new Int32Array(16);
  private edgeCap = new Float64Array(16);
  private edgeCost = new Float64Array(16);
  private edgeFlow = new Float64Array(16);

  // Residual graph: node u's arcs are slots first[u] .. first[u + 1] − 1; rev[] pairs each arc
  // with its reverse, whose residual capacity is the flow on the arc.
  private first = new Int32Array(0);
  private to = new Int32Array(0);
  private cap = new Float64Array(0);
  private cost = new Float64Array(0);
  private rev = new Int32Array(0);

  // Search state.
  private pot = new Float64Array(0);
  private dist = new Float64Array(0);
  private parent = new Int32Array(0);
  private state = new Uint8Array(0);
  private heap = new Int32Array(0);
  private heapPos = new Int32Array(0);
  private heapSize = 0;
  private touched = new Int32Array(0);
  private touchedCount = 0;

  constructor(nodeCount: number) {
    if (!Number.isSafeInteger(nodeCount) || nodeCount < 0)
      throw new RangeError(`bad node count ${nodeCount}`);
    this.nodeCount = nodeCount;
  }

  /** Adds a directed edge and returns its id for flowOn(). */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    this.checkNode(from);
    this.checkNode(to);
    if (from === to) throw new RangeError(`self-loop on node ${from}`);
    if (!Number.isSafeInteger(capacity) || capacity < 0) throw new RangeError(`bad capacity ${capacity}`);
    if (!Number.isFinite(cost)) throw new RangeError(`bad cost ${cost}`);
    if (this.edgeCount === this.edgeFrom.length) this.growEdges();
    const id = this.edgeCount++;
    this.edgeFrom[id] = from;
    this.edgeTo[id] = to;
    this.edgeCap[id] = capacity;
    this.edgeCost[id] = cost;
    this.maxAbsCost = Math.max(this.maxAbsCost, Math.abs(cost));
    return id;
  }

  /** Units sent along the edge so far. */
  flowOn(edgeId: number): number {
    if (!Number.isSafeInteger(edgeId) || edgeId < 0 || edgeId >= this.edgeCount) {
      throw new RangeError(`no edge ${edgeId}`);
    }
    return this.edgeFlow[edgeId]!;
  }

  /**
   * Sends flow from source to sink: the cheapest maximum flow (capped at `maxFlow`), or with
   * `stopWhenCostNonNegative` the cheapest flow of any size. A second call continues from the
   * flow already sent and reports what it added. Throws on a negative-cost cycle reachable from
   * the source.
   */
  solve(source: number, sink: number, options: SolveOptions = {}): FlowResult {
    this.checkNode(source);
    this.checkNode(sink);
    if (source === sink) throw new RangeError('source and sink are the same node');
    const maxFlow = options.maxFlow ?? Infinity;
    if (!(maxFlow === Infinity || (Number.isSafeInteger(maxFlow) && maxFlow >= 0))) {
      throw new RangeError(`bad maxFlow ${maxFlow}`);
    }
    const flowSlot = this.buildResidualGraph();
    this.allocateSearch();
    let result: FlowResult = { flow: 0, cost: 0 };
    if (this.initialPotentials(source, sink)) {
      result = options.stopWhenCostNonNegative
        ? this.cancelCyclesPerSourceEdge(source, sink, maxFlow)
        : this.augmentFromSource(source, sink, maxFlow);
    }
    flowSlot.forEach((slot, id) => (this.edgeFlow[id] = this.cap[slot]!));
    return result;
  }

  /** Textbook SSP: the shortest source → sink path each time, until no path or maxFlow. */
  private augmentFromSource(source: number, sink: number, maxFlow: number): FlowResult {
    let flow = 0;
    let cost = 0;
    while (flow < maxFlow && this.shortestPath(source, sink, NONE, Infinity)) {
      this.updatePotentials(this.dist[sink]!);
      const { pushed, unitCost } = this.augment(sink, source, maxFlow - flow, NONE, 0);
      flow += pushed;
      cost += pushed * unitCost;
    }
    return { flow, cost };
  }

  /**
   * Cost-only mode. With the return arc sink → source (capacity maxFlow, cost 0), a cheapest flow
   * of any size is a circulation without negative cycles. The potentials from the first pass make
   * every arc's reduced cost non-negative except the source's own arcs, so every negative cycle
   * runs through one of them: for each in turn, the shortest path from its head back to the
   * source closes the most negative cycle through it, and we cancel until none is left. Arcs
   * leaving the source are never scanned and their reduced costs only grow, so one pass suffices.
   */
  private cancelCyclesPerSourceEdge(source: number, sink: number, maxFlow: number): FlowResult {
    const { to, cap, cost: arcCost, pot, parent } = this;
    // Lowering the source's potential to the sink's makes the return arc's reduced cost zero;
    // it only lowers the reduced costs of arcs leaving the source, which we fix one by one.
    pot[source] = Math.min(pot[source]!, pot[sink]!);
    const eps = 1e-9 * Math.max(1, this.maxAbsCost);
    let flow = 0;
    let cost = 0;
    // Slots keep insertion order, so the caller decides the order (and the tie-breaks).
    for (let e = this.first[source]!; e < this.first[source + 1]!; e++) {
      const start = to[e]!;
      while (cap[e]! > 0) {
        // A cycle through e costs e's reduced cost plus the reduced length of the path from
        // `start` back to the source, so only paths shorter than `bound` can make it negative.
        const bound = -(arcCost[e]! + pot[source]! - pot[start]!) - eps;
        if (bound <= 0) break;
        const returnFrom = flow < maxFlow ? sink : NONE;
        const reached = this.shortestPath(start, source, returnFrom, bound);
        // Either way e's reduced cost rises by the distance paid: to ≥ −eps if nothing was found.
        this.updatePotentials(reached ? this.dist[source]! : bound);
        if (!reached) break;
        parent[start] = e;
        const { pushed, unitCost, viaReturn } = this.augment(
          source,
          source,
          cap[e]!,
          returnFrom,
          maxFlow - flow,
        );
        if (viaReturn) flow += pushed;
        cost += pushed * unitCost;
      }
    }
    return { flow, cost };
  }

  /**
   * Bellman–Ford (SPFA) from the source over residual arcs: shortest distances are potentials
   * under which every reachable arc has a non-negative reduced cost. False if the sink is
   * unreachable. Unreachable nodes get 0; no search can reach them.
   */
  private initialPotentials(source: number, sink: number): boolean {
    const n = this.nodeCount;
    const { first, to, cap, cost, pot } = this;
    const inQueue = new Uint8Array(n);
    const arcsOnPath = new Int32Array(n);
    const queue = new Int32Array(n);
    pot.fill(Infinity);
    pot[source] = 0;
    queue[0] = source;
    inQueue[source] = 1;
    let head = 0;
    let size = 1;
    while (size > 0) {
      const u = queue[head]!;
      head = head + 1 === n ? 0 : head + 1;
      size--;
      inQueue[u] = 0;
      const du = pot[u]!;
      for (let e = first[u]!, end = first[u + 1]!; e < end; e++) {
        if (cap[e]! <= 0) continue;
        const w = to[e]!;
        const d = du + cost[e]!;
        if (d >= pot[w]!) continue;
        pot[w] = d;
        arcsOnPath[w] = arcsOnPath[u]! + 1;
        // A shortest path with n arcs repeats a node, and the repeat only helped if it was negative.
        if (arcsOnPath[w]! >= n) throw new Error('negative-cost cycle reachable from the source');
        if (!inQueue[w]) {
          inQueue[w] = 1;
          queue[(head + size) % n] = w;
          size++;
        }
      }
    }
    const reachable = pot[sink]! < Infinity;
    for (let v = 0; v < n; v++) if (pot[v] === Infinity) pot[v] = 0;
    return reachable;
  }

  /**
   * Dijkstra on reduced costs from `start` until `target` is settled (true) or nothing closer
   * than `bound` is left (false). Arcs out of the target are never scanned. If `returnFrom` is a
   * node, the virtual arc returnFrom → target is usable.
   */
  private shortestPath(start: number, target: number, returnFrom: number, bound: number): boolean {
    const { first, to, cap, cost, pot, dist, state } = this;
    for (let i = 0; i < this.touchedCount; i++) {
      const x = this.touched[i]!;
      dist[x] = Infinity;
      state[x] = UNSEEN;
    }
    this.touchedCount = 0;
    this.heapSize = 0;
    this.relax(start, 0, NONE);
    // Nodes no closer than this can never be settled before the target, so they are not queued.
    let limit = bound;
    while (this.heapSize > 0) {
      const key = dist[this.heap[0]!]!;
      if (key >= bound) return false;
      // Ties go to the target: every arc carrying flow is tight (reduced cost 0), so whole regions
      // can sit at exactly the target's distance, and settling them first would waste the search.
      if (dist[target]! <= key) {
        state[target] = SETTLED;
        return true;
      }
      const u = this.popMin();
      state[u] = SETTLED;
      const du = dist[u]!;
      const pu = pot[u]!;
      for (let e = first[u]!, end = first[u + 1]!; e < end; e++) {
        if (cap[e]! <= 0) continue;
        const w = to[e]!;
        if (state[w] === SETTLED) continue;
        const reduced = cost[e]! + pu - pot[w]!;
        // True reduced costs are ≥ 0; float drift can leave -1e-15, which must not go negative.
        const d = reduced > 0 ? du + reduced : du;
        if (d >= limit) continue;
        if (w === target) limit = d;
        // Reaching the return arc's tail bounds the target's distance just as well, and early.
        else if (w === returnFrom) limit = Math.min(limit, d + Math.max(0, pot[w]! - pot[target]!));
        this.relax(w, d, e);
      }
      if (u === returnFrom) {
        const reduced = pu - pot[target]!;
        const d = reduced > 0 ? du + reduced : du;
        // ≤: the limit may be exactly this, set when returnFrom was first reached.
        if (d <= limit) {
          limit = d;
          this.relax(target, d, RETURN_ARC);
        }
      }
    }
    return false;
  }

  private relax(w: number, d: number, arc: number): void {
    const state = this.state;
    if (state[w] === UNSEEN) {
      state[w] = QUEUED;
      this.touched[this.touchedCount++] = w;
      this.dist[w] = d;
      this.parent[w] = arc;
      this.siftUp(w, this.heapSize++);
    } else if (d < this.dist[w]!) {
      this.dist[w] = d;
      this.parent[w] = arc;
      this.siftUp(w, this.heapPos[w]!);
    }
  }

  /**
   * After a search that settled every node closer than `reach` (and no other): settled nodes move
   * by (distance − reach), the rest stay. That is the usual p += d with unsettled nodes capped at
   * `reach`, minus `reach` for everyone, which changes no reduced cost but spares the O(n) loop.
   */
  private updatePotentials(reach: number): void {
    const { pot, dist, state, touched } = this;
    for (let i = 0; i < this.touchedCount; i++) {
      const x = touched[i]!;
      if (state[x] === SETTLED) pot[x] = pot[x]! + dist[x]! - reach;
    }
  }

  /**
   * Pushes flow along the parent chain from `end` back to `stop` (at most `limit`, and at most
   * `returnCap` through the return arc). Returns the units pushed and the chain's cost per unit.
   */
  private augment(end: number, stop: number, limit: number, returnFrom: number, returnCap: number) {
    const { parent, to, cap, cost, rev } = this;
    let pushed = limit;
    let unitCost = 0;
    let viaReturn = false;
    let x = end;
    do {
      const e = parent[x]!;
      if (e === RETURN_ARC) {
        viaReturn = true;
        pushed = Math.min(pushed, returnCap);
        x = returnFrom;
      } else {
        pushed = Math.min(pushed, cap[e]!);
        unitCost += cost[e]!;
        x = to[rev[e]!]!;
      }
    } while (x !== stop);
    x = end;
    do {
      const e = parent[x]!;
      if (e === RETURN_ARC) {
        x = returnFrom;
      } else {
        const r = rev[e]!;
        cap[e] = cap[e]! - pushed;
        cap[r] = cap[r]! + pushed;
        x = to[r]!;
      }
    } while (x !== stop);
    return { pushed, unitCost, viaReturn };
  }

  private siftUp(x: number, i: number): void {
    const { heap, heapPos, dist } = this;
    const key = dist[x]!;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const y = heap[p]!;
      if (dist[y]! <= key) break;
      heap[i] = y;
      heapPos[y] = i;
      i = p;
    }
    heap[i] = x;
    heapPos[x] = i;
  }

  private popMin(): number {
    const { heap, heapPos, dist } = this;
    const top = heap[0]!;
    const size = --this.heapSize;
    if (size === 0) return top;
    const x = heap[size]!;
    const key = dist[x]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && dist[heap[c + 1]!]! < dist[heap[c]!]!) c++;
      const y = heap[c]!;
      if (dist[y]! >= key) break;
      heap[i] = y;
      heapPos[y] = i;
      i = c;
    }
    heap[i] = x;
    heapPos[x] = i;
    return top;
  }

  /**
   * Lays the edges out as residual arcs grouped by tail, each node's arcs in edge order, and
   * returns for each edge the slot of its reverse arc (whose residual capacity is its flow).
   */
  private buildResidualGraph(): Int32Array {
    const n = this.nodeCount;
    const m = this.edgeCount;
    const first = new Int32Array(n + 1);
    // Counting sort by tail: count arcs per node, prefix-sum into start slots, then place.
    const degree = new Int32Array(n);
    for (let i = 0; i < m; i++) {
      degree[this.edgeFrom[i]!] = degree[this.edgeFrom[i]!]! + 1;
      degree[this.edgeTo[i]!] = degree[this.edgeTo[i]!]! + 1;
    }
    for (let v = 0; v < n; v++) first[v + 1] = first[v]! + degree[v]!;
    const fill = first.slice(0, n);
    const to = new Int32Array(2 * m);
    const cap = new Float64Array(2 * m);
    const cost = new Float64Array(2 * m);
    const rev = new Int32Array(2 * m);
    const flowSlot = new Int32Array(m);
    for (let i = 0; i < m; i++) {
      const from = this.edgeFrom[i]!;
      const head = this.edgeTo[i]!;
      const a = fill[from]!;
      const b = fill[head]!;
      fill[from] = a + 1;
      fill[head] = b + 1;
      to[a] = head;
      cap[a] = this.edgeCap[i]! - this.edgeFlow[i]!;
      cost[a] = this.edgeCost[i]!;
      rev[a] = b;
      to[b] = from;
      cap[b] = this.edgeFlow[i]!;
      cost[b] = -this.edgeCost[i]!;
      rev[b] = a;
      flowSlot[i] = b;
    }
    this.first = first;
    this.to = to;
    this.cap = cap;
    this.cost = cost;
    this.rev = rev;
    return flowSlot;
  }

  private allocateSearch(): void {
    const n = this.nodeCount;
    if (this.dist.length === n) return;
    this.pot = new Float64Array(n);
    this.dist = new Float64Array(n).fill(Infinity);
    this.parent = new Int32Array(n);
    this.state = new Uint8Array(n);
    this.heap = new Int32Array(n);
    this.heapPos = new Int32Array(n);
    this.touched = new Int32Array(n);
    this.touchedCount = 0;
  }

  private growEdges(): void {
    const size = this.edgeFrom.length * 2;
    const grown = <T extends Int32Array | Float64Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    this.edgeFrom = grown(this.edgeFrom, new Int32Array(size));
    this.edgeTo = grown(this.edgeTo, new Int32Array(size));
    this.edgeCap = grown(this.edgeCap, new Float64Array(size));
    this.edgeCost = grown(this.edgeCost, new Float64Array(size));
    this.edgeFlow = grown(this.edgeFlow, new Float64Array(size));
  }

  private checkNode(v: number): void {
    if (!Number.isSafeInteger(v) || v < 0 || v >= this.nodeCount) throw new RangeError(`no node ${v}`);
  }
}
