import { byIdLoader, manyByKeyLoader, type RequestLoaders } from '../../core/loaders';
import { Unit } from './unit.entity';

export const unitById = (loaders: RequestLoaders) => loaders.get('unitById', (ds) => byIdLoader(ds, Unit));

export const unitsByParentId = (loaders: RequestLoaders) =>
  loaders.get('unitsByParentId', (ds) => manyByKeyLoader(ds, Unit, 'parentId'));
