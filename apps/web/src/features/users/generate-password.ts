import { PASSWORD_MIN_LENGTH, checkPassword } from '@skillpay/domain';

// No look-alikes (0/O, 1/l/I) so a password read out over the phone survives.
const GROUPS = ['abcdefghijkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '#%+=@!?-'];

function pick(alphabet: string, random: () => number): string {
  return alphabet[random() % alphabet.length];
}

/**
 * A random initial password that satisfies the domain policy: four characters classes, a few
 * characters over the minimum length. Uses the browser's CSPRNG.
 */
export function generatePassword(
  length = PASSWORD_MIN_LENGTH + 4,
  random: () => number = () => crypto.getRandomValues(new Uint32Array(1))[0],
): string {
  for (;;) {
    const chars = GROUPS.map((group) => pick(group, random));
    const all = GROUPS.join('');
    while (chars.length < length) chars.push(pick(all, random));
    // Fisher–Yates, so the guaranteed characters are not always first.
    for (let i = chars.length - 1; i > 0; i--) {
      const j = random() % (i + 1);
      [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    const password = chars.join('');
    if (checkPassword({ password }).length === 0) return password;
  }
}
