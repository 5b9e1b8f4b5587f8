import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, type SelectQueryBuilder } from 'typeorm';
import { type OrganisationScope, organisationScopeCondition } from '../../common/access/scope';
import { pageOffset } from '../../common/http/pagination.dto';
import { managerOf, type Tx } from '../../database/unit-of-work';
import { LoginThrottleEntity } from '../auth/login-throttle.entity';
import { UserTwoFactorEntity } from '../two-factor/user-two-factor.entity';
import { escapeLike } from '../organisations/organisations.repository';
import { UserEntity } from './user.entity';
import { type UserQueryDto } from './users.dto';

export interface UserWithLock {
  user: UserEntity;
  lockedUntil: Date | null;
  twoFactorEnabled: boolean;
}

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findPage(scope: OrganisationScope, query: UserQueryDto): Promise<[UserWithLock[], number]> {
    const qb = this.scoped(this.dataSource.manager, scope);
    if (query.q) {
      qb.andWhere('(u.username ILIKE :q OR u.display_name ILIKE :q)', { q: `%${escapeLike(query.q)}%` });
    }
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.organisationId)
      qb.andWhere('u.organisation_id = :organisationId', { organisationId: query.organisationId });
    const { skip, take } = pageOffset(query);
    const [users, total] = await qb
      .orderBy('r.path')
      .addOrderBy('u.username')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    return [await this.withLocks(users), total];
  }

  async findInScope(scope: OrganisationScope, id: string, tx?: Tx): Promise<UserWithLock | null> {
    const manager = managerOf(tx, this.dataSource);
    const user = await this.scoped(manager, scope).andWhere('u.id = :id', { id }).getOne();
    return user ? (await this.withLocks([user], manager))[0] : null;
  }

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.dataSource.manager.findOne(UserEntity, {
      where: { username },
      relations: { organisation: { region: true } },
    });
  }

  findWithOrganisation(id: string, tx?: Tx): Promise<UserEntity | null> {
    return managerOf(tx, this.dataSource).findOne(UserEntity, {
      where: { id },
      relations: { organisation: { region: true } },
    });
  }

  /** Whether the account exists at all, whoever asks (to tell hidden from missing). */
  exists(id: string, tx?: Tx): Promise<boolean> {
    return managerOf(tx, this.dataSource).existsBy(UserEntity, { id });
  }

  /** Inserts an account; returns its id. */
  async insert(user: Partial<UserEntity>, tx: Tx): Promise<string> {
    const manager = managerOf(tx, this.dataSource);
    return (await manager.save(UserEntity, manager.create(UserEntity, user))).id;
  }

  async update(id: string, changes: Partial<UserEntity>, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).update(UserEntity, { id }, changes);
  }

  async recordLogin(id: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).query(`UPDATE app_user SET last_login_at = now() WHERE id = $1`, [
      id,
    ]);
  }

  /** Sets a password the user chose: no change required any more. */
  async setOwnPassword(id: string, passwordHash: string, tx: Tx): Promise<void> {
    await managerOf(tx, this.dataSource).query(
      `UPDATE app_user SET password_hash = $2, must_change_password = false, password_changed_at = now(),
              updated_at = now() WHERE id = $1`,
      [id, passwordHash],
    );
  }

  usernameTaken(username: string): Promise<boolean> {
    return this.dataSource.manager.existsBy(UserEntity, { username });
  }

  private scoped(manager: EntityManager, scope: OrganisationScope): SelectQueryBuilder<UserEntity> {
    const condition = organisationScopeCondition(scope, 'o', 'r');
    return manager
      .createQueryBuilder(UserEntity, 'u')
      .innerJoinAndSelect('u.organisation', 'o')
      .innerJoinAndSelect('o.region', 'r')
      .where(condition.sql, condition.params);
  }

  private async withLocks(users: UserEntity[], manager = this.dataSource.manager): Promise<UserWithLock[]> {
    if (users.length === 0) return [];
    const locks = await manager
      .createQueryBuilder(LoginThrottleEntity, 't')
      .where('t.username IN (:...usernames)', { usernames: users.map((u) => u.username) })
      .andWhere('t.locked_until > now()')
      .getMany();
    const byUsername = new Map(locks.map((lock) => [lock.username, lock.lockedUntil]));
    const enrolled = await manager
      .createQueryBuilder(UserTwoFactorEntity, 'f')
      .where('f.user_id IN (:...ids)', { ids: users.map((u) => u.id) })
      .andWhere('f.enabled_at IS NOT NULL')
      .getMany();
    const enabled = new Set(enrolled.map((row) => row.userId));
    return users.map((user) => ({
      user,
      lockedUntil: byUsername.get(user.username) ?? null,
      twoFactorEnabled: enabled.has(user.id),
    }));
  }
}
