import { byIdLoader, manyByKeyLoader, type RequestLoaders } from '../../core/loaders';
import { ServiceNeed, type ServiceNeedStatus } from './service-need.entity';

export const serviceNeedById = (loaders: RequestLoaders) =>
  loaders.get('serviceNeedById', (ds) => byIdLoader(ds, ServiceNeed));

export const needsBySiteId = (loaders: RequestLoaders) =>
  loaders.get('needsBySiteId', (ds) => manyByKeyLoader(ds, ServiceNeed, 'siteId'));

export const needsBySiteIdWithStatus = (loaders: RequestLoaders, status: ServiceNeedStatus) =>
  loaders.get(`needsBySiteId:${status}`, (ds) => manyByKeyLoader(ds, ServiceNeed, 'siteId', { status }));
