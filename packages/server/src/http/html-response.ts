/**
 * HTML answers of the server's own pages with a strict CSP: everything from this origin only,
 * no inline script or style, no framing. `formAction` adds the origins a form may end up at
 * (the login form's 303 to the widget page counts as a form navigation).
 */
export function htmlResponse(body: string, status = 200, headers: Record<string, string> = {}, csp: { formAction?: string[] } = {}): Response {
  const policy = [
    "default-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    `form-action 'self'${csp.formAction?.length ? ` ${csp.formAction.join(' ')}` : ''}`,
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': policy,
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
      'Cache-Control': 'no-store',
      ...headers,
    },
  });
}
