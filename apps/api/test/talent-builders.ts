import { randomUUID } from 'node:crypto';
import {
  Gender,
  idCardCheckCharacter,
  SkillLevel,
  type TalentPayTreatment,
  TalentRole,
  TalentStatus,
} from '@skillpay/domain';
import { type DataSource } from 'typeorm';
import { AppConfig } from '../src/common/config/app-config';
import { PersonalDataCipher } from '../src/common/crypto/personal-data-cipher';
import { HonourEntity } from '../src/modules/talents/honour.entity';
import { TalentAffiliationEntity } from '../src/modules/talents/talent-affiliation.entity';
import { TalentHonourEntity } from '../src/modules/talents/talent-honour.entity';
import { TalentEntity } from '../src/modules/talents/talent.entity';

/** Builders for the leading-talent database, written straight to the tables (the cipher as the API uses it). */

let serial = 0;

/** A valid GB 11643 ID number born in `birthYear`, different on every call (address code of 崂山区). */
export function validIdNumber(birthYear = 1978, addressCode = '370212'): string {
  serial += 1;
  const sequence = String((process.pid * 7 + serial) % 1000).padStart(3, '0');
  const first17 = `${addressCode}${birthYear}0${(serial % 9) + 1}1${serial % 10}${sequence}`;
  return first17 + idCardCheckCharacter(first17);
}

export function testCipher(): PersonalDataCipher {
  return new PersonalDataCipher(new AppConfig());
}

/** The seeded national honour with this code (e.g. `may-day-medal`). */
export async function honourByCode(dataSource: DataSource, code: string): Promise<HonourEntity> {
  return dataSource.getRepository(HonourEntity).findOneByOrFail({ code });
}

export interface NewTalentOptions {
  enterpriseId: string;
  regionCode?: string;
  name?: string;
  idNumber?: string;
  birthYear?: number;
  status?: TalentStatus;
  publicConsent?: boolean;
  occupationCode?: string;
  skillLevel?: SkillLevel;
  payTreatments?: TalentPayTreatment[];
  roles?: TalentRole[];
  /** honour codes with their years; default 全国五一劳动奖章 2019 */
  honours?: { code: string; year: number }[];
  authorOrganisationId?: string;
  lastConfirmedAt?: Date | null;
}

/** A talent with honours and an open affiliation; confirmed (in the database) unless told otherwise. */
export async function newTalent(
  dataSource: DataSource,
  options: NewTalentOptions,
): Promise<{ talent: TalentEntity; idNumber: string }> {
  const birthYear = options.birthYear ?? 1978;
  const idNumber = options.idNumber ?? validIdNumber(birthYear);
  const status = options.status ?? TalentStatus.Confirmed;
  const confirmed = status === TalentStatus.Confirmed;
  const id = randomUUID();
  const sealed = testCipher().seal(id, idNumber);
  const regionCode = options.regionCode ?? '370211';
  const talent = await dataSource.getRepository(TalentEntity).save({
    id,
    name: options.name ?? '张建国',
    gender: Gender.Male,
    birthYear,
    idNumberCipher: sealed.cipher,
    idNumberHash: sealed.hash,
    idNumberMasked: sealed.masked,
    enterpriseId: options.enterpriseId,
    regionCode,
    occupationCode: options.occupationCode ?? '6-18-01-01',
    skillLevel: options.skillLevel ?? SkillLevel.Level1,
    payTreatments: options.payTreatments ?? [],
    roles: options.roles ?? [TalentRole.MasterStudioLead],
    publicConsent: options.publicConsent ?? true,
    status,
    authorOrganisationId: options.authorOrganisationId ?? options.enterpriseId,
    confirmedAt: confirmed ? new Date() : null,
    lastConfirmedAt:
      options.lastConfirmedAt !== undefined ? options.lastConfirmedAt : confirmed ? new Date() : null,
  });
  for (const honour of options.honours ?? [{ code: 'may-day-medal', year: 2019 }]) {
    await dataSource.getRepository(TalentHonourEntity).insert({
      talentId: talent.id,
      honourId: (await honourByCode(dataSource, honour.code)).id,
      awardedYear: honour.year,
    });
  }
  await dataSource.getRepository(TalentAffiliationEntity).insert({
    talentId: talent.id,
    enterpriseId: options.enterpriseId,
    regionCode,
    startedAt: new Date(),
  });
  return { talent, idNumber };
}
