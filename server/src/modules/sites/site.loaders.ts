import { byIdLoader, manyByKeyLoader, type RequestLoaders } from '../../core/loaders';
import { Pairing, Site } from './site.entity';

export const siteById = (loaders: RequestLoaders) => loaders.get('siteById', (ds) => byIdLoader(ds, Site));

export const pairingsBySiteId = (loaders: RequestLoaders) =>
  loaders.get('pairingsBySiteId', (ds) => manyByKeyLoader(ds, Pairing, 'siteId'));

export const pairingsByUnitId = (loaders: RequestLoaders) =>
  loaders.get('pairingsByUnitId', (ds) => manyByKeyLoader(ds, Pairing, 'unitId'));
