/**
 * What a scenario module declares: its name, its description for the QA panel, and what it does, in
 * one or more of three places. The scenario gate applies `gate` to every API request before anything
 * else; the world applies `data` to what the resource handlers serve; `endpoints` answer one endpoint
 * in place of its handler. The resource handlers themselves know no scenario.
 */
import type { Article } from '../../src/lib/api-schemas.ts'
import type { StoredArticle } from '../store/seed-state.ts'
import type { StoredComment } from '../store/stored-comment.ts'
import type { DataOverlay, World } from './world.ts'

export interface GateRequest {
  method: string
  /** The path after the API's base, e.g. `/articles/un-article/comments`. */
  path: string
  /** The `?latency=` setting (1,500 ms by default). */
  latencyMs: number
}

export interface GateBehaviour {
  /** How long every answer waits. */
  delayMs?: (request: GateRequest) => number
  /** No server answers at all: a dropped network, or a wait forever. Comes before any `answer`. */
  unreachable?: 'network' | 'timeout'
  /** A server's answer in place of the API's, or undefined to let the request through. */
  answer?: (request: GateRequest) => Response | undefined
}

export interface EndpointAnswer {
  method: 'get' | 'post' | 'patch' | 'delete'
  /** An msw path after the API's base, e.g. `/articles/:slug/comments`. */
  path: string
  /**
   * The scenario's answer, or undefined to let the resource handler answer. Called only for an
   * article (`:slug`) or a comment (`:id`) that exists: a missing one gets the handler's 404 first.
   */
  answer: (context: { params: { slug?: string; id?: string }; world: World }) => Response | undefined
}

export interface Scenario<Name extends string = string> {
  name: Name
  /** What the reader should see, in French, for the QA panel. */
  description: string
  gate?: GateBehaviour
  data?: DataOverlay
  endpoints?: EndpointAnswer[]
}

/** Keeps the name's literal type, so the catalogue can list the names as a type. */
export function defineScenario<const Name extends string>(scenario: Scenario<Name>): Scenario<Name> {
  return scenario
}

/** An overlay for the first article of the list: where the thread and hostile-field scenarios show. */
export function onFirstArticle(change: {
  /** The first article's thread, from its slug and publication date. */
  thread?: (slug: string, publishedAt: string) => StoredComment[]
  article?: (article: Article) => Article
}): DataOverlay {
  const { thread, article } = change
  return {
    ...(thread && {
      thread: (slug: string, first: StoredArticle) =>
        slug === first.slug ? thread(first.slug, first.publishedAt) : undefined,
    }),
    ...(article && {
      article: (shown: Article, first: StoredArticle) =>
        shown.slug === first.slug ? article(shown) : undefined,
    }),
  }
}

/** Builds once per set of arguments: scenario data is large, and the same on every request. */
export function builtOnce<Args extends string[], T>(build: (...args: Args) => T): (...args: Args) => T {
  const built = new Map<string, T>()
  return (...args) => {
    const key = args.join('\n')
    let value = built.get(key)
    if (value === undefined) {
      value = build(...args)
      built.set(key, value)
    }
    return value
  }
}
