import type { DataSource } from 'typeorm';
import { RequestLoaders } from './loaders';

/** What every resolver receives. Built fresh for each request (and each subscription). */
export interface Context {
  dataSource: DataSource;
  loaders: RequestLoaders;
}

export function createContext(dataSource: DataSource): Context {
  return { dataSource, loaders: new RequestLoaders(dataSource) };
}
