import type { TeamsConfig } from '../../../src/runtime/config';
import { createLogger } from '../../../src/ports/logger';
import { ANA } from '../../support/fake-connector-activities';
import { FakeConnector } from '../../support/fake-connector';
import { FakeTokenIssuer } from '../../support/fake-connector-tokens';
import { startTeamsEdge, type TeamsEdge } from './teams-harness';

const APP_ID = '00000000-1111-2222-3333-444444444444';
/** The public cloud's settings, with token signing keys served locally (botbuilder takes all or none). */
const publicCloud = (openIdUrl: string) => ({
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  ToBotFromEmulatorOpenIdMetadataUrl: 'https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration',
  CallerId: 'urn:botframework:azure',
  ValidateAuthority: 'true',
  ToBotFromChannelOpenIdMetadataUrl: openIdUrl,
});
const WITH_APP_ID: TeamsConfig = { appId: APP_ID, appPassword: 'not-a-real-secret', appType: 'MultiTenant', unauthenticated: false };

describe('Teams endpoint authentication (Bot Framework JWT)', () => {
  let edge: TeamsEdge;
  let issuer: FakeTokenIssuer;
  let login: FakeConnector;
  beforeEach(async () => {
    // A stand-in for login.botframework.com: OpenID metadata and signing keys.
    login = await new FakeConnector().start();
    issuer = new FakeTokenIssuer(login.serviceUrl);
    login.documents = issuer.documents();
    edge = await startTeamsEdge({ config: WITH_APP_ID, endpoints: publicCloud(issuer.openIdUrl) });
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await edge.stop();
    await login.stop();
  });

  it('answers 401 to a request without a token, and nothing reaches Curio', async () => {
    const result = await edge.post(edge.activities.personalMessage(ANA, 'help'));
    expect(result).toEqual({ status: 401, body: { error: 'unauthorized' } });
    expect(edge.events).toEqual([]);
    expect(edge.connector.calls).toEqual([]);
  });

  it('answers 401 to a malformed or forged token', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined); // botbuilder prints the keys it tried
    const activity = edge.activities.personalMessage(ANA, 'help');
    expect((await edge.post(activity, { authorization: 'Bearer not-a-jwt' })).status).toBe(401);
    const forged = new FakeTokenIssuer(login.serviceUrl).channelToken(APP_ID, edge.connector.serviceUrl); // same kid, another key
    expect((await edge.post(activity, { authorization: `Bearer ${forged}` })).status).toBe(401);
    expect(edge.events).toEqual([]);
  });

  it('answers 401 to an expired token, or one for another bot or another service URL', async () => {
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const activity = edge.activities.personalMessage(ANA, 'help');
    const hourAgo = Math.floor(Date.now() / 1000) - 3600;
    expect((await edge.post(activity, { authorization: `Bearer ${issuer.channelToken(APP_ID, edge.connector.serviceUrl, { nbf: hourAgo - 3600, exp: hourAgo })}` })).status).toBe(401);
    expect((await edge.post(activity, { authorization: `Bearer ${issuer.channelToken('another-app', edge.connector.serviceUrl)}` })).status).toBe(401);
    expect((await edge.post(activity, { authorization: `Bearer ${issuer.channelToken(APP_ID, 'https://elsewhere.example/')}` })).status).toBe(401);
    expect(edge.events).toEqual([]);
  });

  it('accepts an activity with a valid Bot Framework token', async () => {
    const activity = edge.activities.teamUpdate(ANA, { added: [{ id: '29:someone-new' }] });
    const result = await edge.post(activity, { authorization: `Bearer ${issuer.channelToken(APP_ID, edge.connector.serviceUrl)}` });
    expect(result.status).toBe(200);
    expect(edge.events).toMatchObject([{ kind: 'member-joined', userId: '29:someone-new' }]);
    expect(login.calls).toEqual(['GET /openid/configuration', 'GET /openid/keys']);
  });
});

describe('Teams without an app id', () => {
  it('logs a loud warning that authentication is off', async () => {
    const lines: string[] = [];
    const logger = createLogger('warn', { write: (line: string) => lines.push(line) });
    const edge = await startTeamsEdge({ logger });
    await edge.stop();
    expect(lines.join('')).toContain('WITHOUT authentication');
  });
});
