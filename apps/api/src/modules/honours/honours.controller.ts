import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '../../common/auth/decorators';
import { IfMatch, type Precondition, VersionedRead, VersionedWrite } from '../../common/http/concurrency';
import { UuidParam } from '../../common/http/uuid-param.pipe';
import { CreateHonourDto, HonourDto, HonourListDto, UpdateHonourDto } from './honours.dto';
import { HonoursService } from './honours.service';

@ApiTags('honours')
@ApiBearerAuth()
@Controller('honours')
export class HonoursController {
  constructor(private readonly service: HonoursService) {}

  @Get()
  @Allow('honours', 'read')
  @ApiOkResponse({ type: HonourListDto })
  @ApiOperation({ summary: 'The honours reference table: national ones first, then by sort order' })
  list(): Promise<HonourListDto> {
    return this.service.list();
  }

  @Get(':id')
  @VersionedRead()
  @Allow('honours', 'read')
  @ApiOkResponse({ type: HonourDto })
  @ApiOperation({ summary: 'One honour with the number of talents holding it' })
  get(@Param('id', UuidParam) id: string): Promise<HonourDto> {
    return this.service.get(id);
  }

  @Post()
  @Allow('honours', 'create')
  @ApiCreatedResponse({ type: HonourDto })
  @ApiOperation({ summary: 'The system administrator adds a provincial or municipal honour' })
  create(@Body() dto: CreateHonourDto): Promise<HonourDto> {
    return this.service.create(dto);
  }

  @Patch(':id')
  @VersionedWrite()
  @Allow('honours', 'update')
  @ApiOkResponse({ type: HonourDto })
  @ApiOperation({
    summary: 'Names, issuer, level, qualifying flag, sort order (national ones stay qualifying)',
  })
  update(
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateHonourDto,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<HonourDto> {
    return this.service.update(id, dto, precondition);
  }

  @Delete(':id')
  @HttpCode(204)
  @VersionedWrite()
  @Allow('honours', 'delete')
  @ApiOperation({
    summary: 'Delete an honour (national ones: 409); one a talent record names is kept for history (soft)',
  })
  remove(
    @Param('id', UuidParam) id: string,
    @IfMatch() precondition: Precondition | undefined,
  ): Promise<void> {
    return this.service.remove(id, precondition);
  }
}
