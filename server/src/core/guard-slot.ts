/**
 * A point in an earlier module's write where later modules' rules plug in (e.g. teams refusing a
 * volunteer change that would break a serving team), without the earlier module importing the
 * later ones. The composition root fills every slot in `wireModules()`; a slot that was never
 * filled refuses to run, so a program that skipped the wiring fails loudly instead of saving
 * what a rule forbids.
 */
export class GuardSlot<Args extends unknown[]> {
  private guards: ((...args: Args) => Promise<void>)[] | null = null;

  constructor(readonly name: string) {
    declaredSlots.push(this);
  }

  /** Sets the slot's rules, replacing any set before (wiring twice is harmless). */
  fill(guards: ((...args: Args) => Promise<void>)[]): void {
    if (guards.length === 0) throw new Error(`guard slot "${this.name}" filled with no rule`);
    this.guards = [...guards];
  }

  get filled(): boolean {
    return this.guards !== null;
  }

  async run(...args: Args): Promise<void> {
    if (!this.guards) {
      throw new Error(
        `guard slot "${this.name}" is not wired: call wireModules() from server/src/modules before using the services`,
      );
    }
    for (const guard of this.guards) await guard(...args);
  }
}

const declaredSlots: { readonly name: string; readonly filled: boolean }[] = [];

/** The names of the slots declared so far that nothing filled: the server refuses to start with any. */
export function unfilledGuardSlots(): string[] {
  return declaredSlots.filter((slot) => !slot.filled).map((slot) => slot.name);
}
