import { CaseStatus } from '@skillpay/domain';
import { type DataSource } from 'typeorm';
import { CaseStudyVersionEntity } from '../src/modules/cases/case-study-version.entity';
import { CaseStudyEntity } from '../src/modules/cases/case-study.entity';
import { unique } from './test-app';

/** Builders for case studies, written straight to the tables (for tests of the review and the collections). */

export interface NewCaseOptions {
  /** the registered enterprise the case is about (its organisation id) */
  enterpriseId: string;
  regionCode?: string;
  programmeId?: string | null;
  status?: CaseStatus;
  authorOrganisationId?: string;
  version?: Partial<CaseStudyVersionEntity>;
}

/** A case of a registered enterprise with its first version; submitted unless it is a draft. */
export async function newCase(
  dataSource: DataSource,
  options: NewCaseOptions,
): Promise<{ caseStudy: CaseStudyEntity; version: CaseStudyVersionEntity }> {
  const status = options.status ?? CaseStatus.Endorsed;
  const submittedAt = status === CaseStatus.Draft ? null : new Date();
  const caseStudy = await dataSource.getRepository(CaseStudyEntity).save({
    programmeId: options.programmeId ?? null,
    regionCode: options.regionCode ?? '370211',
    enterpriseId: options.enterpriseId,
    externalEnterprise: null,
    authorOrganisationId: options.authorOrganisationId ?? options.enterpriseId,
    status,
    currentVersionNo: 1,
    submittedAt,
  });
  const version = await dataSource.getRepository(CaseStudyVersionEntity).save({
    caseId: caseStudy.id,
    versionNo: 1,
    title: unique('以技能价值为导向的薪点工资制改革'),
    articles: [20, 25],
    background: '一线技能人才收入偏低，新员工流失率高。',
    measures: '推行薪点工资制，按岗位价值和技能等级确定薪点，设立带徒津贴。',
    results: [
      { indicator: '新员工月度绩效工资', before: 495, after: 1420, unit: '元', period: '2021 → 2022' },
    ],
    resultsNarrative: '新员工月度绩效工资明显提高，流失率下降。',
    submittedAt,
    ...options.version,
  });
  return { caseStudy, version };
}
