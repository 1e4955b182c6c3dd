import { byIdLoader, manyByKeyLoader, type RequestLoaders } from '../../core/loaders';
import { ServiceNeed } from './service-need.entity';

export const serviceNeedById = (loaders: RequestLoaders) =>
  loaders.get('serviceNeedById', (ds) => byIdLoader(ds, ServiceNeed));

export const needsBySiteId = (loaders: RequestLoaders) =>
  loaders.get('needsBySiteId', (ds) => manyByKeyLoader(ds, ServiceNeed, 'siteId'));
