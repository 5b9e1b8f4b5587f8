import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { ACCESS_TOKEN_MINUTES } from '@skillpay/domain';
import { AppConfig } from '../../common/config/app-config';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordService } from './password.service';
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
  providers: [PasswordService, SessionService, LoginThrottleService],
  exports: [PasswordService, SessionService, LoginThrottleService, JwtModule],
})
export class CredentialsModule {}
