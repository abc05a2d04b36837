export type Lang = 'de' | 'en';

/**
 * German unless the page was asked for English (`?lang=en`, also passed through from
 * `/v1/auth/authorize`). Deliberately not Accept-Language: the widget on a German municipal
 * page is German, and the login page in between should not switch language on the citizen
 * (nor on a test browser running with an English locale).
 */
export function pickLang(query: string | undefined, _acceptLanguage?: string): Lang {
  return query === 'en' ? 'en' : 'de';
}
