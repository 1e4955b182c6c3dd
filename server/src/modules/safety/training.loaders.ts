import { manyByKeyLoader, type RequestLoaders } from '../../core/loaders';
import { TrainingAttendance } from './safety.entity';

export const attendancesByTrainingId = (loaders: RequestLoaders) =>
  loaders.get('attendancesByTrainingId', (ds) => manyByKeyLoader(ds, TrainingAttendance, 'trainingId'));
