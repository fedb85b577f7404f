import { useQuery } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import { PageHeading } from '@/components/page-heading'
import { QueryBoundary } from '@/components/query-boundary'
import { ArticleResults, ArticleResultsSkeleton } from '@/features/articles/components/article-results'
import { CategoryNav, CategoryNavSkeleton } from '@/features/articles/components/category-nav'
import { SearchForm } from '@/features/articles/components/search-form'
import { categoryQueries } from '@/features/articles/api/article-queries'
import { listMetadata } from '@/features/articles/lib/page-metadata'
import { useDocumentMetadata } from '@/lib/metadata/use-document-metadata'
import { useMessages } from '@/lib/i18n/use-messages'
import { paths, readArticleListSearch } from '@/lib/routing/paths'
import styles from './home-page.module.css'

/** `/`: the article list, with search (`?q=`), a category filter (`?category=`) and pages (`?page=`). */
export function HomePage() {
  const messages = useMessages()
  const { list } = messages
  const [search] = useSearchParams()
  const params = readArticleListSearch(search)
  const { q, category, page } = params

  const heading = q ? list.headingForSearch(q) : list.heading
  const documentTitle = page > 1 ? `${heading}, ${list.pageLink(page).toLowerCase()}` : heading
  // Already fetched for the category menu; only its name is needed here.
  const { data: categories } = useQuery(categoryQueries.list())
  const categoryName = categories?.find((item) => item.slug === category)?.name ?? null
  useDocumentMetadata(
    listMetadata(messages, {
      title: documentTitle,
      canonicalPath: paths.home({ q, category, page }),
      categoryName,
      query: q || null,
    }),
  )

  return (
    <div className={styles.home}>
      <PageHeading documentTitle={documentTitle} className={styles.heading}>
        {heading}
      </PageHeading>
      <SearchForm query={q} category={category} />
      {/* The categories are a convenience: if they fail, the list still shows. */}
      <QueryBoundary fallback={<CategoryNavSkeleton />} renderError={() => null}>
        <CategoryNav current={category} query={q} />
      </QueryBoundary>
      <QueryBoundary fallback={<ArticleResultsSkeleton />} resetKeys={[search.toString()]}>
        <ArticleResults
          params={params}
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
