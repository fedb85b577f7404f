const WEB_PROTOCOLS = new Set(['http:', 'https:'])

/** An untrusted URL as a link target, or `null` when it is not a plain web address (`javascript:`…). */
export function safeWebUrl(value: string): URL | null {
  try {
    const url = new URL(value, document.baseURI)
    return WEB_PROTOCOLS.has(url.protocol) ? url : null
  } catch {
    return null
  }
}

export function isSameOrigin(url: URL): boolean {
  return url.origin === window.location.origin
}
