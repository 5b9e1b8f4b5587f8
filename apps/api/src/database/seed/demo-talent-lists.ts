import { Role, TalentListStatus } from '@skillpay/domain';
import { type EntityManager } from 'typeorm';
import { type AuditValues, insertAuditRecord } from '../../modules/audit/audit.repository';
import { type WorkflowAuditAction } from '../../modules/audit/audit.service';
import { TalentListsRepository } from '../../modules/talent-lists/talent-lists.repository';
import { txOf } from '../unit-of-work';

/** The demo's published edition: 青岛市高技能领军人才名录（2026年第1版）. */
export const DEMO_TALENT_LIST_YEAR = 2026;

const CITY_CODE = '370200';

/**
 * The demo's published edition of Qingdao, from whatever talents are confirmed: qd-city generates
 * it, qd-city-checker (the second person of the maker-checker rule) reviews and publishes it as
 * 青岛市高技能领军人才名录（2026年第1版）. Nothing when an edition is published already or no talent
 * is confirmed. Returns the editions created.
 */
export async function seedTalentListDemo(manager: EntityManager): Promise<number> {
  const [{ count }] = await manager.query(
    `SELECT COUNT(*)::int AS count FROM talent_list WHERE region_code = $1 AND status <> 'discarded'`,
    [CITY_CODE],
  );
  if (count > 0) return 0;
  const users = new Map<string, string>(
    (
      await manager.query(
        `SELECT username, id FROM app_user WHERE username IN ('qd-city', 'qd-city-checker')`,
      )
    ).map((row: { username: string; id: string }) => [row.username, row.id]),
  );
  const [city] = await manager.query(`SELECT path FROM region WHERE code = $1`, [CITY_CODE]);
  if (!city || !users.get('qd-city') || !users.get('qd-city-checker')) return 0;
  const repository = new TalentListsRepository(manager.connection);
  const tx = txOf(manager);
  const list = await repository.insert(
    {
      regionCode: CITY_CODE,
      year: DEMO_TALENT_LIST_YEAR,
      status: TalentListStatus.Draft,
      editionNumber: null,
      talentCount: 0,
      snapshotAt: new Date(),
      createdBy: users.get('qd-city')!,
    },
    tx,
  );
  const talents = await repository.snapshot(list.id, city.path, tx);
  if (talents === 0) {
    await manager.query(`DELETE FROM talent_list WHERE id = $1`, [list.id]);
    return 0;
  }
  const now = new Date();
  await repository.update(
    list.id,
    {
      talentCount: talents,
      status: TalentListStatus.Published,
      editionNumber: 1,
      reviewedBy: users.get('qd-city-checker')!,
      reviewedAt: now,
      reviewComment: '名单与入库记录核对一致',
      publishedBy: users.get('qd-city-checker')!,
      publishedAt: now,
    },
    tx,
  );
  const records: Array<{ action: AuditValues['action']; username: string; after: object }> = [
    { action: 'talent_list.create', username: 'qd-city', after: { regionCode: CITY_CODE, talents } },
    {
      action: `talent_list.review` as WorkflowAuditAction,
      username: 'qd-city-checker',
      after: { makerId: users.get('qd-city') },
    },
    {
      action: `talent_list.publish` as WorkflowAuditAction,
      username: 'qd-city-checker',
      after: { makerId: users.get('qd-city'), editionNumber: 1, talents },
    },
  ];
  for (const { action, username, after } of records) {
    await insertAuditRecord(manager, {
      actorId: users.get(username)!,
      actorUsername: username,
      actorRole: Role.CityBureau,
      ip: null,
      requestId: null,
      action,
      entityType: 'talent_list',
      entityId: list.id,
      outcome: 'success',
      before: null,
      after: after as Record<string, unknown>,
    });
  }
  return 1;
}
