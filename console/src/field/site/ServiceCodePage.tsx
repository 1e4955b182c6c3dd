import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, Card, Empty, Form, Input, Segmented, Select, Spin, Typography } from 'antd';
import { SdkError } from '../../../../client-sdk/src';
import { useSignedIn } from '../../auth';
import { chinaDate } from '../../china-time';
import { describeError, formFieldOf } from '../../errors';
import { FieldSiteProjectsDocument, type FieldSiteProjectFragment } from '../../graphql/generated';
import { isSignedOutError } from '../../session';
import CodeCard from './CodeCard';
import { projectsOn, recalledCode, rememberCode, type IssuedCode, SELECT_POPUP } from './rules';
import { useSite, WithSite, type SiteInfo } from './useSite';
import './site.css';

/** How long a code works, in minutes (the API takes 5–1440; 240 is its default). */
const VALIDITY = [
  { value: 60, label: '1 小时' },
  { value: 120, label: '2 小时' },
  { value: 240, label: '4 小时' },
  { value: 480, label: '8 小时' },
];

const FIELDS = ['projectId', 'date', 'validForMinutes'] as const;
type Field = (typeof FIELDS)[number];

/** The API's refusals of issueServiceCode in Chinese, under the field they name. */
function codeRefusal(error: SdkError): string {
  const runs = /the project runs (\S+) – (\S+)/.exec(error.message);
  if (runs) return `这个项目的服务日期是 ${runs[1]} 至 ${runs[2]}，请选这期间的日期`;
  if (/on the day of the service/.test(error.message)) return '服务码在服务当天签发，不能选以后的日期';
  if (error.code === 'FORBIDDEN') return '只有项目所在帮扶点的联系人可以签发服务码';
  return error.message;
}

/**
 * 服务码 (/field/code): the site contact issues the one-time code for a project's activity on a day
 * (today in China by default) and shows it to the volunteers present, in large characters and as a
 * QR code that opens the volunteer's 确认到场 page; issuing again replaces it.
 */
export default function ServiceCodePage() {
  const state = useSite();
  return <WithSite state={state}>{(site) => <CodeIssuer site={site} />}</WithSite>;
}

function CodeIssuer({ site }: { site: SiteInfo }) {
  const { session, client, expired } = useSignedIn();
  const { modal } = App.useApp();
  const accountId = session.account.id;
  const [projects, setProjects] = useState<FieldSiteProjectFragment[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [date, setDate] = useState(() => chinaDate());
  const [projectId, setProjectId] = useState<string | null>(null);
  const [minutes, setMinutes] = useState(240);
  const [issued, setIssued] = useState<IssuedCode | null>(null);
  const [sending, setSending] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  useEffect(() => {
    let current = true;
    client
      .request(FieldSiteProjectsDocument, { siteId: site.id })
      .then((data) => current && setProjects(data.serviceProjects.edges.map((e) => e.node)))
      .catch((error: unknown) => {
        if (!current) return;
        if (isSignedOutError(error)) expired();
        else setProblem(describeError(error));
      });
    return () => {
      current = false;
    };
  }, [client, expired, site.id]);

  const choices = useMemo(() => (projects ? projectsOn(projects, date) : []), [projects, date]);
  const project = choices.find((p) => p.id === projectId) ?? choices[0] ?? null;

  // The code already issued for this project and day, kept by this tab until it expires.
  useEffect(() => {
    setIssued(project ? recalledCode(accountId, project.id, date) : null);
  }, [accountId, project, date]);

  const issue = async () => {
    if (!project) return;
    setSending(true);
    setErrors({});
    setProblem(null);
    try {
      const result = await client.call('issueServiceCode', {
        projectId: project.id,
        date,
        validForMinutes: minutes,
      });
      const fresh = { code: result.code, expiresAt: result.expiresAt };
      rememberCode(accountId, project.id, date, fresh);
      setIssued(fresh);
      // The code is shown at the top: bring it into view to be read out or scanned.
      window.scrollTo(0, 0);
    } catch (error) {
      if (isSignedOutError(error)) return expired();
      const field = formFieldOf(error, FIELDS);
      if (field && error instanceof SdkError) setErrors({ [field]: codeRefusal(error) });
      else setProblem(describeError(error));
    } finally {
      setSending(false);
    }
  };

  const reissue = () =>
    modal.confirm({
      title: '重新生成服务码？',
      content: '新服务码生成后，旧的立即失效：还没确认到场的志愿者要用新的服务码。',
      okText: '重新生成',
      cancelText: '取消',
      onOk: issue,
    });

  if (!projects && !problem) return <Spin style={{ display: 'block', margin: '48px auto' }} />;

  return (
    <div className="site-page">
      {problem && <Alert type="error" showIcon title={problem} />}
      {issued && project && <CodeCard issued={issued} project={project} date={date} />}
      <Card size="small" title={issued ? '重新生成' : '生成服务码'}>
        <Form layout="vertical" className="site-form" component="div">
          <Form.Item
            label="服务日期"
            validateStatus={errors.date ? 'error' : undefined}
            help={errors.date}
            extra="默认今天（北京时间）；补发以前某天的服务码时再改"
          >
            <Input
              type="date"
              aria-label="服务日期"
              value={date}
              max={chinaDate()}
              onChange={(e) => e.target.value && setDate(e.target.value)}
            />
          </Form.Item>
          <Form.Item
            label="服务项目"
            validateStatus={errors.projectId ? 'error' : undefined}
            help={errors.projectId}
          >
            {choices.length > 1 ? (
              <Select
                classNames={SELECT_POPUP}
                aria-label="服务项目"
                value={project?.id}
                onChange={setProjectId}
                options={choices.map((p) => ({ value: p.id, label: p.name }))}
              />
            ) : project ? (
              <Typography.Text data-testid="code-project">
                {project.name}（{project.team.name}）
              </Typography.Text>
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description="这一天本帮扶点没有进行中的服务项目。结对单位建立服务项目后，才能为项目的服务活动生成服务码。"
              />
            )}
          </Form.Item>
          <Form.Item
            label="有效时长"
            validateStatus={errors.validForMinutes ? 'error' : undefined}
            help={errors.validForMinutes}
          >
            <Segmented
              block
              className="site-segmented"
              options={VALIDITY}
              value={minutes}
              onChange={setMinutes}
            />
          </Form.Item>
          <Button
            type="primary"
            size="large"
            block
            loading={sending}
            disabled={!project}
            onClick={issued ? reissue : issue}
            data-testid="issue-code"
          >
            {issued ? '重新生成服务码' : '生成服务码'}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
