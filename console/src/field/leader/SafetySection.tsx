import { Alert, Button, Card, Descriptions, Empty, List, Tag, Typography } from 'antd';
import { PhoneOutlined } from '@ant-design/icons';
import { labelOf, VOLUNTEER_ROLE_LABELS } from '../../labels';
import { SAFETY_RULE } from '../../pages/records/area';
import type { SectionProps } from './TeamPage';

/** A number a phone can dial (digits, `-`, `+`), not a masked one. */
function dialable(phone: string): boolean {
  return /^\+?[\d-]+$/.test(phone);
}

/**
 * 安全: the project's 安全责任制与危机预案 as set (the responsible person with a tel: link, the
 * emergency plan, insurance) and the team's members without safety training on record (the API's
 * `safetyTrainedOn` null), each with a tel: link to remind them. The project start guard
 * (PROJECT_NOT_SAFE_TO_START) needs both; the plan is set by the unit's coordinator on the console.
 */
export default function SafetySection({ choice, reload }: SectionProps) {
  const { project, team } = choice;
  const plan = project.safetyPlan;
  const untrained = team.members
    .filter((m) => m.volunteer.safetyTrainedOn === null)
    .sort((a, b) => a.volunteer.name.localeCompare(b.volunteer.name, 'zh-CN'));
  const trained = team.members.length - untrained.length;

  return (
    <div className="leader-section" data-testid="safety">
      <Card
        size="small"
        title="安全培训"
        extra={
          <Tag
            color={untrained.length === 0 ? 'green' : 'orange'}
          >{`已培训 ${trained} / ${team.members.length} 人`}</Tag>
        }
        data-testid="untrained"
      >
        {untrained.length === 0 ? (
          <Typography.Text>{team.name}的成员都已完成安全培训。</Typography.Text>
        ) : (
          <>
            <Alert
              type="warning"
              showIcon
              title={`${untrained.length} 名成员还没有安全培训记录`}
              description={
                project.status === 'PLANNED'
                  ? '他们完成培训、由单位协调员登记后，项目才能开始。'
                  : '请提醒他们参加安全培训，培训由单位协调员登记。'
              }
            />
            <List
              dataSource={untrained}
              renderItem={(m) => (
                <List.Item
                  data-volunteer-id={m.volunteer.id}
                  actions={
                    // A masked number (the API's, for someone the leader may not call) gets no link.
                    dialable(m.volunteer.mobile)
                      ? [
                          <a
                            key="tel"
                            className="leader-tel"
                            href={`tel:${m.volunteer.mobile}`}
                            aria-label={`给 ${m.volunteer.name} 打电话`}
                          >
                            <PhoneOutlined /> {m.volunteer.mobile}
                          </a>,
                        ]
                      : []
                  }
                >
                  <span>
                    <span data-field="name">{m.volunteer.name}</span>{' '}
                    <Typography.Text type="secondary">
                      {labelOf(VOLUNTEER_ROLE_LABELS, m.volunteer.role)}
                    </Typography.Text>
                  </span>
                </List.Item>
              )}
            />
          </>
        )}
      </Card>
      <Card size="small" title="安全责任制与危机预案" data-testid="safety-plan">
        {plan ? (
          <Descriptions column={1} size="small" layout="vertical">
            <Descriptions.Item label="安全责任人">
              <span data-field="responsiblePerson">{plan.responsiblePerson}</span>
            </Descriptions.Item>
            <Descriptions.Item label="责任人电话">
              {plan.responsiblePhone && dialable(plan.responsiblePhone) ? (
                <a className="leader-tel" href={`tel:${plan.responsiblePhone}`} data-field="responsiblePhone">
                  <PhoneOutlined /> {plan.responsiblePhone}
                </a>
              ) : (
                <Typography.Text type="secondary">{plan.responsiblePhone ?? '不可见'}</Typography.Text>
              )}
            </Descriptions.Item>
            <Descriptions.Item label="危机预案">
              <Typography.Paragraph className="leader-text" data-field="emergencyPlan">
                {plan.emergencyPlan}
              </Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label="志愿者保险">
              <span data-field="insured">
                {plan.insured ? <Tag color="green">已购买</Tag> : <Tag color="orange">未购买</Tag>}
                {plan.insuranceNote}
              </span>
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Empty
            data-testid="no-plan"
            description="这个项目还没有制定安全责任制与危机预案。请联系单位协调员在电脑版“服务记录 › 服务项目”中制定；没有预案，项目不能开始。"
          />
        )}
      </Card>
      <Typography.Paragraph type="secondary">{SAFETY_RULE}</Typography.Paragraph>
      <Button block size="large" onClick={reload}>
        刷新
      </Button>
    </div>
  );
}
