import { useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { QueryBoundary } from '@/components/query-boundary'
import { ArticleResults, ArticleResultsSkeleton } from '@/features/articles/components/article-results'
import { CategoryNav, CategoryNavSkeleton } from '@/features/articles/components/category-nav'
import { SearchForm } from '@/features/articles/components/search-form'
import { categoryQueries } from '@/features/articles/api/article-queries'
import { pageMetadataCode } from '@/features/articles/lib/page-metadata-code'
import { useLazyDocumentMetadata } from '@/lib/metadata/use-document-metadata'
import { useMessages } from '@/lib/i18n/use-messages'
import { paths, readArticleListSearch } from '@/lib/routing/paths'
import styles from './home-page.module.css'

/**
 * `/`: the front page, newest first, its first story as the lead; a category (`?category=`) is a
 * front page of its own, a search (`?q=`) a list of results; all with their pages (`?page=`).
 */
export function HomePage() {
  const messages = useMessages()
  const { list, app } = messages
  const [search] = useSearchParams()
  const params = readArticleListSearch(search)
  const { q, category, page } = params

  // Already fetched for the sections' bar; only its name is needed here.
  const { data: categories } = useQuery(categoryQueries.list())
  const categoryName = categories?.find((item) => item.slug === category)?.name ?? null
  const heading = q ? list.headingForSearch(q) : category ? (categoryName ?? list.heading) : list.heading
  const documentTitle = page > 1 ? `${heading}, ${list.pageLink(page).toLowerCase()}` : heading
  useLazyDocumentMetadata(pageMetadataCode, (builders) =>
    builders.listMetadata(messages, {
      title: documentTitle,
      canonicalPath: paths.home({ q, category, page }),
      categoryName,
      query: q || null,
    }),
  )
  const hasLead = !q
  const hasCount = Boolean(q || category) || page > 1

  return (
    <div className={styles.home}>
      {/* One flexible block: the heading and the search share a row on a wide screen, the sections run
          below them; on a phone the search is a button at the end of the sections' row. */}
      <div className={styles.top}>
        <header className={styles.masthead}>
          {q || category ? (
            <>
              {category && <p className="kicker">{messages.article.category}</p>}
              <PageHeading documentTitle={documentTitle} className={styles.heading}>
                {heading}
              </PageHeading>
            </>
          ) : (
            // The front page names the magazine: the app's name, and what it promises.
            <PageHeading documentTitle={documentTitle} className={styles.frontHeading}>
              <span className={`kicker ${styles.name}`}>{app.name}</span> <span>{app.tagline}</span>
            </PageHeading>
          )}
        </header>
        <div className={styles.search}>
          <SearchForm query={q} category={category} />
        </div>
        <div className={styles.sections}>
          {/* The categories are a convenience: if they fail, the list still shows. */}
          <QueryBoundary fallback={<CategoryNavSkeleton />} renderError={() => null}>
            <CategoryNav current={category} query={q} />
          </QueryBoundary>
        </div>
      </div>
      <QueryBoundary
        fallback={<ArticleResultsSkeleton hasLead={hasLead && page === 1} hasCount={hasCount} />}
        resetKeys={[search.toString()]}
      >
        <ArticleResults
          params={params}
          hasLead={hasLead}
          hrefForPage={(n) => paths.home({ q, category, page: n })}
          empty={{
            message: q ? list.emptySearch(q) : category ? list.emptyCategory : list.emptyAll,
            ...(q || category ? { linkLabel: list.showAll, linkTo: paths.home() } : {}),
          }}
        />
      </QueryBoundary>
    </div>
  )
}
