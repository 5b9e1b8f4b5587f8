import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClsService } from 'nestjs-cls';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { type RequestContext } from '../../common/context/request-context';
import { AppException } from '../../common/errors/app.exception';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { NotificationListDto, NotificationQueryDto, UnreadCountDto } from './notifications.dto';
import { NotificationsRepository } from './notifications.repository';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  @Get()
  @Allow('notifications', 'read')
  @ApiOkResponse({ type: NotificationListDto })
  @ApiOperation({
    summary: 'The caller’s organisation’s notifications, newest first, with the caller’s read marks',
  })
  async list(
    @CurrentCaller() caller: Caller,
    @Query() query: NotificationQueryDto,
  ): Promise<NotificationListDto> {
    const english = this.cls.get('language') === 'en';
    const [{ rows, total }, unread] = await Promise.all([
      this.repository.findPage(caller.organisationId, caller.userId, query),
      this.repository.unreadCount(caller.organisationId, caller.userId),
    ]);
    const items = rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      title: english ? row.title_en : row.title_zh,
      link: row.link,
      read: row.read,
      createdAt: row.created_at,
    }));
    return { items, total, unread };
  }

  @Get('unread-count')
  @Allow('notifications', 'read')
  @ApiOkResponse({ type: UnreadCountDto })
  @ApiOperation({ summary: 'Unread count for the bell' })
  async unreadCount(@CurrentCaller() caller: Caller): Promise<UnreadCountDto> {
    return { unread: await this.repository.unreadCount(caller.organisationId, caller.userId) };
  }

  @Post(':id/read')
  @HttpCode(204)
  @Allow('notifications', 'read')
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'Mark one notification read (404 if it is not the caller’s)' })
  async markRead(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<void> {
    if (!(await this.repository.markRead(caller.organisationId, caller.userId, id)))
      throw AppException.notFound();
  }

  @Post('read-all')
  @HttpCode(204)
  @Allow('notifications', 'read')
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'Mark all of the caller’s notifications read' })
  markAllRead(@CurrentCaller() caller: Caller): Promise<void> {
    return this.repository.markAllRead(caller.organisationId, caller.userId);
  }
}
