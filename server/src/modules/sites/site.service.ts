import type { DataSource } from 'typeorm';
import { ConflictError, NotFoundError, BadInputError } from '../../core/errors';
import { paginate, type Page, type PageArgs } from '../../core/pagination';
import { conflictOnDuplicate, whereContains } from '../../core/sql';
import { givenFields, parseId } from '../../core/validate';
import { UnitService } from '../units/unit.service';
import { Pairing, Site } from './site.entity';
import type { CreateSiteInput, PairUnitWithSiteInput, SiteFilter, UpdateSiteInput } from './site.inputs';
import { normaliseSite } from './site.rules';

export class SiteService {
  constructor(private readonly dataSource: DataSource) {}

  async get(id: number, field = 'id'): Promise<Site> {
    const site = await this.dataSource.getRepository(Site).findOneBy({ id });
    if (!site) throw new NotFoundError('Site', id, field);
    return site;
  }

  list(filter: SiteFilter = {}, page: PageArgs = {}): Promise<Page<Site>> {
    const query = this.dataSource.getRepository(Site).createQueryBuilder('site');
    if (filter.cityCode) query.andWhere('site.cityCode = :cityCode', { cityCode: filter.cityCode });
    if (filter.areaCode) query.andWhere('site.areaCode = :areaCode', { areaCode: filter.areaCode });
    if (filter.kind) query.andWhere('site.kind = :kind', { kind: filter.kind });
    if (filter.isLongTermBase !== undefined && filter.isLongTermBase !== null) {
      query.andWhere('site.isLongTermBase = :base', { base: filter.isLongTermBase });
    }
    if (filter.pairedUnitId) {
      query.andWhere(
        'site.id IN (SELECT p.siteId FROM pairing p WHERE p.unitId = :pairedUnitId AND p.endedOn IS NULL)',
        {
          pairedUnitId: parseId('pairedUnitId', filter.pairedUnitId),
        },
      );
    }
    if (filter.search) whereContains(query, 'site.name', 'search', filter.search);
    return paginate(query, page);
  }

  create(input: CreateSiteInput): Promise<Site> {
    const fields = normaliseSite(input);
    const repo = this.dataSource.getRepository(Site);
    return repo.save(repo.create(fields));
  }

  update(id: number, input: UpdateSiteInput): Promise<Site> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Site);
      const site = await repo.findOneBy({ id });
      if (!site) throw new NotFoundError('Site', id);
      Object.assign(site, normaliseSite({ ...site, ...givenFields(input) }));
      return repo.save(site);
    });
  }

  /** Pairs a unit with a site; a pairing that had ended is taken up again with its new kind and start. */
  pairUnit(input: PairUnitWithSiteInput): Promise<Pairing> {
    const unitId = parseId('unitId', input.unitId);
    const siteId = parseId('siteId', input.siteId);
    const duplicate = 'the unit is already paired with this site';
    return conflictOnDuplicate('siteId', duplicate, () =>
      this.dataSource.transaction(async (manager) => {
        await new UnitService(this.dataSource).get(unitId, 'unitId');
        await this.get(siteId, 'siteId');
        const repo = manager.getRepository(Pairing);
        const existing = await repo.findOneBy({ unitId, siteId });
        if (existing && existing.endedOn === null) throw new ConflictError('siteId', duplicate);
        const pairing = existing ?? repo.create({ unitId, siteId });
        Object.assign(pairing, { kind: input.kind, startedOn: input.startedOn, endedOn: null });
        return repo.save(pairing);
      }),
    );
  }

  endPairing(id: number, endedOn: string): Promise<Pairing> {
    return this.dataSource.transaction(async (manager) => {
      const repo = manager.getRepository(Pairing);
      const pairing = await repo.findOneBy({ id });
      if (!pairing) throw new NotFoundError('Pairing', id);
      if (endedOn < pairing.startedOn) {
        throw new BadInputError('endedOn', 'endedOn must not be before the pairing started');
      }
      pairing.endedOn = endedOn;
      return repo.save(pairing);
    });
  }
}
