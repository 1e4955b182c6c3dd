import { SYSTEM_ACTOR } from '../../server/src/core/actor';
import { availabilityOverlap, availabilityWindows } from '../../server/src/modules/volunteers/availability';
import { VolunteerService } from '../../server/src/modules/volunteers/volunteer.service';
import { AccessWorld } from '../support/access-world';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';

/**
 * A plan reads only the availability windows that meet its needs' span: the overlap with any need
 * inside that span must be what all the windows give.
 */
describe(`availability windows within a span (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('keeps the windows overlapping the span, and the overlap with a need inside it is unchanged', async () => {
    const y = world.year;
    const at = (text: string) => new Date(`${y}-${text}:00Z`);
    const volunteer = world.units.in.loner;
    await new VolunteerService(server.dataSource, SYSTEM_ACTOR).update(volunteer.id, {
      availability: [
        { startsAt: at('05-01T00:00'), endsAt: at('05-02T00:00') }, // before the span
        { startsAt: at('05-09T20:00'), endsAt: at('05-10T02:00') }, // across its start
        { startsAt: at('05-10T03:00'), endsAt: at('05-10T05:00') }, // inside it
        { startsAt: at('05-10T05:00'), endsAt: at('05-12T00:00') }, // across its end
        { startsAt: at('05-10T08:00'), endsAt: at('05-10T08:00') }, // empty
        { startsAt: at('05-20T00:00'), endsAt: at('05-21T00:00') }, // after it
      ].filter((w) => w.endsAt > w.startsAt),
    });
    const span = { from: at('05-10T00:00'), to: at('05-10T08:00') };
    const all = (await availabilityWindows(server.dataSource.manager, [volunteer.id])).get(volunteer.id)!;
    const within = (await availabilityWindows(server.dataSource.manager, [volunteer.id], span)).get(
      volunteer.id,
    )!;
    expect(all).toHaveLength(5);
    expect(within.map(([s, e]) => [new Date(s).toISOString(), new Date(e).toISOString()]).sort()).toEqual([
      [at('05-09T20:00').toISOString(), at('05-10T02:00').toISOString()],
      [at('05-10T03:00').toISOString(), at('05-10T05:00').toISOString()],
      [at('05-10T05:00').toISOString(), at('05-12T00:00').toISOString()],
    ]);
    // Needs inside the span, covered in part and in whole: the same share either way.
    for (const [from, to] of [
      ['05-10T00:00', '05-10T08:00'],
      ['05-10T01:00', '05-10T04:00'],
      ['05-10T03:30', '05-10T07:00'],
    ] as const) {
      const need = [+at(from), +at(to)] as const;
      expect(availabilityOverlap(within, ...need)).toBe(availabilityOverlap(all, ...need));
    }
    expect(availabilityOverlap(within, +at('05-10T03:30'), +at('05-10T07:00'))).toBe(1);
  });
});
