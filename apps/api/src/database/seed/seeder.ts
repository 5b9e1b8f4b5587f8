import { checkPassword, chinaToday, creditCodeCheckCharacter, QINGDAO_REGIONS, Role } from '@skillpay/domain';
import { DataSource, EntityManager } from 'typeorm';
import { type AppConfig } from '../../common/config/app-config';
import { insertAuditRecord } from '../../modules/audit/audit.repository';
import { PreflightError } from '../../common/preflight';
import { isCommonPassword, PasswordService } from '../../modules/auth/password.service';
import { EnterpriseEntity } from '../../modules/enterprises/enterprise.entity';
import { OrganisationEntity } from '../../modules/organisations/organisation.entity';
import { RegionEntity } from '../../modules/regions/region.entity';
import { UserEntity } from '../../modules/users/user.entity';
import { seedDemoProgramme } from './demo-programme';
import { seedDemoEarlierProgramme } from './demo-evaluation';
import { seedDemoCaseCollections } from './demo-case-collections';
import { seedTalentListDemo } from './demo-talent-lists';
import { seedDemoTalents } from './demo-talents';
import { PersonalDataCipher } from '../../common/crypto/personal-data-cipher';
import { seedDemoServiceWindow } from './demo-service-window';
import { seedDemoOpinionNotes } from './demo-opinion-notes';
import { seedDemoPolicyQa } from './demo-policy-qa';
import { seedOccupations } from './occupations';
import {
  DEMO_ACCOUNTS,
  DEMO_ENTERPRISES,
  DEMO_NON_PILOT_ENTERPRISES,
  DEMO_ORGANISATIONS,
  type DemoOrganisation,
  PLATFORM_ORGANISATION,
} from './demo-data';

const SYSTEM_ACTOR = { actorId: null, actorUsername: 'system', actorRole: null, ip: null, requestId: null };

export interface SeedResult {
  regions: number;
  /** occupation catalogue entries (reference data, in every mode) */
  occupations: number;
  organisations: number;
  users: number;
  /** registry records of demo enterprises */
  enterprises: number;
  /** the demo work plan (Qingdao template, 2026) and the city's earlier, closed one */
  programmes: number;
  /** the published demo collection of 曲靖市 (its regions and bureau counted above) */
  caseCollections: number;
  /** the published demo edition of 青岛市高技能领军人才名录 */
  talentLists: number;
  /** the demo's leading talents (高技能领军人才库) */
  talents: number;
}

/**
 * Loads reference data and either the demo data or the production initial administrator.
 * Only missing rows are inserted, so running it again changes nothing.
 */
export class Seeder {
  private readonly passwords = new PasswordService();

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** `today` (China time) is the load date the demo programme's dates are placed around. */
  run(today: string = chinaToday()): Promise<SeedResult> {
    return this.dataSource.transaction(async (manager) => {
      const result: SeedResult = {
        regions: await this.seedRegions(manager),
        occupations: await seedOccupations(manager),
        organisations: 0,
        users: 0,
        enterprises: 0,
        programmes: 0,
        caseCollections: 0,
        talentLists: 0,
        talents: 0,
      };
      const organisations = this.config.loadDemoData ? DEMO_ORGANISATIONS : [PLATFORM_ORGANISATION];
      const ids = new Map<string, string>();
      for (const organisation of organisations) {
        const { id, created } = await this.ensureOrganisation(manager, organisation);
        ids.set(organisation.key, id);
        result.organisations += created ? 1 : 0;
      }
      result.users = this.config.loadDemoData
        ? await this.seedDemoAccounts(manager, ids)
        : await this.seedInitialAdmin(manager, ids.get(PLATFORM_ORGANISATION.key)!);
      // Demo accounts log in in one step (npm start, the browser tests): two-factor is offered, not
      // enforced. Only when the demo accounts are first created, so a later choice survives restarts.
      if (this.config.loadDemoData && result.users > 0) {
        await manager.query(`UPDATE two_factor_setting SET enforced = false, updated_at = now()`);
      }
      if (this.config.loadDemoData) result.enterprises = await this.seedDemoEnterprises(manager, ids);
      if (this.config.loadDemoData) {
        result.programmes =
          (await seedDemoProgramme(manager, ids, today)) + (await seedDemoEarlierProgramme(manager, ids));
      }
      if (this.config.loadDemoData) {
        const qujing = await seedDemoCaseCollections(manager);
        result.regions += qujing.regions;
        result.organisations += qujing.organisations;
        result.caseCollections = qujing.caseCollections;
        result.talents = await seedDemoTalents(manager, ids, new PersonalDataCipher(this.config));
        result.talentLists = await seedTalentListDemo(manager);
        // 服务窗口: departments, requests and contacts (its own seed, keyed on the confirmed talents)
        await seedDemoServiceWindow(manager, today);
        // 舆情: notes of the demo programme in every state (its own seed, keyed on the programme)
        await seedDemoOpinionNotes(manager, today);
        // 政策问答: Qingdao's answered hot questions (its own seed, once)
        await seedDemoPolicyQa(manager);
      }
      if (Object.values(result).some((count) => count > 0)) {
        await insertAuditRecord(manager, {
          ...SYSTEM_ACTOR,
          action: this.config.loadDemoData ? 'system.seed_demo' : 'system.seed_initial_admin',
          entityType: null,
          entityId: null,
          outcome: 'success',
          before: null,
          after: { ...result },
        });
      }
      return result;
    });
  }

  private async seedRegions(manager: EntityManager): Promise<number> {
    const paths = new Map<string, string>();
    let created = 0;
    for (const region of QINGDAO_REGIONS) {
      const path = `${region.parentCode ? paths.get(region.parentCode) : ''}${region.code}/`;
      paths.set(region.code, path);
      const result = await manager
        .createQueryBuilder()
        .insert()
        .into(RegionEntity)
        .values({ ...region, path })
        .orIgnore()
        .execute();
      created += result.raw.length ?? 0;
    }
    return created;
  }

  private async ensureOrganisation(
    manager: EntityManager,
    organisation: DemoOrganisation,
  ): Promise<{ id: string; created: boolean }> {
    const existing = await manager.findOneBy(OrganisationEntity, { name: organisation.name });
    if (existing) return { id: existing.id, created: false };
    const { key: _key, ...fields } = organisation;
    const saved = await manager.save(OrganisationEntity, manager.create(OrganisationEntity, fields));
    return { id: saved.id, created: true };
  }

  private async seedDemoAccounts(
    manager: EntityManager,
    organisationIds: Map<string, string>,
  ): Promise<number> {
    let created = 0;
    for (const account of DEMO_ACCOUNTS) {
      if (await manager.existsBy(UserEntity, { username: account.username })) continue;
      await manager.save(
        UserEntity,
        manager.create(UserEntity, {
          username: account.username,
          displayName: account.displayName,
          role: account.role,
          organisationId: organisationIds.get(account.organisationKey)!,
          passwordHash: await this.passwords.hash(this.config.demoPassword),
          mustChangePassword: false,
        }),
      );
      created += 1;
    }
    return created;
  }

  private async seedDemoEnterprises(
    manager: EntityManager,
    organisationIds: Map<string, string>,
  ): Promise<number> {
    let created = 0;
    for (const { organisationKey, creditCodeBase, ...fields } of [
      ...DEMO_ENTERPRISES,
      ...DEMO_NON_PILOT_ENTERPRISES,
    ]) {
      const id = organisationIds.get(organisationKey)!;
      if (await manager.existsBy(EnterpriseEntity, { id })) continue;
      await manager.insert(EnterpriseEntity, {
        id,
        creditCode: `${creditCodeBase}${creditCodeCheckCharacter(creditCodeBase)}`,
        ...fields,
      });
      created += 1;
    }
    return created;
  }

  /** Production: one system administrator who must replace the password at first login. */
  private async seedInitialAdmin(manager: EntityManager, platformId: string): Promise<number> {
    if (await manager.existsBy(UserEntity, { role: Role.SystemAdmin })) return 0;
    const { username, password } = this.config.initialAdmin;
    if (!password) {
      throw new PreflightError(
        'INITIAL_ADMIN_PASSWORD must be set to create the initial system administrator.',
      );
    }
    const violations = checkPassword({ password, username, isCommon: isCommonPassword });
    if (violations.length > 0) {
      throw new PreflightError(
        `INITIAL_ADMIN_PASSWORD breaks the password policy: ${violations.join(', ')}.`,
      );
    }
    await manager.save(
      UserEntity,
      manager.create(UserEntity, {
        username,
        displayName: '系统管理员',
        role: Role.SystemAdmin,
        organisationId: platformId,
        passwordHash: await this.passwords.hash(password),
        mustChangePassword: true,
      }),
    );
    return 1;
  }
}
