import { toJson, topic, type EntityJson } from '../../core/pubsub';
import type { ServiceRecord } from './service-record.entity';

/** A record approved or rejected; its status says which. */
export interface ServiceRecordReviewedEvent {
  record: EntityJson;
}

export const SERVICE_RECORD_REVIEWED = topic<ServiceRecordReviewedEvent>('SERVICE_RECORD_REVIEWED');

export function serviceRecordReviewedEvent(record: ServiceRecord): ServiceRecordReviewedEvent {
  return { record: toJson(record) };
}
