import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Role, roleFitsOrganisation } from '@skillpay/domain';
import { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../../common/access/access.service';
import { type Caller } from '../../common/auth/caller';
import { AppException } from '../../common/errors/app.exception';
import { ErrorCode } from '../../common/errors/error-code';
import { AuditService } from '../audit/audit.service';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { PasswordService } from '../auth/password.service';
import { SessionEndReason } from '../auth/session.entity';
import { SessionService } from '../auth/session.service';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { UserEntity, UserStatus } from './user.entity';
import {
  type CreateUserDto,
  type ResetPasswordDto,
  toUserDto,
  type UpdateUserDto,
  type UserDto,
  type UserListDto,
  type UserQueryDto,
} from './users.dto';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: UsersRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly passwords: PasswordService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async list(caller: Caller, query: UserQueryDto): Promise<UserListDto> {
    const [rows, total] = await this.repository.findPage(this.access.scope(caller, 'users', 'read'), query);
    return { items: rows.map(({ user, lockedUntil }) => toUserDto(user, lockedUntil)), total };
  }

  async get(caller: Caller, id: string): Promise<UserDto> {
    const found = await this.repository.findInScope(this.access.scope(caller, 'users', 'read'), id);
    if (!found) throw await this.notFound(id);
    return toUserDto(found.user, found.lockedUntil);
  }

  async create(caller: Caller, dto: CreateUserDto): Promise<UserDto> {
    const username = dto.username.toLowerCase();
    if (await this.repository.usernameTaken(username)) {
      throw AppException.conflict(ErrorCode.UsernameTaken, 'username', { username });
    }
    await this.assertOrganisationFits(caller, dto.organisationId, dto.role);
    this.passwords.assertAcceptable(dto.password, username, 'password');
    const passwordHash = await this.passwords.hash(dto.password);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        UserEntity,
        manager.create(UserEntity, { ...dto, username, passwordHash, mustChangePassword: true }),
      );
      const created = toUserDto((await this.repository.findWithOrganisation(saved.id, manager))!);
      await this.audit.record(
        { action: 'user.create', entityType: 'user', entityId: saved.id, after: created },
        manager,
      );
      return created;
    });
  }

  async update(caller: Caller, id: string, dto: UpdateUserDto): Promise<UserDto> {
    return this.change(caller, id, 'user.update', async (user, manager) => {
      const role = dto.role ?? user.role;
      const organisationId = dto.organisationId ?? user.organisationId;
      if (dto.role !== undefined || dto.organisationId !== undefined) {
        await this.assertOrganisationFits(caller, organisationId, role, manager);
      }
      await manager.update(UserEntity, { id }, dto);
      // A new role or organisation changes what the sessions may see: sign in again.
      if (role !== user.role || organisationId !== user.organisationId) {
        await this.sessions.revokeAllForUser(manager, id, SessionEndReason.UserDisabled);
      }
    });
  }

  disable(caller: Caller, id: string): Promise<UserDto> {
    if (id === caller.userId) throw AppException.conflict(ErrorCode.CannotDisableSelf);
    return this.change(caller, id, 'user.disable', async (_user, manager) => {
      await manager.update(UserEntity, { id }, { status: UserStatus.Disabled });
      await this.sessions.revokeAllForUser(manager, id, SessionEndReason.UserDisabled);
    });
  }

  enable(caller: Caller, id: string): Promise<UserDto> {
    return this.change(caller, id, 'user.enable', async (_user, manager) => {
      await manager.update(UserEntity, { id }, { status: UserStatus.Active });
    });
  }

  async resetPassword(caller: Caller, id: string, dto: ResetPasswordDto): Promise<UserDto> {
    return this.change(caller, id, 'user.reset_password', async (user, manager) => {
      this.passwords.assertAcceptable(dto.newPassword, user.username, 'newPassword');
      const passwordHash = await this.passwords.hash(dto.newPassword);
      await manager.update(
        UserEntity,
        { id },
        { passwordHash, mustChangePassword: true, passwordChangedAt: new Date() },
      );
      await this.sessions.revokeAllForUser(manager, id, SessionEndReason.PasswordChanged);
      await this.throttle.clear(user.username, manager);
    });
  }

  /** Loads the user in scope, applies the change and audits before/after, in one transaction. */
  private change(
    caller: Caller,
    id: string,
    action: string,
    apply: (user: UserEntity, manager: EntityManager) => Promise<void>,
  ): Promise<UserDto> {
    return this.dataSource.transaction(async (manager) => {
      const scope = this.access.scope(caller, 'users', 'update');
      const found = await this.repository.findInScope(scope, id, manager);
      if (!found) throw await this.notFound(id, manager);
      const before = toUserDto(found.user, found.lockedUntil);
      await apply(found.user, manager);
      const reloaded = await this.repository.findInScope(scope, id, manager);
      const after = toUserDto(reloaded!.user, reloaded!.lockedUntil);
      await this.audit.record({ action, entityType: 'user', entityId: id, before, after }, manager);
      return after;
    });
  }

  /** 404, naming the entity only when it exists but lies outside the scope; `manager` inside a transaction. */
  private async notFound(id: string, manager?: EntityManager): Promise<AppException> {
    return AppException.notFound(
      (await this.repository.exists(id, manager)) ? { entityType: 'user', entityId: id } : undefined,
    );
  }

  private async assertOrganisationFits(
    caller: Caller,
    organisationId: string,
    role: Role,
    manager?: EntityManager,
  ): Promise<void> {
    const organisation = await this.organisations.findInScope(
      this.access.scope(caller, 'organisations', 'read'),
      organisationId,
      manager,
    );
    if (!organisation) {
      throw AppException.validation([
        { field: 'organisationId', code: `errors.${ErrorCode.OrganisationNotFound}` },
      ]);
    }
    if (!roleFitsOrganisation(role, organisation.type)) {
      throw AppException.validation([
        { field: 'role', code: `errors.${ErrorCode.RoleOrganisationMismatch}`, params: { role } },
      ]);
    }
  }
}
