import { Query, Resolver } from 'type-graphql';
import { listServiceCategories, ServiceCategoryInfo } from './service-category';

@Resolver()
export class CodeListResolver {
  @Query(() => [ServiceCategoryInfo], {
    description: 'Our service categories and the national 服务类别 code each maps to in the archive export.',
  })
  serviceCategories(): ServiceCategoryInfo[] {
    return listServiceCategories();
  }
}
