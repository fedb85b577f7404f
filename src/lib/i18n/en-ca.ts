/**
 * Every word of the interface, in Canadian English. The same shape as the French catalogue (the type
 * checker holds them together); loaded only by readers who choose English.
 */
import { formatDecimal, formatInteger, pluralCategory, type Locale } from './format'
import type { Messages } from './fr-ca'

const locale: Locale = 'en-CA'
const count = (n: number, one: string, other: string) =>
  `${formatInteger(n, locale)} ${pluralCategory(n, locale) === 'one' ? one : other}`

export const enCA: Messages = {
  locale,
  app: {
    name: 'Chronique',
    tagline: 'The best of online magazines, to read and discuss',
    homeSuffix: ', home',
    skipLink: 'Skip to content',
    documentTitle: (page: string) => `${page} — Chronique`,
    loading: 'Loading…',
    footer: 'Chronique — reading and comments for French-language online magazines.',
    backToTop: 'Back to top of page',
    retry: 'Try again',
    home: 'Back to home page',
  },
  list: {
    heading: 'Articles',
    headingForSearch: (query: string) => `Results for “${query}”`,
    searchRegion: 'Article search',
    searchLabel: 'Search articles',
    searchHint: 'Title or summary, with or without accents',
    searchButton: 'Search',
    clearSearch: 'Clear search',
    categories: 'Categories',
    allCategories: 'Front page',
    resultCount: (total: number) => (total === 0 ? 'No articles' : count(total, 'article', 'articles')),
    pageOf: (page: number, pages: number) => `page ${page} of ${pages}`,
    emptyTitle: 'No articles found',
    emptySearch: (query: string) => `No article matches “${query}”. Check the spelling or try another word.`,
    emptyCategory: 'This category has no articles yet.',
    emptyAll: 'No articles have been published yet.',
    showAll: 'See all articles',
    pagination: 'Pagination',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pageLink: (page: number) => `Page ${page}`,
    pageDocumentTitle: (page: number) => `Articles, page ${page}`,
    pageOutOfRange: (pages: number) =>
      `This page does not exist: the list has ${count(pages, 'page', 'pages')}.`,
    firstPage: 'Go to the first page',
  },
  article: {
    by: 'By',
    publishedOn: 'Published on',
    readingTime: (minutes: number) => `${formatInteger(minutes, locale)} min read`,
    commentCount: (n: number) => (n === 0 ? 'No comments' : count(n, 'comment', 'comments')),
    category: 'Category',
    related: 'Further reading on the subject',
    externalSite: '(external site)',
    aboutAuthor: 'About the author',
    authorArticles: (name: string) => `All articles by ${name}`,
    authorLinks: 'Links',
    notFoundTitle: 'Article not found',
    notFoundBody: 'This article does not exist or is no longer online. It may have moved.',
    goneTitle: 'This article has been withdrawn',
    goneBody: 'The publisher has withdrawn this article. The other articles are still available.',
  },
  rating: {
    none: 'No ratings',
    label: (average: number, ratings: number) =>
      `Average rating: ${formatDecimal(average, locale)} out of 5, ${count(ratings, 'rating', 'ratings')}`,
    average: (average: number) => `${formatDecimal(average, locale)} / 5`,
    count: (ratings: number) => `(${count(ratings, 'rating', 'ratings')})`,
    question: 'What did you think of this article?',
    stars: (n: number) => count(n, 'star', 'stars'),
    submit: 'Send my rating',
    chooseFirst: 'Choose 1 to 5 stars, then send your rating.',
    thanks: (n: number) => `Thank you! You gave ${count(n, 'star', 'stars')}`,
    failed: 'Your rating was not saved.',
    yours: (n: number) => `Your rating: ${formatInteger(n, locale)} out of 5`,
    change: 'Change my rating',
    cancelChange: 'Cancel',
  },
  author: {
    articlesHeading: (name: string) => `Articles by ${name}`,
    notFoundTitle: 'Author not found',
    notFoundBody: 'We cannot find any author at this address.',
  },
  comments: {
    heading: (total: number) => `Comments (${formatInteger(total, locale)})`,
    emptyTitle: 'Be the first to comment',
    emptyBody: 'Nobody has reacted to this article yet. Your view will start the conversation.',
    justNow: 'just now',
    postedOn: (date: string) => `Posted on ${date}`,
    deleted: 'Comment deleted',
    inReplyTo: 'in reply to',
    repliesLabel: (name: string) => `Replies to ${name}`,
    loadMore: 'Show more comments',
    remaining: (remaining: number) => count(remaining, 'comment left', 'comments left'),
    loadError: 'The comments could not be loaded.',
    loadMoreError: 'The rest of the comments could not be loaded.',
    hiddenPage: (first: number, last: number) =>
      first === last
        ? `Comment ${formatInteger(first, locale)} and its replies hidden to lighten the page`
        : `Comments ${formatInteger(first, locale)} to ${formatInteger(last, locale)} and their replies hidden to lighten the page`,
    showHiddenPage: (first: number, last: number) =>
      first === last
        ? `Show comment ${formatInteger(first, locale)}`
        : `Show comments ${formatInteger(first, locale)} to ${formatInteger(last, locale)}`,
    sortLabel: 'Sort comments',
    sortOldest: 'Oldest first',
    sortNewest: 'Newest first',
    sortPopular: 'Most liked',
    reply: 'Reply',
    replyTo: (name: string) => `Reply to ${name}`,
    hideReplies: (n: number) => `Hide replies (${formatInteger(n, locale)})`,
    showReplies: (n: number) => `Show ${count(n, 'reply', 'replies')}`,
    permalink: 'Copy link',
    permalinkField: 'Link to the comment',
    permalinkLabel: (name: string) => `Copy link to ${name}’s comment`,
    linkCopied: 'Link copied',
    copyThisLink: 'Copy this link:',
    permalinkMissing:
      'The comment you are looking for is no longer in this discussion. It may have been deleted.',
    sending: 'Sending…',
    waitingForNetwork: 'Waiting for a connection',
    waitingForNetworkHint: 'Your comment will be sent as soon as the connection is back.',
    posted: 'Comment posted',
    replyPosted: 'Reply posted',
    own: {
      edit: 'Edit',
      delete: 'Delete',
      editableFor: (minutes: number) =>
        minutes < 1
          ? 'Can be edited for less than a minute'
          : `Can be edited for ${formatInteger(minutes, locale)} more min`,
      edited: 'edited',
      editedOn: (date: string) => `Edited on ${date}`,
      editHeading: 'Edit your comment',
      editBody: 'Your comment',
      save: 'Save',
      saving: 'Saving…',
      cancel: 'Cancel',
      saved: 'Comment edited',
      deleteTitle: 'Delete this comment?',
      deleteBody: 'It will disappear from the discussion (its replies stay). This cannot be undone.',
      deleteConfirm: 'Delete',
      deleteCancel: 'Cancel',
      deleted: 'Comment deleted',
      expired: 'The 15 minutes to edit or delete this comment are over.',
      gone: 'This comment no longer exists.',
      editFailed: 'The edit was not saved.',
      deleteFailed: 'The comment was not deleted.',
      textKept: 'Your text is kept.',
    },
    held: {
      mark: 'Awaiting moderation',
      hint: 'Only you can see it for now: an editor will read it before it is published.',
      posted: 'Comment sent. It is awaiting moderation: an editor will read it before it is published.',
      replyPosted: 'Reply sent. It is awaiting moderation: an editor will read it before it is published.',
      refusedTitle: 'Your comment was not published',
      refusedBody:
        'An editor read it and chose not to publish it. Here is your text, if you would like to keep it.',
      refusedAnnouncement:
        'Your comment was not published by the editors. Your text is offered back to you, to copy if you would like to keep it.',
      yourText: 'Your text',
      dismiss: 'Got it',
    },
    closed: {
      message: 'Comments are closed on this article.',
      unsent:
        'Your text was not posted: comments were closed while you were writing. Here it is, to copy if you would like to keep it.',
      yourText: 'Your unposted text',
      discard: 'Discard this text',
    },
    kept: {
      copy: 'Copy the text',
      copied: 'Text copied',
      copyByHand: 'The text is selected: copy it with Ctrl + C (Cmd + C on a Mac).',
    },
    likes: {
      like: 'Like',
      label: (n: number) => `Like, ${formatInteger(n, locale)}`,
      count: (n: number) => count(n, 'like', 'likes'),
      likeFailed: 'Your like was not saved.',
      unlikeFailed: 'Your like was not taken back.',
    },
    report: {
      open: 'Report',
      reported: 'Reported',
      reportedHint: 'You reported this comment.',
      title: 'Report this comment',
      intro: 'The comment stays visible while the moderation team reviews it.',
      reason: 'Reason for reporting',
      reasons: {
        spam: 'Spam or advertising',
        abuse: 'Abusive or hateful',
        off_topic: 'Off topic',
        other: 'Other',
      },
      note: 'Details',
      noteHint: 'Optional, except for “Other”.',
      reasonRequired: 'Choose a reason.',
      noteRequired: 'For “Other”, say why you are reporting this comment.',
      noteTooLong: (max: number, length: number) =>
        `Details cannot be longer than ${formatInteger(max, locale)} characters (they have ${formatInteger(length, locale)}).`,
      submit: 'Send the report',
      cancel: 'Cancel',
      thanks: 'Thank you. The moderation team will review this comment.',
      close: 'Close',
      failed: 'Your report was not sent.',
      rateLimited: (seconds: number | null) =>
        `You have sent several reports in a short time. You can report again ${
          seconds === null
            ? 'in a few minutes'
            : seconds < 60
              ? `in ${count(seconds, 'second', 'seconds')}`
              : `in ${count(Math.ceil(seconds / 60), 'minute', 'minutes')}`
        }.`,
    },
    badges: {
      author: 'Author',
      authorHint: 'The author of the article',
      staff: 'Editors',
      staffHint: 'A member of the editorial team',
    },
    picks: {
      heading: 'Editors’ picks',
      mark: 'Editors’ pick',
      seeInThread: 'See in the thread',
      seeInThreadWhose: (name: string) => `: ${name}’s comment`,
    },
    live: {
      newComments: (n: number) => count(n, 'new comment', 'new comments'),
      show: (n: number) => `Show ${count(n, 'new comment', 'new comments')}`,
    },
    form: {
      heading: 'Add a comment',
      name: 'Your name',
      nameHint: 'Shown with your comment.',
      body: 'Your comment',
      replyBody: 'Your reply',
      bodyHint: 'Plain text. http and https links become clickable. Ctrl + Enter to post.',
      submit: 'Post comment',
      submitReply: 'Post reply',
      cancel: 'Cancel',
      counter: (length: number, max: number) =>
        `${formatInteger(length, locale)} / ${formatInteger(max, locale)} characters`,
      remainingAnnouncement: (left: number) =>
        left >= 0
          ? `${count(left, 'character', 'characters')} left.`
          : `Limit exceeded by ${count(-left, 'character', 'characters')}.`,
      nameRequired: 'Enter your name.',
      nameTooLong: (max: number, length: number) =>
        `Your name cannot be longer than ${formatInteger(max, locale)} characters (it has ${formatInteger(length, locale)}).`,
      bodyRequired: 'Write your comment.',
      replyRequired: 'Write your reply.',
      bodyTooLong: (max: number, length: number) =>
        `Your comment is over the ${formatInteger(max, locale)}-character limit by ${count(length - max, 'character', 'characters')}.`,
      notPosted: 'Your comment was not posted.',
      textKept: 'Your text is kept below.',
      rateLimited: (seconds: number) =>
        `You have posted several comments in a short time. You can post again in ${count(seconds, 'second', 'seconds')}.`,
      parentGone: 'The comment you are replying to no longer exists.',
      closed: 'Comments on this article have been closed.',
      offlineHint:
        'You are offline: you can write and post; your comment will be sent as soon as the connection is back.',
      retry: 'Try again',
    },
  },
  metadata: {
    siteDescription: 'Chronique: articles from French-language online magazines, to read and discuss.',
    listDescription: (category: string | null, query: string | null) =>
      query
        ? `Chronique articles about “${query}”.`
        : category
          ? `Articles in the ${category} category on Chronique.`
          : 'The latest articles from French-language online magazines, to read and discuss.',
    authorDescription: (name: string) => `${name}: biography and articles on Chronique.`,
    ogLocale: 'en_CA',
  },
  articleTools: {
    label: 'Article tools',
    share: 'Share',
    shareCopied: 'Article link copied',
    shareCopyThis: 'Copy the article’s link:',
    print: 'Print',
    printWithComments: 'Print with comments',
    printPreparing: 'Getting ready to print…',
  },
  reading: {
    resume: (percent: string) => `Resume reading (${percent})`,
    resumeHint: 'You had started this article.',
    dismissResume: 'Dismiss',
  },
  language: {
    switchTo: {
      locale: 'fr-CA',
      lang: 'fr',
      label: 'Français',
      code: 'FR',
      hint: 'Lire l’interface en français',
    },
    loadFailed: 'French could not be loaded. Check your connection, then try again.',
    changed: 'The interface is now in English.',
  },
  preferences: {
    toggle: 'Display',
    theme: 'Theme',
    themes: { auto: 'Automatic (like the device)', light: 'Light', dark: 'Dark' },
    textSize: 'Text size',
    textSizes: (scale: number) =>
      scale < 1 ? 'Small' : scale === 1 ? 'Normal' : scale < 1.2 ? 'Large' : 'Extra large',
  },
  network: {
    offline:
      'You are offline. What is already on screen stays readable; the rest will load when the connection is back.',
    backOnline: 'Back online.',
  },
  notFound: {
    title: 'Page not found',
    body: 'The page you are looking for does not exist or has moved.',
  },
  errors: {
    title: 'Something went wrong',
    network: 'Cannot reach the server. Check your Internet connection, then try again.',
    timeout: 'The server is taking too long to answer. Try again in a moment.',
    malformed: 'The server sent an unreadable answer. Try again; if the problem persists, come back later.',
    server: 'The server ran into an error. Try again in a moment.',
    rateLimited: (seconds: number | null) =>
      seconds === null
        ? 'Too many requests in a short time. Wait a moment, then try again.'
        : `Too many requests in a short time. Try again in ${count(seconds, 'second', 'seconds')}.`,
    badRequest: 'The request is not valid.',
    notFound: 'This resource cannot be found.',
    unexpected: 'An unexpected error occurred. Reload the page to continue.',
    reload: 'Reload the page',
    pageNotKeptOffline:
      'You are offline, and this page has not been opened on this device yet: only pages already read are available without a connection. Try again once you are back online.',
    pageCode:
      'This page could not be loaded. Check your connection, then reload the page (a new version of the site may have been published).',
  },
  offlineReading: {
    updateTitle: 'New version available',
    updateHint: 'The page will reload; your comment drafts are kept.',
    updateAnnouncement:
      'A new version of Chronique is available. The “Update” button is at the top of the page.',
    update: 'Update',
    updating: 'Updating…',
    dismiss: 'Later',
  },
}
