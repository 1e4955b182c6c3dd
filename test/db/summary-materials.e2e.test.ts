import { Document, Packer, Paragraph, TextRun } from 'docx';
import mammoth from 'mammoth';
import { createHash, randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { Role, SYSTEM_ACTOR } from '../../server/src/core/actor';
import { AuditEvent } from '../../server/src/core/audit-event.entity';
import { MilestoneKind } from '../../server/src/modules/campaigns/campaign.entity';
import { CampaignService } from '../../server/src/modules/campaigns/campaign.service';
import { ServiceProject } from '../../server/src/modules/projects/service-project.entity';
import { TrainingTopicKind } from '../../server/src/modules/safety/safety.entity';
import { TrainingService } from '../../server/src/modules/safety/training.service';
import { ServiceLogService } from '../../server/src/modules/service-logs/service-log.service';
import {
  ServiceRecord,
  ServiceRecordStatus,
} from '../../server/src/modules/service-records/service-record.entity';
import { Site } from '../../server/src/modules/sites/site.entity';
import {
  SummaryMaterials,
  SummaryMaterialsChunk,
} from '../../server/src/modules/summary-materials/summary-materials.entity';
import { SupportService } from '../../server/src/modules/support/support.service';
import { ServiceTeam } from '../../server/src/modules/teams/service-team.entity';
import { AccessWorld, type UnitSide } from '../support/access-world';
import { testDbKind } from '../support/test-database';
import { startTestServer, type TestServer } from '../support/test-server';
import { graphql } from '../graphql';

const STATUS = graphql(`
  query SummaryMaterialsStatus($u: ID!, $c: ID!) {
    summaryMaterials(unitId: $u, campaignId: $c) {
      unitId
      unitName
      dueOn
      received
      submittedAt
      late
      overdue
      canUpload
      draftDownloadPath
      materials {
        id
        fileName
        byteSize
        sha256
        uploadCount
        submittedByAccountId
        downloadPath
      }
    }
  }
`);
const SUBMIT = graphql(`
  mutation SummaryMaterialsSubmit($input: SubmitSummaryMaterialsInput!) {
    submitSummaryMaterials(input: $input) {
      received
      late
      overdue
      canUpload
      materials {
        fileName
        byteSize
        sha256
        uploadCount
        downloadPath
      }
    }
  }
`);
const OVERVIEW = graphql(`
  query SummaryMaterialsOverview($c: ID!) {
    summaryMaterialsOverview(campaignId: $c) {
      dueOn
      received
      late
      overdue
      units {
        unitId
        unitName
        received
        late
        overdue
        submittedAt
        materials {
          downloadPath
        }
      }
    }
  }
`);

/** A Word document as the coordinator would save it after editing the draft. */
async function wordFile(...lines: string[]): Promise<Buffer> {
  const document = new Document({
    sections: [{ children: lines.map((line) => new Paragraph({ children: [new TextRun(line)] })) }],
  });
  return Packer.toBuffer(document);
}

interface ZipPart {
  name: string;
  data: Buffer;
  deflate?: boolean;
  /** What the zip claims the part unpacks to (a zip bomb lies here). */
  claimedSize?: number;
}

/** A zip written by hand, so a test can say anything a hostile file could (CRCs are left 0). */
function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const body = part.deflate ? deflateRawSync(part.data) : part.data;
    const size = part.claimedSize ?? part.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.deflate ? 8 : 0, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(part.deflate ? 8 : 0, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES: ZipPart = {
  name: '[Content_Types].xml',
  data: Buffer.from(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  ),
};
const BODY = (xml = '<w:p/>') => ({
  name: 'word/document.xml',
  data: Buffer.from(
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${xml}</w:body></w:document>`,
  ),
  deflate: true,
});

const base64 = (bytes: Buffer) => bytes.toString('base64');
const fileNameOf = (response: Response) =>
  decodeURIComponent(
    /filename\*=UTF-8''([^;]+)/.exec(response.headers.get('content-disposition') ?? '')![1]!,
  );

describe(`summary materials (活动总结材料) (${testDbKind()})`, () => {
  let server: TestServer;
  let world: AccessWorld;
  let jinan: UnitSide;
  let pastCampaignId: number;
  let projectId: number;
  let qingdaoCoordinator: string;
  const logs = [
    '二月一日：第一次走访，了解留守儿童学习情况。',
    '二月二日：数学辅导两小时。',
    '二月三日：安全知识宣讲。',
    '二月四日：捐赠课外读物两百册。',
  ];

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(new URL(path, server.url), { headers });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    server = await startTestServer();
    world = await new AccessWorld(server).build();
    jinan = world.units.in;
    projectId = (await world.recordsProject(jinan)).projectId;
    pastCampaignId = await world.pastCampaign();
    const campaigns = new CampaignService(server.dataSource, SYSTEM_ACTOR);
    await campaigns.update(pastCampaignId, {
      milestones: [{ kind: MilestoneKind.FINAL_MATERIALS, dueOn: `${world.pastYear}-10-11` }],
    });
    await campaigns.update(world.campaignId, {
      milestones: [
        { kind: MilestoneKind.LAUNCH, dueOn: `${world.year}-03-30` },
        { kind: MilestoneKind.FINAL_MATERIALS, dueOn: `${world.year}-10-11` },
      ],
    });
    // Three approved records of two people (3 人次, 3.00 hours) and a draft that must not count.
    await world.serviceRecord(jinan, jinan.members[0]!, 'APPROVED');
    await world.serviceRecord(jinan, jinan.members[0]!, 'APPROVED');
    await world.serviceRecord(jinan, jinan.members[1]!, 'APPROVED');
    await world.serviceRecord(jinan, jinan.members[2]!, 'DRAFT');
    const support = new SupportService(server.dataSource, SYSTEM_ACTOR);
    await support.record({
      kind: 'FUNDS' as never,
      projectId: String(projectId),
      occurredOn: `${world.pastYear}-01-05`,
      amount: '1200.10',
      fundingSource: 'UNION_FUNDS' as never,
    });
    await support.record({
      kind: 'MATERIALS' as never,
      projectId: String(projectId),
      occurredOn: `${world.pastYear}-01-06`,
      itemName: '课外读物',
      quantity: '200',
      quantityUnit: '册',
      estimatedValue: '0.20',
    });
    await new TrainingService(server.dataSource, SYSTEM_ACTOR).record({
      unitId: String(jinan.unitId),
      topic: '暑期志愿服务安全教育',
      covers: [TrainingTopicKind.SAFETY, TrainingTopicKind.CONDUCT],
      heldOn: `${world.pastYear}-01-03`,
      hours: '1.5',
      trainer: '李老师',
      attendeeIds: [String(jinan.members[0]!.id), String(jinan.members[1]!.id)],
    });
    const logWriter = new ServiceLogService(server.dataSource, SYSTEM_ACTOR);
    for (const [i, content] of logs.entries()) {
      await logWriter.write({
        projectId: String(projectId),
        loggedOn: `${world.pastYear}-02-0${i + 1}`,
        content,
      });
    }
    qingdaoCoordinator = await server.signInAs({
      username: 'qingdao-coordinator',
      role: Role.UNIT_COORDINATOR,
      unitId: String(world.units.out.unitId),
    });
  });

  afterAll(() => server.stop());

  const statusOf = async (campaignId: number, token = world.tokens.coordinator) => {
    const response = await server.gql(STATUS, { u: String(jinan.unitId), c: String(campaignId) }, { token });
    expect(response.errors).toBeUndefined();
    return response.data!.summaryMaterials;
  };

  it('generates a Word draft with the teams, projects, totals equal to a recount, support, training and logs', async () => {
    const status = await statusOf(pastCampaignId);
    expect(status).toMatchObject({ received: false, overdue: true, canUpload: true, materials: null });
    const response = await get(status.draftDownloadPath, bearer(world.tokens.coordinator));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(fileNameOf(response)).toBe(`活动总结材料-济南市教育工会-${world.pastYear}.docx`);
    const { value: text } = await mammoth.extractRawText({
      buffer: Buffer.from(await response.arrayBuffer()),
    });

    const project = await server.dataSource.getRepository(ServiceProject).findOneByOrFail({ id: projectId });
    const team = await server.dataSource.getRepository(ServiceTeam).findOneByOrFail({ id: jinan.teamId });
    const site = await server.dataSource.getRepository(Site).findOneByOrFail({ id: jinan.siteId });
    expect(text).toContain(team.name);
    expect(text).toContain(project.name);
    expect(text).toContain(site.name);
    expect(text).toContain(`${world.pastYear}-01-01 至 ${world.pastYear}-12-31`);
    expect(text).toContain('扶贫减贫'); // the national 服务类别 0002, in Chinese
    // The past campaign's due date has gone by: the figures stop at it.
    expect(text).toContain(`数据截至：${world.pastYear}-10-11（北京时间）`);

    // Recounted from the records themselves: approved only.
    const approved = await server.dataSource
      .getRepository(ServiceRecord)
      .findBy({ projectId, status: ServiceRecordStatus.APPROVED });
    const hundredths = approved.reduce((sum, r) => sum + Math.round(Number(r.hours) * 100), 0);
    const hours = `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
    const personTimes = new Set(approved.map((r) => `${r.volunteerId}:${r.occasionId}`)).size;
    const volunteers = new Set(approved.map((r) => r.volunteerId)).size;
    expect([hours, personTimes, volunteers]).toEqual(['3.00', 3, 2]);
    expect(text).toContain(`参与志愿者\n\n${volunteers} 人`);
    expect(text).toContain(`服务时长\n\n${hours} 小时`);
    expect(text).toContain(`参与项目总人次\n\n${personTimes} 人次`);
    // Nobody entered the project's 服务对象人数: said so, not counted as 0 or taken from its site.
    expect(project.peopleServed).toBeNull();
    expect(text).toContain('服务对象人数\n\n未填写');
    expect(text).toMatch(/服务对象人数\n\n0 人（另有 \d+ 个项目未填写）/);

    expect(text).toContain('资金 1200.10 元；物资：课外读物 200册（折合 0.20 元）');
    expect(text).toContain('资金支持合计 1200.10 元，物资折合 0.20 元');
    expect(text).toContain('暑期志愿服务安全教育');
    expect(text).toContain('安全培训、志愿服务礼仪与纪律');
    expect(text).toContain(`${jinan.members[0]!.name}、${jinan.members[1]!.name}`);
    // The latest three log entries of the project, not the oldest.
    for (const content of logs.slice(1)) expect(text).toContain(content);
    expect(text).not.toContain(logs[0]);

    const audit = await server.dataSource
      .getRepository(AuditEvent)
      .findOneBy({ entityType: 'SummaryMaterialsDraft', entityId: `${pastCampaignId}:${jinan.unitId}` });
    expect(audit?.action).toBe('READ_PERSONAL_DATA');
  });

  it('serves the draft to the unit’s coordinator (token or session cookie) and the province only', async () => {
    const path = `/summary-materials/${pastCampaignId}/${jinan.unitId}/draft.docx`;
    expect((await get(path, bearer(world.tokens.admin))).status).toBe(200);
    const signIn = await fetch(new URL('/session', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'jinan-coordinator', password: 'jinan-coordinator-password' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    expect((await get(path, { cookie })).status).toBe(200);

    for (const token of [
      qingdaoCoordinator,
      world.tokens.volunteer,
      world.tokens.leader,
      world.tokens.siteContact,
    ]) {
      const refused = await get(path, bearer(token));
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as any).errors[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await get(path)).status).toBe(401);
    expect(
      (await get(`/summary-materials/999999/${jinan.unitId}/draft.docx`, bearer(world.tokens.admin))).status,
    ).toBe(404);
    expect(
      (
        await get(
          `/summary-materials/${pastCampaignId}/${jinan.unitId}/other.docx`,
          bearer(world.tokens.admin),
        )
      ).status,
    ).toBe(404);
  });

  it('hands in the edited document: the milestone is filed, late by China date, and the file comes back as received', async () => {
    const edited = await wordFile('济南市教育工会活动总结', '我们的主要做法：送教下乡。');
    const response = await server.gql(
      SUBMIT,
      {
        input: {
          unitId: String(jinan.unitId),
          campaignId: String(pastCampaignId),
          fileName: '济南活动总结（定稿）.docx',
          contentBase64: base64(edited),
        },
      },
      { token: world.tokens.coordinator },
    );
    expect(response.errors).toBeUndefined();
    const sha256 = createHash('sha256').update(edited).digest('hex');
    expect(response.data!.submitSummaryMaterials).toMatchObject({
      received: true,
      late: true, // handed in today, long after last year's 10-11
      overdue: false,
      canUpload: false,
      materials: { fileName: '济南活动总结（定稿）.docx', byteSize: edited.length, sha256, uploadCount: 1 },
    });
    const status = await statusOf(pastCampaignId);
    const download = await get(status.materials!.downloadPath, bearer(world.tokens.admin));
    expect(download.status).toBe(200);
    expect(fileNameOf(download)).toBe(`活动总结材料-济南市教育工会-${world.pastYear}-定稿.docx`);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.equals(edited)).toBe(true);
    expect((await mammoth.extractRawText({ buffer: bytes })).value).toContain('我们的主要做法：送教下乡。');

    for (const token of [qingdaoCoordinator, world.tokens.volunteer]) {
      expect((await get(status.materials!.downloadPath, bearer(token))).status).toBe(403);
    }
    // Nothing handed in yet by Qingdao: not found for the province.
    const none = await get(
      `/summary-materials/${pastCampaignId}/${world.units.out.unitId}/final.docx`,
      bearer(world.tokens.admin),
    );
    expect(none.status).toBe(404);

    const events = await server.dataSource
      .getRepository(AuditEvent)
      .findBy({ entityType: 'SummaryMaterials', entityId: String(status.materials!.id) });
    expect(events.map((e) => e.action).sort()).toEqual(['CREATE', 'READ_PERSONAL_DATA']);
    expect(events.find((e) => e.action === 'CREATE')!.after).toMatchObject({ sha256, late: true });

    // The due date has passed and a file is on record: it no longer changes.
    await server.as(world.tokens.coordinator).expectRejected(
      SUBMIT,
      {
        input: {
          unitId: String(jinan.unitId),
          campaignId: String(pastCampaignId),
          fileName: '改.docx',
          contentBase64: base64(await wordFile('改过的')),
        },
      },
      'CONFLICT',
      'unitId',
    );
  });

  it('replaces the file with a later upload until the due date, in pieces larger than one BLOB', async () => {
    const input = (bytes: Buffer, fileName = '总结.docx') => ({
      input: {
        unitId: String(jinan.unitId),
        campaignId: String(world.campaignId),
        fileName,
        contentBase64: base64(bytes),
      },
    });
    const first = await wordFile('初稿');
    const one = await server.gql(SUBMIT, input(first), { token: world.tokens.coordinator });
    expect(one.errors).toBeUndefined();
    expect(one.data!.submitSummaryMaterials).toMatchObject({ late: false, canUpload: true });
    // A document with a 150 KB picture that does not compress: three stored pieces.
    const second = zip([
      CONTENT_TYPES,
      BODY(),
      { name: 'word/media/image1.png', data: randomBytes(150_000) },
    ]);
    const two = await server.gql(SUBMIT, input(second, '总结-终稿.docx'), {
      token: world.tokens.coordinator,
    });
    expect(two.errors).toBeUndefined();
    expect(two.data!.submitSummaryMaterials.materials).toMatchObject({
      fileName: '总结-终稿.docx',
      byteSize: second.length,
      uploadCount: 2,
    });
    const row = await server.dataSource
      .getRepository(SummaryMaterials)
      .findOneByOrFail({ unitId: jinan.unitId, campaignId: world.campaignId });
    expect(
      await server.dataSource.getRepository(SummaryMaterialsChunk).countBy({ materialsId: row.id }),
    ).toBe(3);
    const download = await get(
      `/summary-materials/${world.campaignId}/${jinan.unitId}/final.docx`,
      bearer(world.tokens.coordinator),
    );
    expect(Buffer.from(await download.arrayBuffer()).equals(second)).toBe(true);
  });

  it('takes only a real .docx, within the size limits, and no zip bomb', async () => {
    const good = await wordFile('好的');
    const qingdao = server.as(qingdaoCoordinator);
    const attempt = async (fileName: string, contentBase64: string, field: string, message?: RegExp) => {
      if (message) {
        const response = await qingdao.gql(SUBMIT, {
          input: {
            unitId: String(world.units.out.unitId),
            campaignId: String(world.campaignId),
            fileName,
            contentBase64,
          },
        });
        expect(response.errors?.[0]?.message).toMatch(message);
      }
      return qingdao.expectRejected(
        SUBMIT,
        {
          input: {
            unitId: String(world.units.out.unitId),
            campaignId: String(world.campaignId),
            fileName,
            contentBase64,
          },
        },
        'BAD_USER_INPUT',
        field,
      );
    };
    await attempt('总结.doc', base64(good), 'fileName');
    await attempt('总结.pdf', base64(good), 'fileName');
    await attempt('总结.docx', '这不是base64', 'contentBase64');
    await attempt('总结.docx', base64(Buffer.from('只是一段文字，改了扩展名')), 'contentBase64');
    // An old .doc (an OLE compound file) renamed .docx.
    await attempt(
      '总结.docx',
      base64(Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(504), 'hex')),
      'contentBase64',
      /old \.doc or a password-protected/,
    );
    await attempt(
      '总结.docx',
      base64(zip([CONTENT_TYPES, { name: 'xl/workbook.xml', data: Buffer.from('<x/>') }])),
      'contentBase64',
      /no word\/document\.xml/,
    );
    await attempt(
      '总结.docx',
      base64(zip([CONTENT_TYPES, BODY(), { name: 'word/vbaProject.bin', data: Buffer.from('x') }])),
      'contentBase64',
      /macros/,
    );
    await attempt(
      '总结.docx',
      base64(zip([CONTENT_TYPES, { ...BODY(), data: Buffer.from('<html>not word</html>') }])),
      'contentBase64',
      /not a Word document body/,
    );
    // Over 700 KB.
    await attempt(
      '总结.docx',
      base64(zip([CONTENT_TYPES, BODY(), { name: 'word/media/a.png', data: randomBytes(720 * 1024) }])),
      'contentBase64',
      /at most 700 KB/,
    );
    // A bomb that says what it unpacks to (40 MB of zeros, a few KB packed) and one that lies.
    const zeros = Buffer.alloc(40 * 1024 * 1024);
    await attempt(
      '总结.docx',
      base64(zip([CONTENT_TYPES, BODY(), { name: 'word/media/zero.bin', data: zeros, deflate: true }])),
      'contentBase64',
      /unpacks to more than 30 MB/,
    );
    const bomb = zip([
      CONTENT_TYPES,
      { ...BODY(`<w:p>${'0'.repeat(20 * 1024 * 1024)}</w:p>`), claimedSize: 1000 },
    ]);
    expect(bomb.length).toBeLessThan(100 * 1024);
    await attempt('总结.docx', base64(bomb), 'contentBase64', /document\.xml unpacks to more than 10 MB/);
    expect(
      await server.dataSource.getRepository(SummaryMaterials).countBy({ unitId: world.units.out.unitId }),
    ).toBe(0);
  });

  it('lets only the unit’s own coordinator hand in, and only once the campaign has the milestone', async () => {
    const good = base64(await wordFile('总结'));
    const input = (unitId: number, campaignId: number) => ({
      input: {
        unitId: String(unitId),
        campaignId: String(campaignId),
        fileName: '总结.docx',
        contentBase64: good,
      },
    });
    for (const token of [
      world.tokens.admin,
      qingdaoCoordinator,
      world.tokens.volunteer,
      world.tokens.leader,
    ]) {
      await server
        .as(token)
        .expectRejected(SUBMIT, input(jinan.unitId, world.campaignId), 'FORBIDDEN', 'unitId');
    }
    const bare = await new CampaignService(server.dataSource, SYSTEM_ACTOR).create({
      year: world.pastYear - 1,
      name: '无总结材料节点的活动',
      startsOn: `${world.pastYear - 1}-01-01`,
      endsOn: `${world.pastYear - 1}-12-31`,
      phases: [],
      milestones: [],
    });
    await server
      .as(world.tokens.coordinator)
      .expectRejected(SUBMIT, input(jinan.unitId, bare.id), 'BAD_USER_INPUT', 'campaignId');
    await server
      .as(world.tokens.coordinator)
      .expectRejected(SUBMIT, input(world.provinceId, world.campaignId), 'BAD_USER_INPUT', 'unitId');
  });

  it('shows the province every unit’s state, and each unit only its own', async () => {
    const response = await server.gql(OVERVIEW, { c: String(pastCampaignId) });
    expect(response.errors).toBeUndefined();
    const overview = response.data!.summaryMaterialsOverview;
    expect(overview.dueOn).toBe(`${world.pastYear}-10-11`);
    const byUnit = new Map(overview.units.map((u: any) => [u.unitId, u]));
    expect(byUnit.get(String(jinan.unitId))).toMatchObject({
      unitName: '济南市教育工会',
      received: true,
      late: true,
      overdue: false,
      materials: { downloadPath: `/summary-materials/${pastCampaignId}/${jinan.unitId}/final.docx` },
    });
    expect(byUnit.get(String(world.units.out.unitId))).toMatchObject({
      received: false,
      overdue: true,
      materials: null,
    });
    expect(overview).toMatchObject({ received: 1, late: 1, overdue: overview.units.length - 1 });

    const upcoming = (await server.gql(OVERVIEW, { c: String(world.campaignId) })).data!
      .summaryMaterialsOverview;
    expect(upcoming).toMatchObject({ received: 1, late: 0, overdue: 0 });

    for (const token of [world.tokens.coordinator, world.tokens.volunteer]) {
      const refused = await server.gql(OVERVIEW, { c: String(pastCampaignId) }, { token });
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    for (const token of [qingdaoCoordinator, world.tokens.volunteer]) {
      const refused = await server.gql(
        STATUS,
        { u: String(jinan.unitId), c: String(pastCampaignId) },
        { token },
      );
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'unitId' });
    }
    const own = await statusOf(pastCampaignId, world.tokens.coordinator);
    expect(own).toMatchObject({ received: true, late: true, dueOn: `${world.pastYear}-10-11` });
  });
});
