import { articleHandlers } from './articles.ts'
import { authorHandlers } from './authors.ts'
import { categoryHandlers } from './categories.ts'
import { commentHandlers } from './comments.ts'

/** The whole mocked REST API, shared by the dev service worker, the unit tests and the e2e tests. */
export const handlers = [...articleHandlers, ...commentHandlers, ...authorHandlers, ...categoryHandlers]
