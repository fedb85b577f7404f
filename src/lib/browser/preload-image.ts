/**
 * Starts downloading an image the page is about to show, at high priority. The <img> rendered later
 * with the same address is served from the browser's memory cache. The address comes from the API:
 * the content security policy's img-src decides, as for the <img> itself.
 */
export function preloadImage(url: string) {
  const image = new Image()
  image.fetchPriority = 'high'
  image.decoding = 'async'
  image.src = url
}
