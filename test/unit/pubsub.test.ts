import type { DataSource } from 'typeorm';
import { createEventBus, topic, transactionWithEvents } from '../../server/src/core/pubsub';

const NEWS = topic<{ at: string | Date; n: number }>('NEWS');

/** A DataSource stand-in whose transaction runs the work and passes its result or error on. */
const fakeDataSource = {
  transaction: (work: (manager: unknown) => Promise<unknown>) => work({}),
} as unknown as DataSource;

describe('event bus (in memory)', () => {
  it('delivers JSON, as Redis would, and counts listeners', async () => {
    const bus = await createEventBus({ redisUrl: null });
    const events = bus.subscribe(NEWS);
    const next = events.next();
    expect(bus.listeners(NEWS)).toBe(1);
    bus.publish(NEWS, { at: new Date('2019-04-01T00:00:00Z'), n: 1 });
    expect((await next).value).toEqual({ at: '2019-04-01T00:00:00.000Z', n: 1 });
    await events.return?.();
    expect(bus.listeners(NEWS)).toBe(0);
    expect(bus.health()).toMatchObject({
      transport: 'memory',
      redis: null,
      published: 1,
      publishFailures: 0,
    });
  });

  it('publishes the events of a transaction only once it has committed', async () => {
    const bus = await createEventBus({ redisUrl: null });
    const events = bus.subscribe(NEWS);
    const next = events.next();
    await expect(
      transactionWithEvents(fakeDataSource, bus, async (_manager, afterCommit) => {
        afterCommit.add(NEWS, { at: 'rolled back', n: 1 });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(bus.health().published).toBe(0);
    const result = await transactionWithEvents(fakeDataSource, bus, async (_manager, afterCommit) => {
      afterCommit.add(NEWS, { at: 'committed', n: 2 });
      expect(bus.health().published).toBe(0); // not while the transaction runs
      return 'done';
    });
    expect(result).toBe('done');
    expect((await next).value).toEqual({ at: 'committed', n: 2 });
    await events.return?.();
  });
});

describe('event bus (Redis unreachable)', () => {
  it('starts, never throws on publish, and reports the outage', async () => {
    const logged: string[] = [];
    // Port 1 on loopback: nothing listens, connections are refused at once.
    const bus = await createEventBus({ redisUrl: 'redis://127.0.0.1:1', log: (m) => logged.push(m) });
    try {
      expect(() => bus.publish(NEWS, { at: 'lost', n: 1 })).not.toThrow();
      const deadline = Date.now() + 10000;
      while (bus.health().publishFailures < 1 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(bus.health()).toMatchObject({ transport: 'redis', redis: 'down', publishFailures: 1 });
      expect(logged.filter((m) => m.includes('unavailable'))).toHaveLength(1); // once per outage
    } finally {
      await bus.close();
    }
  });
});
