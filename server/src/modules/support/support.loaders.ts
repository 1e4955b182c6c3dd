import DataLoader from 'dataloader';
import { In, IsNull } from 'typeorm';
import type { RequestLoaders } from '../../core/loaders';
import { SupportEntry } from './support-entry.entity';

/** The lines of each project that still count (not voided), in id order. */
export const liveSupportEntriesByProjectId = (loaders: RequestLoaders) =>
  loaders.get(
    'liveSupportEntriesByProjectId',
    (ds) =>
      new DataLoader<number, SupportEntry[]>(async (projectIds) => {
        const rows = await ds.getRepository(SupportEntry).find({
          where: { projectId: In([...projectIds]), voidedAt: IsNull() },
          order: { id: 'ASC' },
        });
        const groups = new Map<number, SupportEntry[]>(projectIds.map((id) => [id, []]));
        for (const row of rows) groups.get(row.projectId)?.push(row);
        return projectIds.map((id) => groups.get(id) ?? []);
      }),
  );
