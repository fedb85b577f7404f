// Applies the reader's saved theme, text size and interface language before the first paint. A file, not an inline
// script, so the strict Content-Security-Policy (script-src 'self') allows it. Kept tiny and classic.
;(function () {
  try {
    var saved = JSON.parse(localStorage.getItem('chronique:preferences') || '{}')
    var root = document.documentElement
    if (localStorage.getItem('chronique:locale') === 'en-CA') root.lang = 'en-CA'
    if (saved.theme === 'light' || saved.theme === 'dark') root.setAttribute('data-theme', saved.theme)
    if (typeof saved.textScale === 'number' && saved.textScale >= 0.8 && saved.textScale <= 1.6) {
      root.style.fontSize = saved.textScale * 100 + '%'
    }
  } catch {
    // No storage, or a broken value: the defaults apply.
  }
})()
