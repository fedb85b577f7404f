/**
 * Once the page is going away, a post still in flight fails only because the page aborted it: that
 * must not erase its saved copy (the next page resumes it) nor send its text back to the form.
 */
let isLeavingPage = false
if (typeof window !== 'undefined') {
  const leave = () => {
    isLeavingPage = true
  }
  // beforeunload comes before the browser aborts requests in flight; pagehide covers the rest.
  window.addEventListener('beforeunload', leave)
  window.addEventListener('pagehide', leave)
  window.addEventListener('pageshow', () => {
    isLeavingPage = false
  })
}

export function isPageBeingLeft(): boolean {
  return isLeavingPage
}
