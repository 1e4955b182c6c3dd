import type { DataSource, EntityManager } from 'typeorm';
import { requireAdmin } from '../../core/access';
import type { Actor } from '../../core/actor';
import { AuditAction, recordAudit } from '../../core/audit';
import { BadInputError, ConflictError, NotFoundError } from '../../core/errors';
import { conflictOnDuplicate } from '../../core/sql';
import {
  requireDateInBounds,
  requireInt,
  requireOrder,
  requireText,
  uniqueValues,
} from '../../core/validate';
import { Campaign, CampaignPhase, ReportingMilestone } from './campaign.entity';
import { campaignDatesGuards } from './campaign.guards';
import type {
  CampaignPhaseInput,
  CreateCampaignInput,
  ReportingMilestoneInput,
  UpdateCampaignInput,
} from './campaign.inputs';

export class CampaignService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly actor: Actor,
  ) {}

  async get(id: number, field = 'id'): Promise<Campaign> {
    const campaign = await this.dataSource.getRepository(Campaign).findOneBy({ id });
    if (!campaign) throw new NotFoundError('Campaign', id, field);
    return campaign;
  }

  list(): Promise<Campaign[]> {
    return this.dataSource.getRepository(Campaign).find({ order: { year: 'DESC' } });
  }

  findByYear(year: number): Promise<Campaign | null> {
    return this.dataSource.getRepository(Campaign).findOneBy({ year });
  }

  create(input: CreateCampaignInput): Promise<Campaign> {
    requireAdmin(this.actor, 'run campaigns');
    const year = requireInt('year', input.year, { min: 2000, max: 2100 });
    const name = requireText('name', input.name, { max: 200 });
    requireDateInBounds('startsOn', input.startsOn);
    requireDateInBounds('endsOn', input.endsOn);
    requireOrder('startsOn', 'endsOn', input.startsOn, input.endsOn);
    checkPhases(input.phases, input.startsOn, input.endsOn);
    checkMilestones(input.milestones);
    return conflictOnDuplicate('year', `a campaign for ${year} already exists`, () =>
      this.dataSource.transaction(async (manager) => {
        if (await manager.getRepository(Campaign).existsBy({ year })) {
          throw new ConflictError('year', `a campaign for ${year} already exists`);
        }
        const campaign = manager
          .getRepository(Campaign)
          .create({ year, name, startsOn: input.startsOn, endsOn: input.endsOn });
        await manager.save(campaign);
        await replaceCalendar(manager, campaign.id, input.phases, input.milestones);
        await recordAudit(manager, this.actor, {
          action: AuditAction.CREATE,
          entityType: 'Campaign',
          entityId: campaign.id,
          after: { ...campaign, phases: input.phases, milestones: input.milestones },
        });
        return campaign;
      }),
    );
  }

  update(id: number, input: UpdateCampaignInput): Promise<Campaign> {
    requireAdmin(this.actor, 'run campaigns');
    return this.dataSource.transaction(async (manager) => {
      const campaign = await manager.getRepository(Campaign).findOneBy({ id });
      if (!campaign) throw new NotFoundError('Campaign', id);
      const before = { ...campaign, ...(await calendarOf(manager, id)) };
      if (input.name !== undefined) campaign.name = requireText('name', input.name, { max: 200 });
      if (input.startsOn !== undefined) campaign.startsOn = requireDateInBounds('startsOn', input.startsOn);
      if (input.endsOn !== undefined) campaign.endsOn = requireDateInBounds('endsOn', input.endsOn);
      requireOrder('startsOn', 'endsOn', campaign.startsOn, campaign.endsOn);
      const phases = input.phases ?? (await manager.getRepository(CampaignPhase).findBy({ campaignId: id }));
      checkPhases(phases, campaign.startsOn, campaign.endsOn);
      if (input.milestones) checkMilestones(input.milestones);
      if (campaign.startsOn !== before.startsOn || campaign.endsOn !== before.endsOn) {
        await campaignDatesGuards.run(manager, campaign);
      }
      await manager.getRepository(Campaign).save(campaign);
      await replaceCalendar(manager, id, input.phases, input.milestones);
      const after = { ...campaign, ...(await calendarOf(manager, id)) };
      await recordAudit(manager, this.actor, {
        action: AuditAction.UPDATE,
        entityType: 'Campaign',
        entityId: id,
        before,
        after,
      });
      return campaign;
    });
  }
}

function checkPhases(phases: readonly CampaignPhaseInput[], startsOn: string, endsOn: string): void {
  uniqueValues(
    'phases',
    phases.map((p) => p.kind),
  );
  phases.forEach((phase, i) => {
    const field = `phases[${i}]`;
    requireDateInBounds(`${field}.startsOn`, phase.startsOn);
    requireDateInBounds(`${field}.endsOn`, phase.endsOn);
    if (phase.endsOn < phase.startsOn) {
      throw new BadInputError(`${field}.endsOn`, `${field}.endsOn must not be before its startsOn`);
    }
    if (phase.startsOn < startsOn || phase.endsOn > endsOn) {
      throw new BadInputError(`${field}.startsOn`, `${field} must lie inside the campaign's dates`);
    }
  });
}

function checkMilestones(milestones: readonly ReportingMilestoneInput[]): void {
  uniqueValues(
    'milestones',
    milestones.map((m) => m.kind),
  );
  milestones.forEach((m, i) => requireDateInBounds(`milestones[${i}].dueOn`, m.dueOn));
}

async function calendarOf(manager: EntityManager, campaignId: number) {
  const strip = <T extends { id: number; campaignId: number }>({ id: _id, campaignId: _c, ...rest }: T) =>
    rest;
  return {
    phases: (await manager.getRepository(CampaignPhase).findBy({ campaignId })).map(strip),
    milestones: (await manager.getRepository(ReportingMilestone).findBy({ campaignId })).map(strip),
  };
}

async function replaceCalendar(
  manager: EntityManager,
  campaignId: number,
  phases: readonly CampaignPhaseInput[] | undefined,
  milestones: readonly ReportingMilestoneInput[] | undefined,
): Promise<void> {
  if (phases) {
    await manager.getRepository(CampaignPhase).delete({ campaignId });
    await manager.getRepository(CampaignPhase).insert(phases.map((p) => ({ ...p, campaignId })));
  }
  if (milestones) {
    await manager.getRepository(ReportingMilestone).delete({ campaignId });
    await manager.getRepository(ReportingMilestone).insert(milestones.map((m) => ({ ...m, campaignId })));
  }
}
