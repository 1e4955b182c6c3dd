import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import {
  ApartmentOutlined,
  AuditOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FileSearchOutlined,
  NodeIndexOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { fieldTabsFor } from './field/tabs';

export interface Screen {
  path: string;
  /** The name in the side navigation. */
  label: string;
  icon: ReactNode;
  /** Loaded when first opened: each screen is a chunk of its own. */
  component: LazyExoticComponent<ComponentType>;
  /** The roles the navigation shows it to; every role when absent. */
  roles?: readonly string[];
}

const COORDINATION = ['UNIT_COORDINATOR', 'PROVINCIAL_ADMIN'] as const;

/** The screens, in the navigation's order. */
export const SCREENS: readonly Screen[] = [
  {
    path: '/dashboard',
    label: '工作台',
    icon: <DashboardOutlined />,
    component: lazy(() => import('./pages/dashboard/Dashboard')),
    roles: COORDINATION,
  },
  {
    path: '/volunteers',
    label: '志愿者',
    icon: <UserOutlined />,
    component: lazy(() => import('./pages/volunteers/VolunteerRoster')),
    roles: COORDINATION,
  },
  {
    path: '/teams',
    label: '服务队',
    icon: <ApartmentOutlined />,
    component: lazy(() => import('./pages/teams/TeamsPage')),
    roles: [...COORDINATION, 'TEAM_LEADER'],
  },
  {
    path: '/sites',
    label: '结对帮扶点',
    icon: <EnvironmentOutlined />,
    component: lazy(() => import('./pages/sites/SitesPage')),
    roles: [...COORDINATION, 'SITE_CONTACT'],
  },
  {
    path: '/needs',
    label: '服务需求',
    icon: <FileSearchOutlined />,
    component: lazy(() => import('./pages/needs/NeedsBoard')),
  },
  {
    path: '/matching',
    label: '匹配',
    icon: <NodeIndexOutlined />,
    component: lazy(() => import('./pages/matching/MatchingPage')),
    roles: COORDINATION,
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

/** A phone-sized window (the phone pages' layout is made for these). */
export function isPhoneSized(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(max-width: 767px)').matches;
}

/**
 * Where `/` and a fresh sign-in take this role: a volunteer to the phone pages always (their work
 * is in the field); a team leader or site contact there on a phone, else to the console's first
 * screen; coordinators to the console's first screen.
 */
export function homeFor(role: string, phone = isPhoneSized()): string {
  const field = fieldTabsFor(role);
  if (field.length > 0 && (role === 'VOLUNTEER' || phone)) return field[0]!.path;
  return screensFor(role)[0]?.path ?? '/needs';
}
