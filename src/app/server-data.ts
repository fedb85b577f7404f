/**
 * The first page's API answers, when the server wrote them into the page (the WordPress plugin does:
 * wordpress/chronique/includes/front/class-document.php), adopted into the query cache before the
 * app starts, under the keys the pages read, so that nothing is asked twice. The element is JSON data
 * (`<script type="application/json">`), never run: the strict CSP is untouched.
 *
 * Each answer is checked with the same run-time schemas as a fetched one (src/lib/api-schemas.ts);
 * one that does not pass is left out, and the page fetches it as usual.
 */
import type { QueryClient } from '@tanstack/react-query'
import * as v from 'valibot'
import { articleQueries, authorQueries, categoryQueries } from '@/features/articles/api/article-queries'
import { commentQueries } from '@/features/comments/api/comment-queries'
import {
  articlePageSchema,
  articleSchema,
  authorSchema,
  categoryListSchema,
  commentPageSchema,
} from '@/lib/api-schemas'

/** The element's id (the plugin's Document::DATA_ELEMENT). */
export const SERVER_DATA_ELEMENT = 'chronique-data'

/** What names each answer in the cache, with the answer as the API sent it (`data`, checked below). */
const serverDataSchema = v.object({
  article: v.optional(v.object({ slug: v.string(), data: v.unknown() })),
  thread: v.optional(
    v.object({ slug: v.string(), sort: v.picklist(['oldest', 'newest']), data: v.unknown() }),
  ),
  list: v.optional(
    v.object({
      params: v.object({
        page: v.pipe(v.number(), v.integer(), v.minValue(1)),
        q: v.optional(v.string()),
        category: v.optional(v.string()),
        author: v.optional(v.string()),
      }),
      data: v.unknown(),
    }),
  ),
  author: v.optional(v.object({ slug: v.string(), data: v.unknown() })),
  categories: v.optional(v.object({ data: v.unknown() })),
})

function parsed<TSchema extends v.GenericSchema>(schema: TSchema, data: unknown) {
  const result = v.safeParse(schema, data)
  return result.success ? result.output : undefined
}

/** Reads the page's inline answers, if any, once: returns the cache keys it filled. */
export function adoptServerData(queryClient: QueryClient, doc: Document = document): unknown[][] {
  const element = doc.getElementById(SERVER_DATA_ELEMENT)
  if (!element) return []
  // Read once: the text is no use to anyone after this.
  element.remove()
  let json: unknown
  try {
    json = JSON.parse(element.textContent)
  } catch {
    return []
  }
  const answers = parsed(serverDataSchema, json)
  if (!answers) return []

  const adopted: unknown[][] = []
  const { article, thread, list, author, categories } = answers
  const articleData = article && parsed(articleSchema, article.data)
  if (article && articleData) {
    const { queryKey } = articleQueries.detail(article.slug)
    queryClient.setQueryData(queryKey, articleData)
    adopted.push([...queryKey])
  }
  const threadPage = thread && parsed(commentPageSchema, thread.data)
  if (thread && threadPage) {
    const { queryKey } = commentQueries.thread(thread.slug, thread.sort)
    queryClient.setQueryData(queryKey, { pages: [threadPage], pageParams: [null] })
    adopted.push([...queryKey])
  }
  const listPage = list && parsed(articlePageSchema, list.data)
  if (list && listPage) {
    const { queryKey } = articleQueries.list(list.params)
    queryClient.setQueryData(queryKey, listPage)
    adopted.push([...queryKey])
  }
  const authorData = author && parsed(authorSchema, author.data)
  if (author && authorData) {
    const { queryKey } = authorQueries.detail(author.slug)
    queryClient.setQueryData(queryKey, authorData)
    adopted.push([...queryKey])
  }
  const categoryList = categories && parsed(categoryListSchema, categories.data)
  if (categoryList) {
    const { queryKey } = categoryQueries.list()
    queryClient.setQueryData(queryKey, categoryList.items)
    adopted.push([...queryKey])
  }
  return adopted
}
