/**
 * Keys whose values never enter the audit log (passwords, tokens, hashes, ID-card numbers).
 * The services already pass mapped DTOs; this is the safety net.
 */
const SECRET_KEY = /pass(word)?|token|secret|hash|id_?card|idNumber|身份证/i;

export function redactSecrets(value: object): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify(value, (key, inner: unknown) => (key && SECRET_KEY.test(key) ? '[REDACTED]' : inner)),
  ) as Record<string, unknown>;
}
