import { byIdLoader, manyByKeyLoader, type RequestLoaders } from '../../core/loaders';
import { Volunteer, VolunteerAvailability } from './volunteer.entity';

export const volunteerById = (loaders: RequestLoaders) =>
  loaders.get('volunteerById', (ds) => byIdLoader(ds, Volunteer));

export const availabilityByVolunteerId = (loaders: RequestLoaders) =>
  loaders.get('availabilityByVolunteerId', (ds) => manyByKeyLoader(ds, VolunteerAvailability, 'volunteerId'));
