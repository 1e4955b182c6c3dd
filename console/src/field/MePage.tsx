import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Card, Descriptions, Spin, Statistic, Tag, Typography } from 'antd';
import { useSession, useSignedIn } from '../auth';
import { describeError } from '../errors';
import {
  FieldVolunteerMeDocument,
  FieldVolunteerMeTotalsDocument,
  type FieldVolunteerMeQuery,
  type FieldVolunteerMeTotalsQuery,
} from '../graphql/generated';
import { labelOf, ROLE_LABELS, TRAINING_TOPIC_LABELS } from '../labels';
import { formatHours } from '../pages/records/rules';
import { isSignedOutError } from '../session';
import { readOutbox, useOutbox } from './outbox';
import MeAvailability from './volunteer/MeAvailability';
import MeProfile from './volunteer/MeProfile';
import PasswordSheet from './volunteer/PasswordSheet';
import './volunteer/volunteer.css';

/**
 * 我的 (/field/me): for a volunteer (and a team leader, who is one) their approved hours and 人次
 * so far (serviceTotals over their own records: approved only, as the API counts them), their
 * profile with what they may change themselves (mobile, title, skills, subjects, service
 * categories, availability: the API's SELF_EDITABLE_FIELDS), their trainings; for everyone the
 * account, 修改密码 and 退出登录. Two requests: the account with the volunteer, then totals and
 * trainings.
 */
export default function MePage() {
  const { session, client, expired } = useSignedIn();
  const { signOut } = useSession();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const [me, setMe] = useState<FieldVolunteerMeQuery['me'] | null>(null);
  const [totals, setTotals] = useState<FieldVolunteerMeTotalsQuery | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [changingPassword, setChangingPassword] = useState(false);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  useOutbox(client, session.account.id, expired);

  useEffect(() => {
    let current = true;
    (async () => {
      const { me: account } = await client.request(FieldVolunteerMeDocument, {});
      if (!current) return;
      setMe(account);
      if (account.volunteerId) {
        const read = await client.request(FieldVolunteerMeTotalsDocument, {
          volunteerId: account.volunteerId,
        });
        if (current) setTotals(read);
      }
      if (current) setProblem(null);
    })().catch((error: unknown) => {
      if (!current) return;
      if (isSignedOutError(error)) expired();
      else setProblem(describeError(error));
    });
    return () => {
      current = false;
    };
  }, [client, expired, attempt]);

  const leave = async () => {
    try {
      await signOut();
    } finally {
      void navigate('/login', { replace: true });
    }
  };
  const askToLeave = () => {
    const waiting = readOutbox(session.account.id).length;
    if (waiting === 0) return void leave();
    modal.confirm({
      title: '还有记录没有发出',
      content: `${waiting} 条服务记录还保存在这部手机上。退出后它们仍保留，下次用这个账号登录时自动发送。`,
      okText: '退出登录',
      okButtonProps: { size: 'large' },
      cancelText: '取消',
      cancelButtonProps: { size: 'large' },
      onOk: leave,
    });
  };

  if (problem && !me) {
    return (
      <div className="vol">
        <Alert
          type="error"
          showIcon
          title="没有读到你的信息"
          description={problem}
          action={<Button onClick={reload}>重试</Button>}
        />
        <Button size="large" block danger onClick={askToLeave}>
          退出登录
        </Button>
      </div>
    );
  }
  if (!me) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  const volunteer = me.volunteer;
  const total = totals?.serviceTotals.find((t) => t.key === volunteer?.id) ?? null;

  return (
    <div className="vol" data-testid="me">
      {problem && <Alert type="warning" showIcon title={`刷新失败：${problem}`} />}
      <Card size="small" className="vol-card" data-testid="account">
        <Descriptions column={1} size="small">
          <Descriptions.Item label="姓名">{me.displayName}</Descriptions.Item>
          <Descriptions.Item label="账号">{me.username}</Descriptions.Item>
          <Descriptions.Item label="身份">{labelOf(ROLE_LABELS, me.role)}</Descriptions.Item>
          {me.site && <Descriptions.Item label="帮扶点">{me.site.name}</Descriptions.Item>}
          {volunteer && <Descriptions.Item label="单位">{volunteer.unit.name}</Descriptions.Item>}
        </Descriptions>
      </Card>

      {volunteer && (
        <>
          <Card size="small" className="vol-card" title="我的服务" data-testid="totals">
            <div className="vol-pair">
              <div data-testid="total-hours">
                <Statistic title="服务时长（小时）" value={total ? formatHours(total.hours) : '0'} />
              </div>
              <div data-testid="total-times">
                <Statistic title="服务人次" value={total?.personTimes ?? 0} />
              </div>
            </div>
            <Typography.Text type="secondary">
              只计服务队负责人审核通过的记录（共 {total?.records ?? 0} 条）；待审核的记录通过后计入。
            </Typography.Text>
          </Card>
          <MeProfile volunteer={volunteer} onSaved={reload} />
          <MeAvailability volunteer={volunteer} onSaved={reload} />
          <Card size="small" className="vol-card" title="我的培训" data-testid="trainings">
            <Typography.Paragraph>
              安全培训：
              {volunteer.safetyTrainedOn ? (
                <Tag color="green">已培训（{volunteer.safetyTrainedOn}）</Tag>
              ) : (
                <Tag color="warning">未培训</Tag>
              )}
              {!volunteer.safetyTrainedOn && '参加安全培训后才能参加服务，请留意单位的培训通知。'}
            </Typography.Paragraph>
            {totals && totals.trainingRecords.edges.length === 0 && (
              <Typography.Text type="secondary">
                还没有培训记录。单位组织培训并登记后会显示在这里。
              </Typography.Text>
            )}
            {totals?.trainingRecords.edges.map(({ node }) => (
              <div key={node.id} className="vol-training">
                <Typography.Text strong>{node.topic}</Typography.Text>
                <Typography.Text type="secondary">
                  {node.heldOn} · {formatHours(node.hours)} 小时 · 培训人 {node.trainer}
                </Typography.Text>
                <span>
                  {node.covers.map((c) => (
                    <Tag key={c}>{labelOf(TRAINING_TOPIC_LABELS, c)}</Tag>
                  ))}
                </span>
              </div>
            ))}
          </Card>
        </>
      )}

      <Button size="large" block data-action="change-password" onClick={() => setChangingPassword(true)}>
        修改密码
      </Button>
      <Button size="large" block danger data-action="sign-out" onClick={askToLeave}>
        退出登录
      </Button>
      <PasswordSheet open={changingPassword} onClose={() => setChangingPassword(false)} />
    </div>
  );
}
