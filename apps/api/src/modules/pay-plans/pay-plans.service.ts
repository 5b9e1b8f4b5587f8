import { Injectable } from '@nestjs/common';
import {
  benchmarkReleaseLabel,
  CALCULATOR_KIND_LABELS,
  type CalculatorKind,
  DEFAULT_LANGUAGE,
  type FootnoteCode,
  type Language,
  Ownership,
  Role,
} from '@skillpay/domain';
import { ClsService } from 'nestjs-cls';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { type RequestContext } from '../../common/context/request-context';
import { AppException } from '../../common/errors/app.exception';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { type EnterpriseEntity } from '../enterprises/enterprise.entity';
import { type FileResponse } from '../../common/http/file-response';
import { exportFile } from '../benchmark-releases/cells-export';
import { NotificationsService } from '../notifications/notifications.service';
import {
  type CalculatorInput,
  CalculatorInputError,
  type CalculatorResult,
  runCalculator,
  type RunOptions,
  storedInput,
} from './calculators';
import { buildPayPlanWorkbook } from './pay-plan-workbook';
import { type PayPlanEntity } from './pay-plan.entity';
import {
  type CreatePayPlanDto,
  type CreatePayPlanVersionDto,
  type MarketDto,
  type MarketQueryDto,
  type PayPlanDetailDto,
  type PayPlanDto,
  type PayPlanListDto,
  type PayPlanQueryDto,
  type PayToolExportDto,
} from './pay-plans.dto';
import { type ProgrammeEntity } from '../programmes/programme.entity';
import { PayPlanException } from './pay-plans.exception';
import { PayPlansRepository } from './pay-plans.repository';
import { EnterpriseException } from '../enterprises/enterprises.exception';

/** What saving a version needs of its plan (a loaded plan, or one just inserted). */
type SavedPlan = Pick<PayPlanEntity, 'id' | 'calculator' | 'pilotApplicationId' | 'enterpriseId'> &
  Partial<Pick<PayPlanEntity, 'enterprise'>>;

/** A file name without characters file systems refuse. */
function fileName(title: string): string {
  return title.replace(/[\\/:*?"<>|\r\n]+/g, ' ').trim() || 'pay-plan';
}

/**
 * 薪酬设计方案: pilot enterprises save the toolkit's results against their approved application,
 * in versions; bureaus read them in their scope during guidance. The result stored is always
 * libs/paycalc's, computed here from the input, never the figures a browser sent.
 */
@Injectable()
export class PayPlansService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: PayPlansRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  /** The reader's language (the request's Accept-Language): exports speak it. */
  private language(): Language {
    return this.cls.get('language') ?? DEFAULT_LANGUAGE;
  }

  async list(caller: Caller, query: PayPlanQueryDto): Promise<PayPlanListDto> {
    const [plans, total] = await this.repository.findPage(
      this.access.scope(caller, 'payPlans', 'read'),
      query,
    );
    return { items: plans.map((plan) => this.toDto(caller, plan)), total };
  }

  /** A plan with one of its versions (the latest unless `version` names an older one). */
  async get(caller: Caller, id: string, version?: number): Promise<PayPlanDetailDto> {
    const plan = await this.findOrFail(caller, id);
    const [shown, versions] = await Promise.all([
      this.repository.version(id, version ?? plan.currentVersion),
      this.repository.versions(id),
    ]);
    if (!shown) throw AppException.notFound();
    const summary = versions.find((v) => v.version === shown.version)!;
    return {
      ...this.toDto(caller, plan),
      version: { ...summary, input: shown.input, result: shown.result },
      versions,
    };
  }

  async create(caller: Caller, dto: CreatePayPlanDto): Promise<PayPlanDetailDto> {
    const enterprise = await this.repository.enterprise(caller.organisationId);
    if (!enterprise) throw new EnterpriseException('enterprise_profile_missing');
    // someone else's application, a missing one and one not (yet) approved all read the same
    const application = await this.repository.approvedApplication(enterprise.id, dto.pilotApplicationId);
    if (!application) {
      throw PayPlanException.invalid('pilotApplicationId', 'pay_plan_pilot_not_approved');
    }
    const options = this.options(enterprise, application.programme!);
    const result = this.compute(dto.calculator, dto.input, options);
    const input = storedInput(dto.calculator, dto.input, options);
    const id = await this.unitOfWork.run(async (tx) => {
      const plan = {
        enterpriseId: enterprise.id,
        pilotApplicationId: application.id,
        calculator: dto.calculator,
        title: dto.title,
      };
      const planId = await this.repository.insert(
        { ...plan, currentVersion: 1, createdBy: caller.userId },
        tx,
      );
      await this.saveVersion(tx, caller, { ...plan, id: planId }, 1, {
        title: dto.title,
        input,
        result,
        note: null,
      });
      return planId;
    });
    return this.get(caller, id);
  }

  /** Saves the next version; the earlier ones stay as they were. */
  async addVersion(caller: Caller, id: string, dto: CreatePayPlanVersionDto): Promise<PayPlanDetailDto> {
    await this.unitOfWork.run(async (tx) => {
      const plan = await this.repository.findInScope(
        this.access.scope(caller, 'payPlans', 'update'),
        id,
        tx,
        true,
      );
      if (!plan) throw await this.notFound(id, tx);
      const options = this.options(plan.enterprise!, plan.pilotApplication!.programme!);
      const result = this.compute(plan.calculator, dto.input, options);
      const next = plan.currentVersion + 1;
      const title = dto.title ?? plan.title;
      await this.repository.update(id, { currentVersion: next, title }, tx);
      await this.saveVersion(tx, caller, plan, next, {
        title,
        input: storedInput(plan.calculator, dto.input, options),
        result,
        note: dto.note ? dto.note : null,
      });
    });
    return this.get(caller, id);
  }

  /** A stored version as a workbook, for anyone who may read the plan. */
  async exportVersion(caller: Caller, id: string, version: number): Promise<FileResponse> {
    const plan = await this.findOrFail(caller, id);
    const stored = await this.repository.version(id, version);
    if (!stored) throw AppException.notFound();
    // an enterprise's pay design leaving the portal: recorded like the other exports
    await this.audit.record({
      action: 'pay-plan.export',
      entityType: 'pay_plan',
      entityId: id,
      after: { version, format: 'xlsx' },
    });
    const name = `${plan.title}-v${version}`;
    const language = this.language();
    const enterprise = plan.enterprise!.organisation!.name;
    const date = stored.createdAt.toISOString().slice(0, 10);
    return exportFile(
      'xlsx',
      fileName(name),
      await buildPayPlanWorkbook(
        {
          kind: plan.calculator,
          title: stored.title,
          subtitle:
            language === 'zh-CN'
              ? `${enterprise}\u3000第 ${version} 版（${date}）`
              : `${enterprise}, version ${version} (${date})`,
        },
        stored.input,
        stored.result,
        language,
      ),
    );
  }

  /** Any input as a workbook of its result, without saving anything (the tools' export button). */
  async exportTool(dto: PayToolExportDto): Promise<FileResponse> {
    const result = this.compute(dto.calculator, dto.input, {});
    const language = this.language();
    const title = dto.title || CALCULATOR_KIND_LABELS[dto.calculator][language];
    return exportFile(
      'xlsx',
      fileName(title),
      await buildPayPlanWorkbook({ kind: dto.calculator, title }, dto.input, result, language),
    );
  }

  /**
   * The market's P25 / P50 / P75 per skill level of an occupation (art. 22) from the newest
   * published release that has it; withheld cells keep only their footnote.
   */
  async market(query: MarketQueryDto): Promise<MarketDto> {
    const release = await this.repository.latestMarketRelease(query.occupation, query.regionCode);
    const regionCode = release?.regionCode ?? query.regionCode ?? null;
    const names = await this.repository.names(query.occupation, regionCode);
    const cells = release
      ? await this.repository.marketCells(release.id, query.occupation, release.regionCode)
      : [];
    return {
      occupationCode: query.occupation,
      ...names,
      regionCode: release ? regionCode : null,
      release: release
        ? {
            id: release.id,
            label: benchmarkReleaseLabel(release.year, release.releaseNumber)!,
            year: release.year,
            programmeTitle: release.programmeTitle,
            publishedAt: release.publishedAt,
          }
        : null,
      levels: cells.map((cell) => {
        const withheld = cell.footnote !== null;
        return {
          skillLevel: cell.skillLevel,
          p25: withheld ? null : cell.p25,
          p50: withheld ? null : cell.p50,
          p75: withheld ? null : cell.p75,
          footnote: cell.footnote as FootnoteCode | null,
        };
      }),
    };
  }

  private async saveVersion(
    tx: Tx,
    caller: Caller,
    plan: SavedPlan,
    version: number,
    content: { title: string; input: CalculatorInput; result: CalculatorResult; note: string | null },
  ): Promise<void> {
    await this.repository.insertVersion(
      { planId: plan.id, version, ...content, createdBy: caller.userId },
      tx,
    );
    await this.audit.record(
      {
        action: version === 1 ? 'pay-plan.create' : 'pay-plan.version',
        entityType: 'pay_plan',
        entityId: plan.id,
        after: {
          calculator: plan.calculator,
          pilotApplicationId: plan.pilotApplicationId,
          version,
          title: content.title,
          note: content.note,
          input: content.input,
        },
      },
      tx,
    );
    const recipients = await this.repository.guidingBureaus(plan.pilotApplicationId, plan.enterpriseId, tx);
    const name = await this.enterpriseName(plan, tx);
    const kind = CALCULATOR_KIND_LABELS[plan.calculator];
    await this.notifications.notify(
      {
        recipientOrganisationIds: recipients,
        kind: 'pay-plan.saved',
        title: {
          'zh-CN': `${name}保存了薪酬设计方案“${content.title}”（${kind['zh-CN']}，第 ${version} 版）`,
          en: `${name} saved the pay plan "${content.title}" (${kind.en}, version ${version})`,
        },
        link: `/pay-tools/plans/${plan.id}`,
        dedupeKey: `pay-plan:${plan.id}:v${version}`,
      },
      tx,
    );
  }

  private async enterpriseName(plan: SavedPlan, tx: Tx): Promise<string> {
    if (plan.enterprise?.organisation) return plan.enterprise.organisation.name;
    return this.repository.organisationName(plan.enterpriseId, tx);
  }

  /**
   * SOE-only checks bind the enterprise if it is state-owned (the enterprise record decides, not the
   * form); the checks take the thresholds and basis of the plan's programme.
   */
  private options(enterprise: EnterpriseEntity, programme: ProgrammeEntity): RunOptions {
    return {
      stateOwned: enterprise.ownership === Ownership.StateOwned,
      checkRules: { rules: programme.checkRules, cityCode: programme.regionCode },
    };
  }

  private compute(kind: CalculatorKind, input: CalculatorInput, options: RunOptions): CalculatorResult {
    try {
      return runCalculator(kind, input, options);
    } catch (error) {
      if (error instanceof CalculatorInputError) throw AppException.validation(error.problems);
      throw error;
    }
  }

  private toDto(caller: Caller, plan: PayPlanEntity): PayPlanDto {
    const organisation = plan.enterprise!.organisation!;
    return {
      id: plan.id,
      calculator: plan.calculator,
      title: plan.title,
      currentVersion: plan.currentVersion,
      pilotApplicationId: plan.pilotApplicationId,
      programmeId: plan.pilotApplication!.programmeId,
      programmeTitle: plan.pilotApplication!.programme?.title ?? '',
      enterprise: {
        id: plan.enterpriseId,
        name: organisation.name,
        regionCode: organisation.region!.code,
        regionName: organisation.region!.name,
      },
      editable: caller.role === Role.Enterprise && caller.organisationId === plan.enterpriseId,
      createdAt: plan.createdAt,
      updatedAt: plan.updatedAt,
    };
  }

  private async findOrFail(caller: Caller, id: string): Promise<PayPlanEntity> {
    const plan = await this.repository.findInScope(this.access.scope(caller, 'payPlans', 'read'), id);
    if (!plan) throw await this.notFound(id);
    return plan;
  }

  /** 404, naming the entity only when it exists but lies outside the scope; `tx` inside a transaction. */
  private async notFound(id: string, tx?: Tx): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, tx)) ? { entityType: 'pay_plan', entityId: id } : undefined,
    );
  }
}
