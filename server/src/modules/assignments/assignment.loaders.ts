import { manyByKeyLoader, type RequestLoaders } from '../../core/loaders';
import { Assignment } from './assignment.entity';

export const assignmentsByNeedId = (loaders: RequestLoaders) =>
  loaders.get('assignmentsByNeedId', (ds) => manyByKeyLoader(ds, Assignment, 'needId'));

export const assignmentsByVolunteerId = (loaders: RequestLoaders) =>
  loaders.get('assignmentsByVolunteerId', (ds) => manyByKeyLoader(ds, Assignment, 'volunteerId'));
