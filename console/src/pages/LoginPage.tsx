import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { SdkError } from '../../../client-sdk/src';
import { FullPageSpin, useSession } from '../auth';
import { describeError, formFieldOf } from '../errors';

interface LoginForm {
  username: string;
  password: string;
}

const FIELDS = ['username', 'password'] as const;

/** The server's refusal in words for the field it names. */
function fieldMessage(error: SdkError, field: (typeof FIELDS)[number]): string {
  if (error.code === 'UNAUTHENTICATED') return '用户名或密码不正确';
  if (error.code === 'BAD_USER_INPUT') return field === 'username' ? '请输入用户名' : '请输入密码';
  return error.message;
}

/** The login page: username and password, the server's answer next to the field it names. */
export default function LoginPage() {
  const { state, signIn } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const wanted = location.state as { from?: string; expired?: boolean } | null;
  const target = wanted?.from && wanted.from !== '/login' ? wanted.from : '/';
  const [form] = Form.useForm<LoginForm>();
  const [submitting, setSubmitting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  /** Signing in is refused until then (LOGIN_THROTTLED), ms since the epoch. */
  const [throttledUntil, setThrottledUntil] = useState<number | null>(null);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    if (throttledUntil === null) return;
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= throttledUntil) setThrottledUntil(null);
    }, 1000);
    return () => clearInterval(timer);
  }, [throttledUntil]);

  if (state.status === 'loading') return <FullPageSpin />;
  if (state.status === 'signedIn' && !submitting) return <Navigate to={target} replace />;

  const waitSeconds = throttledUntil === null ? 0 : Math.max(1, Math.ceil((throttledUntil - now) / 1000));

  const submit = async (values: LoginForm) => {
    setSubmitting(true);
    setProblem(null);
    try {
      await signIn(values.username.trim(), values.password);
      void navigate(target, { replace: true });
    } catch (error) {
      setSubmitting(false);
      if (error instanceof SdkError && error.code === 'LOGIN_THROTTLED') {
        const seconds = Number(error.extensions.retryAfterSeconds) || 60;
        setNow(Date.now());
        setThrottledUntil(Date.now() + seconds * 1000);
        return;
      }
      const field = formFieldOf(error, FIELDS);
      if (field && error instanceof SdkError) {
        form.setFields([{ name: field, errors: [fieldMessage(error, field)] }]);
      } else {
        setProblem(describeError(error));
      }
    }
  };

  return (
    <div
      style={{
        minHeight: '100vh',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: 'linear-gradient(180deg, #f0f2f5 0%, #e6ecf5 100%)',
      }}
    >
      <Card style={{ width: 380 }}>
        <div style={{ textAlign: 'center', marginBottom: 24 }}>
          <img src="/favicon.svg" alt="" width={48} height={48} />
          <Typography.Title level={3} style={{ margin: '12px 0 4px' }}>
            教职工志愿服务平台
          </Typography.Title>
          <Typography.Text type="secondary">助力脱贫攻坚教职工志愿服务 · 登录</Typography.Text>
        </div>
        {wanted?.expired && !problem && throttledUntil === null && (
          <Alert style={{ marginBottom: 16 }} type="info" showIcon title="登录已失效，请重新登录。" />
        )}
        {throttledUntil !== null && (
          <Alert
            data-testid="login-throttled"
            style={{ marginBottom: 16 }}
            type="warning"
            showIcon
            title={`登录失败次数过多，请 ${waitSeconds} 秒后再试。`}
          />
        )}
        {problem && <Alert style={{ marginBottom: 16 }} type="error" showIcon title={problem} />}
        <Form<LoginForm> form={form} name="login" layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item
            label="用户名"
            name="username"
            rules={[{ required: true, whitespace: true, message: '请输入用户名' }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            loading={submitting}
            disabled={throttledUntil !== null}
          >
            登录
          </Button>
        </Form>
      </Card>
    </div>
  );
}
