import { Injectable } from '@nestjs/common';
import {
  type AuditAction,
  MANAGED_ACCOUNT_ROLES,
  type Role,
  ROLE_LABELS,
  roleFitsOrganisation,
} from '@skillpay/domain';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { type Tx, UnitOfWork } from '../../database/unit-of-work';
import { AuditService } from '../audit/audit.service';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { PasswordService } from '../auth/password.service';
import { SessionEndReason } from '../auth/session.entity';
import { SessionService } from '../auth/session.service';
import { OrganisationException } from '../organisations/organisations.exception';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { TwoFactorException } from '../two-factor/two-factor.exception';
import { TwoFactorService } from '../two-factor/two-factor.service';
import { type UserEntity, UserStatus } from './user.entity';
import {
  type CreateUserDto,
  type ResetPasswordDto,
  type ResetTwoFactorDto,
  toUserSnapshot,
  type UpdateUserDto,
  type UserSnapshot,
  type UserDto,
  type UserListDto,
  type UserQueryDto,
} from './users.dto';
import { UserException } from './users.exception';
import { UsersRepository } from './users.repository';
import { EditPreconditions, type Precondition } from '../../common/http/concurrency';

@Injectable()
export class UsersService {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly repository: UsersRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly preconditions: EditPreconditions,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
    private readonly twoFactor: TwoFactorService,
  ) {}

  async list(caller: Caller, query: UserQueryDto): Promise<UserListDto> {
    const [rows, total] = await this.repository.findPage(this.access.scope(caller, 'users', 'read'), query);
    return {
      items: rows.map(({ user, lockedUntil, twoFactorEnabled }) =>
        this.toDto(caller, toUserSnapshot(user, lockedUntil, twoFactorEnabled)),
      ),
      total,
    };
  }

  async get(caller: Caller, id: string): Promise<UserDto> {
    const found = await this.repository.findInScope(this.access.scope(caller, 'users', 'read'), id);
    if (!found) throw await this.notFound(id);
    return this.toDto(caller, toUserSnapshot(found.user, found.lockedUntil, found.twoFactorEnabled));
  }

  async create(caller: Caller, dto: CreateUserDto): Promise<UserDto> {
    this.assertManagesRole(caller, dto.role);
    const username = dto.username.toLowerCase();
    if (await this.repository.usernameTaken(username)) {
      throw new UserException('username_taken', { username }, { field: 'username' });
    }
    await this.assertOrganisationFits(caller, dto.organisationId, dto.role);
    this.passwords.assertAcceptable(dto.password, username, 'password');
    const passwordHash = await this.passwords.hash(dto.password);
    return this.unitOfWork.run(async (tx) => {
      const id = await this.repository.insert(
        { ...dto, username, passwordHash, mustChangePassword: true },
        tx,
      );
      const created = toUserSnapshot((await this.repository.findWithOrganisation(id, tx))!);
      await this.audit.record(
        { action: 'user.create', entityType: 'user', entityId: id, after: created },
        tx,
      );
      return this.toDto(caller, created);
    });
  }

  async update(
    caller: Caller,
    id: string,
    dto: UpdateUserDto,
    precondition?: Precondition,
  ): Promise<UserDto> {
    return this.change(caller, id, 'user.update', async (user, tx) => {
      await this.preconditions.assert(
        precondition,
        { entityType: 'user', key: id, version: user.version },
        tx,
      );
      const role = dto.role ?? user.role;
      this.assertManagesRole(caller, role);
      const organisationId = dto.organisationId ?? user.organisationId;
      if (dto.role !== undefined || dto.organisationId !== undefined) {
        await this.assertOrganisationFits(caller, organisationId, role, tx);
      }
      await this.repository.update(id, dto, tx);
      // A new role or organisation changes what the sessions may see: sign in again.
      if (role !== user.role || organisationId !== user.organisationId) {
        await this.sessions.revokeAllForUser(tx, id, SessionEndReason.UserDisabled);
      }
    });
  }

  disable(caller: Caller, id: string): Promise<UserDto> {
    if (id === caller.userId) throw new UserException('cannot_disable_self');
    return this.change(caller, id, 'user.disable', async (_user, tx) => {
      await this.repository.update(id, { status: UserStatus.Disabled }, tx);
      await this.sessions.revokeAllForUser(tx, id, SessionEndReason.UserDisabled);
    });
  }

  enable(caller: Caller, id: string): Promise<UserDto> {
    return this.change(caller, id, 'user.enable', async (_user, tx) => {
      await this.repository.update(id, { status: UserStatus.Active }, tx);
    });
  }

  async resetPassword(caller: Caller, id: string, dto: ResetPasswordDto): Promise<UserDto> {
    return this.change(caller, id, 'user.reset_password', async (user, tx) => {
      this.passwords.assertAcceptable(dto.newPassword, user.username, 'newPassword');
      const passwordHash = await this.passwords.hash(dto.newPassword);
      await this.repository.update(
        id,
        { passwordHash, mustChangePassword: true, passwordChangedAt: new Date() },
        tx,
      );
      await this.sessions.revokeAllForUser(tx, id, SessionEndReason.PasswordChanged);
      await this.throttle.clear(user.username, tx);
    });
  }

  /**
   * Lost phone and recovery codes: forgets the user's authenticator and ends their sessions; the
   * user enrols again at the next login where the role requires it. Audited with the reason.
   */
  resetTwoFactor(caller: Caller, id: string, dto: ResetTwoFactorDto): Promise<UserDto> {
    return this.change(
      caller,
      id,
      'user.reset_two_factor',
      async (_user, tx) => {
        if (!(await this.twoFactor.reset(id, tx))) throw new TwoFactorException('not_enabled');
        await this.sessions.revokeAllForUser(tx, id, SessionEndReason.TwoFactorReset);
      },
      dto.reason,
    );
  }

  /** Loads the user in scope, applies the change and audits before/after (and a reason), in one transaction. */
  private change(
    caller: Caller,
    id: string,
    action: AuditAction,
    apply: (user: UserEntity, tx: Tx) => Promise<void>,
    reason?: string,
  ): Promise<UserDto> {
    return this.unitOfWork.run(async (tx) => {
      const scope = this.access.scope(caller, 'users', 'update');
      const found = await this.repository.findInScope(scope, id, tx, true);
      if (!found) throw await this.notFound(id, tx);
      // visible in the bureau's region, but not one of the accounts it administers
      if (!this.access.managesAccount(caller, found.user.role))
        throw new UserException('account_not_managed');
      const before = toUserSnapshot(found.user, found.lockedUntil, found.twoFactorEnabled);
      await apply(found.user, tx);
      const reloaded = await this.repository.findInScope(scope, id, tx);
      const after = toUserSnapshot(reloaded!.user, reloaded!.lockedUntil, reloaded!.twoFactorEnabled);
      await this.audit.record(
        { action, entityType: 'user', entityId: id, before, after: reason ? { ...after, reason } : after },
        tx,
      );
      return this.toDto(caller, after);
    });
  }

  private toDto(caller: Caller, snapshot: UserSnapshot): UserDto {
    return {
      ...snapshot,
      manageable:
        this.access.managesAccount(caller, snapshot.role) &&
        this.access.scope(caller, 'users', 'update').kind !== 'none',
    };
  }

  /** 400 on `role` when the caller may not hold accounts of that role (a bureau: enterprise only). */
  private assertManagesRole(caller: Caller, role: Role): void {
    if (this.access.managesAccount(caller, role)) return;
    const roles = (MANAGED_ACCOUNT_ROLES[caller.role] ?? []).map((managed) => ROLE_LABELS[managed]);
    throw UserException.invalid('role', 'role_not_managed', {
      roles: {
        'zh-CN': roles.map((label) => label['zh-CN']).join('、'),
        en: roles.map((label) => label.en).join(', '),
      },
    });
  }

  /** 404, naming the entity only when it exists but lies outside the scope; `tx` inside a transaction. */
  private async notFound(id: string, tx?: Tx): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, tx)) ? { entityType: 'user', entityId: id } : undefined,
    );
  }

  private async assertOrganisationFits(
    caller: Caller,
    organisationId: string,
    role: Role,
    tx?: Tx,
  ): Promise<void> {
    const organisation = await this.organisations.findInScope(
      this.access.scope(caller, 'organisations', 'read'),
      organisationId,
      tx,
    );
    if (!organisation) {
      throw UserException.invalid('organisationId', 'organisation_not_found');
    }
    if (!roleFitsOrganisation(role, organisation.type)) {
      throw OrganisationException.invalid('role', 'role_organisation_mismatch', { role });
    }
  }
}
