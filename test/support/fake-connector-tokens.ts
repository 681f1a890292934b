/**
 * Bot Framework tokens for tests: an RSA key the fake connector publishes as OpenID metadata and
 * JWKS (as login.botframework.com does), and RS256 JWTs signed with it, shaped like the tokens the
 * Bot Connector sends to a bot. Point `ToBotFromChannelOpenIdMetadataUrl` at `openIdUrl`.
 */
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';

export class FakeTokenIssuer {
  readonly kid = 'test-key-1';
  private readonly privateKey: KeyObject;
  private readonly publicJwk: Record<string, unknown>;

  constructor(private readonly baseUrl: string) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    this.privateKey = privateKey;
    this.publicJwk = { ...publicKey.export({ format: 'jwk' }), kid: this.kid, use: 'sig', endorsements: ['msteams'] };
  }

  get openIdUrl(): string {
    return `${this.baseUrl}openid/configuration`;
  }

  /** The documents the fake connector serves, by path. */
  documents(): Record<string, unknown> {
    return {
      '/openid/configuration': { issuer: 'https://api.botframework.com', jwks_uri: `${this.baseUrl}openid/keys`, id_token_signing_alg_values_supported: ['RS256'] },
      '/openid/keys': { keys: [this.publicJwk] },
    };
  }

  /** A channel-to-bot token for `appId`, valid for an hour from the real clock (the JWT library reads it). */
  channelToken(appId: string, serviceUrl: string, overrides: Record<string, unknown> = {}): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', kid: this.kid };
    const payload = { iss: 'https://api.botframework.com', aud: appId, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600, ...overrides };
    const unsigned = `${base64url(header)}.${base64url(payload)}`;
    const signature = createSign('RSA-SHA256').update(unsigned).sign(this.privateKey).toString('base64url');
    return `${unsigned}.${signature}`;
  }
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
