import { byIdLoader, manyByKeyLoader, type RequestLoaders } from '../../core/loaders';
import { ServiceTeam, ServiceTeamMember } from './service-team.entity';

export const serviceTeamById = (loaders: RequestLoaders) =>
  loaders.get('serviceTeamById', (ds) => byIdLoader(ds, ServiceTeam));

export const membersByTeamId = (loaders: RequestLoaders) =>
  loaders.get('membersByTeamId', (ds) => manyByKeyLoader(ds, ServiceTeamMember, 'teamId'));

export const membershipsByVolunteerId = (loaders: RequestLoaders) =>
  loaders.get('membershipsByVolunteerId', (ds) => manyByKeyLoader(ds, ServiceTeamMember, 'volunteerId'));
