import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiOkResponse, ApiCreatedResponse } from '@nestjs/swagger';
import { type Caller } from '../../common/auth/caller';
import { Allow, CurrentCaller } from '../../common/auth/decorators';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import {
  CreateUserDto,
  ResetPasswordDto,
  ResetTwoFactorDto,
  UpdateUserDto,
  UserDto,
  UserListDto,
  UserQueryDto,
} from './users.dto';
import { UsersService } from './users.service';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';
import { ListExportService, XLSX_LIST_CONTENT_TYPE } from '../../common/xlsx/list-export';
import { UserExportQueryDto, userExport } from './users.export';
import { ApiFileResponse } from '../../common/http/file-routes';
import { type FileResponse } from '../../common/http/file-response';

@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    private readonly service: UsersService,
    private readonly exports: ListExportService,
  ) {}

  @Get('export')
  @Allow('users', 'read')
  @ApiFileResponse(XLSX_LIST_CONTENT_TYPE)
  @ApiOperation({ summary: 'The accounts of the list, filtered as the list, as xlsx' })
  export(@CurrentCaller() caller: Caller, @Query() query: UserExportQueryDto): Promise<FileResponse> {
    return this.exports.export(userExport(this.service, caller, query));
  }

  @Get()
  @Allow('users', 'read')
  @ApiOkResponse({ type: UserListDto })
  @ApiOperation({ summary: 'Accounts in the caller’s scope' })
  list(@CurrentCaller() caller: Caller, @Query() query: UserQueryDto): Promise<UserListDto> {
    return this.service.list(caller, query);
  }

  @Get(':id')
  @VersionedRead()
  @ApiOkResponse({ type: UserDto })
  @ApiOperation({ summary: 'One account (404 outside the caller’s scope)' })
  get(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<UserDto> {
    return this.service.get(caller, id);
  }

  @Post()
  @Allow('users', 'create')
  @ApiCreatedResponse({ type: UserDto })
  @ApiOperation({ summary: 'Create an account; the user changes the password at first login' })
  create(@CurrentCaller() caller: Caller, @Body() dto: CreateUserDto): Promise<UserDto> {
    return this.service.create(caller, dto);
  }

  @Patch(':id')
  @VersionedWrite()
  @ApiOkResponse({ type: UserDto })
  @ApiOperation({ summary: 'Change name, role or organisation' })
  update(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateUserDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<UserDto> {
    return this.service.update(caller, id, dto, precondition);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto })
  @ApiOperation({ summary: 'Disable an account and end its sessions' })
  disable(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<UserDto> {
    return this.service.disable(caller, id);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto })
  @ApiOperation({ summary: 'Enable a disabled account' })
  enable(@CurrentCaller() caller: Caller, @Param('id', UuidParam) id: string): Promise<UserDto> {
    return this.service.enable(caller, id);
  }

  @Post(':id/reset-password')
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto })
  @ApiOperation({ summary: 'Set a temporary password, end sessions and lift a lockout' })
  resetPassword(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: ResetPasswordDto,
  ): Promise<UserDto> {
    return this.service.resetPassword(caller, id, dto);
  }

  @Post(':id/reset-two-factor')
  @HttpCode(200)
  @ApiOkResponse({ type: UserDto })
  @ApiOperation({
    summary: 'Forget the user’s authenticator (lost phone), end sessions; audited with the reason',
  })
  resetTwoFactor(
    @CurrentCaller() caller: Caller,
    @Param('id', UuidParam) id: string,
    @Body() dto: ResetTwoFactorDto,
  ): Promise<UserDto> {
    return this.service.resetTwoFactor(caller, id, dto);
  }
}
