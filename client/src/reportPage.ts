type Locale = 'fr' | 'en';

/** "ao-2026-0142.md" → "ao-2026-0142-conformite.html" ("-compliance.html" in English). */
export function reportFileName(path: string, locale: Locale): string {
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.(?:md|markdown)$/i, '') || 'rapport';
  return `${base}-${locale === 'fr' ? 'conformite' : 'compliance'}.html`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** What the report's webview shows while the server has no report: a message, nothing that loads or runs. */
export function placeholderPage(locale: Locale, message: string): string {
  const text = message.replace(/[&<>"]/g, (c) => ESCAPES[c]);
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'">
<title>${text}</title>
</head>
<body>
<p>${text}</p>
</body>
</html>
`;
}
