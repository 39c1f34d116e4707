/**
 * Dependency cycles among named nodes, given each node's parents. Each cycle is a path in the
 * direction data flows (parent → child) that ends where it starts, e.g. ["a", "b", "c", "a"],
 * starting at its alphabetically first name. Self-dependencies and unknown names are ignored here.
 * One cycle is named per strongly connected component, so a knot of many cycles reports once.
 */
export function findDependencyCycles(parentsByName: ReadonlyMap<string, readonly string[]>): string[][] {
  const childrenByName = new Map<string, string[]>();
  for (const name of parentsByName.keys()) childrenByName.set(name, []);
  for (const [child, parents] of parentsByName) {
    for (const parent of new Set(parents)) {
      if (parent !== child && childrenByName.has(parent)) childrenByName.get(parent)?.push(child);
    }
  }
  return stronglyConnectedComponents(childrenByName)
    .filter((component) => component.length > 1)
    .map((component) => shortestCycleThrough(component, childrenByName))
    .sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
}

export function formatCycle(cycle: readonly string[]): string {
  return cycle.join(" → ");
}

/** Tarjan's algorithm, iterative so that a 10,000-node chain cannot overflow the stack. */
function stronglyConnectedComponents(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const indexOf = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let nextIndex = 0;

  for (const root of edges.keys()) {
    if (indexOf.has(root)) continue;
    const work: { name: string; childIndex: number }[] = [{ name: root, childIndex: 0 }];
    indexOf.set(root, nextIndex);
    lowLink.set(root, nextIndex);
    nextIndex += 1;
    stack.push(root);
    onStack.add(root);

    while (work.length > 0) {
      const frame = work[work.length - 1] as { name: string; childIndex: number };
      const children = edges.get(frame.name) ?? [];
      if (frame.childIndex < children.length) {
        const child = children[frame.childIndex] as string;
        frame.childIndex += 1;
        if (!indexOf.has(child)) {
          indexOf.set(child, nextIndex);
          lowLink.set(child, nextIndex);
          nextIndex += 1;
          stack.push(child);
          onStack.add(child);
          work.push({ name: child, childIndex: 0 });
        } else if (onStack.has(child)) {
          lowLink.set(frame.name, Math.min(lowLink.get(frame.name) ?? 0, indexOf.get(child) ?? 0));
        }
        continue;
      }
      work.pop();
      const parentFrame = work[work.length - 1];
      if (parentFrame) {
        lowLink.set(parentFrame.name, Math.min(lowLink.get(parentFrame.name) ?? 0, lowLink.get(frame.name) ?? 0));
      }
      if (lowLink.get(frame.name) === indexOf.get(frame.name)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.name);
        components.push(component);
      }
    }
  }
  return components;
}

/** Breadth-first from the component's first name back to itself, staying inside the component. */
function shortestCycleThrough(component: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[] {
  const members = new Set(component);
  const start = [...component].sort()[0] as string;
  const previous = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const name = queue[head] as string;
    for (const child of edges.get(name) ?? []) {
      if (!members.has(child)) continue;
      if (child === start) {
        const trail: string[] = [];
        for (let step: string | undefined = name; step !== undefined && step !== start; step = previous.get(step)) trail.push(step);
        return [start, ...trail.reverse(), start];
      }
      if (!previous.has(child)) {
        previous.set(child, name);
        queue.push(child);
      }
    }
  }
  return [start, start];
}
