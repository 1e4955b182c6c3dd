import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { ConflictError, NotFoundError } from '../../core/errors';
import { paginate, type Page, type PageArgs } from '../../core/pagination';
import { conflictOnDuplicate, escapeLike, LIKE_ESCAPE, whereContains } from '../../core/sql';
import { givenFields, parseId } from '../../core/validate';
import { UnitService } from '../units/unit.service';
import { Volunteer, VolunteerAvailability } from './volunteer.entity';
import { runVolunteerChangeGuards } from './volunteer.guards';
import type {
  AvailabilityWindowInput,
  CreateVolunteerInput,
  UpdateVolunteerInput,
  VolunteerFilter,
} from './volunteer.inputs';
import {
  checkAvailability,
  normaliseVolunteer,
  volunteerNumberFor,
  type VolunteerFields,
} from './volunteer.rules';

export class VolunteerService {
  constructor(private readonly dataSource: DataSource) {}

  async get(id: number, field = 'id'): Promise<Volunteer> {
    const volunteer = await this.dataSource.getRepository(Volunteer).findOneBy({ id });
    if (!volunteer) throw new NotFoundError('Volunteer', id, field);
    return volunteer;
  }

  async list(filter: VolunteerFilter = {}, page: PageArgs = {}): Promise<Page<Volunteer>> {
    const query = this.dataSource.getRepository(Volunteer).createQueryBuilder('volunteer');
    if (filter.unitId) {
      const unitId = parseId('unitId', filter.unitId);
      const unitIds = filter.includeSubUnits
        ? await new UnitService(this.dataSource).subtreeIds(unitId)
        : [unitId];
      query.andWhere('volunteer.unitId IN (:...unitIds)', { unitIds });
    }
    if (filter.role) query.andWhere('volunteer.role = :role', { role: filter.role });
    // JSON-encoded lists: match the quoted element so TUTORING never matches a longer name.
    if (filter.serviceCategory) {
      query.andWhere('volunteer.serviceCategories LIKE :category', {
        category: `%"${filter.serviceCategory}"%`,
      });
    }
    if (filter.honour) query.andWhere('volunteer.honours LIKE :honour', { honour: `%"${filter.honour}"%` });
    if (filter.skill) {
      whereContains(query, 'volunteer.skills', 'skill', JSON.stringify(filter.skill));
    }
    if (filter.safetyTrained !== undefined && filter.safetyTrained !== null) {
      query.andWhere(`volunteer.safetyTrainedOn IS ${filter.safetyTrained ? 'NOT ' : ''}NULL`);
    }
    if (filter.active !== undefined && filter.active !== null) {
      query.andWhere('volunteer.active = :active', { active: filter.active });
    }
    if (filter.search) {
      query.andWhere(`(volunteer.name LIKE :search ${LIKE_ESCAPE} OR volunteer.volunteerNumber = :exact)`, {
        search: `%${escapeLike(filter.search.trim())}%`,
        exact: filter.search.trim().toUpperCase(),
      });
    }
    return paginate(query, page);
  }

  async create(input: CreateVolunteerInput): Promise<Volunteer> {
    const fields = normaliseVolunteer(input);
    const unitId = parseId('unitId', input.unitId);
    const windows = input.availability ?? [];
    checkAvailability(windows);
    return conflictOnDuplicate(
      'documentNumber',
      'a volunteer with this document number is already registered',
      () =>
        this.dataSource.transaction(async (manager) => {
          await new UnitService(this.dataSource).get(unitId, 'unitId');
          await this.requireUniqueDocument(manager, fields);
          const repo = manager.getRepository(Volunteer);
          // The number derives from the id, which exists only after the insert.
          const volunteer = await repo.save(
            repo.create({
              ...fields,
              unitId,
              active: true,
              volunteerNumber: `P${randomBytes(8).toString('hex')}`,
            }),
          );
          volunteer.volunteerNumber = volunteerNumberFor(volunteer.id);
          await repo.update(volunteer.id, { volunteerNumber: volunteer.volunteerNumber });
          await replaceAvailability(manager, volunteer.id, windows);
          return volunteer;
        }),
    );
  }

  async update(id: number, input: UpdateVolunteerInput): Promise<Volunteer> {
    return conflictOnDuplicate(
      'documentNumber',
      'a volunteer with this document number is already registered',
      () =>
        this.dataSource.transaction(async (manager) => {
          const repo = manager.getRepository(Volunteer);
          const current = await repo.findOneBy({ id });
          if (!current) throw new NotFoundError('Volunteer', id);
          const documentChanged = input.documentType !== undefined || input.documentNumber !== undefined;
          const fields = normaliseVolunteer({
            ...current,
            ...givenFields(input),
            // A new document number re-derives gender unless the caller restates it.
            gender: input.gender ?? (documentChanged ? null : current.gender),
          });
          if (documentChanged) await this.requireUniqueDocument(manager, fields, id);
          const unitId = input.unitId ? parseId('unitId', input.unitId) : current.unitId;
          if (unitId !== current.unitId) await new UnitService(this.dataSource).get(unitId, 'unitId');
          if (input.availability) checkAvailability(input.availability);
          const before = { ...current };
          Object.assign(current, fields, { unitId, active: input.active ?? current.active });
          await runVolunteerChangeGuards(manager, before, current);
          await repo.save(current);
          if (input.availability) await replaceAvailability(manager, id, input.availability);
          return current;
        }),
    );
  }

  private async requireUniqueDocument(manager: EntityManager, fields: VolunteerFields, exceptId?: number) {
    const existing = await manager.getRepository(Volunteer).findOne({
      select: { id: true },
      where: { documentType: fields.documentType, documentNumber: fields.documentNumber },
    });
    if (existing && existing.id !== exceptId) {
      throw new ConflictError(
        'documentNumber',
        'a volunteer with this document number is already registered',
      );
    }
  }
}

async function replaceAvailability(
  manager: EntityManager,
  volunteerId: number,
  windows: readonly AvailabilityWindowInput[],
): Promise<void> {
  await manager.getRepository(VolunteerAvailability).delete({ volunteerId });
  if (windows.length > 0) {
    await manager
      .getRepository(VolunteerAvailability)
      .insert(windows.map((w) => ({ volunteerId, startsAt: w.startsAt, endsAt: w.endsAt })));
  }
}
