import { IsNull, type EntityManager } from 'typeorm';
import { toJson, topic, type EntityJson } from '../../core/pubsub';
import { Pairing, PairingStatus, Site } from '../sites/site.entity';
import type { ServiceNeed } from './service-need.entity';

/**
 * A need as it was when the event happened, with what subscription filters ask about its site,
 * read in the writing transaction so a thousand subscribers filter without touching the database.
 */
export interface ServiceNeedEvent {
  need: EntityJson;
  cityCode: string;
  areaCode: string;
  /** Units with an approved, live pairing with the need's site. */
  pairedUnitIds: number[];
  /** The unit that owns the need's site; null when the province does. */
  ownerUnitId: number | null;
}

/** A site posted a new service need (服务需求). */
export const SERVICE_NEED_POSTED = topic<ServiceNeedEvent>('SERVICE_NEED_POSTED');
/** A need's last place was taken: it turned FILLED. */
export const SERVICE_NEED_FILLED = topic<ServiceNeedEvent>('SERVICE_NEED_FILLED');

/** The event of a need, read inside the transaction that changed it (SQL only). */
export async function serviceNeedEvent(manager: EntityManager, need: ServiceNeed): Promise<ServiceNeedEvent> {
  const site = await manager.getRepository(Site).findOneOrFail({
    select: { id: true, cityCode: true, areaCode: true, ownerUnitId: true },
    where: { id: need.siteId },
  });
  const pairings = await manager.getRepository(Pairing).find({
    select: { id: true, unitId: true },
    where: { siteId: need.siteId, endedOn: IsNull(), status: PairingStatus.ACTIVE },
  });
  return {
    need: toJson(need),
    cityCode: site.cityCode,
    areaCode: site.areaCode,
    pairedUnitIds: [...new Set(pairings.map((p) => p.unitId))],
    ownerUnitId: site.ownerUnitId,
  };
}
