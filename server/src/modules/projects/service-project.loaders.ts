import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { byIdLoader, manyByKeyLoader, type RequestLoaders } from '../../core/loaders';
import { ServiceNeed } from '../needs/service-need.entity';
import { ProjectPost, ServiceProject, ServiceProjectNeed } from './service-project.entity';

export const serviceProjectById = (loaders: RequestLoaders) =>
  loaders.get('serviceProjectById', (ds) => byIdLoader(ds, ServiceProject));

export const postsByProjectId = (loaders: RequestLoaders) =>
  loaders.get('postsByProjectId', (ds) => manyByKeyLoader(ds, ProjectPost, 'projectId'));

export const projectsByTeamId = (loaders: RequestLoaders) =>
  loaders.get('projectsByTeamId', (ds) => manyByKeyLoader(ds, ServiceProject, 'teamId'));

/** The needs each project serves, through the link table, in one query per batch. */
export const needsByProjectId = (loaders: RequestLoaders) =>
  loaders.get(
    'needsByProjectId',
    (ds) =>
      new DataLoader<number, ServiceNeed[]>(async (projectIds) => {
        const links = await ds.getRepository(ServiceProjectNeed).find({
          where: { projectId: In([...projectIds]) },
          relations: { need: true },
          order: { needId: 'ASC' },
        });
        const groups = new Map<number, ServiceNeed[]>(projectIds.map((id) => [id, []]));
        for (const link of links) if (link.need) groups.get(link.projectId)?.push(link.need);
        return projectIds.map((id) => groups.get(id) ?? []);
      }),
  );

export const projectsBySiteId = (loaders: RequestLoaders) =>
  loaders.get('projectsBySiteId', (ds) => manyByKeyLoader(ds, ServiceProject, 'siteId'));
