import type { EntityManager } from 'typeorm';
import { UnitKind } from '../../server/src/modules/units/unit.entity';
import { DocumentType } from '../../server/src/modules/volunteers/document-number';
import {
  Honour,
  Volunteer,
  VolunteerAvailability,
  VolunteerRole,
} from '../../server/src/modules/volunteers/volunteer.entity';
import { normaliseVolunteer, volunteerNumberFor } from '../../server/src/modules/volunteers/volunteer.rules';
import { NEED_TEMPLATES } from '../data/categories';
import { CADRE_TITLES, SUBJECTS, TEACHER_TITLES } from '../data/people';
import { CITIES, COUNTIES } from '../data/shandong';
import type { Random } from '../random';
import type { SyntheticPeople } from '../synthetic-people';
import { insertChunks, round, type Advance } from './common';
import type { UnitRow } from './units';

/** How long each stretch of stated availability lasts, in days after its first. */
export const AVAILABLE_DAYS = 30;

// Seed data describes 2019; checks like "not in the future" are judged as of the campaign's end.
const SEED_CLOCK = new Date('2019-10-31T16:00:00Z');

/**
 * `count` teachers, staff and cadres, round-robin over the units below the province, with valid
 * synthetic IDs, and the stretches of 2019 each said they are free.
 */
export async function insertVolunteers(
  manager: EntityManager,
  random: Random,
  people: SyntheticPeople,
  units: UnitRow[],
  count: number,
  advance: Advance,
): Promise<Volunteer[]> {
  const serving = units.filter((unit) => unit.kind !== UnitKind.PROVINCE);
  const volunteers: Volunteer[] = [];
  const windows: Partial<VolunteerAvailability>[] = [];
  for (let i = 0; i < count; i++) {
    const unit = serving[i % serving.length]!;
    // Every tenth member of a unit is a cadre, so each unit can lead teams of 7–10 + 1–2.
    const role =
      Math.floor(i / serving.length) % 10 === 0 ? VolunteerRole.UNION_CADRE : VolunteerRole.VOLUNTEER;
    const gender = random.chance(0.58) ? 'FEMALE' : 'MALE';
    const homeCounty = random.pick(COUNTIES.filter((c) => c.cityCode === unit.cityCode));
    const city = CITIES.find((c) => c.code === unit.cityCode)!;
    const categories = random.pickSome(unit.strengths, Math.min(unit.strengths.length, random.int(1, 3)));
    const skills = [
      ...new Set(categories.flatMap((c) => random.pickSome(NEED_TEMPLATES[c].skills, 2))),
    ].slice(0, 5);
    const fields = normaliseVolunteer(
      {
        name: people.name(gender),
        documentType: DocumentType.MAINLAND_ID_CARD,
        documentNumber: people.residentId(
          random.chance(0.7) ? homeCounty.code : `${unit.cityCode.slice(0, 4)}02`,
          gender,
        ),
        mobile: people.mobile(),
        role,
        title: random.pick(role === VolunteerRole.UNION_CADRE ? CADRE_TITLES : TEACHER_TITLES),
        honours: random.chance(0.03)
          ? [Honour.MODEL_WORKER]
          : random.chance(0.08)
            ? [Honour.ADVANCED_WORKER]
            : [],
        serviceCategories: categories,
        skills,
        subjects: unit.kind === UnitKind.CITY ? random.pickSome(SUBJECTS, random.int(1, 2)) : [],
        homeAreaCode: homeCounty.code,
        homeLatitude: round(city.latitude + (random.next() - 0.5) * 0.3, 5),
        homeLongitude: round(city.longitude + (random.next() - 0.5) * 0.3, 5),
        safetyTrainedOn: random.chance(0.85)
          ? `2019-03-${String(random.int(10, 28)).padStart(2, '0')}`
          : null,
        nationalVolunteerNumber: random.chance(0.4)
          ? `37${String(random.int(0, 99_999_999)).padStart(10, '0')}`
          : null,
      },
      SEED_CLOCK,
    );
    const id = i + 1;
    volunteers.push({
      ...fields,
      id,
      unitId: unit.id,
      volunteerNumber: volunteerNumberFor(id),
      active: true,
    } as Volunteer);
    // One to three stretches of a month each (a term's free weeks, a holiday) that the volunteer
    // said they are free: needs inside one can be planned for them. Drawn as before (one day each),
    // so the rest of the seeded world stays the same.
    for (let w = random.int(1, 3); w > 0; w--) {
      const day = new Date(Date.UTC(2019, random.int(3, 8), random.int(1, 28)));
      const date = day.toISOString().slice(0, 10);
      const last = new Date(day.getTime() + AVAILABLE_DAYS * 86_400_000).toISOString().slice(0, 10);
      windows.push({
        volunteerId: id,
        startsAt: new Date(`${date}T08:00:00+08:00`),
        endsAt: new Date(`${last}T${random.pick(['12', '17', '18'])}:00:00+08:00`),
      });
    }
  }
  await insertChunks(manager, Volunteer, volunteers, advance);
  await insertChunks(manager, VolunteerAvailability, windows);
  return volunteers;
}
