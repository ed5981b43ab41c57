/** Methods that return an object queue an operation too: Excel resolves the object at that point of the batch. */
import type { MemoryClientObject } from "./clientObject";

/** Queues the resolution of child (errors such as ItemNotFound surface at sync); sets isNullObject for *OrNullObject. */
export function instantiate<T extends MemoryClientObject>(
  parent: MemoryClientObject,
  child: T,
  name: string,
  args: unknown,
): T {
  child._asInstance();
  parent._queue(name, args, (run) => {
    const isNull = child._resolveTarget() === null;
    if (child._nullOwner === child) run.commits.push(() => (child._nullFlag = isNull));
  });
  return child;
}
