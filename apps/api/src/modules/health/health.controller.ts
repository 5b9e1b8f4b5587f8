import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import {
  ApiOperation,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiOkResponse,
} from '@nestjs/swagger';
import { type Response } from 'express';
import { Public } from '../../common/auth/decorators';
import { RedisClient } from '../../common/redis/redis.module';
import { HealthRepository } from './health.repository';

type Dependency = 'up' | 'down';
/** `unused` when the queues run in PostgreSQL (REDIS_URL=embedded) */
type RedisState = Dependency | 'unused';

export class HealthDto {
  @ApiProperty({ enum: ['ok', 'error'] })
  status: 'ok' | 'error';

  @ApiProperty({ enum: ['up', 'down'] })
  db: Dependency;

  @ApiProperty({ enum: ['up', 'down', 'unused'] })
  redis: RedisState;

  @ApiProperty({ enum: ['redis', 'postgres'], description: 'where the job queues live' })
  queues: 'redis' | 'postgres';
}

const CHECK_TIMEOUT_MS = 2000;

function within<T>(promise: Promise<T>): Promise<Dependency> {
  return Promise.race([
    promise.then((): Dependency => 'up'),
    new Promise<Dependency>((resolve) => setTimeout(() => resolve('down'), CHECK_TIMEOUT_MS).unref()),
  ]).catch((): Dependency => 'down');
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: HealthRepository,
    private readonly redisClient: RedisClient,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: HealthDto })
  @ApiOperation({ summary: 'Liveness with the state of PostgreSQL and Redis, and where the queues live' })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'a dependency is down' })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    const { redis: client } = this.redisClient;
    const [db, redis] = await Promise.all([
      within(this.database.ping()),
      client ? within(client.ping()) : ('unused' as const),
    ]);
    const healthy = db === 'up' && redis !== 'down';
    response.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    return { status: healthy ? 'ok' : 'error', db, redis, queues: client ? 'redis' : 'postgres' };
  }
}
