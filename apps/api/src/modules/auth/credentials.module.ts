import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ACCESS_TOKEN_MINUTES } from '@skillpay/domain';
import { AppConfig } from '../../common/config/app-config';
import { LoginThrottleRepository } from './login-throttle.repository';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';

/** Passwords, sessions, lockouts and tokens: used by login, the guard and user administration. */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { expiresIn: `${ACCESS_TOKEN_MINUTES}m`, algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'] },
      }),
    }),
  ],
  providers: [
    PasswordService,
    SessionService,
    SessionRepository,
    LoginThrottleService,
    LoginThrottleRepository,
  ],
  exports: [PasswordService, SessionService, LoginThrottleService, JwtModule],
})
export class CredentialsModule {}
