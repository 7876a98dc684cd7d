/**
 * The one place URLs are made safe to show. Everything that prints or stores a URL for
 * people (rejections, article paths and links, progress and error lines, the cache's
 * record of what it holds) passes it through `redactUrl`; the real URL is used only
 * to fetch.
 */

/** What a redacted part is replaced by: plain letters, so no renderer escapes or links it. */
const MASK = 'REDACTED';

/**
 * Words that make a query or fragment parameter a secret, matched against each word of
 * its name ("api_key", "X-Amz-Signature", "accessToken" -> api key / x amz signature /
 * access token). Chosen from the names real services put credentials under: OAuth
 * (`access_token`, `client_secret`, `code` is left: it is single-use), AWS and Google
 * signed URLs (`X-Amz-Signature`, `X-Amz-Credential`, `X-Goog-Signature`), Azure SAS
 * (`sig`), API keys (`key`, `api_key`, `apikey`), sessions and passwords. A harmless
 * parameter that matches ("sort_key") only loses its value in what is shown.
 */
const SECRET_WORDS = new Set([
  'apikey', 'auth', 'authorization', 'bearer', 'credential', 'credentials', 'jwt', 'key', 'otp',
  'pass', 'passphrase', 'passwd', 'password', 'private', 'pwd', 'secret', 'session', 'sessionid',
  'sid', 'sig', 'signature', 'token',
]);
/** Names written as one word that end in a secret word ("apikey", "accesstoken", "clientsecret"). */
const SECRET_SUFFIXES = ['apikey', 'token', 'secret', 'password', 'signature', 'credential', 'credentials'];

const PATTERNS = {
  /** A URL inside text: a scheme, "://", then everything up to whitespace, a quote or an angle bracket. */
  url: /\b[a-z][a-z\d+.-]*:\/\/[^\s"'<>`]+/giu,
  /** Punctuation that ends the sentence around a URL rather than the URL itself. */
  trailing: /[.,;:!?)\]]+$/u,
  /** Scheme, then user information up to the last "@" before the path. */
  userinfo: /^([a-z][a-z\d+.-]*:\/\/)[^/?#]*@/iu,
  /** Word breaks inside a parameter name: separators, and lower-to-upper case changes. */
  wordBreak: /[^a-zA-Z\d]+|(?<=[a-z\d])(?=[A-Z])/u,
} as const;

/**
 * Removes credentials (`user:password@`) and the values of secret-looking query and
 * fragment parameters from every URL in `text` (a bare URL, or a sentence holding
 * some). `http://u:p@host/feed?api_key=k&page=2` becomes
 * `http://REDACTED@host/feed?api_key=REDACTED&page=2`. Everything else is kept as
 * written, so a redacted URL still says which source it was.
 */
export function redactUrl(text: string): string {
  return text.replace(PATTERNS.url, (match) => {
    const trailing = PATTERNS.trailing.exec(match)?.[0] ?? '';
    const url = match.slice(0, match.length - trailing.length);
    return redactOne(url) + trailing;
  });
}

function redactOne(url: string): string {
  const withoutUser = url.replace(PATTERNS.userinfo, `$1${MASK}@`);
  const hash = withoutUser.indexOf('#');
  const beforeHash = hash < 0 ? withoutUser : withoutUser.slice(0, hash);
  const fragment = hash < 0 ? undefined : withoutUser.slice(hash + 1);
  const question = beforeHash.indexOf('?');
  const head = question < 0 ? beforeHash : beforeHash.slice(0, question);
  const query = question < 0 ? undefined : beforeHash.slice(question + 1);
  return head + (query === undefined ? '' : `?${redactParameters(query)}`) + (fragment === undefined ? '' : `#${redactParameters(fragment)}`);
}

/** `a=1&token=x;b` with each secret parameter's value masked; separators and order kept. */
function redactParameters(parameters: string): string {
  return parameters.replace(/[^&;]+/gu, (pair) => {
    const equals = pair.indexOf('=');
    if (equals < 0) return pair;
    return isSecretName(pair.slice(0, equals)) ? `${pair.slice(0, equals)}=${MASK}` : pair;
  });
}

function isSecretName(raw: string): boolean {
  let name = raw;
  try {
    name = decodeURIComponent(raw.replace(/\+/gu, ' '));
  } catch {
    // a malformed escape: judge the name as written
  }
  const words = name.split(PATTERNS.wordBreak).map((word) => word.toLowerCase()).filter(Boolean);
  const joined = words.join('');
  return words.some((word) => SECRET_WORDS.has(word)) || SECRET_SUFFIXES.some((suffix) => joined.endsWith(suffix));
}
