import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DEFAULT_LANGUAGE } from '@skillpay/domain';
import { ClsService } from 'nestjs-cls';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { type RequestContext } from '../../common/context/request-context';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { NotificationListDto, NotificationQueryDto, UnreadCountDto } from './notifications.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly service: NotificationsService,
    private readonly cls: ClsService<RequestContext>,
  ) {}

  @Get()
  @Allow('notifications', 'read')
  @ApiOkResponse({ type: NotificationListDto })
  @ApiOperation({
    summary: 'The caller’s organisation’s notifications, newest first, with the caller’s read marks',
  })
  list(@CurrentCaller() caller: Caller, @Query() query: NotificationQueryDto): Promise<NotificationListDto> {
    return this.service.list(caller, query, this.cls.get('language') ?? DEFAULT_LANGUAGE);
  }

  @Get('unread-count')
  @Allow('notifications', 'read')
  @ApiOkResponse({ type: UnreadCountDto })
  @ApiOperation({ summary: 'Unread count for the bell' })
  unreadCount(@CurrentCaller() caller: Caller): Promise<UnreadCountDto> {
    return this.service.unreadCount(caller);
  }

  @Post(':id/read')
  @HttpCode(204)
  @Allow('notifications', 'read')
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'Mark one notification read (404 if it is not the caller’s)' })
  markRead(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<void> {
    return this.service.markRead(caller, id);
  }

  @Post('read-all')
  @HttpCode(204)
  @Allow('notifications', 'read')
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'Mark all of the caller’s notifications read' })
  markAllRead(@CurrentCaller() caller: Caller): Promise<void> {
    return this.service.markAllRead(caller);
  }
}
