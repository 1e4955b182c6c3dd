import { In, type EntityManager } from 'typeorm';
import {
  Pairing,
  PairingKind,
  PairingStatus,
  Site,
  SiteKind,
} from '../../server/src/modules/sites/site.entity';
import { normaliseSite } from '../../server/src/modules/sites/site.rules';
import { UnitKind } from '../../server/src/modules/units/unit.entity';
import { CITIES, COUNTIES, fillTemplate, SITE_NAME_PARTS } from '../data/shandong';
import type { Random } from '../random';
import { insertChunks, round, type Advance } from './common';
import type { UnitRow } from './units';

/** `count` sites with distinct names in real counties, round-robin over the cities. */
export async function insertSites(manager: EntityManager, random: Random, count: number, advance: Advance) {
  const parts = SITE_NAME_PARTS;
  const sites: Site[] = [];
  const names = new Set<string>();
  for (let i = 0; sites.length < count; i++) {
    const city = CITIES[i % CITIES.length]!;
    const county = random.pick(COUNTIES.filter((c) => c.cityCode === city.code));
    const town = random.pick(parts.townStems) + random.pick(parts.townSuffixes);
    const village = random.pick(parts.villageStems) + random.pick(parts.villageSuffixes);
    const kind = random.pick([
      SiteKind.VILLAGE,
      SiteKind.VILLAGE,
      SiteKind.SCHOOL,
      SiteKind.SCHOOL,
      SiteKind.COMMUNITY,
      SiteKind.CLINIC,
    ]);
    const template = {
      VILLAGE: random.pick(parts.villageTemplates),
      SCHOOL: random.pick(parts.schoolTemplates),
      COMMUNITY: random.pick(parts.communityTemplates),
      CLINIC: random.pick(parts.clinicTemplates),
    }[kind];
    const local = fillTemplate(template, { town, village, stem: random.pick(parts.communityStems) });
    const name = `${county.name}${kind === SiteKind.VILLAGE ? town : ''}${local}`;
    if (names.has(name)) continue;
    names.add(name);
    const longTerm = random.chance(0.15);
    const fields = normaliseSite({
      name,
      kind,
      areaCode: county.code,
      address: `山东省${city.name}${county.name}${town}`,
      latitude: round(county.latitude + (random.next() - 0.5) * 0.2, 5),
      longitude: round(county.longitude + (random.next() - 0.5) * 0.2, 5),
      peopleServed: random.int(30, 800),
      contactName: null,
      contactPhone: `0${random.int(530, 546)}-${random.int(2_000_000, 8_999_999)}`,
      longTermBaseSince: longTerm ? `201${random.int(6, 8)}-0${random.int(3, 9)}-01` : null,
      description: null,
    });
    sites.push({ ...fields, id: sites.length + 1 } as Site);
  }
  await insertChunks(manager, Site, sites, advance);
  return sites;
}

/**
 * Two or three sites per unit below the province (a city union's own city's where it has any),
 * and each site's owner: the first unit paired with it.
 */
export async function insertPairings(
  manager: EntityManager,
  random: Random,
  units: UnitRow[],
  sites: Site[],
) {
  const pairings: Partial<Pairing>[] = [];
  for (const unit of units) {
    if (unit.kind === UnitKind.PROVINCE) continue;
    const local = sites.filter((site) => site.cityCode === unit.cityCode);
    const candidates = unit.kind === UnitKind.CITY && local.length > 0 ? local : sites;
    const chosen = random.pickSome(candidates, Math.min(candidates.length, random.int(2, 3)));
    for (const site of chosen) {
      pairings.push({
        unitId: unit.id,
        siteId: site.id,
        kind:
          unit.kind === UnitKind.CITY
            ? PairingKind.BUREAU_PAIRED
            : random.pick([PairingKind.SCHOOL_PAIRED, PairingKind.SELF_PAIRED]),
        startedOn: '2019-03-15',
        endedOn: null,
        status: PairingStatus.ACTIVE,
      });
    }
  }
  await insertChunks(manager, Pairing, pairings);
  // Each site is owned by the first unit that paired with it (as the migration backfills existing
  // rows); a site nobody paired with stays with the province.
  const owned = new Map<number, number[]>();
  for (const site of sites) {
    const first = pairings.find((p) => p.siteId === site.id);
    site.ownerUnitId = first?.unitId ?? null;
    if (first) owned.set(first.unitId!, [...(owned.get(first.unitId!) ?? []), site.id]);
  }
  for (const [unitId, siteIds] of owned) {
    await manager.update(Site, { id: In(siteIds) }, { ownerUnitId: unitId });
  }
}
