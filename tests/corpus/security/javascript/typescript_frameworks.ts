// TypeScript: AWS CDK, NestJS and browser-side JWT handling, with safe look-alikes.
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as codebuild from 'aws-cdk-lib/aws-codebuild';
import { Controller, Get, Header, Redirect, Query } from '@nestjs/common';
import jwt_decode from 'jwt-decode';
import axios from 'axios';

export class StorageStack {
  constructor(scope: unknown, id: string) {
    // ruleid: js.awscdk-bucket-insecure
    const logs = new s3.Bucket(this, 'logs', {
      enforceSSL: false,
    });
    // ruleid: js.awscdk-bucket-insecure
    const raw = new s3.Bucket(this, 'raw', { encryption: s3.BucketEncryption.UNENCRYPTED });
    // ok: js.awscdk-bucket-insecure
    const archive = new s3.Bucket(this, 'archive', {
      encryption: s3.BucketEncryption.KMS_MANAGED,
      enforceSSL: true,
    });
    // ruleid: js.awscdk-bucket-insecure
    const site = new s3.Bucket(this, 'site');
    site.grantPublicAccess();
    // ok: js.awscdk-bucket-insecure
    const internal = new s3.Bucket(this, 'internal');
    internal.grantRead(archive as any);
    // ruleid: js.awscdk-codebuild-public
    const build = new codebuild.Project(this, 'build', { badge: true });
    // ok: js.awscdk-codebuild-public
    const quiet = new codebuild.Project(this, 'quiet', { badge: false });
  }
}

// ruleid: js.nestjs-header-insecure
@Controller('open')
export class OpenController {
  @Get()
  // ruleid: js.cors-wildcard
  @Header('Access-Control-Allow-Origin', '*')
  list(): string {
    return 'x';
  }
}

// ok: js.nestjs-header-insecure
@Controller('closed')
export class ClosedController {
  @Get()
  @Header('X-XSS-Protection', '1; mode=block')
  list(): string {
    return 'x';
  }

  @Get('go')
  @Redirect('https://docs.example.com', 302)
  go(@Query('next') next: string) {
    // ruleid: js.nestjs-open-redirect
    return { url: next };
  }

  @Get('docs')
  @Redirect('https://docs.example.com', 302)
  docs(@Query('v') v: string) {
    // ok: js.nestjs-open-redirect
    return { url: 'https://docs.example.com/v5/' };
  }
}

export async function login(): Promise<void> {
  const token: string = await fetchToken();
  // ruleid: js.jwt-in-localstorage
  const claims = jwt_decode<any>(token);
  localStorage.setItem('session', token);
  // ruleid: js.jwt-decoded-unverified
  const expiry = claims.exp * 1000;
}

export async function show(): Promise<void> {
  const token: string = await fetchToken();
  // ok: js.jwt-in-localstorage
  const claims = jwt_decode<any>(token);
  render(claims);
}

// ruleid: js.cleartext-http
const options = { method: 'POST', url: 'http://api.example.com/v1' };
axios(options);
// ok: js.cleartext-http
const secure = { method: 'POST', url: 'https://api.example.com/v1' };
axios(secure);

// ruleid: js.cors-regex-unescaped-dot
const corsOrigins = [/^https:\/\/app.example.com$/];
// ok: js.cors-regex-unescaped-dot
const allowedOrigins = [/^https:\/\/app\.example\.com$/];

declare function fetchToken(): Promise<string>;
declare function render(x: unknown): void;
