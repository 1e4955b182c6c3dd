import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { AuditOutlined, FileSearchOutlined } from '@ant-design/icons';

export interface Screen {
  path: string;
  /** The name in the side navigation (工作台, 志愿者, 服务队, 结对帮扶点, 服务需求, 匹配, 服务记录). */
  label: string;
  icon: ReactNode;
  /** Loaded when first opened: each screen is a chunk of its own. */
  component: LazyExoticComponent<ComponentType>;
  /** The roles the navigation shows it to; every role when absent. */
  roles?: readonly string[];
}

/**
 * The screens that work, in the navigation's order. Only real screens belong here: the others
 * (工作台, 志愿者, 服务队, 结对帮扶点, 匹配) are added as they are built.
 */
export const SCREENS: readonly Screen[] = [
  {
    path: '/needs',
    label: '服务需求',
    icon: <FileSearchOutlined />,
    component: lazy(() => import('./pages/needs/NeedsBoard')),
  },
  {
    path: '/records',
    label: '服务记录',
    icon: <AuditOutlined />,
    component: lazy(() => import('./pages/records/RecordsQueue')),
    // Those who approve service records (the team's leader, the unit's coordinator, the province).
    // Others who open /records see what the API lets them read, without the actions.
    roles: ['UNIT_COORDINATOR', 'TEAM_LEADER', 'PROVINCIAL_ADMIN'],
  },
];

/** The screens the navigation shows to this role. */
export function screensFor(role: string): readonly Screen[] {
  return SCREENS.filter((s) => !s.roles || s.roles.includes(role));
}

/** Where `/` and a fresh sign-in go. */
export const HOME = SCREENS[0]!.path;
