// The strict policy a site with Natter can send (docs/security.md), with the
// other origins a page allows: its comments backend in `connect-src` and an
// avatar host in `img-src`.
export function policyFor({connect = [], images = [], reportUri} = {}) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    connect.length && `connect-src 'self' ${connect.join(' ')}`,
    images.length && `img-src 'self' ${images.join(' ')}`,
    "require-trusted-types-for 'script'",
    'trusted-types lit-html dompurify natter',
    reportUri && `report-uri ${reportUri}`,
  ]
    .filter(Boolean)
    .join('; ');
}
