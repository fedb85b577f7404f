/**
 * Answers to requests the page started before the app's code ran (src/app/early-requests.ts, on the
 * static build), handed to the API client by URL: the app's own request for that URL takes the
 * answer already on its way instead of asking again. Each is taken once; a retry asks the network.
 */
const pending = new Map<string, Promise<Response>>()

/** One spelling per request, whatever the order of its query parameters. */
function requestKey(url: URL): string {
  const sorted = new URL(url)
  sorted.searchParams.sort()
  return sorted.href
}

/** Takes over the page's early requests, by absolute URL. */
export function adoptEarlyResponses(responses: Record<string, Promise<Response>>) {
  for (const [url, response] of Object.entries(responses)) pending.set(requestKey(new URL(url)), response)
}

/** The early answer to a GET of `url`, once; `undefined` when there is none (left to fetch). */
export function takeEarlyResponse(url: URL): Promise<Response> | undefined {
  const key = requestKey(url)
  const response = pending.get(key)
  pending.delete(key)
  return response
}

/** Forgets every early answer not taken (tests). */
export function forgetEarlyResponses() {
  pending.clear()
}
