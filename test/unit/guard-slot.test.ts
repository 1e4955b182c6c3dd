import { GuardSlot, unfilledGuardSlots } from '../../server/src/core/guard-slot';
import { loadConfig } from '../../server/src/core/config';
import { startServer } from '../../server/src/app';
import { wireModules } from '../../server/src/modules';

describe('guard slots: later modules plugging rules into earlier writes', () => {
  it('refuses to run a slot nobody filled, naming it, instead of skipping its rules', async () => {
    const slot = new GuardSlot<[number]>('test: unfilled');
    await expect(slot.run(1)).rejects.toThrow('guard slot "test: unfilled" is not wired');
    // Filling it with nothing is a wiring mistake too, not a way to switch its rules off.
    expect(() => slot.fill([])).toThrow('guard slot "test: unfilled" filled with no rule');
    await expect(slot.run(1)).rejects.toThrow('is not wired');
    slot.fill([async () => undefined]);
    await expect(slot.run(1)).resolves.toBeUndefined();
  });

  it('runs every rule in order, and the first refusal stops the write', async () => {
    const seen: string[] = [];
    const slot = new GuardSlot<[string]>('test: order');
    slot.fill([
      async (x) => void seen.push(`a${x}`),
      async () => Promise.reject(new Error('refused')),
      async (x) => void seen.push(`c${x}`),
    ]);
    await expect(slot.run('1')).rejects.toThrow('refused');
    expect(seen).toEqual(['a1']);
  });

  it("wireModules fills every slot the modules declare (team membership, safety plan, records in project dates, campaign's needs)", async () => {
    const declared = ['volunteer change', 'project start', 'project dates', 'campaign dates'];
    for (const name of declared) expect(unfilledGuardSlots()).toContain(name);
    wireModules();
    expect(unfilledGuardSlots().filter((name) => declared.includes(name))).toEqual([]);
  });

  it('the server refuses to start while a declared slot is left unwired', async () => {
    new GuardSlot<[]>('test: forgotten');
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'sqlite::memory:' });
    await expect(startServer(config, { log: () => undefined })).rejects.toThrow(
      'guard slots left unwired in server/src/modules/index.ts: test: forgotten',
    );
  });
});
