import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { App, Button, Layout, Menu, Select, Space, Spin, Typography, theme } from 'antd';
import { LogoutOutlined, MobileOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { useSession, useSignedIn } from '../auth';
import { describeError } from '../errors';
import { fieldTabsFor, worksInTheField } from '../field/tabs';
import { labelOf, ROLE_LABELS } from '../labels';
import { SCREENS, screensFor } from '../screens';
import { useWorkingUnit } from '../working-unit';

/**
 * The frame of every signed-in screen, in Ant Design Pro's pattern (side navigation, header with the
 * signed-in person): built from antd's Layout and Menu, since @ant-design/pro-components does not
 * support antd 6 (its peer range is antd ^4 || ^5).
 */
export default function ConsoleLayout() {
  const { session } = useSignedIn();
  const { signOut } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const { token } = theme.useToken();
  const selected = SCREENS.find(
    (s) => location.pathname === s.path || location.pathname.startsWith(`${s.path}/`),
  );
  const { account } = session;
  const working = useWorkingUnit();

  const leave = async () => {
    setLeaving(true);
    try {
      await signOut();
      void navigate('/login', { replace: true });
    } catch (error) {
      message.error(`退出登录未成功：${describeError(error)}`);
      setLeaving(false);
    }
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={208} theme="dark">
        <div
          style={{
            height: 56,
            display: 'flex',
            alignItems: 'center',
            gap: 8,
            padding: '0 20px',
            color: '#fff',
            fontWeight: 600,
            whiteSpace: 'nowrap',
            overflow: 'hidden',
          }}
        >
          <img src="/favicon.svg" alt="" width={24} height={24} />
          {!collapsed && <span>教职工志愿服务平台</span>}
        </div>
        <Menu
          theme="dark"
          mode="inline"
          aria-label="主导航"
          selectedKeys={selected ? [selected.path] : []}
          items={screensFor(account.role).map((s) => ({ key: s.path, icon: s.icon, label: s.label }))}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <Typography.Title level={4} style={{ margin: 0 }}>
            {selected?.label ?? ''}
          </Typography.Title>
          <Space size="large" data-testid="signed-in">
            <Space size={4}>
              <UserOutlined />
              <span data-testid="account-name">{account.displayName}</span>
              <Typography.Text type="secondary">（{labelOf(ROLE_LABELS, account.role)}）</Typography.Text>
            </Space>
            {working.units.length > 1 ? (
              <Space size={4}>
                <TeamOutlined />
                <Select
                  id="working-unit"
                  aria-label="当前单位"
                  data-testid="working-unit"
                  value={working.unitId}
                  onChange={(unitId: string) => {
                    working.choose(unitId);
                    // The screen starts over for the other unit: no filter, draft or open item of the last one.
                    if (selected) void navigate(selected.path);
                  }}
                  options={working.units.map((u) => ({ value: u.id, label: u.name }))}
                  popupMatchSelectWidth={false}
                  style={{ minWidth: 180 }}
                />
              </Space>
            ) : (
              working.unitName && (
                <Space size={4}>
                  <TeamOutlined />
                  <span data-testid="account-unit">{working.unitName}</span>
                </Space>
              )
            )}
            {worksInTheField(account.role) && (
              <Button icon={<MobileOutlined />} onClick={() => navigate(fieldTabsFor(account.role)[0]!.path)}>
                手机页面
              </Button>
            )}
            <Button icon={<LogoutOutlined />} onClick={leave} loading={leaving}>
              退出登录
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Suspense fallback={<Spin style={{ display: 'block', marginTop: 96 }} size="large" />}>
            <Outlet key={working.unitId ?? ''} />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
