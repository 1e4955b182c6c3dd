import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { Alert, Button, Card, Descriptions, Empty, List, Spin, Tag, Typography } from 'antd';
import { LeftOutlined } from '@ant-design/icons';
import { useSignedIn } from '../../auth';
import { formatChinaTime } from '../../china-time';
import { describeError } from '../../errors';
import {
  FieldSiteNeedDocument,
  type FieldSiteAssignmentFragment,
  type FieldSiteNeedFragment,
} from '../../graphql/generated';
import {
  ASSIGNMENT_STATUS_LABELS,
  BENEFICIARY_GROUP_LABELS,
  labelOf,
  SERVICE_CATEGORY_LABELS,
  SERVICE_NEED_STATUS_LABELS,
} from '../../labels';
import { isSignedOutError } from '../../session';
import { ASSIGNMENT_STATUS_COLORS, formatWindow, sortAssignments } from './rules';

/**
 * One need of the site and the people put forward for it, as the API lets a site contact read
 * them: each assignment's state and dates, never who the volunteer is (the API gives `volunteer:
 * null` to a site contact; a name is shown only if the API ever gives one).
 */
export default function NeedDetail() {
  const { needId = '' } = useParams();
  const navigate = useNavigate();
  const { client, expired } = useSignedIn();
  const [need, setNeed] = useState<FieldSiteNeedFragment | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    client
      .request(FieldSiteNeedDocument, { id: needId })
      .then((data) => current && setNeed(data.serviceNeed))
      .catch((error: unknown) => {
        if (!current) return;
        if (isSignedOutError(error)) expired();
        else setProblem(describeError(error));
      });
    return () => {
      current = false;
    };
  }, [client, expired, needId]);

  const back = (
    <Button type="link" icon={<LeftOutlined />} className="site-back" onClick={() => navigate('/field/site')}>
      全部需求
    </Button>
  );
  if (problem)
    return (
      <div className="site-page">
        {back}
        <Alert type="error" showIcon title={problem} />
      </div>
    );
  if (need === undefined) return <Spin style={{ display: 'block', margin: '48px auto' }} />;
  if (need === null) {
    return (
      <div className="site-page">
        {back}
        <Empty description="找不到这条需求，可能已被删除或不属于本帮扶点。" />
      </div>
    );
  }

  const assignments = sortAssignments(need.assignments);
  const masked = assignments.some((a) => a.volunteer === null);
  return (
    <div className="site-page" data-testid="need-detail" data-need-id={need.id}>
      {back}
      <Card size="small" className="site-card">
        <div className="site-card-head">
          <Typography.Text strong className="site-wrap">
            {need.title}
          </Typography.Text>
          <Tag color={need.status === 'OPEN' ? 'blue' : undefined}>
            {labelOf(SERVICE_NEED_STATUS_LABELS, need.status)}
          </Tag>
        </div>
        <Typography.Text type="secondary">
          {formatWindow(need.startsAt, need.endsAt, formatChinaTime)}（北京时间）
        </Typography.Text>
        <Typography.Text data-field="places">
          已确认 {need.confirmedCount} / {need.headcount} 人{need.servedByTeam ? '（整队服务）' : ''}
        </Typography.Text>
      </Card>
      <Card size="small" title="人员安排" className="site-card">
        {masked && (
          <Alert
            type="info"
            showIcon
            title="志愿者的姓名和联系方式只有派出单位能看到；这里显示每位人选的进展。需要联系时，请找派出单位的协调员或服务队负责人。"
          />
        )}
        {assignments.length === 0 ? (
          <Empty
            description={
              need.status === 'OPEN'
                ? '还没有安排人员。结对单位的协调员为这条需求推荐志愿者后，会显示在这里。'
                : '这条需求没有人员安排。'
            }
          />
        ) : (
          <List
            data-testid="assignments"
            dataSource={assignments}
            renderItem={(a, i) => <AssignmentItem assignment={a} index={i} />}
          />
        )}
      </Card>
      <Card size="small" title="需求详情">
        <Descriptions column={1} size="small">
          <Descriptions.Item label="服务类别">
            {labelOf(SERVICE_CATEGORY_LABELS, need.category)}
          </Descriptions.Item>
          {need.requiredSkills.length > 0 && (
            <Descriptions.Item label="所需技能">{need.requiredSkills.join('、')}</Descriptions.Item>
          )}
          {need.beneficiaryGroups.length > 0 && (
            <Descriptions.Item label="服务对象">
              {need.beneficiaryGroups.map((g) => labelOf(BENEFICIARY_GROUP_LABELS, g)).join('、')}
              {need.beneficiaryCount > 0 ? `，约 ${need.beneficiaryCount} 人` : ''}
            </Descriptions.Item>
          )}
          <Descriptions.Item label="发布">{need.postedByUnit?.name ?? '本帮扶点'}</Descriptions.Item>
          {need.description && (
            <Descriptions.Item label="说明">
              <span className="site-text">{need.description}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
    </div>
  );
}

function AssignmentItem({
  assignment: a,
  index,
}: {
  assignment: FieldSiteAssignmentFragment;
  index: number;
}) {
  const steps: [string, string | null][] = [
    ['推荐', a.proposedAt],
    ['确认', a.confirmedAt],
    [a.status === 'DECLINED' ? '婉拒' : '接受', a.respondedAt],
    ['撤回', a.cancelledAt],
  ];
  const reason = a.status === 'DECLINED' ? a.declineReason : a.status === 'CANCELLED' ? a.cancelReason : null;
  return (
    <List.Item data-testid="assignment" data-assignment-id={a.id} data-status={a.status}>
      <div className="site-assignment">
        <div className="site-card-head">
          <Typography.Text strong data-field="volunteer">
            {a.volunteer?.name ?? `志愿者 ${index + 1}`}
          </Typography.Text>
          <Tag color={ASSIGNMENT_STATUS_COLORS[a.status]} data-field="status">
            {labelOf(ASSIGNMENT_STATUS_LABELS, a.status)}
          </Tag>
        </div>
        <Typography.Text type="secondary">
          {steps
            .filter(([, at]) => at)
            .map(([what, at]) => `${what} ${formatChinaTime(at!)}`)
            .join(' · ')}
        </Typography.Text>
        {reason && <Typography.Text type="secondary">原因：{reason}</Typography.Text>}
      </div>
    </List.Item>
  );
}
