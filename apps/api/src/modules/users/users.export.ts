import { IntersectionType, OmitType } from '@nestjs/swagger';
import { ROLE_LABELS } from '@skillpay/domain';
import { type Caller } from '../../common/auth/caller';
import { type ListExport, ListExportFormatDto, zh } from '../../common/xlsx/list-export';
import { type UserDto, UserQueryDto } from './users.dto';
import { type UsersService } from './users.service';

export class UserExportQueryDto extends IntersectionType(
  OmitType(UserQueryDto, ['page', 'pageSize'] as const),
  ListExportFormatDto,
) {}

const STATUS = { active: '正常', disabled: '已停用' } as const;

/** 用户清单 as filtered: the accounts the list shows, never a credential. */
export function userExport(
  service: UsersService,
  caller: Caller,
  { format: _format, ...filter }: UserExportQueryDto,
): ListExport<UserDto> {
  return {
    title: '用户清单',
    entityType: 'user',
    filter,
    page: (page, pageSize) => service.list(caller, { ...filter, page, pageSize }),
    columns: [
      { header: '用户名', width: 18, value: (u) => u.username },
      { header: '姓名', width: 14, value: (u) => u.displayName },
      { header: '角色', width: 14, value: (u) => zh(ROLE_LABELS, u.role) },
      { header: '所属单位', width: 34, value: (u) => u.organisation.name },
      { header: '状态', width: 10, value: (u) => STATUS[u.status] },
      { header: '双因素认证', width: 12, value: (u) => (u.twoFactorEnabled ? '已启用' : '未启用') },
      { header: '锁定至（北京时间）', width: 20, value: (u) => u.lockedUntil },
      { header: '最近登录（北京时间）', width: 20, value: (u) => u.lastLoginAt },
      { header: '创建时间（北京时间）', width: 20, value: (u) => u.createdAt },
    ],
  };
}
