import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Drawer, Form, Input, Typography } from 'antd';
import { SdkError } from '../../../../client-sdk/src';
import { useSession, useSignedIn } from '../../auth';
import { describeError } from '../../errors';

/** The API's password rule (accounts/password.ts PASSWORD_MIN_LENGTH). */
const MIN_LENGTH = 10;

interface Values {
  currentPassword: string;
  newPassword: string;
  again: string;
}

/**
 * 修改密码: the current password and the new one twice. The API ends every session of the account
 * when the password changes (a lost phone is signed out too), this one included: afterwards the
 * page goes to the login page to sign in with the new password.
 */
export default function PasswordSheet({ open, onClose }: { open: boolean; onClose(): void }) {
  const { client } = useSignedIn();
  const { signOut } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (open) {
      form.resetFields();
      setProblem(null);
    }
  }, [open, form]);

  const save = async ({ currentPassword, newPassword }: Values) => {
    setSaving(true);
    setProblem(null);
    try {
      await client.call('changePassword', { currentPassword, newPassword });
    } catch (error) {
      setSaving(false);
      if (error instanceof SdkError && error.field === 'currentPassword') {
        form.setFields([{ name: 'currentPassword', errors: ['当前密码不对'] }]);
      } else if (error instanceof SdkError && error.field === 'newPassword') {
        const text = /differ/.test(error.message)
          ? '新密码不能与当前密码相同'
          : `新密码须为 ${MIN_LENGTH}–200 个字符`;
        form.setFields([{ name: 'newPassword', errors: [text] }]);
      } else {
        setProblem(describeError(error));
      }
      return;
    }
    message.success('密码已修改，请用新密码重新登录');
    // The session ended with the change; signing out only tidies up the page's state.
    await signOut().catch(() => undefined);
    void navigate('/login', { replace: true });
  };

  return (
    <Drawer
      open={open}
      placement="bottom"
      size="auto"
      closable={false}
      rootClassName="vol-sheet"
      title="修改密码"
      onClose={() => !saving && onClose()}
      forceRender
      footer={
        <div className="vol-pair">
          <Button size="large" disabled={saving} onClick={onClose}>
            取消
          </Button>
          <Button size="large" type="primary" loading={saving} onClick={() => form.submit()}>
            修改
          </Button>
        </div>
      }
    >
      <Typography.Paragraph type="secondary">
        修改后，这个账号在所有手机和电脑上都要用新密码重新登录。
      </Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} />}
      <Form form={form} name="password" layout="vertical" onFinish={(v) => void save(v)}>
        <Form.Item
          label="当前密码"
          name="currentPassword"
          rules={[{ required: true, message: '请输入当前密码' }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label="新密码"
          name="newPassword"
          rules={[
            { required: true, message: '请输入新密码' },
            { min: MIN_LENGTH, message: `新密码至少 ${MIN_LENGTH} 个字符` },
            { max: 200, message: '新密码最多 200 个字符' },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label="再输入一次新密码"
          name="again"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: '请再输入一次新密码' },
            ({ getFieldValue }) => ({
              validator: (_, value: string | undefined) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error('两次输入的新密码不一样')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
