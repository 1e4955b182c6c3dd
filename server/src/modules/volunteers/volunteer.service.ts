import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { administersUnit, isAdmin, requireUnitAdministration } from '../../core/access';
import { ForbiddenError, Role, type Actor } from '../../core/actor';
import { AuditAction, recordAudit } from '../../core/audit';
import { ConflictError, NotFoundError } from '../../core/errors';
import { paginate, type Page, type PageArgs } from '../../core/pagination';
import { conflictOnDuplicate, escapeLike, LIKE_ESCAPE, whereContains } from '../../core/sql';
import {
  givenFields,
  optionalId,
  optionalSearch,
  parseId,
  requireInstantInBounds,
  requireOrder,
} from '../../core/validate';
import { UnitService } from '../units/unit.service';
import { Volunteer, VolunteerAvailability } from './volunteer.entity';
import { DocumentType, normaliseDocumentNumber } from './document-number';
import { admitDocumentSearch, auditDocumentSearch } from './document-search';
import {
  canReadVolunteer,
  requireVolunteerRead,
  SELF_EDITABLE_FIELDS,
  volunteerListScope,
} from './volunteer.access';
import { volunteerChangeGuards } from './volunteer.guards';
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
import { idsOrNone } from '../../core/dialect';

export class VolunteerService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
  ) {}

  /** A volunteer the actor may read; FORBIDDEN otherwise. */
  async get(id: number, field = 'id'): Promise<Volunteer> {
    const volunteer = await this.dataSource.getRepository(Volunteer).findOneBy({ id });
    if (!volunteer) throw new NotFoundError('Volunteer', id, field);
    requireVolunteerRead(this.actor, volunteer);
    return volunteer;
  }

  /** By the stable external key other tools use; null alike for an unknown number and one not yours. */
  async getByNumber(volunteerNumber: string): Promise<Volunteer | null> {
    volunteerListScope(this.actor); // FORBIDDEN for roles that read no volunteers, whatever the number
    const volunteer = await this.dataSource
      .getRepository(Volunteer)
      .findOneBy({ volunteerNumber: volunteerNumber.trim().toUpperCase() });
    return volunteer && canReadVolunteer(this.actor, volunteer) ? volunteer : null;
  }

  /**
   * The volunteers the actor may read. `request` is an object unique to the calling request, so a
   * search by document number is admitted once per request (see document-search.ts).
   */
  async list(filter: VolunteerFilter = {}, page: PageArgs = {}, request?: object): Promise<Page<Volunteer>> {
    const scope = volunteerListScope(this.actor);
    const query = this.dataSource.getRepository(Volunteer).createQueryBuilder('volunteer');
    if (scope?.unitIds)
      query.andWhere('volunteer.unitId IN (:...scopeUnits)', { scopeUnits: idsOrNone(scope.unitIds) });
    if (scope?.volunteerIds) {
      query.andWhere('volunteer.id IN (:...scopeVolunteers)', {
        scopeVolunteers: idsOrNone(scope.volunteerIds),
      });
    }
    if (filter.unitId) {
      const unitId = parseId('unitId', filter.unitId);
      if (!isAdmin(this.actor) && !this.actor.unitIds.has(unitId)) {
        throw new ForbiddenError("you may not read another unit's volunteers", 'unitId');
      }
      const unitIds = filter.includeSubUnits
        ? await new UnitService(this.dataSource, this.actor).subtreeIds(unitId)
        : [unitId];
      query.andWhere('volunteer.unitId IN (:...unitIds)', { unitIds });
    }
    let documentSearch: { documentType: DocumentType; documentNumber: string } | null = null;
    if (filter.documentNumber) {
      // Exact match on the normalised number, within the actor's scope.
      const documentType = filter.documentType ?? DocumentType.MAINLAND_ID_CARD;
      const documentNumber = normaliseDocumentNumber('documentNumber', documentType, filter.documentNumber);
      await admitDocumentSearch(this.actor, request);
      documentSearch = { documentType, documentNumber };
      query.andWhere(
        'volunteer.documentType = :documentType AND volunteer.documentNumber = :documentNumber',
        documentSearch,
      );
    }
    if (filter.role) query.andWhere('volunteer.role = :role', { role: filter.role });
    // JSON-encoded lists: match the quoted element so TUTORING never matches a longer name.
    if (filter.serviceCategory) {
      query.andWhere('volunteer.serviceCategories LIKE :category', {
        category: `%"${filter.serviceCategory}"%`,
      });
    }
    if (filter.honour) query.andWhere('volunteer.honours LIKE :honour', { honour: `%"${filter.honour}"%` });
    const skill = optionalSearch('skill', filter.skill);
    if (skill) whereContains(query, 'volunteer.skills', 'skill', JSON.stringify(skill));
    if (filter.safetyTrained !== undefined && filter.safetyTrained !== null) {
      query.andWhere(`volunteer.safetyTrainedOn IS ${filter.safetyTrained ? 'NOT ' : ''}NULL`);
    }
    if (filter.active !== undefined && filter.active !== null) {
      query.andWhere('volunteer.active = :active', { active: filter.active });
    }
    if (filter.teamId) {
      const teamId = parseId('teamId', filter.teamId);
      // The scope above still applies: a team's members outside it stay out of the list.
      query.andWhere(
        'EXISTS (SELECT 1 FROM service_team_member membership WHERE membership.volunteerId = volunteer.id AND membership.teamId = :teamId)',
        { teamId },
      );
    }
    if (filter.availableFrom || filter.availableUntil) {
      const from = filter.availableFrom ?? null;
      const until = filter.availableUntil ?? null;
      if (from) requireInstantInBounds('availableFrom', from);
      if (until) requireInstantInBounds('availableUntil', until);
      if (from && until) requireOrder('availableFrom', 'availableUntil', from, until);
      const conditions = ['avail.volunteerId = volunteer.id'];
      if (from) conditions.push('avail.endsAt > :availableFrom');
      if (until) conditions.push('avail.startsAt < :availableUntil');
      query.andWhere(
        `EXISTS (SELECT 1 FROM volunteer_availability avail WHERE ${conditions.join(' AND ')})`,
        { availableFrom: from, availableUntil: until },
      );
    }
    const search = optionalSearch('search', filter.search);
    if (search) {
      query.andWhere(`(volunteer.name LIKE :search ${LIKE_ESCAPE} OR volunteer.volunteerNumber = :exact)`, {
        search: `%${escapeLike(search)}%`,
        exact: search.toUpperCase(),
      });
    }
    const found = await paginate(query, page);
    if (documentSearch) {
      await auditDocumentSearch(
        this.dataSource.manager,
        this.actor,
        documentSearch.documentType,
        documentSearch.documentNumber,
        found.edges.map((edge) => edge.node.id),
      );
    }
    return found;
  }

  async create(input: CreateVolunteerInput): Promise<Volunteer> {
    const unitId = parseId('unitId', input.unitId);
    requireUnitAdministration(this.actor, unitId, 'register volunteers');
    const fields = normaliseVolunteer(input);
    const windows = input.availability ?? [];
    checkAvailability(windows);
    return conflictOnDuplicate(
      'documentNumber',
      'a volunteer with this document number is already registered',
      () =>
        this.dataSource.transaction(async (manager) => {
          await new UnitService(this.dataSource, this.actor).get(unitId, 'unitId');
          await this.requireUniqueDocument(manager, fields);
          const volunteer = await insertVolunteer(manager, unitId, fields, windows);
          await recordAudit(manager, this.actor, {
            action: AuditAction.CREATE,
            entityType: 'Volunteer',
            entityId: volunteer.id,
            after: { ...volunteer, availability: windows },
          });
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
          this.requireUpdateAccess(current, input);
          const documentChanged = input.documentType !== undefined || input.documentNumber !== undefined;
          const fields = normaliseVolunteer({
            ...current,
            ...givenFields(input),
            // A new document number re-derives gender unless the caller restates it.
            gender: input.gender ?? (documentChanged ? null : current.gender),
          });
          if (documentChanged) await this.requireUniqueDocument(manager, fields, id);
          const unitId = optionalId('unitId', input.unitId) ?? current.unitId;
          if (unitId !== current.unitId) {
            requireUnitAdministration(this.actor, unitId, 'move volunteers', 'unitId');
            await new UnitService(this.dataSource, this.actor).get(unitId, 'unitId');
          }
          if (input.availability) checkAvailability(input.availability);
          const before = { ...current };
          Object.assign(current, fields, { unitId, active: input.active ?? current.active });
          await volunteerChangeGuards.run(manager, before, current);
          await repo.save(current);
          if (input.availability) await replaceAvailability(manager, id, input.availability);
          await recordAudit(manager, this.actor, {
            action: AuditAction.UPDATE,
            entityType: 'Volunteer',
            entityId: id,
            before,
            after: { ...current, ...(input.availability ? { availability: input.availability } : {}) },
          });
          return current;
        }),
    );
  }

  /** The unit's coordinator changes anything; a volunteer only the fields of their own profile. */
  private requireUpdateAccess(current: Volunteer, input: UpdateVolunteerInput): void {
    if (administersUnit(this.actor, current.unitId)) return;
    if (this.actor.role === Role.VOLUNTEER || this.actor.role === Role.TEAM_LEADER) {
      if (this.actor.volunteerId === current.id) {
        const field = Object.keys(givenFields(input)).find((key) => !SELF_EDITABLE_FIELDS.has(key));
        if (field) throw new ForbiddenError(`ask your unit's coordinator to change ${field}`, field);
        return;
      }
    }
    throw new ForbiddenError('you may only change volunteers of your own unit (or your own profile)', 'id');
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

/**
 * Writes one volunteer whose fields have passed normaliseVolunteer and whose document number is
 * known to be free; createVolunteer and the roster import (roster-import.service.ts) both use it.
 */
export async function insertVolunteer(
  manager: EntityManager,
  unitId: number,
  fields: VolunteerFields,
  windows: readonly AvailabilityWindowInput[] = [],
): Promise<Volunteer> {
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
  if (windows.length > 0) await replaceAvailability(manager, volunteer.id, windows);
  return volunteer;
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
