import { byIdLoader, type RequestLoaders } from '../../core/loaders';
import { ProjectPost } from '../projects/service-project.entity';
import { ServiceOccasion } from './service-record.entity';

export const serviceOccasionById = (loaders: RequestLoaders) =>
  loaders.get('serviceOccasionById', (ds) => byIdLoader(ds, ServiceOccasion));

export const projectPostById = (loaders: RequestLoaders) =>
  loaders.get('projectPostById', (ds) => byIdLoader(ds, ProjectPost));
