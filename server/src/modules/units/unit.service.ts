import type { DataSource, EntityManager } from 'typeorm';
import { requireAdmin, requireUnitAdministration } from '../../core/access';
import type { Actor } from '../../core/actor';
import { saveAudited } from '../../core/audit';
import { BadInputError, ConflictError, NotFoundError } from '../../core/errors';
import { paginate, type Page, type PageArgs } from '../../core/pagination';
import { conflictOnDuplicate, whereContains } from '../../core/sql';
import { optionalId, optionalSearch, parseId, requireAreaCode, requireText } from '../../core/validate';
import { Unit, UnitKind } from './unit.entity';
import type { CreateUnitInput, UnitFilter, UpdateUnitInput } from './unit.inputs';

const CODE_PATTERN = /^[A-Za-z0-9-]+$/;

export class UnitService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
  ) {}

  async get(id: number, field = 'id'): Promise<Unit> {
    const unit = await this.dataSource.getRepository(Unit).findOneBy({ id });
    if (!unit) throw new NotFoundError('Unit', id, field);
    return unit;
  }

  list(filter: UnitFilter = {}, page: PageArgs = {}): Promise<Page<Unit>> {
    const query = this.dataSource.getRepository(Unit).createQueryBuilder('unit');
    if (filter.kind) query.andWhere('unit.kind = :kind', { kind: filter.kind });
    if (filter.parentId) {
      query.andWhere('unit.parentId = :parentId', { parentId: parseId('parentId', filter.parentId) });
    }
    if (filter.cityCode) query.andWhere('unit.cityCode = :cityCode', { cityCode: filter.cityCode });
    const search = optionalSearch('search', filter.search);
    if (search) whereContains(query, 'unit.name', 'search', search);
    return paginate(query, page);
  }

  async create(input: CreateUnitInput): Promise<Unit> {
    requireAdmin(this.actor, 'create units');
    // Upper-cased so that `sd-370100` and `SD-370100` are one code on every database.
    const code = requireText('code', input.code, {
      max: 32,
      pattern: CODE_PATTERN,
      patternMessage: 'code may hold only letters, digits and hyphens',
    }).toUpperCase();
    const name = requireText('name', input.name, { max: 100 });
    const cityCode = requireAreaCode('cityCode', input.cityCode);
    const parentId = optionalId('parentId', input.parentId);
    if (input.kind === UnitKind.PROVINCE && parentId !== null) {
      throw new BadInputError('parentId', 'the province union has no parent unit');
    }
    if (input.kind !== UnitKind.PROVINCE && parentId === null) {
      throw new BadInputError('parentId', 'a city or university union must name its parent unit');
    }
    const duplicate = `a unit with code ${code} already exists`;
    return conflictOnDuplicate('code', duplicate, () =>
      this.dataSource.transaction(async (manager) => {
        if (parentId !== null) await this.requireExisting(manager, parentId, 'parentId');
        if (await manager.getRepository(Unit).existsBy({ code })) throw new ConflictError('code', duplicate);
        const repo = manager.getRepository(Unit);
        return saveAudited(
          manager,
          this.actor,
          'Unit',
          repo.create({ code, name, kind: input.kind, parentId, cityCode }),
        );
      }),
    );
  }

  async update(id: number, input: UpdateUnitInput): Promise<Unit> {
    return this.dataSource.transaction(async (manager) => {
      const unit = await manager.getRepository(Unit).findOneBy({ id });
      if (!unit) throw new NotFoundError('Unit', id);
      requireUnitAdministration(this.actor, id, 'change units', 'id');
      const before = { ...unit };
      if (input.name !== undefined) unit.name = requireText('name', input.name, { max: 100 });
      if (input.cityCode !== undefined) unit.cityCode = requireAreaCode('cityCode', input.cityCode);
      if (input.parentId !== undefined) {
        requireAdmin(this.actor, 'move a unit in the tree');
        if (unit.kind === UnitKind.PROVINCE) {
          throw new BadInputError('parentId', 'the province union has no parent unit');
        }
        const parentId = parseId('parentId', input.parentId);
        await this.requireExisting(manager, parentId, 'parentId');
        if (await this.isSelfOrDescendant(manager, parentId, id)) {
          throw new BadInputError('parentId', 'a unit cannot be placed under itself or its own sub-units');
        }
        unit.parentId = parentId;
      }
      return saveAudited(manager, this.actor, 'Unit', unit, before);
    });
  }

  /** Ids of a unit and every unit below it: the scope a coordinator of that unit sees. */
  async subtreeIds(rootId: number, manager: EntityManager = this.dataSource.manager): Promise<number[]> {
    const units = await manager.getRepository(Unit).find({ select: { id: true, parentId: true } });
    const children = new Map<number, number[]>();
    for (const unit of units) {
      if (unit.parentId === null) continue;
      const list = children.get(unit.parentId) ?? [];
      list.push(unit.id);
      children.set(unit.parentId, list);
    }
    const result: number[] = [];
    const stack = [rootId];
    while (stack.length > 0) {
      const id = stack.pop()!;
      result.push(id);
      stack.push(...(children.get(id) ?? []));
    }
    return result;
  }

  private async requireExisting(manager: EntityManager, id: number, field: string): Promise<void> {
    if (!(await manager.getRepository(Unit).existsBy({ id }))) throw new NotFoundError('Unit', id, field);
  }

  private async isSelfOrDescendant(manager: EntityManager, candidate: number, root: number) {
    return (await this.subtreeIds(root, manager)).includes(candidate);
  }
}
