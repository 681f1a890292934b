import { signatureRefusal } from '../../../adapters/slack/request-signature';
import { sign, SIGNING_SECRET } from '../../support/fake-slack-requests';

const NOW = Date.UTC(2026, 11, 1, 9, 0);
const seconds = Math.floor(NOW / 1000);
const body = 'team_id=T1&user_id=U1&command=%2Fcurio&text=help';

function signed(timestamp: number, secret = SIGNING_SECRET) {
  const headers = sign(body, timestamp, secret);
  return { signature: headers['x-slack-signature'], timestamp: headers['x-slack-request-timestamp'], body };
}

describe("Slack's request signature", () => {
  it.each([
    ['signed now', signed(seconds), undefined],
    ['signed 4 minutes ago', signed(seconds - 240), undefined],
    ['signed with another secret', signed(seconds, 'another-secret'), 'signature mismatch'],
    ['with the body changed after signing', { ...signed(seconds), body: `${body}&x=1` }, 'signature mismatch'],
    ['signed 6 minutes ago', signed(seconds - 360), 'the timestamp is over five minutes old'],
    ['dated 6 minutes ahead', signed(seconds + 360), 'the timestamp is in the future'],
    ['with no headers', { signature: undefined, timestamp: undefined, body }, 'missing signature headers'],
    ['with a timestamp that is not a number', { ...signed(seconds), timestamp: 'soon' }, 'missing signature headers'],
    ['with repeated headers', { ...signed(seconds), signature: ['v0=aa', 'v0=bb'] }, 'missing signature headers'],
    ['of another version', { ...signed(seconds), signature: signed(seconds).signature.replace('v0=', 'v1=') }, 'unknown signature version'],
    ['with a cut signature', { ...signed(seconds), signature: signed(seconds).signature.slice(0, 20) }, 'signature mismatch'],
    ['with a signature that is not hex', { ...signed(seconds), signature: `v0=${'z'.repeat(64)}` }, 'signature mismatch'],
    ['with the right signature and more after it', { ...signed(seconds), signature: `${signed(seconds).signature}zz` }, 'signature mismatch'],
    ['with the right signature and one more digit', { ...signed(seconds), signature: `${signed(seconds).signature}0` }, 'signature mismatch'],
    ['with the right signature in capitals', { ...signed(seconds), signature: `v0=${signed(seconds).signature.slice(3).toUpperCase()}` }, 'signature mismatch'],
  ])('a request %s', (_name, request, refusal) => {
    expect(signatureRefusal(request, SIGNING_SECRET, NOW)).toBe(refusal);
  });
});
